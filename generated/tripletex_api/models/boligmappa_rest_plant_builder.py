from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.plant_owner import PlantOwner


T = TypeVar("T", bound="BoligmappaRestPlantBuilder")


@_attrs_define
class BoligmappaRestPlantBuilder:
    """
    Attributes:
        plant_type (int | Unset): The type of the plant: 1 = Building Plant, 2 = Property Plant
        building_type (str | Unset): The building type of the plant
        share_number (int | Unset): The share number of the plant
        owners (list[PlantOwner] | Unset): The owners of the plant. Only Property Plants have owners
        unit_number (str | Unset): The unit number of the plant. It is copied from the Address of the Plant
        city (str | Unset): The city of the plant. It is copied from the Address of the Plant
        postal_code (str | Unset): The postal code of the plant. It is copied from the Address of the Plant
    """

    plant_type: int | Unset = UNSET
    building_type: str | Unset = UNSET
    share_number: int | Unset = UNSET
    owners: list[PlantOwner] | Unset = UNSET
    unit_number: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        plant_type = self.plant_type

        building_type = self.building_type

        share_number = self.share_number

        owners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.owners, Unset):
            owners = []
            for owners_item_data in self.owners:
                owners_item = owners_item_data.to_dict()
                owners.append(owners_item)

        unit_number = self.unit_number

        city = self.city

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plant_type is not UNSET:
            field_dict["plantType"] = plant_type
        if building_type is not UNSET:
            field_dict["buildingType"] = building_type
        if share_number is not UNSET:
            field_dict["shareNumber"] = share_number
        if owners is not UNSET:
            field_dict["owners"] = owners
        if unit_number is not UNSET:
            field_dict["unitNumber"] = unit_number
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.plant_owner import PlantOwner  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        plant_type = d.pop("plantType", UNSET)

        building_type = d.pop("buildingType", UNSET)

        share_number = d.pop("shareNumber", UNSET)

        _owners = d.pop("owners", UNSET)
        owners: list[PlantOwner] | Unset = UNSET
        if _owners is not UNSET:
            owners = []
            for owners_item_data in _owners:
                if owners_item_data is None:
                    continue
                owners_item = PlantOwner.from_dict(owners_item_data)

                owners.append(owners_item)

        unit_number = d.pop("unitNumber", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        _obj = cls(
            plant_type=plant_type,
            building_type=building_type,
            share_number=share_number,
            owners=owners,
            unit_number=unit_number,
            city=city,
            postal_code=postal_code,
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
