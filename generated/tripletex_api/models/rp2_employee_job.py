from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RP2EmployeeJob")


@_attrs_define
class RP2EmployeeJob:
    """
    Attributes:
        id (int | Unset):
        label (str | Unset):
        sub_label (str | Unset):
        duration (float | Unset):
        duration_unit (str | Unset):
        period_id (int | Unset):
        sub_period_id (int | Unset):
        start_date (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    sub_label: str | Unset = UNSET
    duration: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    period_id: int | Unset = UNSET
    sub_period_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        label = self.label

        sub_label = self.sub_label

        duration = self.duration

        duration_unit = self.duration_unit

        period_id = self.period_id

        sub_period_id = self.sub_period_id

        start_date = self.start_date

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if sub_label is not UNSET:
            field_dict["subLabel"] = sub_label
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_unit is not UNSET:
            field_dict["durationUnit"] = duration_unit
        if period_id is not UNSET:
            field_dict["periodId"] = period_id
        if sub_period_id is not UNSET:
            field_dict["subPeriodId"] = sub_period_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        sub_label = d.pop("subLabel", UNSET)

        duration = d.pop("duration", UNSET)

        duration_unit = d.pop("durationUnit", UNSET)

        period_id = d.pop("periodId", UNSET)

        sub_period_id = d.pop("subPeriodId", UNSET)

        start_date = d.pop("startDate", UNSET)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        _obj = cls(
            id=id,
            label=label,
            sub_label=sub_label,
            duration=duration,
            duration_unit=duration_unit,
            period_id=period_id,
            sub_period_id=sub_period_id,
            start_date=start_date,
            start_time=start_time,
            end_time=end_time,
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
