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

T = TypeVar("T", bound="AccountSuggestionModel")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("tags", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class AccountSuggestionModel(LazyModel):
    """List of account suggestions

    Attributes:
        description (str | Unset): Account description in markdown format
        account_number (int | Unset): Account number
        account_name (str | Unset): Account name
        tags (list[str] | Unset): List of tags for searching
    """

    description: str | Unset = UNSET
    account_number: int | Unset = UNSET
    account_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        description = self.description

        account_number = self.account_number

        account_name = self.account_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountSuggestionModel from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_tags(_tx_v: Any) -> list[str] | Unset:
            tags = cast(list[str], _tx_v)

            return tags

        _tx_known: frozenset[str] = frozenset(
            (
                "description",
                "accountNumber",
                "accountName",
                "tags",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "description": ("description", None),
            "account_number": ("accountNumber", None),
            "account_name": ("accountName", None),
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
