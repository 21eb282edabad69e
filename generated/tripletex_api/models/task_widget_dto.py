from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaskWidgetDTO")


@_attrs_define
class TaskWidgetDTO:
    """
    Attributes:
        id (int | Unset): [read-only]
        title (str | Unset): [read-only]
        message (str | Unset): [read-only]
        url (str | Unset): [read-only]
        icon (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    url: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        title = self.title

        message = self.message

        url = self.url

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if icon is not UNSET and not _in_request:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        url = d.pop("url", UNSET)

        icon = d.pop("icon", UNSET)

        _obj = cls(
            id=id,
            title=title,
            message=message,
            url=url,
            icon=icon,
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
