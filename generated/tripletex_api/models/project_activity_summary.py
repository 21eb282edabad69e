from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectActivitySummary")


@_attrs_define
class ProjectActivitySummary:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sum_activity_budget_hours = d.pop("sumActivityBudgetHours", UNSET)

        sum_activity_budget_fee_rate_currency = d.pop("sumActivityBudgetFeeRateCurrency", UNSET)

        sum_activity_budget_fee_currency = d.pop("sumActivityBudgetFeeCurrency", UNSET)

        sum_activity_period_hours = d.pop("sumActivityPeriodHours", UNSET)

        sum_activity_period_fee_currency = d.pop("sumActivityPeriodFeeCurrency", UNSET)

        sum_activity_period_hour_cost_currency = d.pop("sumActivityPeriodHourCostCurrency", UNSET)

        sum_activity_period_net_fee_currency = d.pop("sumActivityPeriodNetFeeCurrency", UNSET)

        sum_activity_total_hours = d.pop("sumActivityTotalHours", UNSET)

        sum_activity_total_fee_currency = d.pop("sumActivityTotalFeeCurrency", UNSET)

        sum_activity_total_hour_cost_currency = d.pop("sumActivityTotalHourCostCurrency", UNSET)

        sum_activity_total_net_fee_currency = d.pop("sumActivityTotalNetFeeCurrency", UNSET)

        sum_activity_left_hours = d.pop("sumActivityLeftHours", UNSET)

        sum_activity_left_fee_currency = d.pop("sumActivityLeftFeeCurrency", UNSET)

        _obj = cls(
            sum_activity_budget_hours=sum_activity_budget_hours,
            sum_activity_budget_fee_rate_currency=sum_activity_budget_fee_rate_currency,
            sum_activity_budget_fee_currency=sum_activity_budget_fee_currency,
            sum_activity_period_hours=sum_activity_period_hours,
            sum_activity_period_fee_currency=sum_activity_period_fee_currency,
            sum_activity_period_hour_cost_currency=sum_activity_period_hour_cost_currency,
            sum_activity_period_net_fee_currency=sum_activity_period_net_fee_currency,
            sum_activity_total_hours=sum_activity_total_hours,
            sum_activity_total_fee_currency=sum_activity_total_fee_currency,
            sum_activity_total_hour_cost_currency=sum_activity_total_hour_cost_currency,
            sum_activity_total_net_fee_currency=sum_activity_total_net_fee_currency,
            sum_activity_left_hours=sum_activity_left_hours,
            sum_activity_left_fee_currency=sum_activity_left_fee_currency,
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
