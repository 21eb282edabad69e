from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_unit_building_unit_generic_data_type import MultiUnitBuildingUnitGenericDataType
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

T = TypeVar("T", bound="MultiUnitBuildingUnit")


@_attrs_define
class MultiUnitBuildingUnit(Model):
    """
    Attributes:
        group_id (float | Unset):
        generic_data_type (MultiUnitBuildingUnitGenericDataType | Unset):
        generic_data_sub_type_group_id (float | Unset):
        unit_no (str | Unset):
        area (float | Unset):
        construction_year (float | Unset):
        value (float | Unset):
    """

    group_id: float | Unset = UNSET
    generic_data_type: MultiUnitBuildingUnitGenericDataType | Unset = UNSET
    generic_data_sub_type_group_id: float | Unset = UNSET
    unit_no: str | Unset = UNSET
    area: float | Unset = UNSET
    construction_year: float | Unset = UNSET
    value: float | Unset = UNSET
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
        _v = self.unit_no
        if _v is not UNSET and not _in_request:
            field_dict["unitNo"] = _v
        _v = self.area
        if _v is not UNSET and not _in_request:
            field_dict["area"] = _v
        _v = self.construction_year
        if _v is not UNSET and not _in_request:
            field_dict["constructionYear"] = _v
        _v = self.value
        if _v is not UNSET and not _in_request:
            field_dict["value"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MultiUnitBuildingUnit from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MultiUnitBuildingUnit.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_generic_data_type: dict[Any, Any] = enum_members(MultiUnitBuildingUnitGenericDataType)
        _known: frozenset[str] = frozenset(
            (
                "groupId",
                "genericDataType",
                "genericDataSubTypeGroupId",
                "unitNo",
                "area",
                "constructionYear",
                "value",
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
                        else enum_value(MultiUnitBuildingUnitGenericDataType, v)
                    )
                v = g("genericDataSubTypeGroupId")
                if v is None:
                    o.generic_data_sub_type_group_id = u
                    if "genericDataSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.generic_data_sub_type_group_id = v
                v = g("unitNo")
                if v is None:
                    o.unit_no = u
                    if "unitNo" not in d:
                        m += 1
                else:
                    o.unit_no = v
                v = g("area")
                if v is None:
                    o.area = u
                    if "area" not in d:
                        m += 1
                else:
                    o.area = v
                v = g("constructionYear")
                if v is None:
                    o.construction_year = u
                    if "constructionYear" not in d:
                        m += 1
                else:
                    o.construction_year = v
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = v
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
            ("group_id", "groupId"),
            ("generic_data_type", "genericDataType"),
            ("generic_data_sub_type_group_id", "genericDataSubTypeGroupId"),
            ("unit_no", "unitNo"),
            ("area", "area"),
            ("construction_year", "constructionYear"),
            ("value", "value"),
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
                else enum_value(MultiUnitBuildingUnitGenericDataType, v)
            )
            v = s.generic_data_sub_type_group_id
            o.generic_data_sub_type_group_id = u if v is None else v
            v = s.unit_no
            o.unit_no = u if v is None else v
            v = s.area
            o.area = u if v is None else v
            v = s.construction_year
            o.construction_year = u if v is None else v
            v = s.value
            o.value = u if v is None else v
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
