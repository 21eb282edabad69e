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
    from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2
    from ..models.lookup_1881_total_toll import Lookup1881TotalToll


T = TypeVar("T", bound="TripSearchResponse")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("totalToll", dict, False),
    ("tollStations", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripSearchResponse(LazyModel):
    """
    Attributes:
        distance (float | Unset): [read-only]
        travel_time_in_minutes (float | Unset): [read-only]
        total_toll (Lookup1881TotalToll | Unset):
        toll_stations (list[Lookup1881TollStationV2] | Unset): [read-only]
    """

    distance: float | Unset = UNSET
    travel_time_in_minutes: float | Unset = UNSET
    total_toll: Lookup1881TotalToll | Unset = UNSET
    toll_stations: list[Lookup1881TollStationV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        distance = self.distance

        travel_time_in_minutes = self.travel_time_in_minutes

        total_toll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_toll, Unset):
            total_toll = self.total_toll.to_dict()

        toll_stations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.toll_stations, Unset):
            toll_stations = []
            for toll_stations_item_data in self.toll_stations:
                toll_stations_item = toll_stations_item_data.to_dict()
                toll_stations.append(toll_stations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET and not _in_request:
            field_dict["distance"] = distance
        if travel_time_in_minutes is not UNSET and not _in_request:
            field_dict["travelTimeInMinutes"] = travel_time_in_minutes
        if total_toll is not UNSET:
            field_dict["totalToll"] = total_toll
        if toll_stations is not UNSET and not _in_request:
            field_dict["tollStations"] = toll_stations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripSearchResponse from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2  # noqa: PLC0415
        from ..models.lookup_1881_total_toll import Lookup1881TotalToll  # noqa: PLC0415

        def _p_total_toll(_tx_v: Any) -> Lookup1881TotalToll | Unset:
            _total_toll = _tx_v
            total_toll: Lookup1881TotalToll | Unset
            if isinstance(_total_toll, Unset):
                total_toll = UNSET
            else:
                total_toll = Lookup1881TotalToll._tx_from_json(_total_toll)

            return total_toll

        def _p_toll_stations(_tx_v: Any) -> list[Lookup1881TollStationV2] | Unset:
            _toll_stations = _tx_v
            toll_stations: list[Lookup1881TollStationV2] | Unset = UNSET
            if _toll_stations is not UNSET:
                toll_stations = []
                for toll_stations_item_data in _toll_stations:
                    if toll_stations_item_data is None:
                        continue
                    toll_stations_item = Lookup1881TollStationV2._tx_from_json(toll_stations_item_data)

                    toll_stations.append(toll_stations_item)

            return toll_stations

        _tx_known: frozenset[str] = frozenset(
            (
                "distance",
                "travelTimeInMinutes",
                "totalToll",
                "tollStations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "distance": ("distance", None),
            "travel_time_in_minutes": ("travelTimeInMinutes", None),
            "total_toll": ("totalToll", _p_total_toll),
            "toll_stations": ("tollStations", _p_toll_stations),
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
