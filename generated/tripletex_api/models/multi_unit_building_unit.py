from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multi_unit_building_unit_generic_data_type import MultiUnitBuildingUnitGenericDataType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MultiUnitBuildingUnit")


@_attrs_define
class MultiUnitBuildingUnit:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        group_id = d.pop("groupId", UNSET)

        _generic_data_type = d.pop("genericDataType", UNSET)
        generic_data_type: MultiUnitBuildingUnitGenericDataType | Unset
        if isinstance(_generic_data_type, Unset):
            generic_data_type = UNSET
        else:
            generic_data_type = MultiUnitBuildingUnitGenericDataType(_generic_data_type)

        generic_data_sub_type_group_id = d.pop("genericDataSubTypeGroupId", UNSET)

        unit_no = d.pop("unitNo", UNSET)

        area = d.pop("area", UNSET)

        construction_year = d.pop("constructionYear", UNSET)

        value = d.pop("value", UNSET)

        _obj = cls(
            group_id=group_id,
            generic_data_type=generic_data_type,
            generic_data_sub_type_group_id=generic_data_sub_type_group_id,
            unit_no=unit_no,
            area=area,
            construction_year=construction_year,
            value=value,
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
