from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate
    from ..models.lookup_1881_price import Lookup1881Price


T = TypeVar("T", bound="Lookup1881TollStationV2")


@_attrs_define
class Lookup1881TollStationV2:
    """
    Attributes:
        name (str | Unset): [read-only]
        prices (list[Lookup1881Price] | Unset): [read-only]
        coordinate (Lookup1881Coordinate | Unset):
        time (float | Unset): [read-only]
        distance (float | Unset): [read-only]
    """

    name: str | Unset = UNSET
    prices: list[Lookup1881Price] | Unset = UNSET
    coordinate: Lookup1881Coordinate | Unset = UNSET
    time: float | Unset = UNSET
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        coordinate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinate, Unset):
            coordinate = self.coordinate.to_dict()

        time = self.time

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if prices is not UNSET and not _in_request:
            field_dict["prices"] = prices
        if coordinate is not UNSET:
            field_dict["coordinate"] = coordinate
        if time is not UNSET and not _in_request:
            field_dict["time"] = time
        if distance is not UNSET and not _in_request:
            field_dict["distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415
        from ..models.lookup_1881_price import Lookup1881Price  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        _prices = d.pop("prices", UNSET)
        prices: list[Lookup1881Price] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                if prices_item_data is None:
                    continue
                prices_item = Lookup1881Price.from_dict(prices_item_data)

                prices.append(prices_item)

        _coordinate = d.pop("coordinate", UNSET)
        coordinate: Lookup1881Coordinate | Unset
        if isinstance(_coordinate, Unset):
            coordinate = UNSET
        else:
            coordinate = Lookup1881Coordinate.from_dict(_coordinate)

        time = d.pop("time", UNSET)

        distance = d.pop("distance", UNSET)

        _obj = cls(
            name=name,
            prices=prices,
            coordinate=coordinate,
            time=time,
            distance=distance,
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
