from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PayrollTaxZoneInfo")


@_attrs_define
class PayrollTaxZoneInfo:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        display_name = d.pop("displayName", UNSET)

        zone = d.pop("zone", UNSET)

        tax_percentage = d.pop("taxPercentage", UNSET)

        amount_basis_sum = d.pop("amountBasisSum", UNSET)

        reimbursement_sum = d.pop("reimbursementSum", UNSET)

        pension_sum = d.pop("pensionSum", UNSET)

        payroll_tax_sum = d.pop("payrollTaxSum", UNSET)

        _obj = cls(
            display_name=display_name,
            zone=zone,
            tax_percentage=tax_percentage,
            amount_basis_sum=amount_basis_sum,
            reimbursement_sum=reimbursement_sum,
            pension_sum=pension_sum,
            payroll_tax_sum=payroll_tax_sum,
        )

        _obj.additional_properties = d
        return _obj

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
