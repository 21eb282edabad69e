from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="ZendeskChatMetaDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("departments", list, False),
    ("tags", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ZendeskChatMetaDTO(LazyModel):
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
        self._tx_load()
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
        """A ZendeskChatMetaDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_departments(_tx_v: Any) -> list[str] | Unset:
            departments = cast(list[str], _tx_v)

            return departments

        def _p_tags(_tx_v: Any) -> list[str] | Unset:
            tags = cast(list[str], _tx_v)

            return tags

        _tx_known: frozenset[str] = frozenset(
            (
                "apiKey",
                "name",
                "email",
                "locale",
                "departments",
                "tags",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "api_key": ("apiKey", None),
            "name": ("name", None),
            "email": ("email", None),
            "locale": ("locale", None),
            "departments": ("departments", _p_departments),
            "tags": ("tags", _p_tags),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
