from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.vat_returns_comment import VatReturnsComment


T = TypeVar("T", bound="VatReturnsVatCodeComment")


@_attrs_define
class VatReturnsVatCodeComment(Model):
    """
    Attributes:
        vat_code (str | Unset): The vatCode
        comments (list[VatReturnsComment] | Unset): List of comments for the given vatCode
    """

    vat_code: str | Unset = UNSET
    comments: list[VatReturnsComment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vat_code
        if _v is not UNSET:
            field_dict["vatCode"] = _v
        _v = self.comments
        if _v is not UNSET and not _in_request:
            field_dict["comments"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsVatCodeComment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturnsVatCodeComment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.vat_returns_comment import VatReturnsComment  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "vatCode",
                "comments",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vatCode")
                if v is None:
                    o.vat_code = u
                    if "vatCode" not in d:
                        m += 1
                else:
                    o.vat_code = v
                k = "comments"
                v = g("comments")
                if v is None:
                    o.comments = u
                    if "comments" not in d:
                        m += 1
                else:
                    o.comments = (
                        ([VatReturnsComment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vat_code", "vatCode"),
            ("comments", "comments"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vat_code
            o.vat_code = u if v is None else v
            v = s.comments
            o.comments = (
                u
                if v is None or v is u
                else ([VatReturnsComment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
