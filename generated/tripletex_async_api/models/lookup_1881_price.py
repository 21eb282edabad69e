from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_price_vehicle import Lookup1881PriceVehicle
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
    from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll


T = TypeVar("T", bound="Lookup1881Price")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("vehicle", str, False),
    ("rushHoursToll", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Lookup1881Price(LazyModel):
    """
    Attributes:
        vehicle (Lookup1881PriceVehicle | Unset): [read-only]
        price (float | Unset): [read-only]
        rush_hours_toll (Lookup1881RushHoursToll | Unset):
        vehicle_description (str | Unset): [read-only]
    """

    vehicle: Lookup1881PriceVehicle | Unset = UNSET
    price: float | Unset = UNSET
    rush_hours_toll: Lookup1881RushHoursToll | Unset = UNSET
    vehicle_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vehicle: str | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.value

        price = self.price

        rush_hours_toll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rush_hours_toll, Unset):
            rush_hours_toll = self.rush_hours_toll.to_dict()

        vehicle_description = self.vehicle_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle is not UNSET and not _in_request:
            field_dict["vehicle"] = vehicle
        if price is not UNSET and not _in_request:
            field_dict["price"] = price
        if rush_hours_toll is not UNSET:
            field_dict["rushHoursToll"] = rush_hours_toll
        if vehicle_description is not UNSET and not _in_request:
            field_dict["vehicleDescription"] = vehicle_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881Price from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll  # noqa: PLC0415

        def _p_vehicle(_tx_v: Any) -> Lookup1881PriceVehicle | Unset:
            _vehicle = _tx_v
            vehicle: Lookup1881PriceVehicle | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = Lookup1881PriceVehicle(_vehicle)

            return vehicle

        def _p_rush_hours_toll(_tx_v: Any) -> Lookup1881RushHoursToll | Unset:
            _rush_hours_toll = _tx_v
            rush_hours_toll: Lookup1881RushHoursToll | Unset
            if isinstance(_rush_hours_toll, Unset):
                rush_hours_toll = UNSET
            else:
                rush_hours_toll = Lookup1881RushHoursToll._tx_from_json(_rush_hours_toll)

            return rush_hours_toll

        _tx_known: frozenset[str] = frozenset(
            (
                "vehicle",
                "price",
                "rushHoursToll",
                "vehicleDescription",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vehicle": ("vehicle", _p_vehicle),
            "price": ("price", None),
            "rush_hours_toll": ("rushHoursToll", _p_rush_hours_toll),
            "vehicle_description": ("vehicleDescription", None),
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
