from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MenuItemV2")


@_attrs_define
class MenuItemV2:
    """
    Attributes:
        title (str | Unset):
        id (str | Unset):
        url (str | Unset):
        category (str | Unset):
        is_child (bool | Unset):
        child (bool | Unset):
    """

    title: str | Unset = UNSET
    id: str | Unset = UNSET
    url: str | Unset = UNSET
    category: str | Unset = UNSET
    is_child: bool | Unset = UNSET
    child: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        title = self.title

        id = self.id

        url = self.url

        category = self.category

        is_child = self.is_child

        child = self.child

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if category is not UNSET:
            field_dict["category"] = category
        if is_child is not UNSET:
            field_dict["isChild"] = is_child
        if child is not UNSET:
            field_dict["child"] = child

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        title = d.pop("title", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        category = d.pop("category", UNSET)

        is_child = d.pop("isChild", UNSET)

        child = d.pop("child", UNSET)

        _obj = cls(
            title=title,
            id=id,
            url=url,
            category=category,
            is_child=is_child,
            child=child,
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
