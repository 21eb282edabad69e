from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MonthlyHourlistBuilder")


@_attrs_define
class MonthlyHourlistBuilder:
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        date (str | Unset):
        approved (bool | Unset):
        completed (bool | Unset):
        approved_date (str | Unset):
        approved_until (str | Unset):
        approved_by_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    date: str | Unset = UNSET
    approved: bool | Unset = UNSET
    completed: bool | Unset = UNSET
    approved_date: str | Unset = UNSET
    approved_until: str | Unset = UNSET
    approved_by_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        date = self.date

        approved = self.approved

        completed = self.completed

        approved_date = self.approved_date

        approved_until = self.approved_until

        approved_by_id = self.approved_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if date is not UNSET:
            field_dict["date"] = date
        if approved is not UNSET:
            field_dict["approved"] = approved
        if completed is not UNSET:
            field_dict["completed"] = completed
        if approved_date is not UNSET:
            field_dict["approvedDate"] = approved_date
        if approved_until is not UNSET:
            field_dict["approvedUntil"] = approved_until
        if approved_by_id is not UNSET:
            field_dict["approvedById"] = approved_by_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        date = d.pop("date", UNSET)

        approved = d.pop("approved", UNSET)

        completed = d.pop("completed", UNSET)

        approved_date = d.pop("approvedDate", UNSET)

        approved_until = d.pop("approvedUntil", UNSET)

        approved_by_id = d.pop("approvedById", UNSET)

        _obj = cls(
            company_id=company_id,
            employee_id=employee_id,
            date=date,
            approved=approved,
            completed=completed,
            approved_date=approved_date,
            approved_until=approved_until,
            approved_by_id=approved_by_id,
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
