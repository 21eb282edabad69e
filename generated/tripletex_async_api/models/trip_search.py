from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trip_search_vehicle_type import TripSearchVehicleType
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
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate


T = TypeVar("T", bound="TripSearch")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("routePoints", list, False),
    ("vehicleType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripSearch(LazyModel):
    """
    Attributes:
        route_points (list[Lookup1881Coordinate] | Unset):
        vehicle_type (TripSearchVehicleType | Unset):
    """

    route_points: list[Lookup1881Coordinate] | Unset = UNSET
    vehicle_type: TripSearchVehicleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        route_points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.route_points, Unset):
            route_points = []
            for route_points_item_data in self.route_points:
                route_points_item = route_points_item_data.to_dict()
                route_points.append(route_points_item)

        vehicle_type: str | Unset = UNSET
        if not isinstance(self.vehicle_type, Unset):
            vehicle_type = self.vehicle_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if route_points is not UNSET:
            field_dict["routePoints"] = route_points
        if vehicle_type is not UNSET:
            field_dict["vehicleType"] = vehicle_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripSearch from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415

        def _p_route_points(_tx_v: Any) -> list[Lookup1881Coordinate] | Unset:
            _route_points = _tx_v
            route_points: list[Lookup1881Coordinate] | Unset = UNSET
            if _route_points is not UNSET:
                route_points = []
                for route_points_item_data in _route_points:
                    if route_points_item_data is None:
                        continue
                    route_points_item = Lookup1881Coordinate._tx_from_json(route_points_item_data)

                    route_points.append(route_points_item)

            return route_points

        def _p_vehicle_type(_tx_v: Any) -> TripSearchVehicleType | Unset:
            _vehicle_type = _tx_v
            vehicle_type: TripSearchVehicleType | Unset
            if isinstance(_vehicle_type, Unset):
                vehicle_type = UNSET
            else:
                vehicle_type = TripSearchVehicleType(_vehicle_type)

            return vehicle_type

        _tx_known: frozenset[str] = frozenset(
            (
                "routePoints",
                "vehicleType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "route_points": ("routePoints", _p_route_points),
            "vehicle_type": ("vehicleType", _p_vehicle_type),
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
