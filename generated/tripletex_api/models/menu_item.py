from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MenuItem")


@_attrs_define
class MenuItem:
    """
    Attributes:
        title (str | Unset): [read-only]
        theme (str | Unset): [read-only]
        test_id (str | Unset): [read-only]
        icon (str | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    title: str | Unset = UNSET
    theme: str | Unset = UNSET
    test_id: str | Unset = UNSET
    icon: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        title = self.title

        theme = self.theme

        test_id = self.test_id

        icon = self.icon

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if theme is not UNSET and not _in_request:
            field_dict["theme"] = theme
        if test_id is not UNSET and not _in_request:
            field_dict["testId"] = test_id
        if icon is not UNSET and not _in_request:
            field_dict["icon"] = icon
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        title = d.pop("title", UNSET)

        theme = d.pop("theme", UNSET)

        test_id = d.pop("testId", UNSET)

        icon = d.pop("icon", UNSET)

        url = d.pop("url", UNSET)

        _obj = cls(
            title=title,
            theme=theme,
            test_id=test_id,
            icon=icon,
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
