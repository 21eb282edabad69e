from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TimeSheetAutosaveRemaining")


@_attrs_define
class TimeSheetAutosaveRemaining:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        employee_id (int | Unset):
        project_id (int | Unset):
        activity_id (int | Unset):
        date (str | Unset):
        hours (float | Unset):
        comment (str | Unset):
        is_confirmed (bool | Unset): [read-only]
        error_message (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    activity_id: int | Unset = UNSET
    date: str | Unset = UNSET
    hours: float | Unset = UNSET
    comment: str | Unset = UNSET
    is_confirmed: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        employee_id = self.employee_id

        project_id = self.project_id

        activity_id = self.activity_id

        date = self.date

        hours = self.hours

        comment = self.comment

        is_confirmed = self.is_confirmed

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if date is not UNSET:
            field_dict["date"] = date
        if hours is not UNSET:
            field_dict["hours"] = hours
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_confirmed is not UNSET and not _in_request:
            field_dict["isConfirmed"] = is_confirmed
        if error_message is not UNSET and not _in_request:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        project_id = d.pop("projectId", UNSET)

        activity_id = d.pop("activityId", UNSET)

        date = d.pop("date", UNSET)

        hours = d.pop("hours", UNSET)

        comment = d.pop("comment", UNSET)

        is_confirmed = d.pop("isConfirmed", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _obj = cls(
            id=id,
            version=version,
            employee_id=employee_id,
            project_id=project_id,
            activity_id=activity_id,
            date=date,
            hours=hours,
            comment=comment,
            is_confirmed=is_confirmed,
            error_message=error_message,
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
