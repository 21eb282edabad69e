from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lookup_1881_price_vehicle import Lookup1881PriceVehicle
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll


T = TypeVar("T", bound="Lookup1881Price")


@_attrs_define
class Lookup1881Price:
    """
    Attributes:
        vehicle (Lookup1881PriceVehicle | Unset): [read-only]
        price (float | Unset): [read-only]
        rush_hours_toll (Lookup1881RushHoursToll | Unset):
        vehicle_description (str | Unset): [read-only]
    """

    vehicle: Lookup1881PriceVehicle | Unset = UNSET
    price: float | Unset = UNSET
    rush_hours_toll: Lookup1881RushHoursToll | Unset = UNSET
    vehicle_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        vehicle: str | Unset = UNSET
        if not isinstance(self.vehicle, Unset):
            vehicle = self.vehicle.value

        price = self.price

        rush_hours_toll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rush_hours_toll, Unset):
            rush_hours_toll = self.rush_hours_toll.to_dict()

        vehicle_description = self.vehicle_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle is not UNSET and not _in_request:
            field_dict["vehicle"] = vehicle
        if price is not UNSET and not _in_request:
            field_dict["price"] = price
        if rush_hours_toll is not UNSET:
            field_dict["rushHoursToll"] = rush_hours_toll
        if vehicle_description is not UNSET and not _in_request:
            field_dict["vehicleDescription"] = vehicle_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.lookup_1881_rush_hours_toll import Lookup1881RushHoursToll  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _vehicle = d.pop("vehicle", UNSET)
        vehicle: Lookup1881PriceVehicle | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = Lookup1881PriceVehicle(_vehicle)

        price = d.pop("price", UNSET)

        _rush_hours_toll = d.pop("rushHoursToll", UNSET)
        rush_hours_toll: Lookup1881RushHoursToll | Unset
        if isinstance(_rush_hours_toll, Unset):
            rush_hours_toll = UNSET
        else:
            rush_hours_toll = Lookup1881RushHoursToll.from_dict(_rush_hours_toll)

        vehicle_description = d.pop("vehicleDescription", UNSET)

        _obj = cls(
            vehicle=vehicle,
            price=price,
            rush_hours_toll=rush_hours_toll,
            vehicle_description=vehicle_description,
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
