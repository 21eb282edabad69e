from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeDeductionTableBuilder")


@_attrs_define
class EmployeeDeductionTableBuilder:
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        date (str | Unset):
        percentage (float | Unset):
        tax_free_amount (float | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    date: str | Unset = UNSET
    percentage: float | Unset = UNSET
    tax_free_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        date = self.date

        percentage = self.percentage

        tax_free_amount = self.tax_free_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if date is not UNSET:
            field_dict["date"] = date
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tax_free_amount is not UNSET:
            field_dict["taxFreeAmount"] = tax_free_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        date = d.pop("date", UNSET)

        percentage = d.pop("percentage", UNSET)

        tax_free_amount = d.pop("taxFreeAmount", UNSET)

        _obj = cls(
            company_id=company_id,
            employee_id=employee_id,
            date=date,
            percentage=percentage,
            tax_free_amount=tax_free_amount,
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
