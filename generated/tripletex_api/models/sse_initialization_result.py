from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SseInitializationResult")


@_attrs_define
class SseInitializationResult:
    """
    Attributes:
        context_id (int | Unset): [read-only] The contextId of the employee
        employee_id (int | Unset): [read-only] The companyId of the employee
        current_hidden_cursor (int | Unset): [read-only] The current hidden cursor
        current_read_cursor (int | Unset): [read-only] The current read cursor
    """

    context_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    current_hidden_cursor: int | Unset = UNSET
    current_read_cursor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        context_id = self.context_id

        employee_id = self.employee_id

        current_hidden_cursor = self.current_hidden_cursor

        current_read_cursor = self.current_read_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if current_hidden_cursor is not UNSET and not _in_request:
            field_dict["currentHiddenCursor"] = current_hidden_cursor
        if current_read_cursor is not UNSET and not _in_request:
            field_dict["currentReadCursor"] = current_read_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        context_id = d.pop("contextId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        current_hidden_cursor = d.pop("currentHiddenCursor", UNSET)

        current_read_cursor = d.pop("currentReadCursor", UNSET)

        _obj = cls(
            context_id=context_id,
            employee_id=employee_id,
            current_hidden_cursor=current_hidden_cursor,
            current_read_cursor=current_read_cursor,
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
