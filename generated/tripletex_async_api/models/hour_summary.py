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

T = TypeVar("T", bound="HourSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class HourSummary(LazyModel):
    """
    Attributes:
        sum_hours (float | Unset): [read-only]
        hours_with_pay (float | Unset): [read-only]
        hourly_wage_hours_with_pay (float | Unset): [read-only]
        standard_time (float | Unset): [read-only]
        non_chargeable_hours (float | Unset): [read-only]
        chargeable_hours (float | Unset): [read-only]
        non_chargeable_hours_with_pay (float | Unset): [read-only]
        budget_chargeable_hours (float | Unset): [read-only]
    """

    sum_hours: float | Unset = UNSET
    hours_with_pay: float | Unset = UNSET
    hourly_wage_hours_with_pay: float | Unset = UNSET
    standard_time: float | Unset = UNSET
    non_chargeable_hours: float | Unset = UNSET
    chargeable_hours: float | Unset = UNSET
    non_chargeable_hours_with_pay: float | Unset = UNSET
    budget_chargeable_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sum_hours = self.sum_hours

        hours_with_pay = self.hours_with_pay

        hourly_wage_hours_with_pay = self.hourly_wage_hours_with_pay

        standard_time = self.standard_time

        non_chargeable_hours = self.non_chargeable_hours

        chargeable_hours = self.chargeable_hours

        non_chargeable_hours_with_pay = self.non_chargeable_hours_with_pay

        budget_chargeable_hours = self.budget_chargeable_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_hours is not UNSET and not _in_request:
            field_dict["sumHours"] = sum_hours
        if hours_with_pay is not UNSET and not _in_request:
            field_dict["hoursWithPay"] = hours_with_pay
        if hourly_wage_hours_with_pay is not UNSET and not _in_request:
            field_dict["hourlyWageHoursWithPay"] = hourly_wage_hours_with_pay
        if standard_time is not UNSET and not _in_request:
            field_dict["standardTime"] = standard_time
        if non_chargeable_hours is not UNSET and not _in_request:
            field_dict["nonChargeableHours"] = non_chargeable_hours
        if chargeable_hours is not UNSET and not _in_request:
            field_dict["chargeableHours"] = chargeable_hours
        if non_chargeable_hours_with_pay is not UNSET and not _in_request:
            field_dict["nonChargeableHoursWithPay"] = non_chargeable_hours_with_pay
        if budget_chargeable_hours is not UNSET and not _in_request:
            field_dict["budgetChargeableHours"] = budget_chargeable_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HourSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sumHours",
                "hoursWithPay",
                "hourlyWageHoursWithPay",
                "standardTime",
                "nonChargeableHours",
                "chargeableHours",
                "nonChargeableHoursWithPay",
                "budgetChargeableHours",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_hours": ("sumHours", None),
            "hours_with_pay": ("hoursWithPay", None),
            "hourly_wage_hours_with_pay": ("hourlyWageHoursWithPay", None),
            "standard_time": ("standardTime", None),
            "non_chargeable_hours": ("nonChargeableHours", None),
            "chargeable_hours": ("chargeableHours", None),
            "non_chargeable_hours_with_pay": ("nonChargeableHoursWithPay", None),
            "budget_chargeable_hours": ("budgetChargeableHours", None),
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
