from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trip_search_vehicle_type import TripSearchVehicleType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate


T = TypeVar("T", bound="TripSearch")


@_attrs_define
class TripSearch(Model):
    """
    Attributes:
        route_points (list[Lookup1881Coordinate] | Unset):
        vehicle_type (TripSearchVehicleType | Unset):
    """

    route_points: list[Lookup1881Coordinate] | Unset = UNSET
    vehicle_type: TripSearchVehicleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.route_points
        if _v is not UNSET:
            field_dict["routePoints"] = [_e.to_dict() for _e in _v]
        _v = self.vehicle_type
        if _v is not UNSET:
            field_dict["vehicleType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripSearch from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripSearch.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415

        _new = object.__new__
        _e_vehicle_type: dict[Any, Any] = enum_members(TripSearchVehicleType)
        _known: frozenset[str] = frozenset(
            (
                "routePoints",
                "vehicleType",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "routePoints"
                v = g("routePoints")
                if v is None:
                    o.route_points = u
                    if "routePoints" not in d:
                        m += 1
                else:
                    o.route_points = (
                        ([Lookup1881Coordinate._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "vehicleType"
                v = g("vehicleType")
                if v is None:
                    o.vehicle_type = u
                    if "vehicleType" not in d:
                        m += 1
                else:
                    o.vehicle_type = (
                        e_ if (e_ := _e_vehicle_type.get(v)) is not None else enum_value(TripSearchVehicleType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("route_points", "routePoints"),
            ("vehicle_type", "vehicleType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.route_points
            o.route_points = (
                u
                if v is None or v is u
                else ([Lookup1881Coordinate._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.vehicle_type
            o.vehicle_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vehicle_type.get(v)) is not None
                else enum_value(TripSearchVehicleType, v)
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
