from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_unit_building_unit_generic_data_type import MultiUnitBuildingUnitGenericDataType
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

T = TypeVar("T", bound="MultiUnitBuildingUnit")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("genericDataType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class MultiUnitBuildingUnit(LazyModel):
    """
    Attributes:
        group_id (float | Unset): [read-only]
        generic_data_type (MultiUnitBuildingUnitGenericDataType | Unset): [read-only]
        generic_data_sub_type_group_id (float | Unset): [read-only]
        unit_no (str | Unset): [read-only]
        area (float | Unset): [read-only]
        construction_year (float | Unset): [read-only]
        value (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        group_id = self.group_id

        generic_data_type: str | Unset = UNSET
        if not isinstance(self.generic_data_type, Unset):
            generic_data_type = self.generic_data_type.value

        generic_data_sub_type_group_id = self.generic_data_sub_type_group_id

        unit_no = self.unit_no

        area = self.area

        construction_year = self.construction_year

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if generic_data_type is not UNSET and not _in_request:
            field_dict["genericDataType"] = generic_data_type
        if generic_data_sub_type_group_id is not UNSET and not _in_request:
            field_dict["genericDataSubTypeGroupId"] = generic_data_sub_type_group_id
        if unit_no is not UNSET and not _in_request:
            field_dict["unitNo"] = unit_no
        if area is not UNSET and not _in_request:
            field_dict["area"] = area
        if construction_year is not UNSET and not _in_request:
            field_dict["constructionYear"] = construction_year
        if value is not UNSET and not _in_request:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MultiUnitBuildingUnit from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_generic_data_type(_tx_v: Any) -> MultiUnitBuildingUnitGenericDataType | Unset:
            _generic_data_type = _tx_v
            generic_data_type: MultiUnitBuildingUnitGenericDataType | Unset
            if isinstance(_generic_data_type, Unset):
                generic_data_type = UNSET
            else:
                generic_data_type = MultiUnitBuildingUnitGenericDataType(_generic_data_type)

            return generic_data_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group_id": ("groupId", None),
            "generic_data_type": ("genericDataType", _p_generic_data_type),
            "generic_data_sub_type_group_id": ("genericDataSubTypeGroupId", None),
            "unit_no": ("unitNo", None),
            "area": ("area", None),
            "construction_year": ("constructionYear", None),
            "value": ("value", None),
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
