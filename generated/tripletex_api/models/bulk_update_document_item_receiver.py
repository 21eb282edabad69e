from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BulkUpdateDocumentItemReceiver")


@_attrs_define
class BulkUpdateDocumentItemReceiver:
    """
    Attributes:
        message_ids (list[float] | Unset):
        receiver_id (int | Unset): Receiver Id
    """

    message_ids: list[float] | Unset = UNSET
    receiver_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        message_ids: list[float] | Unset = UNSET
        if not isinstance(self.message_ids, Unset):
            message_ids = self.message_ids

        receiver_id = self.receiver_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if receiver_id is not UNSET:
            field_dict["receiverId"] = receiver_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        message_ids = cast(list[float], d.pop("messageIds", UNSET))

        receiver_id = d.pop("receiverId", UNSET)

        _obj = cls(
            message_ids=message_ids,
            receiver_id=receiver_id,
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
