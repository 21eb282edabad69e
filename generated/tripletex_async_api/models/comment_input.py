from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="CommentInput")


@_attrs_define
class CommentInput(Model):
    """
    Attributes:
        comment (str | Unset): The comment
        is_structured (bool | Unset): Is this comment a structured comment? It must be in a predefined list from
            Skatteetaten
        vat_returns_id (int | Unset): The id of the vatReturns
    """

    comment: str | Unset = UNSET
    is_structured: bool | Unset = UNSET
    vat_returns_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.is_structured
        if _v is not UNSET:
            field_dict["isStructured"] = _v
        _v = self.vat_returns_id
        if _v is not UNSET:
            field_dict["vatReturnsId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CommentInput from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CommentInput.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "comment",
                "isStructured",
                "vatReturnsId",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("isStructured")
                if v is None:
                    o.is_structured = u
                    if "isStructured" not in d:
                        m += 1
                else:
                    o.is_structured = v
                v = g("vatReturnsId")
                if v is None:
                    o.vat_returns_id = u
                    if "vatReturnsId" not in d:
                        m += 1
                else:
                    o.vat_returns_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("comment", "comment"),
            ("is_structured", "isStructured"),
            ("vat_returns_id", "vatReturnsId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.comment
            o.comment = u if v is None else v
            v = s.is_structured
            o.is_structured = u if v is None else v
            v = s.vat_returns_id
            o.vat_returns_id = u if v is None else v
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
