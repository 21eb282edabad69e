from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.lookup_1881_coordinate import Lookup1881Coordinate
    from ..models.lookup_1881_price import Lookup1881Price


T = TypeVar("T", bound="Lookup1881TollStationV2")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("prices", list, False),
    ("coordinate", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Lookup1881TollStationV2(LazyModel):
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
        self._tx_load()
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
        """A Lookup1881TollStationV2 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_coordinate import Lookup1881Coordinate  # noqa: PLC0415
        from ..models.lookup_1881_price import Lookup1881Price  # noqa: PLC0415

        def _p_prices(_tx_v: Any) -> list[Lookup1881Price] | Unset:
            _prices = _tx_v
            prices: list[Lookup1881Price] | Unset = UNSET
            if _prices is not UNSET:
                prices = []
                for prices_item_data in _prices:
                    if prices_item_data is None:
                        continue
                    prices_item = Lookup1881Price._tx_from_json(prices_item_data)

                    prices.append(prices_item)

            return prices

        def _p_coordinate(_tx_v: Any) -> Lookup1881Coordinate | Unset:
            _coordinate = _tx_v
            coordinate: Lookup1881Coordinate | Unset
            if isinstance(_coordinate, Unset):
                coordinate = UNSET
            else:
                coordinate = Lookup1881Coordinate._tx_from_json(_coordinate)

            return coordinate

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "prices",
                "coordinate",
                "time",
                "distance",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "prices": ("prices", _p_prices),
            "coordinate": ("coordinate", _p_coordinate),
            "time": ("time", None),
            "distance": ("distance", None),
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
