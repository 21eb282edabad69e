from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """
    Attributes:
        id (int | Unset): [read-only] Returns the license id.
        name (str | Unset): [read-only] Returns license name.
        date (str | Unset): [read-only] Returns license creation date.
        display_text_key (str | Unset): [read-only] Returns license display text
        content (str | Unset): [read-only] Returns license content
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    date: str | Unset = UNSET
    display_text_key: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        date = self.date

        display_text_key = self.display_text_key

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if display_text_key is not UNSET and not _in_request:
            field_dict["displayTextKey"] = display_text_key
        if content is not UNSET and not _in_request:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        date = d.pop("date", UNSET)

        display_text_key = d.pop("displayTextKey", UNSET)

        content = d.pop("content", UNSET)

        _obj = cls(
            id=id,
            name=name,
            date=date,
            display_text_key=display_text_key,
            content=content,
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
