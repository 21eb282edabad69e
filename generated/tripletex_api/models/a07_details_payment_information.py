from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="A07DetailsPaymentInformation")


@_attrs_define
class A07DetailsPaymentInformation:
    """
    Attributes:
        sum_withholding_tax (float | Unset): [read-only]
        sum_payroll_tax (float | Unset): [read-only]
        sum_finance_tax (float | Unset): [read-only]
    """

    sum_withholding_tax: float | Unset = UNSET
    sum_payroll_tax: float | Unset = UNSET
    sum_finance_tax: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        sum_withholding_tax = self.sum_withholding_tax

        sum_payroll_tax = self.sum_payroll_tax

        sum_finance_tax = self.sum_finance_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_withholding_tax is not UNSET and not _in_request:
            field_dict["sumWithholdingTax"] = sum_withholding_tax
        if sum_payroll_tax is not UNSET and not _in_request:
            field_dict["sumPayrollTax"] = sum_payroll_tax
        if sum_finance_tax is not UNSET and not _in_request:
            field_dict["sumFinanceTax"] = sum_finance_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sum_withholding_tax = d.pop("sumWithholdingTax", UNSET)

        sum_payroll_tax = d.pop("sumPayrollTax", UNSET)

        sum_finance_tax = d.pop("sumFinanceTax", UNSET)

        _obj = cls(
            sum_withholding_tax=sum_withholding_tax,
            sum_payroll_tax=sum_payroll_tax,
            sum_finance_tax=sum_finance_tax,
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
