from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_rel import LinkRel
from ..models.link_type import LinkType
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

T = TypeVar("T", bound="Link")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("rel", str, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Link(LazyModel):
    """
    Attributes:
        rel (LinkRel | Unset):
        type_ (LinkType | Unset):
        href (str | Unset):
        id (int | Unset):
    """

    rel: LinkRel | Unset = UNSET
    type_: LinkType | Unset = UNSET
    href: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        rel: str | Unset = UNSET
        if not isinstance(self.rel, Unset):
            rel = self.rel.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        href = self.href

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rel is not UNSET:
            field_dict["rel"] = rel
        if type_ is not UNSET:
            field_dict["type"] = type_
        if href is not UNSET:
            field_dict["href"] = href
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Link from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_rel(_tx_v: Any) -> LinkRel | Unset:
            _rel = _tx_v
            rel: LinkRel | Unset
            if isinstance(_rel, Unset):
                rel = UNSET
            else:
                rel = LinkRel(_rel)

            return rel

        def _p_type_(_tx_v: Any) -> LinkType | Unset:
            _type_ = _tx_v
            type_: LinkType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = LinkType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "rel",
                "type",
                "href",
                "id",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "rel": ("rel", _p_rel),
            "type_": ("type", _p_type_),
            "href": ("href", None),
            "id": ("id", None),
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
