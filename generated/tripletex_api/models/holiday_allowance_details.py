from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="HolidayAllowanceDetails")


@_attrs_define
class HolidayAllowanceDetails:
    """
    Attributes:
        outstanding_vacation_pay_general_ledger (float | Unset): [read-only] Amount of outstanding holiday allowance
            from general ledger
        outstanding_vacation_pay_holiday_allowance_report (float | Unset): [read-only] Amount of outstanding holiday
            allowance from holiday allowance report
        payroll_tax_vacation_pay_general_ledger (float | Unset): [read-only] Amount of payroll tax of holiday allowance
            from general ledger
        payroll_tax_vacation_pay_holiday_allowance_report (float | Unset): [read-only] Amount of outstanding holiday
            allowance from holiday allowance report
    """

    outstanding_vacation_pay_general_ledger: float | Unset = UNSET
    outstanding_vacation_pay_holiday_allowance_report: float | Unset = UNSET
    payroll_tax_vacation_pay_general_ledger: float | Unset = UNSET
    payroll_tax_vacation_pay_holiday_allowance_report: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        outstanding_vacation_pay_general_ledger = self.outstanding_vacation_pay_general_ledger

        outstanding_vacation_pay_holiday_allowance_report = self.outstanding_vacation_pay_holiday_allowance_report

        payroll_tax_vacation_pay_general_ledger = self.payroll_tax_vacation_pay_general_ledger

        payroll_tax_vacation_pay_holiday_allowance_report = self.payroll_tax_vacation_pay_holiday_allowance_report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outstanding_vacation_pay_general_ledger is not UNSET and not _in_request:
            field_dict["outstandingVacationPayGeneralLedger"] = outstanding_vacation_pay_general_ledger
        if outstanding_vacation_pay_holiday_allowance_report is not UNSET and not _in_request:
            field_dict["outstandingVacationPayHolidayAllowanceReport"] = (
                outstanding_vacation_pay_holiday_allowance_report
            )
        if payroll_tax_vacation_pay_general_ledger is not UNSET and not _in_request:
            field_dict["payrollTaxVacationPayGeneralLedger"] = payroll_tax_vacation_pay_general_ledger
        if payroll_tax_vacation_pay_holiday_allowance_report is not UNSET and not _in_request:
            field_dict["payrollTaxVacationPayHolidayAllowanceReport"] = (
                payroll_tax_vacation_pay_holiday_allowance_report
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        outstanding_vacation_pay_general_ledger = d.pop("outstandingVacationPayGeneralLedger", UNSET)

        outstanding_vacation_pay_holiday_allowance_report = d.pop("outstandingVacationPayHolidayAllowanceReport", UNSET)

        payroll_tax_vacation_pay_general_ledger = d.pop("payrollTaxVacationPayGeneralLedger", UNSET)

        payroll_tax_vacation_pay_holiday_allowance_report = d.pop("payrollTaxVacationPayHolidayAllowanceReport", UNSET)

        _obj = cls(
            outstanding_vacation_pay_general_ledger=outstanding_vacation_pay_general_ledger,
            outstanding_vacation_pay_holiday_allowance_report=outstanding_vacation_pay_holiday_allowance_report,
            payroll_tax_vacation_pay_general_ledger=payroll_tax_vacation_pay_general_ledger,
            payroll_tax_vacation_pay_holiday_allowance_report=payroll_tax_vacation_pay_holiday_allowance_report,
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
