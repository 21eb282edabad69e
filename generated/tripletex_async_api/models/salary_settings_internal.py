from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_settings_internal_half_tax_month import SalarySettingsInternalHalfTaxMonth
from ..models.salary_settings_internal_vacation_correction_month import SalarySettingsInternalVacationCorrectionMonth
from ..models.salary_settings_internal_vacation_month import SalarySettingsInternalVacationMonth
from ..models.salary_settings_internal_vacation_pay_month import SalarySettingsInternalVacationPayMonth
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="SalarySettingsInternal")


@_attrs_define
class SalarySettingsInternal(Model):
    """
    Attributes:
        is_paid_in_advance (bool | Unset): Is salary paid in advance
        half_tax_month (SalarySettingsInternalHalfTaxMonth | Unset): Month for half tax
        vacation_correction_month (SalarySettingsInternalVacationCorrectionMonth | Unset): Month for salary correction
        vacation_month (SalarySettingsInternalVacationMonth | Unset): Month for vacation
        vacation_pay_month (SalarySettingsInternalVacationPayMonth | Unset): Month for vacation pay
        is_free_car (bool | Unset): Company has free car
        is_union_deduction (bool | Unset): Company has union deduction
        module_salary_approval (bool | Unset): Company has salary approval module
        tax_bank_account_number (str | Unset): Bank account number of tax account
        expenses_include_vouchers_only (bool | Unset): Expenses include vouchers only
    """

    is_paid_in_advance: bool | Unset = UNSET
    half_tax_month: SalarySettingsInternalHalfTaxMonth | Unset = UNSET
    vacation_correction_month: SalarySettingsInternalVacationCorrectionMonth | Unset = UNSET
    vacation_month: SalarySettingsInternalVacationMonth | Unset = UNSET
    vacation_pay_month: SalarySettingsInternalVacationPayMonth | Unset = UNSET
    is_free_car: bool | Unset = UNSET
    is_union_deduction: bool | Unset = UNSET
    module_salary_approval: bool | Unset = UNSET
    tax_bank_account_number: str | Unset = UNSET
    expenses_include_vouchers_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.is_paid_in_advance
        if _v is not UNSET:
            field_dict["isPaidInAdvance"] = _v
        _v = self.half_tax_month
        if _v is not UNSET:
            field_dict["halfTaxMonth"] = _v._value_
        _v = self.vacation_correction_month
        if _v is not UNSET:
            field_dict["vacationCorrectionMonth"] = _v._value_
        _v = self.vacation_month
        if _v is not UNSET:
            field_dict["vacationMonth"] = _v._value_
        _v = self.vacation_pay_month
        if _v is not UNSET:
            field_dict["vacationPayMonth"] = _v._value_
        _v = self.is_free_car
        if _v is not UNSET:
            field_dict["isFreeCar"] = _v
        _v = self.is_union_deduction
        if _v is not UNSET:
            field_dict["isUnionDeduction"] = _v
        _v = self.module_salary_approval
        if _v is not UNSET:
            field_dict["moduleSalaryApproval"] = _v
        _v = self.tax_bank_account_number
        if _v is not UNSET:
            field_dict["taxBankAccountNumber"] = _v
        _v = self.expenses_include_vouchers_only
        if _v is not UNSET:
            field_dict["expensesIncludeVouchersOnly"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySettingsInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalarySettingsInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_half_tax_month: dict[Any, Any] = enum_members(SalarySettingsInternalHalfTaxMonth)
        _e_vacation_correction_month: dict[Any, Any] = enum_members(SalarySettingsInternalVacationCorrectionMonth)
        _e_vacation_month: dict[Any, Any] = enum_members(SalarySettingsInternalVacationMonth)
        _e_vacation_pay_month: dict[Any, Any] = enum_members(SalarySettingsInternalVacationPayMonth)
        _known: frozenset[str] = frozenset(
            (
                "isPaidInAdvance",
                "halfTaxMonth",
                "vacationCorrectionMonth",
                "vacationMonth",
                "vacationPayMonth",
                "isFreeCar",
                "isUnionDeduction",
                "moduleSalaryApproval",
                "taxBankAccountNumber",
                "expensesIncludeVouchersOnly",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "isPaidInAdvance": "is_paid_in_advance",
            "isFreeCar": "is_free_car",
            "isUnionDeduction": "is_union_deduction",
            "moduleSalaryApproval": "module_salary_approval",
            "taxBankAccountNumber": "tax_bank_account_number",
            "expensesIncludeVouchersOnly": "expenses_include_vouchers_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.is_paid_in_advance = o.half_tax_month = o.vacation_correction_month = o.vacation_month = (
                        o.vacation_pay_month
                    ) = o.is_free_car = o.is_union_deduction = o.module_salary_approval = o.tax_bank_account_number = (
                        o.expenses_include_vouchers_only
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isPaidInAdvance")
                if v is None:
                    o.is_paid_in_advance = u
                    if "isPaidInAdvance" not in d:
                        m += 1
                else:
                    o.is_paid_in_advance = v
                k = "halfTaxMonth"
                v = g("halfTaxMonth")
                if v is None:
                    o.half_tax_month = u
                    if "halfTaxMonth" not in d:
                        m += 1
                else:
                    o.half_tax_month = (
                        e_
                        if (e_ := _e_half_tax_month.get(v)) is not None
                        else enum_value(SalarySettingsInternalHalfTaxMonth, v)
                    )
                k = "vacationCorrectionMonth"
                v = g("vacationCorrectionMonth")
                if v is None:
                    o.vacation_correction_month = u
                    if "vacationCorrectionMonth" not in d:
                        m += 1
                else:
                    o.vacation_correction_month = (
                        e_
                        if (e_ := _e_vacation_correction_month.get(v)) is not None
                        else enum_value(SalarySettingsInternalVacationCorrectionMonth, v)
                    )
                k = "vacationMonth"
                v = g("vacationMonth")
                if v is None:
                    o.vacation_month = u
                    if "vacationMonth" not in d:
                        m += 1
                else:
                    o.vacation_month = (
                        e_
                        if (e_ := _e_vacation_month.get(v)) is not None
                        else enum_value(SalarySettingsInternalVacationMonth, v)
                    )
                k = "vacationPayMonth"
                v = g("vacationPayMonth")
                if v is None:
                    o.vacation_pay_month = u
                    if "vacationPayMonth" not in d:
                        m += 1
                else:
                    o.vacation_pay_month = (
                        e_
                        if (e_ := _e_vacation_pay_month.get(v)) is not None
                        else enum_value(SalarySettingsInternalVacationPayMonth, v)
                    )
                v = g("isFreeCar")
                if v is None:
                    o.is_free_car = u
                    if "isFreeCar" not in d:
                        m += 1
                else:
                    o.is_free_car = v
                v = g("isUnionDeduction")
                if v is None:
                    o.is_union_deduction = u
                    if "isUnionDeduction" not in d:
                        m += 1
                else:
                    o.is_union_deduction = v
                v = g("moduleSalaryApproval")
                if v is None:
                    o.module_salary_approval = u
                    if "moduleSalaryApproval" not in d:
                        m += 1
                else:
                    o.module_salary_approval = v
                v = g("taxBankAccountNumber")
                if v is None:
                    o.tax_bank_account_number = u
                    if "taxBankAccountNumber" not in d:
                        m += 1
                else:
                    o.tax_bank_account_number = v
                v = g("expensesIncludeVouchersOnly")
                if v is None:
                    o.expenses_include_vouchers_only = u
                    if "expensesIncludeVouchersOnly" not in d:
                        m += 1
                else:
                    o.expenses_include_vouchers_only = v
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
            ("is_paid_in_advance", "isPaidInAdvance"),
            ("half_tax_month", "halfTaxMonth"),
            ("vacation_correction_month", "vacationCorrectionMonth"),
            ("vacation_month", "vacationMonth"),
            ("vacation_pay_month", "vacationPayMonth"),
            ("is_free_car", "isFreeCar"),
            ("is_union_deduction", "isUnionDeduction"),
            ("module_salary_approval", "moduleSalaryApproval"),
            ("tax_bank_account_number", "taxBankAccountNumber"),
            ("expenses_include_vouchers_only", "expensesIncludeVouchersOnly"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_paid_in_advance
            o.is_paid_in_advance = u if v is None else v
            v = s.half_tax_month
            o.half_tax_month = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_half_tax_month.get(v)) is not None
                else enum_value(SalarySettingsInternalHalfTaxMonth, v)
            )
            v = s.vacation_correction_month
            o.vacation_correction_month = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vacation_correction_month.get(v)) is not None
                else enum_value(SalarySettingsInternalVacationCorrectionMonth, v)
            )
            v = s.vacation_month
            o.vacation_month = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vacation_month.get(v)) is not None
                else enum_value(SalarySettingsInternalVacationMonth, v)
            )
            v = s.vacation_pay_month
            o.vacation_pay_month = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vacation_pay_month.get(v)) is not None
                else enum_value(SalarySettingsInternalVacationPayMonth, v)
            )
            v = s.is_free_car
            o.is_free_car = u if v is None else v
            v = s.is_union_deduction
            o.is_union_deduction = u if v is None else v
            v = s.module_salary_approval
            o.module_salary_approval = u if v is None else v
            v = s.tax_bank_account_number
            o.tax_bank_account_number = u if v is None else v
            v = s.expenses_include_vouchers_only
            o.expenses_include_vouchers_only = u if v is None else v
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
