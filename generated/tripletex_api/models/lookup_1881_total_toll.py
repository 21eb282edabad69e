from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_total_toll_vehicle import Lookup1881TotalTollVehicle
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Lookup1881TotalToll")


@_attrs_define
class Lookup1881TotalToll:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _vehicle = d.pop("vehicle", UNSET)
        vehicle: Lookup1881TotalTollVehicle | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = Lookup1881TotalTollVehicle(_vehicle)

        rush_hours_toll = d.pop("rushHoursToll", UNSET)

        regular_toll = d.pop("regularToll", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        _obj = cls(
            vehicle=vehicle,
            rush_hours_toll=rush_hours_toll,
            regular_toll=regular_toll,
            total_price=total_price,
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
