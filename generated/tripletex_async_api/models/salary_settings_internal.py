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

T = TypeVar("T", bound="SalarySettingsInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("halfTaxMonth", str, False),
    ("vacationCorrectionMonth", str, False),
    ("vacationMonth", str, False),
    ("vacationPayMonth", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalarySettingsInternal(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        is_paid_in_advance = self.is_paid_in_advance

        half_tax_month: str | Unset = UNSET
        if not isinstance(self.half_tax_month, Unset):
            half_tax_month = self.half_tax_month.value

        vacation_correction_month: str | Unset = UNSET
        if not isinstance(self.vacation_correction_month, Unset):
            vacation_correction_month = self.vacation_correction_month.value

        vacation_month: str | Unset = UNSET
        if not isinstance(self.vacation_month, Unset):
            vacation_month = self.vacation_month.value

        vacation_pay_month: str | Unset = UNSET
        if not isinstance(self.vacation_pay_month, Unset):
            vacation_pay_month = self.vacation_pay_month.value

        is_free_car = self.is_free_car

        is_union_deduction = self.is_union_deduction

        module_salary_approval = self.module_salary_approval

        tax_bank_account_number = self.tax_bank_account_number

        expenses_include_vouchers_only = self.expenses_include_vouchers_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_paid_in_advance is not UNSET:
            field_dict["isPaidInAdvance"] = is_paid_in_advance
        if half_tax_month is not UNSET:
            field_dict["halfTaxMonth"] = half_tax_month
        if vacation_correction_month is not UNSET:
            field_dict["vacationCorrectionMonth"] = vacation_correction_month
        if vacation_month is not UNSET:
            field_dict["vacationMonth"] = vacation_month
        if vacation_pay_month is not UNSET:
            field_dict["vacationPayMonth"] = vacation_pay_month
        if is_free_car is not UNSET:
            field_dict["isFreeCar"] = is_free_car
        if is_union_deduction is not UNSET:
            field_dict["isUnionDeduction"] = is_union_deduction
        if module_salary_approval is not UNSET:
            field_dict["moduleSalaryApproval"] = module_salary_approval
        if tax_bank_account_number is not UNSET:
            field_dict["taxBankAccountNumber"] = tax_bank_account_number
        if expenses_include_vouchers_only is not UNSET:
            field_dict["expensesIncludeVouchersOnly"] = expenses_include_vouchers_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySettingsInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_half_tax_month(_tx_v: Any) -> SalarySettingsInternalHalfTaxMonth | Unset:
            _half_tax_month = _tx_v
            half_tax_month: SalarySettingsInternalHalfTaxMonth | Unset
            if isinstance(_half_tax_month, Unset):
                half_tax_month = UNSET
            else:
                half_tax_month = SalarySettingsInternalHalfTaxMonth(_half_tax_month)

            return half_tax_month

        def _p_vacation_correction_month(_tx_v: Any) -> SalarySettingsInternalVacationCorrectionMonth | Unset:
            _vacation_correction_month = _tx_v
            vacation_correction_month: SalarySettingsInternalVacationCorrectionMonth | Unset
            if isinstance(_vacation_correction_month, Unset):
                vacation_correction_month = UNSET
            else:
                vacation_correction_month = SalarySettingsInternalVacationCorrectionMonth(_vacation_correction_month)

            return vacation_correction_month

        def _p_vacation_month(_tx_v: Any) -> SalarySettingsInternalVacationMonth | Unset:
            _vacation_month = _tx_v
            vacation_month: SalarySettingsInternalVacationMonth | Unset
            if isinstance(_vacation_month, Unset):
                vacation_month = UNSET
            else:
                vacation_month = SalarySettingsInternalVacationMonth(_vacation_month)

            return vacation_month

        def _p_vacation_pay_month(_tx_v: Any) -> SalarySettingsInternalVacationPayMonth | Unset:
            _vacation_pay_month = _tx_v
            vacation_pay_month: SalarySettingsInternalVacationPayMonth | Unset
            if isinstance(_vacation_pay_month, Unset):
                vacation_pay_month = UNSET
            else:
                vacation_pay_month = SalarySettingsInternalVacationPayMonth(_vacation_pay_month)

            return vacation_pay_month

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_paid_in_advance": ("isPaidInAdvance", None),
            "half_tax_month": ("halfTaxMonth", _p_half_tax_month),
            "vacation_correction_month": ("vacationCorrectionMonth", _p_vacation_correction_month),
            "vacation_month": ("vacationMonth", _p_vacation_month),
            "vacation_pay_month": ("vacationPayMonth", _p_vacation_pay_month),
            "is_free_car": ("isFreeCar", None),
            "is_union_deduction": ("isUnionDeduction", None),
            "module_salary_approval": ("moduleSalaryApproval", None),
            "tax_bank_account_number": ("taxBankAccountNumber", None),
            "expenses_include_vouchers_only": ("expensesIncludeVouchersOnly", None),
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
