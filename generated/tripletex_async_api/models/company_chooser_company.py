from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="CompanyChooserCompany")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("parent", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class CompanyChooserCompany(LazyModel):
    """
    Attributes:
        url (str | Unset): [read-only]
        display_name (str | Unset): [read-only]
        parent (CompanyChooserCompany | Unset):
        id (int | Unset): [read-only]
        is_suspended (bool | Unset): [read-only]
    """

    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    parent: CompanyChooserCompany | Unset = UNSET
    id: int | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        url = self.url

        display_name = self.display_name

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        id = self.id

        is_suspended = self.is_suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if is_suspended is not UNSET and not _in_request:
            field_dict["isSuspended"] = is_suspended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyChooserCompany from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_parent(_tx_v: Any) -> CompanyChooserCompany | Unset:
            _parent = _tx_v
            parent: CompanyChooserCompany | Unset
            if isinstance(_parent, Unset):
                parent = UNSET
            else:
                parent = CompanyChooserCompany._tx_from_json(_parent)

            return parent

        _tx_known: frozenset[str] = frozenset(
            (
                "url",
                "displayName",
                "parent",
                "id",
                "isSuspended",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "url": ("url", None),
            "display_name": ("displayName", None),
            "parent": ("parent", _p_parent),
            "id": ("id", None),
            "is_suspended": ("isSuspended", None),
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
