from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SalaryTaxDeductionReconciliation")


@_attrs_define
class SalaryTaxDeductionReconciliation:
    """
    Attributes:
        tax_deduction_balance (float | Unset): [read-only] The tax deduction balance
        tax_deduction_owed_amount (float | Unset): [read-only] The tax deduction owed amount
        tax_deduction_account_number (int | Unset): [read-only] The tax deduction account number
        tax_deduction_account_name (str | Unset): [read-only] The tax deduction account name
    """

    tax_deduction_balance: float | Unset = UNSET
    tax_deduction_owed_amount: float | Unset = UNSET
    tax_deduction_account_number: int | Unset = UNSET
    tax_deduction_account_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        tax_deduction_balance = self.tax_deduction_balance

        tax_deduction_owed_amount = self.tax_deduction_owed_amount

        tax_deduction_account_number = self.tax_deduction_account_number

        tax_deduction_account_name = self.tax_deduction_account_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_deduction_balance is not UNSET and not _in_request:
            field_dict["taxDeductionBalance"] = tax_deduction_balance
        if tax_deduction_owed_amount is not UNSET and not _in_request:
            field_dict["taxDeductionOwedAmount"] = tax_deduction_owed_amount
        if tax_deduction_account_number is not UNSET and not _in_request:
            field_dict["taxDeductionAccountNumber"] = tax_deduction_account_number
        if tax_deduction_account_name is not UNSET and not _in_request:
            field_dict["taxDeductionAccountName"] = tax_deduction_account_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        tax_deduction_balance = d.pop("taxDeductionBalance", UNSET)

        tax_deduction_owed_amount = d.pop("taxDeductionOwedAmount", UNSET)

        tax_deduction_account_number = d.pop("taxDeductionAccountNumber", UNSET)

        tax_deduction_account_name = d.pop("taxDeductionAccountName", UNSET)

        _obj = cls(
            tax_deduction_balance=tax_deduction_balance,
            tax_deduction_owed_amount=tax_deduction_owed_amount,
            tax_deduction_account_number=tax_deduction_account_number,
            tax_deduction_account_name=tax_deduction_account_name,
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
