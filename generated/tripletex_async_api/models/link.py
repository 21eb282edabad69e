from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_rel import LinkRel
from ..models.link_type import LinkType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="Link")


@_attrs_define
class Link(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.rel
        if _v is not UNSET:
            field_dict["rel"] = _v._value_
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.href
        if _v is not UNSET:
            field_dict["href"] = _v
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Link from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Link.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_rel: dict[Any, Any] = enum_members(LinkRel)
        _e_type_: dict[Any, Any] = enum_members(LinkType)
        _known: frozenset[str] = frozenset(
            (
                "rel",
                "type",
                "href",
                "id",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "rel"
                v = g("rel")
                if v is None:
                    o.rel = u
                    if "rel" not in d:
                        m += 1
                else:
                    o.rel = e_ if (e_ := _e_rel.get(v)) is not None else enum_value(LinkRel, v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(LinkType, v)
                v = g("href")
                if v is None:
                    o.href = u
                    if "href" not in d:
                        m += 1
                else:
                    o.href = v
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("rel", "rel"),
            ("type_", "type"),
            ("href", "href"),
            ("id", "id"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.rel
            o.rel = u if v is None or v is u else e_ if (e_ := _e_rel.get(v)) is not None else enum_value(LinkRel, v)
            v = s.type_
            o.type_ = (
                u if v is None or v is u else e_ if (e_ := _e_type_.get(v)) is not None else enum_value(LinkType, v)
            )
            v = s.href
            o.href = u if v is None else v
            v = s.id
            o.id = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
