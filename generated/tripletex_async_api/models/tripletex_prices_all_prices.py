from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    LazyModel,
    ParserTable,
    Shape,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.tripletex_prices_all_prices_additional_property import TripletexPricesAllPricesAdditionalProperty


T = TypeVar("T", bound="TripletexPricesAllPrices")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TripletexPricesAllPrices(LazyModel):
    additional_properties: dict[str, TripletexPricesAllPricesAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexPricesAllPrices from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tripletex_prices_all_prices_additional_property import TripletexPricesAllPricesAdditionalProperty  # noqa: PLC0415

        _tx_known: frozenset[str] = frozenset(())

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, TripletexPricesAllPricesAdditionalProperty]:
            additional_properties: dict[str, TripletexPricesAllPricesAdditionalProperty] = {}
            for prop_name, prop_dict in _tx_d.items():
                if prop_dict is None or prop_name in _tx_known:
                    continue
                additional_property = TripletexPricesAllPricesAdditionalProperty._tx_from_json(prop_dict)

                additional_properties[prop_name] = additional_property
            return additional_properties

        return {
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TripletexPricesAllPricesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TripletexPricesAllPricesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
