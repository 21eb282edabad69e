from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="SalaryAndPensionSums")


@_attrs_define
class SalaryAndPensionSums(Model):
    """
    Attributes:
        outgoing_balance (float | Unset):
        additions (float | Unset):
        deductions (float | Unset):
        total_notifiable_benefits (float | Unset):
        benefit_subject_to_employer_tax (float | Unset):
    """

    outgoing_balance: float | Unset = UNSET
    additions: float | Unset = UNSET
    deductions: float | Unset = UNSET
    total_notifiable_benefits: float | Unset = UNSET
    benefit_subject_to_employer_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.outgoing_balance
        if _v is not UNSET and not _in_request:
            field_dict["outgoingBalance"] = _v
        _v = self.additions
        if _v is not UNSET and not _in_request:
            field_dict["additions"] = _v
        _v = self.deductions
        if _v is not UNSET and not _in_request:
            field_dict["deductions"] = _v
        _v = self.total_notifiable_benefits
        if _v is not UNSET and not _in_request:
            field_dict["totalNotifiableBenefits"] = _v
        _v = self.benefit_subject_to_employer_tax
        if _v is not UNSET and not _in_request:
            field_dict["benefitSubjectToEmployerTax"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryAndPensionSums from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryAndPensionSums.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "outgoingBalance",
                "additions",
                "deductions",
                "totalNotifiableBenefits",
                "benefitSubjectToEmployerTax",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("outgoingBalance")
                if v is None:
                    o.outgoing_balance = u
                    if "outgoingBalance" not in d:
                        m += 1
                else:
                    o.outgoing_balance = v
                v = g("additions")
                if v is None:
                    o.additions = u
                    if "additions" not in d:
                        m += 1
                else:
                    o.additions = v
                v = g("deductions")
                if v is None:
                    o.deductions = u
                    if "deductions" not in d:
                        m += 1
                else:
                    o.deductions = v
                v = g("totalNotifiableBenefits")
                if v is None:
                    o.total_notifiable_benefits = u
                    if "totalNotifiableBenefits" not in d:
                        m += 1
                else:
                    o.total_notifiable_benefits = v
                v = g("benefitSubjectToEmployerTax")
                if v is None:
                    o.benefit_subject_to_employer_tax = u
                    if "benefitSubjectToEmployerTax" not in d:
                        m += 1
                else:
                    o.benefit_subject_to_employer_tax = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("outgoing_balance", "outgoingBalance"),
            ("additions", "additions"),
            ("deductions", "deductions"),
            ("total_notifiable_benefits", "totalNotifiableBenefits"),
            ("benefit_subject_to_employer_tax", "benefitSubjectToEmployerTax"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.outgoing_balance
            o.outgoing_balance = u if v is None else v
            v = s.additions
            o.additions = u if v is None else v
            v = s.deductions
            o.deductions = u if v is None else v
            v = s.total_notifiable_benefits
            o.total_notifiable_benefits = u if v is None else v
            v = s.benefit_subject_to_employer_tax
            o.benefit_subject_to_employer_tax = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
