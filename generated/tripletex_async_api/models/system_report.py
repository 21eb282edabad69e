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

T = TypeVar("T", bound="SystemReport")


@_attrs_define
class SystemReport(Model):
    """The reports in this report category

    Attributes:
        text_key (str | Unset): The text key for the name of the report
        text (str | Unset): The name of the report
        path (str | Unset): The path to the report
        sorting (int | Unset): Sorting order of the report (lower appears first, 0–99).
    """

    text_key: str | Unset = UNSET
    text: str | Unset = UNSET
    path: str | Unset = UNSET
    sorting: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.text_key
        if _v is not UNSET and not _in_request:
            field_dict["textKey"] = _v
        _v = self.text
        if _v is not UNSET and not _in_request:
            field_dict["text"] = _v
        _v = self.path
        if _v is not UNSET and not _in_request:
            field_dict["path"] = _v
        _v = self.sorting
        if _v is not UNSET and not _in_request:
            field_dict["sorting"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SystemReport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SystemReport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "textKey",
                "text",
                "path",
                "sorting",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("textKey")
                if v is None:
                    o.text_key = u
                    if "textKey" not in d:
                        m += 1
                else:
                    o.text_key = v
                v = g("text")
                if v is None:
                    o.text = u
                    if "text" not in d:
                        m += 1
                else:
                    o.text = v
                v = g("path")
                if v is None:
                    o.path = u
                    if "path" not in d:
                        m += 1
                else:
                    o.path = v
                v = g("sorting")
                if v is None:
                    o.sorting = u
                    if "sorting" not in d:
                        m += 1
                else:
                    o.sorting = v
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
            ("text_key", "textKey"),
            ("text", "text"),
            ("path", "path"),
            ("sorting", "sorting"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.text_key
            o.text_key = u if v is None else v
            v = s.text
            o.text = u if v is None else v
            v = s.path
            o.path = u if v is None else v
            v = s.sorting
            o.sorting = u if v is None else v
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
