from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_type_enum_type import EnumTypeEnumType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EnumType")


@_attrs_define
class EnumType:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _enum_type = d.pop("enumType", UNSET)
        enum_type: EnumTypeEnumType | Unset
        if isinstance(_enum_type, Unset):
            enum_type = UNSET
        else:
            enum_type = EnumTypeEnumType(_enum_type)

        type_ = d.pop("type", UNSET)

        value = d.pop("value", UNSET)

        name = d.pop("name", UNSET)

        technical_name = d.pop("technicalName", UNSET)

        step_number = d.pop("stepNumber", UNSET)

        _obj = cls(
            enum_type=enum_type,
            type_=type_,
            value=value,
            name=name,
            technical_name=technical_name,
            step_number=step_number,
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
