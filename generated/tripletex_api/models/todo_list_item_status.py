from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_list_item_status_type import TodoListItemStatusType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TodoListItemStatus")


@_attrs_define
class TodoListItemStatus:
    """
    Attributes:
        type_ (TodoListItemStatusType | Unset):
        message (str | Unset):
        last_updated_by (str | Unset):
        last_updated_date (str | Unset):
    """

    type_: TodoListItemStatusType | Unset = UNSET
    message: str | Unset = UNSET
    last_updated_by: str | Unset = UNSET
    last_updated_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        message = self.message

        last_updated_by = self.last_updated_by

        last_updated_date = self.last_updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if last_updated_by is not UNSET:
            field_dict["lastUpdatedBy"] = last_updated_by
        if last_updated_date is not UNSET:
            field_dict["lastUpdatedDate"] = last_updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: TodoListItemStatusType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TodoListItemStatusType(_type_)

        message = d.pop("message", UNSET)

        last_updated_by = d.pop("lastUpdatedBy", UNSET)

        last_updated_date = d.pop("lastUpdatedDate", UNSET)

        _obj = cls(
            type_=type_,
            message=message,
            last_updated_by=last_updated_by,
            last_updated_date=last_updated_date,
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
