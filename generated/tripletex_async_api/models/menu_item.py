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
    serializing_request_body,
)

T = TypeVar("T", bound="MenuItem")


@_attrs_define
class MenuItem(Model):
    """
    Attributes:
        title (str | Unset):
        theme (str | Unset):
        test_id (str | Unset):
        icon (str | Unset):
        url (str | Unset):
    """

    title: str | Unset = UNSET
    theme: str | Unset = UNSET
    test_id: str | Unset = UNSET
    icon: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.theme
        if _v is not UNSET and not _in_request:
            field_dict["theme"] = _v
        _v = self.test_id
        if _v is not UNSET and not _in_request:
            field_dict["testId"] = _v
        _v = self.icon
        if _v is not UNSET and not _in_request:
            field_dict["icon"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MenuItem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MenuItem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "title",
                "theme",
                "testId",
                "icon",
                "url",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("theme")
                if v is None:
                    o.theme = u
                    if "theme" not in d:
                        m += 1
                else:
                    o.theme = v
                v = g("testId")
                if v is None:
                    o.test_id = u
                    if "testId" not in d:
                        m += 1
                else:
                    o.test_id = v
                v = g("icon")
                if v is None:
                    o.icon = u
                    if "icon" not in d:
                        m += 1
                else:
                    o.icon = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("title", "title"),
            ("theme", "theme"),
            ("test_id", "testId"),
            ("icon", "icon"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.title
            o.title = u if v is None else v
            v = s.theme
            o.theme = u if v is None else v
            v = s.test_id
            o.test_id = u if v is None else v
            v = s.icon
            o.icon = u if v is None else v
            v = s.url
            o.url = u if v is None else v
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
