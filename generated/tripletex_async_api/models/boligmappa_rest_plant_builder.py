from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.plant_owner import PlantOwner


T = TypeVar("T", bound="BoligmappaRestPlantBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("owners", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class BoligmappaRestPlantBuilder(LazyModel):
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
        self._tx_load()
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
        """A BoligmappaRestPlantBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.plant_owner import PlantOwner  # noqa: PLC0415

        def _p_owners(_tx_v: Any) -> list[PlantOwner] | Unset:
            _owners = _tx_v
            owners: list[PlantOwner] | Unset = UNSET
            if _owners is not UNSET:
                owners = []
                for owners_item_data in _owners:
                    if owners_item_data is None:
                        continue
                    owners_item = PlantOwner._tx_from_json(owners_item_data)

                    owners.append(owners_item)

            return owners

        _tx_known: frozenset[str] = frozenset(
            (
                "plantType",
                "buildingType",
                "shareNumber",
                "owners",
                "unitNumber",
                "city",
                "postalCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "plant_type": ("plantType", None),
            "building_type": ("buildingType", None),
            "share_number": ("shareNumber", None),
            "owners": ("owners", _p_owners),
            "unit_number": ("unitNumber", None),
            "city": ("city", None),
            "postal_code": ("postalCode", None),
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
