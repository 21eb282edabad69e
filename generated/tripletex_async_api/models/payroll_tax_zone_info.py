from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="PayrollTaxZoneInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class PayrollTaxZoneInfo(LazyModel):
    """Aggregated payroll tax zone information

    Attributes:
        display_name (str | Unset): [read-only] Display name for the payroll tax zone Example: Zone 1a (14.10%).
        zone (str | Unset): [read-only] Payroll tax zone Example: 1a.
        tax_percentage (float | Unset): [read-only] Tax percentage for the zone Example: 14.1.
        amount_basis_sum (float | Unset): [read-only] Sum of amount basis for the zone Example: 100000.0.
        reimbursement_sum (float | Unset): [read-only] Sum of reimbursements for the zone Example: 5000.0.
        pension_sum (float | Unset): [read-only] Sum of pensions for the zone Example: 2000.0.
        payroll_tax_sum (float | Unset): [read-only] Sum of payroll tax for the zone Example: 14100.0.
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
        self._tx_load()
        _in_request = serializing_request_body()
        display_name = self.display_name

        zone = self.zone

        tax_percentage = self.tax_percentage

        amount_basis_sum = self.amount_basis_sum

        reimbursement_sum = self.reimbursement_sum

        pension_sum = self.pension_sum

        payroll_tax_sum = self.payroll_tax_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if zone is not UNSET and not _in_request:
            field_dict["zone"] = zone
        if tax_percentage is not UNSET and not _in_request:
            field_dict["taxPercentage"] = tax_percentage
        if amount_basis_sum is not UNSET and not _in_request:
            field_dict["amountBasisSum"] = amount_basis_sum
        if reimbursement_sum is not UNSET and not _in_request:
            field_dict["reimbursementSum"] = reimbursement_sum
        if pension_sum is not UNSET and not _in_request:
            field_dict["pensionSum"] = pension_sum
        if payroll_tax_sum is not UNSET and not _in_request:
            field_dict["payrollTaxSum"] = payroll_tax_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PayrollTaxZoneInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "display_name": ("displayName", None),
            "zone": ("zone", None),
            "tax_percentage": ("taxPercentage", None),
            "amount_basis_sum": ("amountBasisSum", None),
            "reimbursement_sum": ("reimbursementSum", None),
            "pension_sum": ("pensionSum", None),
            "payroll_tax_sum": ("payrollTaxSum", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
