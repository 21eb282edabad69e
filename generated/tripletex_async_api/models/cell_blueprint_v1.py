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

T = TypeVar("T", bound="CellBlueprintV1")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CellBlueprintV1(LazyModel):
    """
    Attributes:
        column_reference (str | Unset):
        row_reference (str | Unset):
        expression (str | Unset):
        variable_name (str | Unset):
        value_format (str | Unset):
        cell_format (str | Unset):
        version (int | Unset):
    """

    column_reference: str | Unset = UNSET
    row_reference: str | Unset = UNSET
    expression: str | Unset = UNSET
    variable_name: str | Unset = UNSET
    value_format: str | Unset = UNSET
    cell_format: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        column_reference = self.column_reference

        row_reference = self.row_reference

        expression = self.expression

        variable_name = self.variable_name

        value_format = self.value_format

        cell_format = self.cell_format

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_reference is not UNSET:
            field_dict["columnReference"] = column_reference
        if row_reference is not UNSET:
            field_dict["rowReference"] = row_reference
        if expression is not UNSET:
            field_dict["expression"] = expression
        if variable_name is not UNSET:
            field_dict["variableName"] = variable_name
        if value_format is not UNSET:
            field_dict["valueFormat"] = value_format
        if cell_format is not UNSET:
            field_dict["cellFormat"] = cell_format
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CellBlueprintV1 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "columnReference",
                "rowReference",
                "expression",
                "variableName",
                "valueFormat",
                "cellFormat",
                "version",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "column_reference": ("columnReference", None),
            "row_reference": ("rowReference", None),
            "expression": ("expression", None),
            "variable_name": ("variableName", None),
            "value_format": ("valueFormat", None),
            "cell_format": ("cellFormat", None),
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
