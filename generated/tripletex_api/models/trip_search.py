from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trip_search_vehicle_type import TripSearchVehicleType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate


T = TypeVar("T", bound="TripSearch")


@_attrs_define
class TripSearch:
    """
    Attributes:
        route_points (list[Lookup1881Coordinate] | Unset):
        vehicle_type (TripSearchVehicleType | Unset):
    """

    route_points: list[Lookup1881Coordinate] | Unset = UNSET
    vehicle_type: TripSearchVehicleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _route_points = d.pop("routePoints", UNSET)
        route_points: list[Lookup1881Coordinate] | Unset = UNSET
        if _route_points is not UNSET:
            route_points = []
            for route_points_item_data in _route_points:
                if route_points_item_data is None:
                    continue
                route_points_item = Lookup1881Coordinate.from_dict(route_points_item_data)

                route_points.append(route_points_item)

        _vehicle_type = d.pop("vehicleType", UNSET)
        vehicle_type: TripSearchVehicleType | Unset
        if isinstance(_vehicle_type, Unset):
            vehicle_type = UNSET
        else:
            vehicle_type = TripSearchVehicleType(_vehicle_type)

        _obj = cls(
            route_points=route_points,
            vehicle_type=vehicle_type,
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
