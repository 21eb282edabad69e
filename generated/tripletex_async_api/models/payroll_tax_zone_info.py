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

T = TypeVar("T", bound="PayrollTaxZoneInfo")


@_attrs_define
class PayrollTaxZoneInfo(Model):
    """Aggregated payroll tax zone information

    Attributes:
        display_name (str | Unset): Display name for the payroll tax zone Example: Zone 1a (14.10%).
        zone (str | Unset): Payroll tax zone Example: 1a.
        tax_percentage (float | Unset): Tax percentage for the zone Example: 14.1.
        amount_basis_sum (float | Unset): Sum of amount basis for the zone Example: 100000.0.
        reimbursement_sum (float | Unset): Sum of reimbursements for the zone Example: 5000.0.
        pension_sum (float | Unset): Sum of pensions for the zone Example: 2000.0.
        payroll_tax_sum (float | Unset): Sum of payroll tax for the zone Example: 14100.0.
    """

    display_name: str | Unset = UNSET
    zone: str | Unset = UNSET
    tax_percentage: float | Unset = UNSET
    amount_basis_sum: float | Unset = UNSET
    reimbursement_sum: float | Unset = UNSET
    pension_sum: float | Unset = UNSET
    payroll_tax_sum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.zone
        if _v is not UNSET and not _in_request:
            field_dict["zone"] = _v
        _v = self.tax_percentage
        if _v is not UNSET and not _in_request:
            field_dict["taxPercentage"] = _v
        _v = self.amount_basis_sum
        if _v is not UNSET and not _in_request:
            field_dict["amountBasisSum"] = _v
        _v = self.reimbursement_sum
        if _v is not UNSET and not _in_request:
            field_dict["reimbursementSum"] = _v
        _v = self.pension_sum
        if _v is not UNSET and not _in_request:
            field_dict["pensionSum"] = _v
        _v = self.payroll_tax_sum
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxSum"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PayrollTaxZoneInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PayrollTaxZoneInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "displayName",
                "zone",
                "taxPercentage",
                "amountBasisSum",
                "reimbursementSum",
                "pensionSum",
                "payrollTaxSum",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("zone")
                if v is None:
                    o.zone = u
                    if "zone" not in d:
                        m += 1
                else:
                    o.zone = v
                v = g("taxPercentage")
                if v is None:
                    o.tax_percentage = u
                    if "taxPercentage" not in d:
                        m += 1
                else:
                    o.tax_percentage = v
                v = g("amountBasisSum")
                if v is None:
                    o.amount_basis_sum = u
                    if "amountBasisSum" not in d:
                        m += 1
                else:
                    o.amount_basis_sum = v
                v = g("reimbursementSum")
                if v is None:
                    o.reimbursement_sum = u
                    if "reimbursementSum" not in d:
                        m += 1
                else:
                    o.reimbursement_sum = v
                v = g("pensionSum")
                if v is None:
                    o.pension_sum = u
                    if "pensionSum" not in d:
                        m += 1
                else:
                    o.pension_sum = v
                v = g("payrollTaxSum")
                if v is None:
                    o.payroll_tax_sum = u
                    if "payrollTaxSum" not in d:
                        m += 1
                else:
                    o.payroll_tax_sum = v
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
            ("display_name", "displayName"),
            ("zone", "zone"),
            ("tax_percentage", "taxPercentage"),
            ("amount_basis_sum", "amountBasisSum"),
            ("reimbursement_sum", "reimbursementSum"),
            ("pension_sum", "pensionSum"),
            ("payroll_tax_sum", "payrollTaxSum"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.zone
            o.zone = u if v is None else v
            v = s.tax_percentage
            o.tax_percentage = u if v is None else v
            v = s.amount_basis_sum
            o.amount_basis_sum = u if v is None else v
            v = s.reimbursement_sum
            o.reimbursement_sum = u if v is None else v
            v = s.pension_sum
            o.pension_sum = u if v is None else v
            v = s.payroll_tax_sum
            o.payroll_tax_sum = u if v is None else v
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
