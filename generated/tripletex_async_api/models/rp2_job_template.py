from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="RP2JobTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("employeeIds", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class RP2JobTemplate(LazyModel):
    """
    Attributes:
        employee_ids (list[int] | Unset): List of employeeIds assigned to the job
        activity_id (int | Unset):
        project_id (int | Unset):
        date (str | Unset):
        duration_amount (float | Unset):
        duration_unit (str | Unset):
        description (str | Unset):
        period_count (int | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
    """

    employee_ids: list[int] | Unset = UNSET
    activity_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    date: str | Unset = UNSET
    duration_amount: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    description: str | Unset = UNSET
    period_count: int | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_ids: list[int] | Unset = UNSET
        if not isinstance(self.employee_ids, Unset):
            employee_ids = self.employee_ids

        activity_id = self.activity_id

        project_id = self.project_id

        date = self.date

        duration_amount = self.duration_amount

        duration_unit = self.duration_unit

        description = self.description

        period_count = self.period_count

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_ids is not UNSET:
            field_dict["employeeIds"] = employee_ids
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if date is not UNSET:
            field_dict["date"] = date
        if duration_amount is not UNSET:
            field_dict["durationAmount"] = duration_amount
        if duration_unit is not UNSET:
            field_dict["durationUnit"] = duration_unit
        if description is not UNSET:
            field_dict["description"] = description
        if period_count is not UNSET:
            field_dict["periodCount"] = period_count
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2JobTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_employee_ids(_tx_v: Any) -> list[int] | Unset:
            employee_ids = cast(list[int], _tx_v)

            return employee_ids

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeIds",
                "activityId",
                "projectId",
                "date",
                "durationAmount",
                "durationUnit",
                "description",
                "periodCount",
                "startTime",
                "endTime",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_ids": ("employeeIds", _p_employee_ids),
            "activity_id": ("activityId", None),
            "project_id": ("projectId", None),
            "date": ("date", None),
            "duration_amount": ("durationAmount", None),
            "duration_unit": ("durationUnit", None),
            "description": ("description", None),
            "period_count": ("periodCount", None),
            "start_time": ("startTime", None),
            "end_time": ("endTime", None),
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
