from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TravelDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TravelDetails(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        is_foreign_travel = self.is_foreign_travel

        is_day_trip = self.is_day_trip

        is_compensation_from_rates = self.is_compensation_from_rates

        departure_date = self.departure_date

        return_date = self.return_date

        detailed_journey_description = self.detailed_journey_description

        departure_from = self.departure_from

        destination = self.destination

        departure_time = self.departure_time

        return_time = self.return_time

        purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_foreign_travel is not UNSET:
            field_dict["isForeignTravel"] = is_foreign_travel
        if is_day_trip is not UNSET:
            field_dict["isDayTrip"] = is_day_trip
        if is_compensation_from_rates is not UNSET:
            field_dict["isCompensationFromRates"] = is_compensation_from_rates
        if departure_date is not UNSET:
            field_dict["departureDate"] = departure_date
        if return_date is not UNSET:
            field_dict["returnDate"] = return_date
        if detailed_journey_description is not UNSET:
            field_dict["detailedJourneyDescription"] = detailed_journey_description
        if departure_from is not UNSET:
            field_dict["departureFrom"] = departure_from
        if destination is not UNSET:
            field_dict["destination"] = destination
        if departure_time is not UNSET:
            field_dict["departureTime"] = departure_time
        if return_time is not UNSET:
            field_dict["returnTime"] = return_time
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TravelDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_foreign_travel": ("isForeignTravel", None),
            "is_day_trip": ("isDayTrip", None),
            "is_compensation_from_rates": ("isCompensationFromRates", None),
            "departure_date": ("departureDate", None),
            "return_date": ("returnDate", None),
            "detailed_journey_description": ("detailedJourneyDescription", None),
            "departure_from": ("departureFrom", None),
            "destination": ("destination", None),
            "departure_time": ("departureTime", None),
            "return_time": ("returnTime", None),
            "purpose": ("purpose", None),
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
