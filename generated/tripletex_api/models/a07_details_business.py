from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax


T = TypeVar("T", bound="A07DetailsBusiness")


@_attrs_define
class A07DetailsBusiness:
    """
    Attributes:
        payroll_tax (A07DetailsBusinessPayrollTax | Unset):
    """

    payroll_tax: A07DetailsBusinessPayrollTax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        payroll_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_tax, Unset):
            payroll_tax = self.payroll_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payroll_tax is not UNSET:
            field_dict["payrollTax"] = payroll_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.a07_details_business_payroll_tax import A07DetailsBusinessPayrollTax  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _payroll_tax = d.pop("payrollTax", UNSET)
        payroll_tax: A07DetailsBusinessPayrollTax | Unset
        if isinstance(_payroll_tax, Unset):
            payroll_tax = UNSET
        else:
            payroll_tax = A07DetailsBusinessPayrollTax.from_dict(_payroll_tax)

        _obj = cls(
            payroll_tax=payroll_tax,
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
