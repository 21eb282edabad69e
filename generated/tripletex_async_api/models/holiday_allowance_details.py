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

T = TypeVar("T", bound="HolidayAllowanceDetails")


@_attrs_define
class HolidayAllowanceDetails(Model):
    """
    Attributes:
        outstanding_vacation_pay_general_ledger (float | Unset): Amount of outstanding holiday allowance from general
            ledger
        outstanding_vacation_pay_holiday_allowance_report (float | Unset): Amount of outstanding holiday allowance from
            holiday allowance report
        payroll_tax_vacation_pay_general_ledger (float | Unset): Amount of payroll tax of holiday allowance from general
            ledger
        payroll_tax_vacation_pay_holiday_allowance_report (float | Unset): Amount of outstanding holiday allowance from
            holiday allowance report
    """

    outstanding_vacation_pay_general_ledger: float | Unset = UNSET
    outstanding_vacation_pay_holiday_allowance_report: float | Unset = UNSET
    payroll_tax_vacation_pay_general_ledger: float | Unset = UNSET
    payroll_tax_vacation_pay_holiday_allowance_report: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.outstanding_vacation_pay_general_ledger
        if _v is not UNSET and not _in_request:
            field_dict["outstandingVacationPayGeneralLedger"] = _v
        _v = self.outstanding_vacation_pay_holiday_allowance_report
        if _v is not UNSET and not _in_request:
            field_dict["outstandingVacationPayHolidayAllowanceReport"] = _v
        _v = self.payroll_tax_vacation_pay_general_ledger
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxVacationPayGeneralLedger"] = _v
        _v = self.payroll_tax_vacation_pay_holiday_allowance_report
        if _v is not UNSET and not _in_request:
            field_dict["payrollTaxVacationPayHolidayAllowanceReport"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HolidayAllowanceDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HolidayAllowanceDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "outstandingVacationPayGeneralLedger",
                "outstandingVacationPayHolidayAllowanceReport",
                "payrollTaxVacationPayGeneralLedger",
                "payrollTaxVacationPayHolidayAllowanceReport",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("outstandingVacationPayGeneralLedger")
                if v is None:
                    o.outstanding_vacation_pay_general_ledger = u
                    if "outstandingVacationPayGeneralLedger" not in d:
                        m += 1
                else:
                    o.outstanding_vacation_pay_general_ledger = v
                v = g("outstandingVacationPayHolidayAllowanceReport")
                if v is None:
                    o.outstanding_vacation_pay_holiday_allowance_report = u
                    if "outstandingVacationPayHolidayAllowanceReport" not in d:
                        m += 1
                else:
                    o.outstanding_vacation_pay_holiday_allowance_report = v
                v = g("payrollTaxVacationPayGeneralLedger")
                if v is None:
                    o.payroll_tax_vacation_pay_general_ledger = u
                    if "payrollTaxVacationPayGeneralLedger" not in d:
                        m += 1
                else:
                    o.payroll_tax_vacation_pay_general_ledger = v
                v = g("payrollTaxVacationPayHolidayAllowanceReport")
                if v is None:
                    o.payroll_tax_vacation_pay_holiday_allowance_report = u
                    if "payrollTaxVacationPayHolidayAllowanceReport" not in d:
                        m += 1
                else:
                    o.payroll_tax_vacation_pay_holiday_allowance_report = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("outstanding_vacation_pay_general_ledger", "outstandingVacationPayGeneralLedger"),
            ("outstanding_vacation_pay_holiday_allowance_report", "outstandingVacationPayHolidayAllowanceReport"),
            ("payroll_tax_vacation_pay_general_ledger", "payrollTaxVacationPayGeneralLedger"),
            ("payroll_tax_vacation_pay_holiday_allowance_report", "payrollTaxVacationPayHolidayAllowanceReport"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.outstanding_vacation_pay_general_ledger
            o.outstanding_vacation_pay_general_ledger = u if v is None else v
            v = s.outstanding_vacation_pay_holiday_allowance_report
            o.outstanding_vacation_pay_holiday_allowance_report = u if v is None else v
            v = s.payroll_tax_vacation_pay_general_ledger
            o.payroll_tax_vacation_pay_general_ledger = u if v is None else v
            v = s.payroll_tax_vacation_pay_holiday_allowance_report
            o.payroll_tax_vacation_pay_holiday_allowance_report = u if v is None else v
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
