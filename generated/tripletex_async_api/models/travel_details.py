from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="TravelDetails")


@_attrs_define
class TravelDetails(Model):
    """
    Attributes:
        is_foreign_travel (bool | Unset):
        is_day_trip (bool | Unset):
        is_compensation_from_rates (bool | Unset):
        departure_date (str | Unset):
        return_date (str | Unset):
        detailed_journey_description (str | Unset):
        departure_from (str | Unset):
        destination (str | Unset):
        departure_time (str | Unset):
        return_time (str | Unset):
        purpose (str | Unset):
    """

    is_foreign_travel: bool | Unset = UNSET
    is_day_trip: bool | Unset = UNSET
    is_compensation_from_rates: bool | Unset = UNSET
    departure_date: str | Unset = UNSET
    return_date: str | Unset = UNSET
    detailed_journey_description: str | Unset = UNSET
    departure_from: str | Unset = UNSET
    destination: str | Unset = UNSET
    departure_time: str | Unset = UNSET
    return_time: str | Unset = UNSET
    purpose: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.is_foreign_travel
        if _v is not UNSET:
            field_dict["isForeignTravel"] = _v
        _v = self.is_day_trip
        if _v is not UNSET:
            field_dict["isDayTrip"] = _v
        _v = self.is_compensation_from_rates
        if _v is not UNSET:
            field_dict["isCompensationFromRates"] = _v
        _v = self.departure_date
        if _v is not UNSET:
            field_dict["departureDate"] = _v
        _v = self.return_date
        if _v is not UNSET:
            field_dict["returnDate"] = _v
        _v = self.detailed_journey_description
        if _v is not UNSET:
            field_dict["detailedJourneyDescription"] = _v
        _v = self.departure_from
        if _v is not UNSET:
            field_dict["departureFrom"] = _v
        _v = self.destination
        if _v is not UNSET:
            field_dict["destination"] = _v
        _v = self.departure_time
        if _v is not UNSET:
            field_dict["departureTime"] = _v
        _v = self.return_time
        if _v is not UNSET:
            field_dict["returnTime"] = _v
        _v = self.purpose
        if _v is not UNSET:
            field_dict["purpose"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TravelDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "isForeignTravel",
                "isDayTrip",
                "isCompensationFromRates",
                "departureDate",
                "returnDate",
                "detailedJourneyDescription",
                "departureFrom",
                "destination",
                "departureTime",
                "returnTime",
                "purpose",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "isForeignTravel": "is_foreign_travel",
            "isDayTrip": "is_day_trip",
            "isCompensationFromRates": "is_compensation_from_rates",
            "departureDate": "departure_date",
            "returnDate": "return_date",
            "detailedJourneyDescription": "detailed_journey_description",
            "departureFrom": "departure_from",
            "destination": "destination",
            "departureTime": "departure_time",
            "returnTime": "return_time",
            "purpose": "purpose",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.is_foreign_travel = o.is_day_trip = o.is_compensation_from_rates = o.departure_date = (
                        o.return_date
                    ) = o.detailed_journey_description = o.departure_from = o.destination = o.departure_time = (
                        o.return_time
                    ) = o.purpose = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isForeignTravel")
                if v is None:
                    o.is_foreign_travel = u
                    if "isForeignTravel" not in d:
                        m += 1
                else:
                    o.is_foreign_travel = v
                v = g("isDayTrip")
                if v is None:
                    o.is_day_trip = u
                    if "isDayTrip" not in d:
                        m += 1
                else:
                    o.is_day_trip = v
                v = g("isCompensationFromRates")
                if v is None:
                    o.is_compensation_from_rates = u
                    if "isCompensationFromRates" not in d:
                        m += 1
                else:
                    o.is_compensation_from_rates = v
                v = g("departureDate")
                if v is None:
                    o.departure_date = u
                    if "departureDate" not in d:
                        m += 1
                else:
                    o.departure_date = v
                v = g("returnDate")
                if v is None:
                    o.return_date = u
                    if "returnDate" not in d:
                        m += 1
                else:
                    o.return_date = v
                v = g("detailedJourneyDescription")
                if v is None:
                    o.detailed_journey_description = u
                    if "detailedJourneyDescription" not in d:
                        m += 1
                else:
                    o.detailed_journey_description = v
                v = g("departureFrom")
                if v is None:
                    o.departure_from = u
                    if "departureFrom" not in d:
                        m += 1
                else:
                    o.departure_from = v
                v = g("destination")
                if v is None:
                    o.destination = u
                    if "destination" not in d:
                        m += 1
                else:
                    o.destination = v
                v = g("departureTime")
                if v is None:
                    o.departure_time = u
                    if "departureTime" not in d:
                        m += 1
                else:
                    o.departure_time = v
                v = g("returnTime")
                if v is None:
                    o.return_time = u
                    if "returnTime" not in d:
                        m += 1
                else:
                    o.return_time = v
                v = g("purpose")
                if v is None:
                    o.purpose = u
                    if "purpose" not in d:
                        m += 1
                else:
                    o.purpose = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("is_foreign_travel", "isForeignTravel"),
            ("is_day_trip", "isDayTrip"),
            ("is_compensation_from_rates", "isCompensationFromRates"),
            ("departure_date", "departureDate"),
            ("return_date", "returnDate"),
            ("detailed_journey_description", "detailedJourneyDescription"),
            ("departure_from", "departureFrom"),
            ("destination", "destination"),
            ("departure_time", "departureTime"),
            ("return_time", "returnTime"),
            ("purpose", "purpose"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_foreign_travel
            o.is_foreign_travel = u if v is None else v
            v = s.is_day_trip
            o.is_day_trip = u if v is None else v
            v = s.is_compensation_from_rates
            o.is_compensation_from_rates = u if v is None else v
            v = s.departure_date
            o.departure_date = u if v is None else v
            v = s.return_date
            o.return_date = u if v is None else v
            v = s.detailed_journey_description
            o.detailed_journey_description = u if v is None else v
            v = s.departure_from
            o.departure_from = u if v is None else v
            v = s.destination
            o.destination = u if v is None else v
            v = s.departure_time
            o.departure_time = u if v is None else v
            v = s.return_time
            o.return_time = u if v is None else v
            v = s.purpose
            o.purpose = u if v is None else v
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
