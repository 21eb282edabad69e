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

T = TypeVar("T", bound="SalarySummaryDTO")


@_attrs_define
class SalarySummaryDTO(Model):
    """
    Attributes:
        number_of_active_employees (int | Unset):
        salary_payment_sum (float | Unset):
        currency (str | Unset):
        salary_percentage (float | Unset):
        employers_payment_percentage (float | Unset):
        taxes_percentage (float | Unset):
        salary_period_month_first_day (str | Unset):
        salary_period_month_last_day (str | Unset):
        valid_alt_inn_config (bool | Unset):
        salary_voucher_present (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.number_of_active_employees
        if _v is not UNSET and not _in_request:
            field_dict["numberOfActiveEmployees"] = _v
        _v = self.salary_payment_sum
        if _v is not UNSET and not _in_request:
            field_dict["salaryPaymentSum"] = _v
        _v = self.currency
        if _v is not UNSET and not _in_request:
            field_dict["currency"] = _v
        _v = self.salary_percentage
        if _v is not UNSET and not _in_request:
            field_dict["salaryPercentage"] = _v
        _v = self.employers_payment_percentage
        if _v is not UNSET and not _in_request:
            field_dict["employersPaymentPercentage"] = _v
        _v = self.taxes_percentage
        if _v is not UNSET and not _in_request:
            field_dict["taxesPercentage"] = _v
        _v = self.salary_period_month_first_day
        if _v is not UNSET and not _in_request:
            field_dict["salaryPeriodMonthFirstDay"] = _v
        _v = self.salary_period_month_last_day
        if _v is not UNSET and not _in_request:
            field_dict["salaryPeriodMonthLastDay"] = _v
        _v = self.valid_alt_inn_config
        if _v is not UNSET and not _in_request:
            field_dict["validAltInnConfig"] = _v
        _v = self.salary_voucher_present
        if _v is not UNSET and not _in_request:
            field_dict["salaryVoucherPresent"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySummaryDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalarySummaryDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "numberOfActiveEmployees": "number_of_active_employees",
            "salaryPaymentSum": "salary_payment_sum",
            "currency": "currency",
            "salaryPercentage": "salary_percentage",
            "employersPaymentPercentage": "employers_payment_percentage",
            "taxesPercentage": "taxes_percentage",
            "salaryPeriodMonthFirstDay": "salary_period_month_first_day",
            "salaryPeriodMonthLastDay": "salary_period_month_last_day",
            "validAltInnConfig": "valid_alt_inn_config",
            "salaryVoucherPresent": "salary_voucher_present",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.number_of_active_employees = o.salary_payment_sum = o.currency = o.salary_percentage = (
                        o.employers_payment_percentage
                    ) = o.taxes_percentage = o.salary_period_month_first_day = o.salary_period_month_last_day = (
                        o.valid_alt_inn_config
                    ) = o.salary_voucher_present = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("numberOfActiveEmployees")
                if v is None:
                    o.number_of_active_employees = u
                    if "numberOfActiveEmployees" not in d:
                        m += 1
                else:
                    o.number_of_active_employees = v
                v = g("salaryPaymentSum")
                if v is None:
                    o.salary_payment_sum = u
                    if "salaryPaymentSum" not in d:
                        m += 1
                else:
                    o.salary_payment_sum = v
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = v
                v = g("salaryPercentage")
                if v is None:
                    o.salary_percentage = u
                    if "salaryPercentage" not in d:
                        m += 1
                else:
                    o.salary_percentage = v
                v = g("employersPaymentPercentage")
                if v is None:
                    o.employers_payment_percentage = u
                    if "employersPaymentPercentage" not in d:
                        m += 1
                else:
                    o.employers_payment_percentage = v
                v = g("taxesPercentage")
                if v is None:
                    o.taxes_percentage = u
                    if "taxesPercentage" not in d:
                        m += 1
                else:
                    o.taxes_percentage = v
                v = g("salaryPeriodMonthFirstDay")
                if v is None:
                    o.salary_period_month_first_day = u
                    if "salaryPeriodMonthFirstDay" not in d:
                        m += 1
                else:
                    o.salary_period_month_first_day = v
                v = g("salaryPeriodMonthLastDay")
                if v is None:
                    o.salary_period_month_last_day = u
                    if "salaryPeriodMonthLastDay" not in d:
                        m += 1
                else:
                    o.salary_period_month_last_day = v
                v = g("validAltInnConfig")
                if v is None:
                    o.valid_alt_inn_config = u
                    if "validAltInnConfig" not in d:
                        m += 1
                else:
                    o.valid_alt_inn_config = v
                v = g("salaryVoucherPresent")
                if v is None:
                    o.salary_voucher_present = u
                    if "salaryVoucherPresent" not in d:
                        m += 1
                else:
                    o.salary_voucher_present = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("number_of_active_employees", "numberOfActiveEmployees"),
            ("salary_payment_sum", "salaryPaymentSum"),
            ("currency", "currency"),
            ("salary_percentage", "salaryPercentage"),
            ("employers_payment_percentage", "employersPaymentPercentage"),
            ("taxes_percentage", "taxesPercentage"),
            ("salary_period_month_first_day", "salaryPeriodMonthFirstDay"),
            ("salary_period_month_last_day", "salaryPeriodMonthLastDay"),
            ("valid_alt_inn_config", "validAltInnConfig"),
            ("salary_voucher_present", "salaryVoucherPresent"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.number_of_active_employees
            o.number_of_active_employees = u if v is None else v
            v = s.salary_payment_sum
            o.salary_payment_sum = u if v is None else v
            v = s.currency
            o.currency = u if v is None else v
            v = s.salary_percentage
            o.salary_percentage = u if v is None else v
            v = s.employers_payment_percentage
            o.employers_payment_percentage = u if v is None else v
            v = s.taxes_percentage
            o.taxes_percentage = u if v is None else v
            v = s.salary_period_month_first_day
            o.salary_period_month_first_day = u if v is None else v
            v = s.salary_period_month_last_day
            o.salary_period_month_last_day = u if v is None else v
            v = s.valid_alt_inn_config
            o.valid_alt_inn_config = u if v is None else v
            v = s.salary_voucher_present
            o.salary_voucher_present = u if v is None else v
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
