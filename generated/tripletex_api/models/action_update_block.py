from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_update_block_status import ActionUpdateBlockStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ActionUpdateBlock")


@_attrs_define
class ActionUpdateBlock:
    """Action status update block

    Attributes:
        type_ (str | Unset):
        action_list_id (str | Unset):
        action_id (str | Unset):
        status (ActionUpdateBlockStatus | Unset):
        url (str | Unset):
    """

    type_: str | Unset = UNSET
    action_list_id: str | Unset = UNSET
    action_id: str | Unset = UNSET
    status: ActionUpdateBlockStatus | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        type_ = self.type_

        action_list_id = self.action_list_id

        action_id = self.action_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if action_list_id is not UNSET:
            field_dict["actionListId"] = action_list_id
        if action_id is not UNSET:
            field_dict["actionId"] = action_id
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        type_ = d.pop("type", UNSET)

        action_list_id = d.pop("actionListId", UNSET)

        action_id = d.pop("actionId", UNSET)

        _status = d.pop("status", UNSET)
        status: ActionUpdateBlockStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActionUpdateBlockStatus(_status)

        url = d.pop("url", UNSET)

        _obj = cls(
            type_=type_,
            action_list_id=action_list_id,
            action_id=action_id,
            status=status,
            url=url,
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
