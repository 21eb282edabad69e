from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CellBlueprintV1")


@_attrs_define
class CellBlueprintV1:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        column_reference = d.pop("columnReference", UNSET)

        row_reference = d.pop("rowReference", UNSET)

        expression = d.pop("expression", UNSET)

        variable_name = d.pop("variableName", UNSET)

        value_format = d.pop("valueFormat", UNSET)

        cell_format = d.pop("cellFormat", UNSET)

        version = d.pop("version", UNSET)

        _obj = cls(
            column_reference=column_reference,
            row_reference=row_reference,
            expression=expression,
            variable_name=variable_name,
            value_format=value_format,
            cell_format=cell_format,
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
