from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_type_enum_type import EnumTypeEnumType
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

T = TypeVar("T", bound="EnumType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("enumType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class EnumType(LazyModel):
    """
    Attributes:
        enum_type (EnumTypeEnumType | Unset): [read-only]
        type_ (str | Unset): [read-only]
        value (int | Unset): [read-only]
        name (str | Unset): [read-only]
        technical_name (str | Unset): [read-only]
        step_number (int | Unset): [read-only]
    """

    enum_type: EnumTypeEnumType | Unset = UNSET
    type_: str | Unset = UNSET
    value: int | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    step_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        enum_type: str | Unset = UNSET
        if not isinstance(self.enum_type, Unset):
            enum_type = self.enum_type.value

        type_ = self.type_

        value = self.value

        name = self.name

        technical_name = self.technical_name

        step_number = self.step_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enum_type is not UNSET and not _in_request:
            field_dict["enumType"] = enum_type
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if value is not UNSET and not _in_request:
            field_dict["value"] = value
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if technical_name is not UNSET and not _in_request:
            field_dict["technicalName"] = technical_name
        if step_number is not UNSET and not _in_request:
            field_dict["stepNumber"] = step_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EnumType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_enum_type(_tx_v: Any) -> EnumTypeEnumType | Unset:
            _enum_type = _tx_v
            enum_type: EnumTypeEnumType | Unset
            if isinstance(_enum_type, Unset):
                enum_type = UNSET
            else:
                enum_type = EnumTypeEnumType(_enum_type)

            return enum_type

        _tx_known: frozenset[str] = frozenset(
            (
                "enumType",
                "type",
                "value",
                "name",
                "technicalName",
                "stepNumber",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "enum_type": ("enumType", _p_enum_type),
            "type_": ("type", None),
            "value": ("value", None),
            "name": ("name", None),
            "technical_name": ("technicalName", None),
            "step_number": ("stepNumber", None),
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
