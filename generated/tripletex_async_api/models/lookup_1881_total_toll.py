from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_total_toll_vehicle import Lookup1881TotalTollVehicle
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

T = TypeVar("T", bound="Lookup1881TotalToll")


@_attrs_define
class Lookup1881TotalToll(Model):
    """
    Attributes:
        vehicle (Lookup1881TotalTollVehicle | Unset):
        rush_hours_toll (float | Unset):
        regular_toll (float | Unset):
        total_price (float | Unset):
    """

    vehicle: Lookup1881TotalTollVehicle | Unset = UNSET
    rush_hours_toll: float | Unset = UNSET
    regular_toll: float | Unset = UNSET
    total_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.vehicle
        if _v is not UNSET and not _in_request:
            field_dict["vehicle"] = _v._value_
        _v = self.rush_hours_toll
        if _v is not UNSET and not _in_request:
            field_dict["rushHoursToll"] = _v
        _v = self.regular_toll
        if _v is not UNSET and not _in_request:
            field_dict["regularToll"] = _v
        _v = self.total_price
        if _v is not UNSET and not _in_request:
            field_dict["totalPrice"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881TotalToll from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Lookup1881TotalToll.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_vehicle: dict[Any, Any] = enum_members(Lookup1881TotalTollVehicle)
        _known: frozenset[str] = frozenset(
            (
                "vehicle",
                "rushHoursToll",
                "regularToll",
                "totalPrice",
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
                    o.vehicle = (
                        e_ if (e_ := _e_vehicle.get(v)) is not None else enum_value(Lookup1881TotalTollVehicle, v)
                    )
                v = g("rushHoursToll")
                if v is None:
                    o.rush_hours_toll = u
                    if "rushHoursToll" not in d:
                        m += 1
                else:
                    o.rush_hours_toll = v
                v = g("regularToll")
                if v is None:
                    o.regular_toll = u
                    if "regularToll" not in d:
                        m += 1
                else:
                    o.regular_toll = v
                v = g("totalPrice")
                if v is None:
                    o.total_price = u
                    if "totalPrice" not in d:
                        m += 1
                else:
                    o.total_price = v
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
            ("rush_hours_toll", "rushHoursToll"),
            ("regular_toll", "regularToll"),
            ("total_price", "totalPrice"),
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
                else enum_value(Lookup1881TotalTollVehicle, v)
            )
            v = s.rush_hours_toll
            o.rush_hours_toll = u if v is None else v
            v = s.regular_toll
            o.regular_toll = u if v is None else v
            v = s.total_price
            o.total_price = u if v is None else v
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
