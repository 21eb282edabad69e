from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ResourcePlanHours")


@_attrs_define
class ResourcePlanHours:
    """List of HoursResourcePlanDTO

    Attributes:
        label (str | Unset):
        allocated_hours (float | Unset):
        worked_hours (float | Unset):
    """

    label: str | Unset = UNSET
    allocated_hours: float | Unset = UNSET
    worked_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        label = self.label

        allocated_hours = self.allocated_hours

        worked_hours = self.worked_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if allocated_hours is not UNSET:
            field_dict["allocatedHours"] = allocated_hours
        if worked_hours is not UNSET:
            field_dict["workedHours"] = worked_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        label = d.pop("label", UNSET)

        allocated_hours = d.pop("allocatedHours", UNSET)

        worked_hours = d.pop("workedHours", UNSET)

        _obj = cls(
            label=label,
            allocated_hours=allocated_hours,
            worked_hours=worked_hours,
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
