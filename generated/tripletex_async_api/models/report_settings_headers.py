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

T = TypeVar("T", bound="ReportSettingsHeaders")


@_attrs_define
class ReportSettingsHeaders(Model):
    """
    Attributes:
        show_column_headers (bool | Unset):
        show_row_headers (bool | Unset):
        column_header_visibility_expression (str | Unset):
        row_header_visibility_expression (str | Unset):
        version (int | Unset):
    """

    show_column_headers: bool | Unset = UNSET
    show_row_headers: bool | Unset = UNSET
    column_header_visibility_expression: str | Unset = UNSET
    row_header_visibility_expression: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.show_column_headers
        if _v is not UNSET:
            field_dict["showColumnHeaders"] = _v
        _v = self.show_row_headers
        if _v is not UNSET:
            field_dict["showRowHeaders"] = _v
        _v = self.column_header_visibility_expression
        if _v is not UNSET:
            field_dict["columnHeaderVisibilityExpression"] = _v
        _v = self.row_header_visibility_expression
        if _v is not UNSET:
            field_dict["rowHeaderVisibilityExpression"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettingsHeaders from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportSettingsHeaders.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "showColumnHeaders",
                "showRowHeaders",
                "columnHeaderVisibilityExpression",
                "rowHeaderVisibilityExpression",
                "version",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("showColumnHeaders")
                if v is None:
                    o.show_column_headers = u
                    if "showColumnHeaders" not in d:
                        m += 1
                else:
                    o.show_column_headers = v
                v = g("showRowHeaders")
                if v is None:
                    o.show_row_headers = u
                    if "showRowHeaders" not in d:
                        m += 1
                else:
                    o.show_row_headers = v
                v = g("columnHeaderVisibilityExpression")
                if v is None:
                    o.column_header_visibility_expression = u
                    if "columnHeaderVisibilityExpression" not in d:
                        m += 1
                else:
                    o.column_header_visibility_expression = v
                v = g("rowHeaderVisibilityExpression")
                if v is None:
                    o.row_header_visibility_expression = u
                    if "rowHeaderVisibilityExpression" not in d:
                        m += 1
                else:
                    o.row_header_visibility_expression = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
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
            ("show_column_headers", "showColumnHeaders"),
            ("show_row_headers", "showRowHeaders"),
            ("column_header_visibility_expression", "columnHeaderVisibilityExpression"),
            ("row_header_visibility_expression", "rowHeaderVisibilityExpression"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.show_column_headers
            o.show_column_headers = u if v is None else v
            v = s.show_row_headers
            o.show_row_headers = u if v is None else v
            v = s.column_header_visibility_expression
            o.column_header_visibility_expression = u if v is None else v
            v = s.row_header_visibility_expression
            o.row_header_visibility_expression = u if v is None else v
            v = s.version
            o.version = u if v is None else v
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
