from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2
    from ..models.lookup_1881_total_toll import Lookup1881TotalToll


T = TypeVar("T", bound="TripSearchResponse")


@_attrs_define
class TripSearchResponse:
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
        from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2  # noqa: PLC0415
        from ..models.lookup_1881_total_toll import Lookup1881TotalToll  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        distance = d.pop("distance", UNSET)

        travel_time_in_minutes = d.pop("travelTimeInMinutes", UNSET)

        _total_toll = d.pop("totalToll", UNSET)
        total_toll: Lookup1881TotalToll | Unset
        if isinstance(_total_toll, Unset):
            total_toll = UNSET
        else:
            total_toll = Lookup1881TotalToll.from_dict(_total_toll)

        _toll_stations = d.pop("tollStations", UNSET)
        toll_stations: list[Lookup1881TollStationV2] | Unset = UNSET
        if _toll_stations is not UNSET:
            toll_stations = []
            for toll_stations_item_data in _toll_stations:
                if toll_stations_item_data is None:
                    continue
                toll_stations_item = Lookup1881TollStationV2.from_dict(toll_stations_item_data)

                toll_stations.append(toll_stations_item)

        _obj = cls(
            distance=distance,
            travel_time_in_minutes=travel_time_in_minutes,
            total_toll=total_toll,
            toll_stations=toll_stations,
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
