from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ParticipantReportPriceAdjustmentManagement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportPriceAdjustmentManagement(LazyModel):
    """Price adjustment management

    Attributes:
        pricing_adjustment_previous_year (float | Unset): [read-only] Pricing adjustment previous year
        pricing_adjustment (float | Unset): [read-only] Pricing adjustment
        realized_share_of_price_adjustment (float | Unset): [read-only] Realized share of price adjustment
        realized_share_cost_price (float | Unset): [read-only] Realized share cost price
        realized_share_tax_equity (float | Unset): [read-only] Realized share tax equity
        accumulated_adjustments (float | Unset): [read-only] Accumulated adjustments
    """

    pricing_adjustment_previous_year: float | Unset = UNSET
    pricing_adjustment: float | Unset = UNSET
    realized_share_of_price_adjustment: float | Unset = UNSET
    realized_share_cost_price: float | Unset = UNSET
    realized_share_tax_equity: float | Unset = UNSET
    accumulated_adjustments: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        pricing_adjustment_previous_year = self.pricing_adjustment_previous_year

        pricing_adjustment = self.pricing_adjustment

        realized_share_of_price_adjustment = self.realized_share_of_price_adjustment

        realized_share_cost_price = self.realized_share_cost_price

        realized_share_tax_equity = self.realized_share_tax_equity

        accumulated_adjustments = self.accumulated_adjustments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_adjustment_previous_year is not UNSET and not _in_request:
            field_dict["pricingAdjustmentPreviousYear"] = pricing_adjustment_previous_year
        if pricing_adjustment is not UNSET and not _in_request:
            field_dict["pricingAdjustment"] = pricing_adjustment
        if realized_share_of_price_adjustment is not UNSET and not _in_request:
            field_dict["realizedShareOfPriceAdjustment"] = realized_share_of_price_adjustment
        if realized_share_cost_price is not UNSET and not _in_request:
            field_dict["realizedShareCostPrice"] = realized_share_cost_price
        if realized_share_tax_equity is not UNSET and not _in_request:
            field_dict["realizedShareTaxEquity"] = realized_share_tax_equity
        if accumulated_adjustments is not UNSET and not _in_request:
            field_dict["accumulatedAdjustments"] = accumulated_adjustments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportPriceAdjustmentManagement from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "pricingAdjustmentPreviousYear",
                "pricingAdjustment",
                "realizedShareOfPriceAdjustment",
                "realizedShareCostPrice",
                "realizedShareTaxEquity",
                "accumulatedAdjustments",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "pricing_adjustment_previous_year": ("pricingAdjustmentPreviousYear", None),
            "pricing_adjustment": ("pricingAdjustment", None),
            "realized_share_of_price_adjustment": ("realizedShareOfPriceAdjustment", None),
            "realized_share_cost_price": ("realizedShareCostPrice", None),
            "realized_share_tax_equity": ("realizedShareTaxEquity", None),
            "accumulated_adjustments": ("accumulatedAdjustments", None),
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
