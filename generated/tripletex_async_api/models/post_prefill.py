from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_prefill_subject import PostPrefillSubject
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

T = TypeVar("T", bound="PostPrefill")


@_attrs_define
class PostPrefill(Model):
    """
    Attributes:
        year (int | Unset): Year where subject should be prefilled
        subject (PostPrefillSubject | Unset): Subject to prefill
    """

    year: int | Unset = UNSET
    subject: PostPrefillSubject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.subject
        if _v is not UNSET:
            field_dict["subject"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PostPrefill from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PostPrefill.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_subject: dict[Any, Any] = enum_members(PostPrefillSubject)
        _known: frozenset[str] = frozenset(
            (
                "year",
                "subject",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                k = "subject"
                v = g("subject")
                if v is None:
                    o.subject = u
                    if "subject" not in d:
                        m += 1
                else:
                    o.subject = e_ if (e_ := _e_subject.get(v)) is not None else enum_value(PostPrefillSubject, v)
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
            ("year", "year"),
            ("subject", "subject"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.subject
            o.subject = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_subject.get(v)) is not None
                else enum_value(PostPrefillSubject, v)
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
