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

T = TypeVar("T", bound="SalarySummaryDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SalarySummaryDTO(LazyModel):
    """
    Attributes:
        number_of_active_employees (int | Unset): [read-only]
        salary_payment_sum (float | Unset): [read-only]
        currency (str | Unset): [read-only]
        salary_percentage (float | Unset): [read-only]
        employers_payment_percentage (float | Unset): [read-only]
        taxes_percentage (float | Unset): [read-only]
        salary_period_month_first_day (str | Unset): [read-only]
        salary_period_month_last_day (str | Unset): [read-only]
        valid_alt_inn_config (bool | Unset): [read-only]
        salary_voucher_present (bool | Unset): [read-only]
    """

    number_of_active_employees: int | Unset = UNSET
    salary_payment_sum: float | Unset = UNSET
    currency: str | Unset = UNSET
    salary_percentage: float | Unset = UNSET
    employers_payment_percentage: float | Unset = UNSET
    taxes_percentage: float | Unset = UNSET
    salary_period_month_first_day: str | Unset = UNSET
    salary_period_month_last_day: str | Unset = UNSET
    valid_alt_inn_config: bool | Unset = UNSET
    salary_voucher_present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        number_of_active_employees = self.number_of_active_employees

        salary_payment_sum = self.salary_payment_sum

        currency = self.currency

        salary_percentage = self.salary_percentage

        employers_payment_percentage = self.employers_payment_percentage

        taxes_percentage = self.taxes_percentage

        salary_period_month_first_day = self.salary_period_month_first_day

        salary_period_month_last_day = self.salary_period_month_last_day

        valid_alt_inn_config = self.valid_alt_inn_config

        salary_voucher_present = self.salary_voucher_present

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_active_employees is not UNSET and not _in_request:
            field_dict["numberOfActiveEmployees"] = number_of_active_employees
        if salary_payment_sum is not UNSET and not _in_request:
            field_dict["salaryPaymentSum"] = salary_payment_sum
        if currency is not UNSET and not _in_request:
            field_dict["currency"] = currency
        if salary_percentage is not UNSET and not _in_request:
            field_dict["salaryPercentage"] = salary_percentage
        if employers_payment_percentage is not UNSET and not _in_request:
            field_dict["employersPaymentPercentage"] = employers_payment_percentage
        if taxes_percentage is not UNSET and not _in_request:
            field_dict["taxesPercentage"] = taxes_percentage
        if salary_period_month_first_day is not UNSET and not _in_request:
            field_dict["salaryPeriodMonthFirstDay"] = salary_period_month_first_day
        if salary_period_month_last_day is not UNSET and not _in_request:
            field_dict["salaryPeriodMonthLastDay"] = salary_period_month_last_day
        if valid_alt_inn_config is not UNSET and not _in_request:
            field_dict["validAltInnConfig"] = valid_alt_inn_config
        if salary_voucher_present is not UNSET and not _in_request:
            field_dict["salaryVoucherPresent"] = salary_voucher_present

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySummaryDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "numberOfActiveEmployees",
                "salaryPaymentSum",
                "currency",
                "salaryPercentage",
                "employersPaymentPercentage",
                "taxesPercentage",
                "salaryPeriodMonthFirstDay",
                "salaryPeriodMonthLastDay",
                "validAltInnConfig",
                "salaryVoucherPresent",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "number_of_active_employees": ("numberOfActiveEmployees", None),
            "salary_payment_sum": ("salaryPaymentSum", None),
            "currency": ("currency", None),
            "salary_percentage": ("salaryPercentage", None),
            "employers_payment_percentage": ("employersPaymentPercentage", None),
            "taxes_percentage": ("taxesPercentage", None),
            "salary_period_month_first_day": ("salaryPeriodMonthFirstDay", None),
            "salary_period_month_last_day": ("salaryPeriodMonthLastDay", None),
            "valid_alt_inn_config": ("validAltInnConfig", None),
            "salary_voucher_present": ("salaryVoucherPresent", None),
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
