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

T = TypeVar("T", bound="ReportSettingsHeaders")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ReportSettingsHeaders(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        show_column_headers = self.show_column_headers

        show_row_headers = self.show_row_headers

        column_header_visibility_expression = self.column_header_visibility_expression

        row_header_visibility_expression = self.row_header_visibility_expression

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_column_headers is not UNSET:
            field_dict["showColumnHeaders"] = show_column_headers
        if show_row_headers is not UNSET:
            field_dict["showRowHeaders"] = show_row_headers
        if column_header_visibility_expression is not UNSET:
            field_dict["columnHeaderVisibilityExpression"] = column_header_visibility_expression
        if row_header_visibility_expression is not UNSET:
            field_dict["rowHeaderVisibilityExpression"] = row_header_visibility_expression
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportSettingsHeaders from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "showColumnHeaders",
                "showRowHeaders",
                "columnHeaderVisibilityExpression",
                "rowHeaderVisibilityExpression",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "show_column_headers": ("showColumnHeaders", None),
            "show_row_headers": ("showRowHeaders", None),
            "column_header_visibility_expression": ("columnHeaderVisibilityExpression", None),
            "row_header_visibility_expression": ("rowHeaderVisibilityExpression", None),
            "version": ("version", None),
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
