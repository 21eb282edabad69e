from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ZendeskChatMetaDTO")


@_attrs_define
class ZendeskChatMetaDTO:
    """
    Attributes:
        api_key (str | Unset): [read-only]
        name (str | Unset): [read-only]
        email (str | Unset): [read-only]
        locale (str | Unset): [read-only]
        departments (list[str] | Unset): [read-only]
        tags (list[str] | Unset): [read-only]
    """

    api_key: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    locale: str | Unset = UNSET
    departments: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        api_key = self.api_key

        name = self.name

        email = self.email

        locale = self.locale

        departments: list[str] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = self.departments

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET and not _in_request:
            field_dict["apiKey"] = api_key
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if locale is not UNSET and not _in_request:
            field_dict["locale"] = locale
        if departments is not UNSET and not _in_request:
            field_dict["departments"] = departments
        if tags is not UNSET and not _in_request:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        api_key = d.pop("apiKey", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        locale = d.pop("locale", UNSET)

        departments = cast(list[str], d.pop("departments", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        _obj = cls(
            api_key=api_key,
            name=name,
            email=email,
            locale=locale,
            departments=departments,
            tags=tags,
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
