from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_change_type import ChangeChangeType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Change")


@_attrs_define
class Change:
    """
    Attributes:
        employee_id (int | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        change_type (ChangeChangeType | Unset): [read-only]
    """

    employee_id: int | Unset = UNSET
    timestamp: str | Unset = UNSET
    change_type: ChangeChangeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        timestamp = self.timestamp

        change_type: str | Unset = UNSET
        if not isinstance(self.change_type, Unset):
            change_type = self.change_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if change_type is not UNSET and not _in_request:
            field_dict["changeType"] = change_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_id = d.pop("employeeId", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _change_type = d.pop("changeType", UNSET)
        change_type: ChangeChangeType | Unset
        if isinstance(_change_type, Unset):
            change_type = UNSET
        else:
            change_type = ChangeChangeType(_change_type)

        _obj = cls(
            employee_id=employee_id,
            timestamp=timestamp,
            change_type=change_type,
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
