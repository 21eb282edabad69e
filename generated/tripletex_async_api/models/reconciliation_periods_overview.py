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
    from ..models.ao_reconciliation_period import AOReconciliationPeriod


T = TypeVar("T", bound="ReconciliationPeriodsOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("periods", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationPeriodsOverview(LazyModel):
    """
    Attributes:
        year (int | Unset): [read-only] The year for this overview
        min_year (int | Unset): [read-only] The minimum year for which reconciliation terms are available Example: 2020.
        max_year (int | Unset): [read-only] The maximum year for which reconciliation terms are available Example: 2025.
        periods (list[AOReconciliationPeriod] | Unset): [read-only] The terms available for the given year
    """

    year: int | Unset = UNSET
    min_year: int | Unset = UNSET
    max_year: int | Unset = UNSET
    periods: list[AOReconciliationPeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year = self.year

        min_year = self.min_year

        max_year = self.max_year

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if min_year is not UNSET and not _in_request:
            field_dict["minYear"] = min_year
        if max_year is not UNSET and not _in_request:
            field_dict["maxYear"] = max_year
        if periods is not UNSET and not _in_request:
            field_dict["periods"] = periods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationPeriodsOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.ao_reconciliation_period import AOReconciliationPeriod  # noqa: PLC0415

        def _p_periods(_tx_v: Any) -> list[AOReconciliationPeriod] | Unset:
            _periods = _tx_v
            periods: list[AOReconciliationPeriod] | Unset = UNSET
            if _periods is not UNSET:
                periods = []
                for periods_item_data in _periods:
                    if periods_item_data is None:
                        continue
                    periods_item = AOReconciliationPeriod._tx_from_json(periods_item_data)

                    periods.append(periods_item)

            return periods

        _tx_known: frozenset[str] = frozenset(
            (
                "year",
                "minYear",
                "maxYear",
                "periods",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year": ("year", None),
            "min_year": ("minYear", None),
            "max_year": ("maxYear", None),
            "periods": ("periods", _p_periods),
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
