from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RP2EmployeeBookedTime")


@_attrs_define
class RP2EmployeeBookedTime:
    """
    Attributes:
        employee_id (int | Unset):
        period_id (int | Unset):
        duration (float | Unset):
        duration_unit (str | Unset):
    """

    employee_id: int | Unset = UNSET
    period_id: int | Unset = UNSET
    duration: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        period_id = self.period_id

        duration = self.duration

        duration_unit = self.duration_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if period_id is not UNSET:
            field_dict["periodId"] = period_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if duration_unit is not UNSET:
            field_dict["durationUnit"] = duration_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_id = d.pop("employeeId", UNSET)

        period_id = d.pop("periodId", UNSET)

        duration = d.pop("duration", UNSET)

        duration_unit = d.pop("durationUnit", UNSET)

        _obj = cls(
            employee_id=employee_id,
            period_id=period_id,
            duration=duration,
            duration_unit=duration_unit,
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
