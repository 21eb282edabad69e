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

T = TypeVar("T", bound="ProjectActivitySummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectActivitySummary(LazyModel):
    """Summary aggregation over all activities

    Attributes:
        sum_activity_budget_hours (float | Unset): [read-only] Sum of activity budget hours
        sum_activity_budget_fee_rate_currency (float | Unset): [read-only] Average/derived activity budget fee rate
        sum_activity_budget_fee_currency (float | Unset): [read-only] Sum of activity budget fee
        sum_activity_period_hours (float | Unset): [read-only] Sum of period hours
        sum_activity_period_fee_currency (float | Unset): [read-only] Sum of period fee
        sum_activity_period_hour_cost_currency (float | Unset): [read-only] Sum of period hour cost
        sum_activity_period_net_fee_currency (float | Unset): [read-only] Sum of period net fee
        sum_activity_total_hours (float | Unset): [read-only] Sum of total hours
        sum_activity_total_fee_currency (float | Unset): [read-only] Sum of total fee
        sum_activity_total_hour_cost_currency (float | Unset): [read-only] Sum of total hour cost
        sum_activity_total_net_fee_currency (float | Unset): [read-only] Sum of total net fee
        sum_activity_left_hours (float | Unset): [read-only] Sum of left hours
        sum_activity_left_fee_currency (float | Unset): [read-only] Sum of left fee
    """

    sum_activity_budget_hours: float | Unset = UNSET
    sum_activity_budget_fee_rate_currency: float | Unset = UNSET
    sum_activity_budget_fee_currency: float | Unset = UNSET
    sum_activity_period_hours: float | Unset = UNSET
    sum_activity_period_fee_currency: float | Unset = UNSET
    sum_activity_period_hour_cost_currency: float | Unset = UNSET
    sum_activity_period_net_fee_currency: float | Unset = UNSET
    sum_activity_total_hours: float | Unset = UNSET
    sum_activity_total_fee_currency: float | Unset = UNSET
    sum_activity_total_hour_cost_currency: float | Unset = UNSET
    sum_activity_total_net_fee_currency: float | Unset = UNSET
    sum_activity_left_hours: float | Unset = UNSET
    sum_activity_left_fee_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sum_activity_budget_hours = self.sum_activity_budget_hours

        sum_activity_budget_fee_rate_currency = self.sum_activity_budget_fee_rate_currency

        sum_activity_budget_fee_currency = self.sum_activity_budget_fee_currency

        sum_activity_period_hours = self.sum_activity_period_hours

        sum_activity_period_fee_currency = self.sum_activity_period_fee_currency

        sum_activity_period_hour_cost_currency = self.sum_activity_period_hour_cost_currency

        sum_activity_period_net_fee_currency = self.sum_activity_period_net_fee_currency

        sum_activity_total_hours = self.sum_activity_total_hours

        sum_activity_total_fee_currency = self.sum_activity_total_fee_currency

        sum_activity_total_hour_cost_currency = self.sum_activity_total_hour_cost_currency

        sum_activity_total_net_fee_currency = self.sum_activity_total_net_fee_currency

        sum_activity_left_hours = self.sum_activity_left_hours

        sum_activity_left_fee_currency = self.sum_activity_left_fee_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_activity_budget_hours is not UNSET and not _in_request:
            field_dict["sumActivityBudgetHours"] = sum_activity_budget_hours
        if sum_activity_budget_fee_rate_currency is not UNSET and not _in_request:
            field_dict["sumActivityBudgetFeeRateCurrency"] = sum_activity_budget_fee_rate_currency
        if sum_activity_budget_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityBudgetFeeCurrency"] = sum_activity_budget_fee_currency
        if sum_activity_period_hours is not UNSET and not _in_request:
            field_dict["sumActivityPeriodHours"] = sum_activity_period_hours
        if sum_activity_period_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityPeriodFeeCurrency"] = sum_activity_period_fee_currency
        if sum_activity_period_hour_cost_currency is not UNSET and not _in_request:
            field_dict["sumActivityPeriodHourCostCurrency"] = sum_activity_period_hour_cost_currency
        if sum_activity_period_net_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityPeriodNetFeeCurrency"] = sum_activity_period_net_fee_currency
        if sum_activity_total_hours is not UNSET and not _in_request:
            field_dict["sumActivityTotalHours"] = sum_activity_total_hours
        if sum_activity_total_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityTotalFeeCurrency"] = sum_activity_total_fee_currency
        if sum_activity_total_hour_cost_currency is not UNSET and not _in_request:
            field_dict["sumActivityTotalHourCostCurrency"] = sum_activity_total_hour_cost_currency
        if sum_activity_total_net_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityTotalNetFeeCurrency"] = sum_activity_total_net_fee_currency
        if sum_activity_left_hours is not UNSET and not _in_request:
            field_dict["sumActivityLeftHours"] = sum_activity_left_hours
        if sum_activity_left_fee_currency is not UNSET and not _in_request:
            field_dict["sumActivityLeftFeeCurrency"] = sum_activity_left_fee_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectActivitySummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sumActivityBudgetHours",
                "sumActivityBudgetFeeRateCurrency",
                "sumActivityBudgetFeeCurrency",
                "sumActivityPeriodHours",
                "sumActivityPeriodFeeCurrency",
                "sumActivityPeriodHourCostCurrency",
                "sumActivityPeriodNetFeeCurrency",
                "sumActivityTotalHours",
                "sumActivityTotalFeeCurrency",
                "sumActivityTotalHourCostCurrency",
                "sumActivityTotalNetFeeCurrency",
                "sumActivityLeftHours",
                "sumActivityLeftFeeCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_activity_budget_hours": ("sumActivityBudgetHours", None),
            "sum_activity_budget_fee_rate_currency": ("sumActivityBudgetFeeRateCurrency", None),
            "sum_activity_budget_fee_currency": ("sumActivityBudgetFeeCurrency", None),
            "sum_activity_period_hours": ("sumActivityPeriodHours", None),
            "sum_activity_period_fee_currency": ("sumActivityPeriodFeeCurrency", None),
            "sum_activity_period_hour_cost_currency": ("sumActivityPeriodHourCostCurrency", None),
            "sum_activity_period_net_fee_currency": ("sumActivityPeriodNetFeeCurrency", None),
            "sum_activity_total_hours": ("sumActivityTotalHours", None),
            "sum_activity_total_fee_currency": ("sumActivityTotalFeeCurrency", None),
            "sum_activity_total_hour_cost_currency": ("sumActivityTotalHourCostCurrency", None),
            "sum_activity_total_net_fee_currency": ("sumActivityTotalNetFeeCurrency", None),
            "sum_activity_left_hours": ("sumActivityLeftHours", None),
            "sum_activity_left_fee_currency": ("sumActivityLeftFeeCurrency", None),
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
