from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="HourBuilder")


@_attrs_define
class HourBuilder:
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        date (str | Unset):
        project_id (int | Unset):
        activity_id (int | Unset):
        hours (float | Unset):
        comment (str | Unset):
        invoice_id (int | Unset):
        approved (bool | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    date: str | Unset = UNSET
    project_id: int | Unset = UNSET
    activity_id: int | Unset = UNSET
    hours: float | Unset = UNSET
    comment: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    approved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        date = self.date

        project_id = self.project_id

        activity_id = self.activity_id

        hours = self.hours

        comment = self.comment

        invoice_id = self.invoice_id

        approved = self.approved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if date is not UNSET:
            field_dict["date"] = date
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if comment is not UNSET:
            field_dict["comment"] = comment
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if approved is not UNSET:
            field_dict["approved"] = approved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        date = d.pop("date", UNSET)

        project_id = d.pop("projectId", UNSET)

        activity_id = d.pop("activityId", UNSET)

        hours = d.pop("hours", UNSET)

        comment = d.pop("comment", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        approved = d.pop("approved", UNSET)

        _obj = cls(
            company_id=company_id,
            employee_id=employee_id,
            date=date,
            project_id=project_id,
            activity_id=activity_id,
            hours=hours,
            comment=comment,
            invoice_id=invoice_id,
            approved=approved,
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
