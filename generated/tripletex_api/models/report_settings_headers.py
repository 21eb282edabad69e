from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ReportSettingsHeaders")


@_attrs_define
class ReportSettingsHeaders:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        show_column_headers = d.pop("showColumnHeaders", UNSET)

        show_row_headers = d.pop("showRowHeaders", UNSET)

        column_header_visibility_expression = d.pop("columnHeaderVisibilityExpression", UNSET)

        row_header_visibility_expression = d.pop("rowHeaderVisibilityExpression", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            show_column_headers=show_column_headers,
            show_row_headers=show_row_headers,
            column_header_visibility_expression=column_header_visibility_expression,
            row_header_visibility_expression=row_header_visibility_expression,
            version=version,
        )

        _obj.additional_properties = d
        return _obj

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
