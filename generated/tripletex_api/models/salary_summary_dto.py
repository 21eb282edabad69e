from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SalarySummaryDTO")


@_attrs_define
class SalarySummaryDTO:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        number_of_active_employees = d.pop("numberOfActiveEmployees", UNSET)

        salary_payment_sum = d.pop("salaryPaymentSum", UNSET)

        currency = d.pop("currency", UNSET)

        salary_percentage = d.pop("salaryPercentage", UNSET)

        employers_payment_percentage = d.pop("employersPaymentPercentage", UNSET)

        taxes_percentage = d.pop("taxesPercentage", UNSET)

        salary_period_month_first_day = d.pop("salaryPeriodMonthFirstDay", UNSET)

        salary_period_month_last_day = d.pop("salaryPeriodMonthLastDay", UNSET)

        valid_alt_inn_config = d.pop("validAltInnConfig", UNSET)

        salary_voucher_present = d.pop("salaryVoucherPresent", UNSET)

        _obj = cls(
            number_of_active_employees=number_of_active_employees,
            salary_payment_sum=salary_payment_sum,
            currency=currency,
            salary_percentage=salary_percentage,
            employers_payment_percentage=employers_payment_percentage,
            taxes_percentage=taxes_percentage,
            salary_period_month_first_day=salary_period_month_first_day,
            salary_period_month_last_day=salary_period_month_last_day,
            valid_alt_inn_config=valid_alt_inn_config,
            salary_voucher_present=salary_voucher_present,
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
