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

T = TypeVar("T", bound="IncomeStatement")


@_attrs_define
class IncomeStatement(Model):
    """
    Attributes:
        business_income (float | Unset):
        taxable_business_income (float | Unset):
        total_addition (float | Unset):
        total_deduction (float | Unset):
        changes (float | Unset):
        received_group_contribution (float | Unset):
        payed_group_contribution (float | Unset):
    """

    business_income: float | Unset = UNSET
    taxable_business_income: float | Unset = UNSET
    total_addition: float | Unset = UNSET
    total_deduction: float | Unset = UNSET
    changes: float | Unset = UNSET
    received_group_contribution: float | Unset = UNSET
    payed_group_contribution: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.business_income
        if _v is not UNSET and not _in_request:
            field_dict["businessIncome"] = _v
        _v = self.taxable_business_income
        if _v is not UNSET and not _in_request:
            field_dict["taxableBusinessIncome"] = _v
        _v = self.total_addition
        if _v is not UNSET and not _in_request:
            field_dict["totalAddition"] = _v
        _v = self.total_deduction
        if _v is not UNSET and not _in_request:
            field_dict["totalDeduction"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = _v
        _v = self.received_group_contribution
        if _v is not UNSET and not _in_request:
            field_dict["receivedGroupContribution"] = _v
        _v = self.payed_group_contribution
        if _v is not UNSET and not _in_request:
            field_dict["payedGroupContribution"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeStatement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomeStatement.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "businessIncome",
                "taxableBusinessIncome",
                "totalAddition",
                "totalDeduction",
                "changes",
                "receivedGroupContribution",
                "payedGroupContribution",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("businessIncome")
                if v is None:
                    o.business_income = u
                    if "businessIncome" not in d:
                        m += 1
                else:
                    o.business_income = v
                v = g("taxableBusinessIncome")
                if v is None:
                    o.taxable_business_income = u
                    if "taxableBusinessIncome" not in d:
                        m += 1
                else:
                    o.taxable_business_income = v
                v = g("totalAddition")
                if v is None:
                    o.total_addition = u
                    if "totalAddition" not in d:
                        m += 1
                else:
                    o.total_addition = v
                v = g("totalDeduction")
                if v is None:
                    o.total_deduction = u
                    if "totalDeduction" not in d:
                        m += 1
                else:
                    o.total_deduction = v
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = v
                v = g("receivedGroupContribution")
                if v is None:
                    o.received_group_contribution = u
                    if "receivedGroupContribution" not in d:
                        m += 1
                else:
                    o.received_group_contribution = v
                v = g("payedGroupContribution")
                if v is None:
                    o.payed_group_contribution = u
                    if "payedGroupContribution" not in d:
                        m += 1
                else:
                    o.payed_group_contribution = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("business_income", "businessIncome"),
            ("taxable_business_income", "taxableBusinessIncome"),
            ("total_addition", "totalAddition"),
            ("total_deduction", "totalDeduction"),
            ("changes", "changes"),
            ("received_group_contribution", "receivedGroupContribution"),
            ("payed_group_contribution", "payedGroupContribution"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.business_income
            o.business_income = u if v is None else v
            v = s.taxable_business_income
            o.taxable_business_income = u if v is None else v
            v = s.total_addition
            o.total_addition = u if v is None else v
            v = s.total_deduction
            o.total_deduction = u if v is None else v
            v = s.changes
            o.changes = u if v is None else v
            v = s.received_group_contribution
            o.received_group_contribution = u if v is None else v
            v = s.payed_group_contribution
            o.payed_group_contribution = u if v is None else v
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
