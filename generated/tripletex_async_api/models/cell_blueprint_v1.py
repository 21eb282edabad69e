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

T = TypeVar("T", bound="CellBlueprintV1")


@_attrs_define
class CellBlueprintV1(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.column_reference
        if _v is not UNSET:
            field_dict["columnReference"] = _v
        _v = self.row_reference
        if _v is not UNSET:
            field_dict["rowReference"] = _v
        _v = self.expression
        if _v is not UNSET:
            field_dict["expression"] = _v
        _v = self.variable_name
        if _v is not UNSET:
            field_dict["variableName"] = _v
        _v = self.value_format
        if _v is not UNSET:
            field_dict["valueFormat"] = _v
        _v = self.cell_format
        if _v is not UNSET:
            field_dict["cellFormat"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CellBlueprintV1 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CellBlueprintV1.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("columnReference")
                if v is None:
                    o.column_reference = u
                    if "columnReference" not in d:
                        m += 1
                else:
                    o.column_reference = v
                v = g("rowReference")
                if v is None:
                    o.row_reference = u
                    if "rowReference" not in d:
                        m += 1
                else:
                    o.row_reference = v
                v = g("expression")
                if v is None:
                    o.expression = u
                    if "expression" not in d:
                        m += 1
                else:
                    o.expression = v
                v = g("variableName")
                if v is None:
                    o.variable_name = u
                    if "variableName" not in d:
                        m += 1
                else:
                    o.variable_name = v
                v = g("valueFormat")
                if v is None:
                    o.value_format = u
                    if "valueFormat" not in d:
                        m += 1
                else:
                    o.value_format = v
                v = g("cellFormat")
                if v is None:
                    o.cell_format = u
                    if "cellFormat" not in d:
                        m += 1
                else:
                    o.cell_format = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("column_reference", "columnReference"),
            ("row_reference", "rowReference"),
            ("expression", "expression"),
            ("variable_name", "variableName"),
            ("value_format", "valueFormat"),
            ("cell_format", "cellFormat"),
            ("version", "version"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.column_reference
            o.column_reference = u if v is None else v
            v = s.row_reference
            o.row_reference = u if v is None else v
            v = s.expression
            o.expression = u if v is None else v
            v = s.variable_name
            o.variable_name = u if v is None else v
            v = s.value_format
            o.value_format = u if v is None else v
            v = s.cell_format
            o.cell_format = u if v is None else v
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
