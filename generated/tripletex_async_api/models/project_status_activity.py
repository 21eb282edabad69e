from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ProjectStatusActivity")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("startDate", str, False),
    ("endDate", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusActivity(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Activity id
        name_and_number (str | Unset): [read-only] Activity name and number
        general (bool | Unset): [read-only] Whether the activity is a general activity
        chargeable (bool | Unset): [read-only] Whether the activity is chargeable
        closed (bool | Unset): [read-only] Whether the activity is closed
        start_date (datetime.date | Unset): [read-only] Start date (inclusive)
        end_date (datetime.date | Unset): [read-only] End date (exclusive domain)
        budget_hours (float | Unset): [read-only] Budgeted hours
        budget_fee_rate_currency (float | Unset): [read-only] Budget fee hourly rate
        budget_fee_currency (float | Unset): [read-only] Budget fee amount
        period_hours (float | Unset): [read-only] Hours in selected period
        period_fee_currency (float | Unset): [read-only] Fee in selected period
        period_hour_cost_currency (float | Unset): [read-only] Hour cost in selected period
        period_net_fee_currency (float | Unset): [read-only] Net fee (fee - cost) in selected period
        total_hours (float | Unset): [read-only] Total hours to date
        total_fee_currency (float | Unset): [read-only] Total fee to date
        total_hour_cost_currency (float | Unset): [read-only] Total hour cost to date
        total_net_fee_currency (float | Unset): [read-only] Total net fee to date
        left_hours (float | Unset): [read-only] Remaining hours (ETC)
        left_fee_currency (float | Unset): [read-only] Remaining fee
    """

    id: int | Unset = UNSET
    name_and_number: str | Unset = UNSET
    general: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    budget_hours: float | Unset = UNSET
    budget_fee_rate_currency: float | Unset = UNSET
    budget_fee_currency: float | Unset = UNSET
    period_hours: float | Unset = UNSET
    period_fee_currency: float | Unset = UNSET
    period_hour_cost_currency: float | Unset = UNSET
    period_net_fee_currency: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    total_fee_currency: float | Unset = UNSET
    total_hour_cost_currency: float | Unset = UNSET
    total_net_fee_currency: float | Unset = UNSET
    left_hours: float | Unset = UNSET
    left_fee_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name_and_number = self.name_and_number

        general = self.general

        chargeable = self.chargeable

        closed = self.closed

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        budget_hours = self.budget_hours

        budget_fee_rate_currency = self.budget_fee_rate_currency

        budget_fee_currency = self.budget_fee_currency

        period_hours = self.period_hours

        period_fee_currency = self.period_fee_currency

        period_hour_cost_currency = self.period_hour_cost_currency

        period_net_fee_currency = self.period_net_fee_currency

        total_hours = self.total_hours

        total_fee_currency = self.total_fee_currency

        total_hour_cost_currency = self.total_hour_cost_currency

        total_net_fee_currency = self.total_net_fee_currency

        left_hours = self.left_hours

        left_fee_currency = self.left_fee_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name_and_number is not UNSET and not _in_request:
            field_dict["nameAndNumber"] = name_and_number
        if general is not UNSET and not _in_request:
            field_dict["general"] = general
        if chargeable is not UNSET and not _in_request:
            field_dict["chargeable"] = chargeable
        if closed is not UNSET and not _in_request:
            field_dict["closed"] = closed
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if budget_hours is not UNSET and not _in_request:
            field_dict["budgetHours"] = budget_hours
        if budget_fee_rate_currency is not UNSET and not _in_request:
            field_dict["budgetFeeRateCurrency"] = budget_fee_rate_currency
        if budget_fee_currency is not UNSET and not _in_request:
            field_dict["budgetFeeCurrency"] = budget_fee_currency
        if period_hours is not UNSET and not _in_request:
            field_dict["periodHours"] = period_hours
        if period_fee_currency is not UNSET and not _in_request:
            field_dict["periodFeeCurrency"] = period_fee_currency
        if period_hour_cost_currency is not UNSET and not _in_request:
            field_dict["periodHourCostCurrency"] = period_hour_cost_currency
        if period_net_fee_currency is not UNSET and not _in_request:
            field_dict["periodNetFeeCurrency"] = period_net_fee_currency
        if total_hours is not UNSET and not _in_request:
            field_dict["totalHours"] = total_hours
        if total_fee_currency is not UNSET and not _in_request:
            field_dict["totalFeeCurrency"] = total_fee_currency
        if total_hour_cost_currency is not UNSET and not _in_request:
            field_dict["totalHourCostCurrency"] = total_hour_cost_currency
        if total_net_fee_currency is not UNSET and not _in_request:
            field_dict["totalNetFeeCurrency"] = total_net_fee_currency
        if left_hours is not UNSET and not _in_request:
            field_dict["leftHours"] = left_hours
        if left_fee_currency is not UNSET and not _in_request:
            field_dict["leftFeeCurrency"] = left_fee_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusActivity from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_start_date(_tx_v: Any) -> datetime.date | Unset:
            _start_date = _tx_v
            start_date: datetime.date | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.date.fromisoformat(_start_date)

            return start_date

        def _p_end_date(_tx_v: Any) -> datetime.date | Unset:
            _end_date = _tx_v
            end_date: datetime.date | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = datetime.date.fromisoformat(_end_date)

            return end_date

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "nameAndNumber",
                "general",
                "chargeable",
                "closed",
                "startDate",
                "endDate",
                "budgetHours",
                "budgetFeeRateCurrency",
                "budgetFeeCurrency",
                "periodHours",
                "periodFeeCurrency",
                "periodHourCostCurrency",
                "periodNetFeeCurrency",
                "totalHours",
                "totalFeeCurrency",
                "totalHourCostCurrency",
                "totalNetFeeCurrency",
                "leftHours",
                "leftFeeCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name_and_number": ("nameAndNumber", None),
            "general": ("general", None),
            "chargeable": ("chargeable", None),
            "closed": ("closed", None),
            "start_date": ("startDate", _p_start_date),
            "end_date": ("endDate", _p_end_date),
            "budget_hours": ("budgetHours", None),
            "budget_fee_rate_currency": ("budgetFeeRateCurrency", None),
            "budget_fee_currency": ("budgetFeeCurrency", None),
            "period_hours": ("periodHours", None),
            "period_fee_currency": ("periodFeeCurrency", None),
            "period_hour_cost_currency": ("periodHourCostCurrency", None),
            "period_net_fee_currency": ("periodNetFeeCurrency", None),
            "total_hours": ("totalHours", None),
            "total_fee_currency": ("totalFeeCurrency", None),
            "total_hour_cost_currency": ("totalHourCostCurrency", None),
            "total_net_fee_currency": ("totalNetFeeCurrency", None),
            "left_hours": ("leftHours", None),
            "left_fee_currency": ("leftFeeCurrency", None),
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
