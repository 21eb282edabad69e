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
    from ..models.lookup_1881_day import Lookup1881Day


T = TypeVar("T", bound="Lookup1881RushHoursToll")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("days", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class Lookup1881RushHoursToll(LazyModel):
    """
    Attributes:
        days (list[Lookup1881Day] | Unset): [read-only]
        price (float | Unset): [read-only]
        description (str | Unset): [read-only]
    """

    days: list[Lookup1881Day] | Unset = UNSET
    price: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        price = self.price

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET and not _in_request:
            field_dict["days"] = days
        if price is not UNSET and not _in_request:
            field_dict["price"] = price
        if description is not UNSET and not _in_request:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881RushHoursToll from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_day import Lookup1881Day  # noqa: PLC0415

        def _p_days(_tx_v: Any) -> list[Lookup1881Day] | Unset:
            _days = _tx_v
            days: list[Lookup1881Day] | Unset = UNSET
            if _days is not UNSET:
                days = []
                for days_item_data in _days:
                    if days_item_data is None:
                        continue
                    days_item = Lookup1881Day._tx_from_json(days_item_data)

                    days.append(days_item)

            return days

        _tx_known: frozenset[str] = frozenset(
            (
                "days",
                "price",
                "description",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "days": ("days", _p_days),
            "price": ("price", None),
            "description": ("description", None),
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
