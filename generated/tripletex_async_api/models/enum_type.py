from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_type_enum_type import EnumTypeEnumType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="EnumType")


@_attrs_define
class EnumType(Model):
    """
    Attributes:
        enum_type (EnumTypeEnumType | Unset):
        type_ (str | Unset):
        value (int | Unset):
        name (str | Unset):
        technical_name (str | Unset):
        step_number (int | Unset):
    """

    enum_type: EnumTypeEnumType | Unset = UNSET
    type_: str | Unset = UNSET
    value: int | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    step_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.enum_type
        if _v is not UNSET and not _in_request:
            field_dict["enumType"] = _v._value_
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v
        _v = self.value
        if _v is not UNSET and not _in_request:
            field_dict["value"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.technical_name
        if _v is not UNSET and not _in_request:
            field_dict["technicalName"] = _v
        _v = self.step_number
        if _v is not UNSET and not _in_request:
            field_dict["stepNumber"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EnumType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EnumType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_enum_type: dict[Any, Any] = enum_members(EnumTypeEnumType)
        _known: frozenset[str] = frozenset(
            (
                "enumType",
                "type",
                "value",
                "name",
                "technicalName",
                "stepNumber",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "enumType"
                v = g("enumType")
                if v is None:
                    o.enum_type = u
                    if "enumType" not in d:
                        m += 1
                else:
                    o.enum_type = e_ if (e_ := _e_enum_type.get(v)) is not None else enum_value(EnumTypeEnumType, v)
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("technicalName")
                if v is None:
                    o.technical_name = u
                    if "technicalName" not in d:
                        m += 1
                else:
                    o.technical_name = v
                v = g("stepNumber")
                if v is None:
                    o.step_number = u
                    if "stepNumber" not in d:
                        m += 1
                else:
                    o.step_number = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("enum_type", "enumType"),
            ("type_", "type"),
            ("value", "value"),
            ("name", "name"),
            ("technical_name", "technicalName"),
            ("step_number", "stepNumber"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.enum_type
            o.enum_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_enum_type.get(v)) is not None
                else enum_value(EnumTypeEnumType, v)
            )
            v = s.type_
            o.type_ = u if v is None else v
            v = s.value
            o.value = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.technical_name
            o.technical_name = u if v is None else v
            v = s.step_number
            o.step_number = u if v is None else v
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
