from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2
    from ..models.lookup_1881_total_toll import Lookup1881TotalToll


T = TypeVar("T", bound="TripSearchResponse")


@_attrs_define
class TripSearchResponse(Model):
    """
    Attributes:
        distance (float | Unset):
        travel_time_in_minutes (float | Unset):
        total_toll (Lookup1881TotalToll | Unset):
        toll_stations (list[Lookup1881TollStationV2] | Unset):
    """

    distance: float | Unset = UNSET
    travel_time_in_minutes: float | Unset = UNSET
    total_toll: Lookup1881TotalToll | Unset = UNSET
    toll_stations: list[Lookup1881TollStationV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.distance
        if _v is not UNSET and not _in_request:
            field_dict["distance"] = _v
        _v = self.travel_time_in_minutes
        if _v is not UNSET and not _in_request:
            field_dict["travelTimeInMinutes"] = _v
        _v = self.total_toll
        if _v is not UNSET:
            field_dict["totalToll"] = _v.to_dict()
        _v = self.toll_stations
        if _v is not UNSET and not _in_request:
            field_dict["tollStations"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripSearchResponse from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripSearchResponse.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.lookup_1881_toll_station_v2 import Lookup1881TollStationV2  # noqa: PLC0415
        from ..models.lookup_1881_total_toll import Lookup1881TotalToll  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "distance",
                "travelTimeInMinutes",
                "totalToll",
                "tollStations",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("distance")
                if v is None:
                    o.distance = u
                    if "distance" not in d:
                        m += 1
                else:
                    o.distance = v
                v = g("travelTimeInMinutes")
                if v is None:
                    o.travel_time_in_minutes = u
                    if "travelTimeInMinutes" not in d:
                        m += 1
                else:
                    o.travel_time_in_minutes = v
                k = "totalToll"
                v = g("totalToll")
                if v is None:
                    o.total_toll = u
                    if "totalToll" not in d:
                        m += 1
                else:
                    o.total_toll = Lookup1881TotalToll._tx_parse(v)
                k = "tollStations"
                v = g("tollStations")
                if v is None:
                    o.toll_stations = u
                    if "tollStations" not in d:
                        m += 1
                else:
                    o.toll_stations = (
                        ([Lookup1881TollStationV2._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("distance", "distance"),
            ("travel_time_in_minutes", "travelTimeInMinutes"),
            ("total_toll", "totalToll"),
            ("toll_stations", "tollStations"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.distance
            o.distance = u if v is None else v
            v = s.travel_time_in_minutes
            o.travel_time_in_minutes = u if v is None else v
            v = s.total_toll
            o.total_toll = u if v is None or v is u else Lookup1881TotalToll._tx_parse(v)
            v = s.toll_stations
            o.toll_stations = (
                u
                if v is None or v is u
                else ([Lookup1881TollStationV2._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
