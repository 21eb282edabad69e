from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_total_toll_vehicle import Lookup1881TotalTollVehicle
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

T = TypeVar("T", bound="Lookup1881TotalToll")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("vehicle", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class Lookup1881TotalToll(LazyModel):
    """
    Attributes:
        vehicle (Lookup1881TotalTollVehicle | Unset): [read-only]
        rush_hours_toll (float | Unset): [read-only]
        regular_toll (float | Unset): [read-only]
        total_price (float | Unset): [read-only]
    """

    vehicle: Lookup1881TotalTollVehicle | Unset = UNSET
    rush_hours_toll: float | Unset = UNSET
    regular_toll: float | Unset = UNSET
    total_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vehicle: str | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.value

        rush_hours_toll = self.rush_hours_toll

        regular_toll = self.regular_toll

        total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle is not UNSET and not _in_request:
            field_dict["vehicle"] = vehicle
        if rush_hours_toll is not UNSET and not _in_request:
            field_dict["rushHoursToll"] = rush_hours_toll
        if regular_toll is not UNSET and not _in_request:
            field_dict["regularToll"] = regular_toll
        if total_price is not UNSET and not _in_request:
            field_dict["totalPrice"] = total_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881TotalToll from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_vehicle(_tx_v: Any) -> Lookup1881TotalTollVehicle | Unset:
            _vehicle = _tx_v
            vehicle: Lookup1881TotalTollVehicle | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = Lookup1881TotalTollVehicle(_vehicle)

            return vehicle

        _tx_known: frozenset[str] = frozenset(
            (
                "vehicle",
                "rushHoursToll",
                "regularToll",
                "totalPrice",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vehicle": ("vehicle", _p_vehicle),
            "rush_hours_toll": ("rushHoursToll", None),
            "regular_toll": ("regularToll", None),
            "total_price": ("totalPrice", None),
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
