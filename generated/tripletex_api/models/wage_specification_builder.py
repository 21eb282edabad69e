from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="WageSpecificationBuilder")


@_attrs_define
class WageSpecificationBuilder:
    """
    Attributes:
        company_id (int | Unset):
        wage_code_id (int | Unset):
        employee_id (int | Unset):
        wage_payment_id (int | Unset):
        date (str | Unset):
        description (str | Unset):
        count (int | Unset):
        type_ (int | Unset):
    """

    company_id: int | Unset = UNSET
    wage_code_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    wage_payment_id: int | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    count: int | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        wage_code_id = self.wage_code_id

        employee_id = self.employee_id

        wage_payment_id = self.wage_payment_id

        date = self.date

        description = self.description

        count = self.count

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if wage_code_id is not UNSET:
            field_dict["wageCodeId"] = wage_code_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if wage_payment_id is not UNSET:
            field_dict["wagePaymentId"] = wage_payment_id
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if count is not UNSET:
            field_dict["count"] = count
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        wage_code_id = d.pop("wageCodeId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        wage_payment_id = d.pop("wagePaymentId", UNSET)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        count = d.pop("count", UNSET)

        type_ = d.pop("type", UNSET)

        _obj = cls(
            company_id=company_id,
            wage_code_id=wage_code_id,
            employee_id=employee_id,
            wage_payment_id=wage_payment_id,
            date=date,
            description=description,
            count=count,
            type_=type_,
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
