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

T = TypeVar("T", bound="HolidayAllowanceDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class HolidayAllowanceDetails(LazyModel):
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
        self._tx_load()
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
        """A HolidayAllowanceDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "outstandingVacationPayGeneralLedger",
                "outstandingVacationPayHolidayAllowanceReport",
                "payrollTaxVacationPayGeneralLedger",
                "payrollTaxVacationPayHolidayAllowanceReport",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "outstanding_vacation_pay_general_ledger": ("outstandingVacationPayGeneralLedger", None),
            "outstanding_vacation_pay_holiday_allowance_report": ("outstandingVacationPayHolidayAllowanceReport", None),
            "payroll_tax_vacation_pay_general_ledger": ("payrollTaxVacationPayGeneralLedger", None),
            "payroll_tax_vacation_pay_holiday_allowance_report": ("payrollTaxVacationPayHolidayAllowanceReport", None),
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
