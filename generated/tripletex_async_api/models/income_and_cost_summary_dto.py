from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="IncomeAndCostSummaryDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("incomeValues", list, False),
    ("costValues", list, False),
    ("accumulatedSurplusValues", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomeAndCostSummaryDTO(LazyModel):
    """
    Attributes:
        income_values (list[float] | Unset): [read-only]
        cost_values (list[float] | Unset): [read-only]
        accumulated_surplus_values (list[float] | Unset): [read-only]
        widget_disabled (bool | Unset): [read-only]
    """

    income_values: list[float] | Unset = UNSET
    cost_values: list[float] | Unset = UNSET
    accumulated_surplus_values: list[float] | Unset = UNSET
    widget_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        income_values: list[float] | Unset = UNSET
        if not isinstance(self.income_values, Unset):
            income_values = self.income_values

        cost_values: list[float] | Unset = UNSET
        if not isinstance(self.cost_values, Unset):
            cost_values = self.cost_values

        accumulated_surplus_values: list[float] | Unset = UNSET
        if not isinstance(self.accumulated_surplus_values, Unset):
            accumulated_surplus_values = self.accumulated_surplus_values

        widget_disabled = self.widget_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_values is not UNSET and not _in_request:
            field_dict["incomeValues"] = income_values
        if cost_values is not UNSET and not _in_request:
            field_dict["costValues"] = cost_values
        if accumulated_surplus_values is not UNSET and not _in_request:
            field_dict["accumulatedSurplusValues"] = accumulated_surplus_values
        if widget_disabled is not UNSET and not _in_request:
            field_dict["widgetDisabled"] = widget_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomeAndCostSummaryDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_income_values(_tx_v: Any) -> list[float] | Unset:
            income_values = cast(list[float], _tx_v)

            return income_values

        def _p_cost_values(_tx_v: Any) -> list[float] | Unset:
            cost_values = cast(list[float], _tx_v)

            return cost_values

        def _p_accumulated_surplus_values(_tx_v: Any) -> list[float] | Unset:
            accumulated_surplus_values = cast(list[float], _tx_v)

            return accumulated_surplus_values

        _tx_known: frozenset[str] = frozenset(
            (
                "incomeValues",
                "costValues",
                "accumulatedSurplusValues",
                "widgetDisabled",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "income_values": ("incomeValues", _p_income_values),
            "cost_values": ("costValues", _p_cost_values),
            "accumulated_surplus_values": ("accumulatedSurplusValues", _p_accumulated_surplus_values),
            "widget_disabled": ("widgetDisabled", None),
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
