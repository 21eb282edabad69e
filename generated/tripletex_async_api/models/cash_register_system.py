from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cash_register_system_generic_data_type import CashRegisterSystemGenericDataType
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

T = TypeVar("T", bound="CashRegisterSystem")


@_attrs_define
class CashRegisterSystem(Model):
    """
    Attributes:
        group_id (float | Unset):
        generic_data_type (CashRegisterSystemGenericDataType | Unset):
        generic_data_sub_type_group_id (float | Unset):
        year_of_initial_registration (float | Unset):
        cash_register_system (str | Unset):
    """

    group_id: float | Unset = UNSET
    generic_data_type: CashRegisterSystemGenericDataType | Unset = UNSET
    generic_data_sub_type_group_id: float | Unset = UNSET
    year_of_initial_registration: float | Unset = UNSET
    cash_register_system: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.generic_data_type
        if _v is not UNSET and not _in_request:
            field_dict["genericDataType"] = _v._value_
        _v = self.generic_data_sub_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = _v
        _v = self.year_of_initial_registration
        if _v is not UNSET and not _in_request:
            field_dict["yearOfInitialRegistration"] = _v
        _v = self.cash_register_system
        if _v is not UNSET and not _in_request:
            field_dict["cashRegisterSystem"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CashRegisterSystem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CashRegisterSystem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(CashRegisterSystemGenericDataType)
        _known: frozenset[str] = frozenset(
            (
                "groupId",
                "genericDataType",
                "genericDataSubTypeGroupId",
                "yearOfInitialRegistration",
                "cashRegisterSystem",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "genericDataType"
                v = g("genericDataType")
                if v is None:
                    o.generic_data_type = u
                    if "genericDataType" not in d:
                        m += 1
                else:
                    o.generic_data_type = (
                        e_
                        if (e_ := _e_generic_data_type.get(v)) is not None
                        else enum_value(CashRegisterSystemGenericDataType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                v = g("yearOfInitialRegistration")
                if v is None:
                    o.year_of_initial_registration = u
                    if "yearOfInitialRegistration" not in d:
                        m += 1
                else:
                    o.year_of_initial_registration = v
                v = g("cashRegisterSystem")
                if v is None:
                    o.cash_register_system = u
                    if "cashRegisterSystem" not in d:
                        m += 1
                else:
                    o.cash_register_system = v
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
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("year_of_initial_registration", "yearOfInitialRegistration"),
            ("cash_register_system", "cashRegisterSystem"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.generic_data_type
            o.generic_data_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_generic_data_type.get(v)) is not None
                else enum_value(CashRegisterSystemGenericDataType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.year_of_initial_registration
            o.year_of_initial_registration = u if v is None else v
            v = s.cash_register_system
            o.cash_register_system = u if v is None else v
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
