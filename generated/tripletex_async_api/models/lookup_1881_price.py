from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_price_vehicle import Lookup1881PriceVehicle
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll


T = TypeVar("T", bound="Lookup1881Price")


@_attrs_define
class Lookup1881Price(Model):
    """
    Attributes:
        vehicle (Lookup1881PriceVehicle | Unset):
        price (float | Unset):
        rush_hours_toll (Lookup1881RushHoursToll | Unset):
        vehicle_description (str | Unset):
    """

    vehicle: Lookup1881PriceVehicle | Unset = UNSET
    price: float | Unset = UNSET
    rush_hours_toll: Lookup1881RushHoursToll | Unset = UNSET
    vehicle_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vehicle
        if _v is not UNSET and not _in_request:
            field_dict["vehicle"] = _v._value_
        _v = self.price
        if _v is not UNSET and not _in_request:
            field_dict["price"] = _v
        _v = self.rush_hours_toll
        if _v is not UNSET:
            field_dict["rushHoursToll"] = _v.to_dict()
        _v = self.vehicle_description
        if _v is not UNSET and not _in_request:
            field_dict["vehicleDescription"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881Price from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Lookup1881Price.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll  # noqa: PLC0415

        _new = object.__new__
        _e_vehicle: dict[Any, Any] = enum_members(Lookup1881PriceVehicle)
        _known: frozenset[str] = frozenset(
            (
                "vehicle",
                "price",
                "rushHoursToll",
                "vehicleDescription",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "vehicle"
                v = g("vehicle")
                if v is None:
                    o.vehicle = u
                    if "vehicle" not in d:
                        m += 1
                else:
                    o.vehicle = e_ if (e_ := _e_vehicle.get(v)) is not None else enum_value(Lookup1881PriceVehicle, v)
                v = g("price")
                if v is None:
                    o.price = u
                    if "price" not in d:
                        m += 1
                else:
                    o.price = v
                k = "rushHoursToll"
                v = g("rushHoursToll")
                if v is None:
                    o.rush_hours_toll = u
                    if "rushHoursToll" not in d:
                        m += 1
                else:
                    o.rush_hours_toll = Lookup1881RushHoursToll._tx_parse(v)
                v = g("vehicleDescription")
                if v is None:
                    o.vehicle_description = u
                    if "vehicleDescription" not in d:
                        m += 1
                else:
                    o.vehicle_description = v
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
            ("vehicle", "vehicle"),
            ("price", "price"),
            ("rush_hours_toll", "rushHoursToll"),
            ("vehicle_description", "vehicleDescription"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vehicle
            o.vehicle = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vehicle.get(v)) is not None
                else enum_value(Lookup1881PriceVehicle, v)
            )
            v = s.price
            o.price = u if v is None else v
            v = s.rush_hours_toll
            o.rush_hours_toll = u if v is None or v is u else Lookup1881RushHoursToll._tx_parse(v)
            v = s.vehicle_description
            o.vehicle_description = u if v is None else v
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
