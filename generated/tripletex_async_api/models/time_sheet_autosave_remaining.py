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

T = TypeVar("T", bound="TimeSheetAutosaveRemaining")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TimeSheetAutosaveRemaining(LazyModel):
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
        self._tx_load()
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
        """A TimeSheetAutosaveRemaining from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "employeeId",
                "projectId",
                "activityId",
                "date",
                "hours",
                "comment",
                "isConfirmed",
                "errorMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "employee_id": ("employeeId", None),
            "project_id": ("projectId", None),
            "activity_id": ("activityId", None),
            "date": ("date", None),
            "hours": ("hours", None),
            "comment": ("comment", None),
            "is_confirmed": ("isConfirmed", None),
            "error_message": ("errorMessage", None),
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
