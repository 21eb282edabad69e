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
    from ..models.lookup_1881_hours import Lookup1881Hours


T = TypeVar("T", bound="Lookup1881Day")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("hours", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class Lookup1881Day(LazyModel):
    """
    Attributes:
        week_day (float | Unset): [read-only]
        hours (list[Lookup1881Hours] | Unset): [read-only]
    """

    week_day: float | Unset = UNSET
    hours: list[Lookup1881Hours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        week_day = self.week_day

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_day is not UNSET and not _in_request:
            field_dict["weekDay"] = week_day
        if hours is not UNSET and not _in_request:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Lookup1881Day from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.lookup_1881_hours import Lookup1881Hours  # noqa: PLC0415

        def _p_hours(_tx_v: Any) -> list[Lookup1881Hours] | Unset:
            _hours = _tx_v
            hours: list[Lookup1881Hours] | Unset = UNSET
            if _hours is not UNSET:
                hours = []
                for hours_item_data in _hours:
                    if hours_item_data is None:
                        continue
                    hours_item = Lookup1881Hours._tx_from_json(hours_item_data)

                    hours.append(hours_item)

            return hours

        _tx_known: frozenset[str] = frozenset(
            (
                "weekDay",
                "hours",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "week_day": ("weekDay", None),
            "hours": ("hours", _p_hours),
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
