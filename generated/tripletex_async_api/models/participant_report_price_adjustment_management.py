from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ParticipantReportPriceAdjustmentManagement")


@_attrs_define
class ParticipantReportPriceAdjustmentManagement(Model):
    """Price adjustment management

    Attributes:
        pricing_adjustment_previous_year (float | Unset): Pricing adjustment previous year
        pricing_adjustment (float | Unset): Pricing adjustment
        realized_share_of_price_adjustment (float | Unset): Realized share of price adjustment
        realized_share_cost_price (float | Unset): Realized share cost price
        realized_share_tax_equity (float | Unset): Realized share tax equity
        accumulated_adjustments (float | Unset): Accumulated adjustments
    """

    pricing_adjustment_previous_year: float | Unset = UNSET
    pricing_adjustment: float | Unset = UNSET
    realized_share_of_price_adjustment: float | Unset = UNSET
    realized_share_cost_price: float | Unset = UNSET
    realized_share_tax_equity: float | Unset = UNSET
    accumulated_adjustments: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.pricing_adjustment_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["pricingAdjustmentPreviousYear"] = _v
        _v = self.pricing_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["pricingAdjustment"] = _v
        _v = self.realized_share_of_price_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["realizedShareOfPriceAdjustment"] = _v
        _v = self.realized_share_cost_price
        if _v is not UNSET and not _in_request:
            field_dict["realizedShareCostPrice"] = _v
        _v = self.realized_share_tax_equity
        if _v is not UNSET and not _in_request:
            field_dict["realizedShareTaxEquity"] = _v
        _v = self.accumulated_adjustments
        if _v is not UNSET and not _in_request:
            field_dict["accumulatedAdjustments"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportPriceAdjustmentManagement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportPriceAdjustmentManagement.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "pricingAdjustmentPreviousYear",
                "pricingAdjustment",
                "realizedShareOfPriceAdjustment",
                "realizedShareCostPrice",
                "realizedShareTaxEquity",
                "accumulatedAdjustments",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("pricingAdjustmentPreviousYear")
                if v is None:
                    o.pricing_adjustment_previous_year = u
                    if "pricingAdjustmentPreviousYear" not in d:
                        m += 1
                else:
                    o.pricing_adjustment_previous_year = v
                v = g("pricingAdjustment")
                if v is None:
                    o.pricing_adjustment = u
                    if "pricingAdjustment" not in d:
                        m += 1
                else:
                    o.pricing_adjustment = v
                v = g("realizedShareOfPriceAdjustment")
                if v is None:
                    o.realized_share_of_price_adjustment = u
                    if "realizedShareOfPriceAdjustment" not in d:
                        m += 1
                else:
                    o.realized_share_of_price_adjustment = v
                v = g("realizedShareCostPrice")
                if v is None:
                    o.realized_share_cost_price = u
                    if "realizedShareCostPrice" not in d:
                        m += 1
                else:
                    o.realized_share_cost_price = v
                v = g("realizedShareTaxEquity")
                if v is None:
                    o.realized_share_tax_equity = u
                    if "realizedShareTaxEquity" not in d:
                        m += 1
                else:
                    o.realized_share_tax_equity = v
                v = g("accumulatedAdjustments")
                if v is None:
                    o.accumulated_adjustments = u
                    if "accumulatedAdjustments" not in d:
                        m += 1
                else:
                    o.accumulated_adjustments = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("pricing_adjustment_previous_year", "pricingAdjustmentPreviousYear"),
            ("pricing_adjustment", "pricingAdjustment"),
            ("realized_share_of_price_adjustment", "realizedShareOfPriceAdjustment"),
            ("realized_share_cost_price", "realizedShareCostPrice"),
            ("realized_share_tax_equity", "realizedShareTaxEquity"),
            ("accumulated_adjustments", "accumulatedAdjustments"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.pricing_adjustment_previous_year
            o.pricing_adjustment_previous_year = u if v is None else v
            v = s.pricing_adjustment
            o.pricing_adjustment = u if v is None else v
            v = s.realized_share_of_price_adjustment
            o.realized_share_of_price_adjustment = u if v is None else v
            v = s.realized_share_cost_price
            o.realized_share_cost_price = u if v is None else v
            v = s.realized_share_tax_equity
            o.realized_share_tax_equity = u if v is None else v
            v = s.accumulated_adjustments
            o.accumulated_adjustments = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
