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

T = TypeVar("T", bound="MobileAppSpecificRightsInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class MobileAppSpecificRightsInfo(LazyModel):
    """
    Attributes:
        hour_registration_enabled (bool | Unset):
        project_enabled (bool | Unset):
        department_enabled (bool | Unset):
        user_is_allowed_to_register_hours (bool | Unset):
        payroll_accounting_enabled (bool | Unset):
        user_is_auth_wage_menu (bool | Unset):
        user_is_auth_my_salary (bool | Unset):
        electronic_vouchers_enabled (bool | Unset):
        travel_expense_enabled (bool | Unset):
        document_archive_enabled (bool | Unset):
        archive_reception_enabled (bool | Unset):
        user_is_payslip_only (bool | Unset):
        travel_expense_rates_enabled (bool | Unset):
        tax_free_mileage_rates_enabled (bool | Unset):
        approve_travel_expense_enabled (bool | Unset):
        user_is_auth_project_info (bool | Unset):
        user_is_auth_travel_and_expense_approve (bool | Unset):
        user_is_auth_employee_info (bool | Unset):
        user_is_auth_voucher_approve (bool | Unset):
        user_is_auth_invoicing (bool | Unset):
        user_is_auth_create_order (bool | Unset):
        vat_on_for_company (bool | Unset):
        tax_free_diet_rates_enabled (bool | Unset):
        travel_diet_ignore_posting_enabled (bool | Unset):
        employee_enabled (bool | Unset):
        hour_balance_enabled_for_employee (bool | Unset):
        vacation_balance_enabled_for_employee (bool | Unset):
        user_is_auth_create_customer (bool | Unset):
        user_is_auth_project_menu (bool | Unset):
        user_is_auth_company_accounting_reports (bool | Unset):
        vvselectro_enabled (bool | Unset):
        customer_enabled (bool | Unset):
        user_is_auth_customer_info (bool | Unset):
        user_is_auth_product_admin (bool | Unset):
        user_is_auth_direct_remit_autopay_admin (bool | Unset):
        user_is_auth_direct_remit_autopay_light (bool | Unset):
        user_is_auth_direct_remit_ztl (bool | Unset):
    """

    hour_registration_enabled: bool | Unset = UNSET
    project_enabled: bool | Unset = UNSET
    department_enabled: bool | Unset = UNSET
    user_is_allowed_to_register_hours: bool | Unset = UNSET
    payroll_accounting_enabled: bool | Unset = UNSET
    user_is_auth_wage_menu: bool | Unset = UNSET
    user_is_auth_my_salary: bool | Unset = UNSET
    electronic_vouchers_enabled: bool | Unset = UNSET
    travel_expense_enabled: bool | Unset = UNSET
    document_archive_enabled: bool | Unset = UNSET
    archive_reception_enabled: bool | Unset = UNSET
    user_is_payslip_only: bool | Unset = UNSET
    travel_expense_rates_enabled: bool | Unset = UNSET
    tax_free_mileage_rates_enabled: bool | Unset = UNSET
    approve_travel_expense_enabled: bool | Unset = UNSET
    user_is_auth_project_info: bool | Unset = UNSET
    user_is_auth_travel_and_expense_approve: bool | Unset = UNSET
    user_is_auth_employee_info: bool | Unset = UNSET
    user_is_auth_voucher_approve: bool | Unset = UNSET
    user_is_auth_invoicing: bool | Unset = UNSET
    user_is_auth_create_order: bool | Unset = UNSET
    vat_on_for_company: bool | Unset = UNSET
    tax_free_diet_rates_enabled: bool | Unset = UNSET
    travel_diet_ignore_posting_enabled: bool | Unset = UNSET
    employee_enabled: bool | Unset = UNSET
    hour_balance_enabled_for_employee: bool | Unset = UNSET
    vacation_balance_enabled_for_employee: bool | Unset = UNSET
    user_is_auth_create_customer: bool | Unset = UNSET
    user_is_auth_project_menu: bool | Unset = UNSET
    user_is_auth_company_accounting_reports: bool | Unset = UNSET
    vvselectro_enabled: bool | Unset = UNSET
    customer_enabled: bool | Unset = UNSET
    user_is_auth_customer_info: bool | Unset = UNSET
    user_is_auth_product_admin: bool | Unset = UNSET
    user_is_auth_direct_remit_autopay_admin: bool | Unset = UNSET
    user_is_auth_direct_remit_autopay_light: bool | Unset = UNSET
    user_is_auth_direct_remit_ztl: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        hour_registration_enabled = self.hour_registration_enabled

        project_enabled = self.project_enabled

        department_enabled = self.department_enabled

        user_is_allowed_to_register_hours = self.user_is_allowed_to_register_hours

        payroll_accounting_enabled = self.payroll_accounting_enabled

        user_is_auth_wage_menu = self.user_is_auth_wage_menu

        user_is_auth_my_salary = self.user_is_auth_my_salary

        electronic_vouchers_enabled = self.electronic_vouchers_enabled

        travel_expense_enabled = self.travel_expense_enabled

        document_archive_enabled = self.document_archive_enabled

        archive_reception_enabled = self.archive_reception_enabled

        user_is_payslip_only = self.user_is_payslip_only

        travel_expense_rates_enabled = self.travel_expense_rates_enabled

        tax_free_mileage_rates_enabled = self.tax_free_mileage_rates_enabled

        approve_travel_expense_enabled = self.approve_travel_expense_enabled

        user_is_auth_project_info = self.user_is_auth_project_info

        user_is_auth_travel_and_expense_approve = self.user_is_auth_travel_and_expense_approve

        user_is_auth_employee_info = self.user_is_auth_employee_info

        user_is_auth_voucher_approve = self.user_is_auth_voucher_approve

        user_is_auth_invoicing = self.user_is_auth_invoicing

        user_is_auth_create_order = self.user_is_auth_create_order

        vat_on_for_company = self.vat_on_for_company

        tax_free_diet_rates_enabled = self.tax_free_diet_rates_enabled

        travel_diet_ignore_posting_enabled = self.travel_diet_ignore_posting_enabled

        employee_enabled = self.employee_enabled

        hour_balance_enabled_for_employee = self.hour_balance_enabled_for_employee

        vacation_balance_enabled_for_employee = self.vacation_balance_enabled_for_employee

        user_is_auth_create_customer = self.user_is_auth_create_customer

        user_is_auth_project_menu = self.user_is_auth_project_menu

        user_is_auth_company_accounting_reports = self.user_is_auth_company_accounting_reports

        vvselectro_enabled = self.vvselectro_enabled

        customer_enabled = self.customer_enabled

        user_is_auth_customer_info = self.user_is_auth_customer_info

        user_is_auth_product_admin = self.user_is_auth_product_admin

        user_is_auth_direct_remit_autopay_admin = self.user_is_auth_direct_remit_autopay_admin

        user_is_auth_direct_remit_autopay_light = self.user_is_auth_direct_remit_autopay_light

        user_is_auth_direct_remit_ztl = self.user_is_auth_direct_remit_ztl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hour_registration_enabled is not UNSET:
            field_dict["hourRegistrationEnabled"] = hour_registration_enabled
        if project_enabled is not UNSET:
            field_dict["projectEnabled"] = project_enabled
        if department_enabled is not UNSET:
            field_dict["departmentEnabled"] = department_enabled
        if user_is_allowed_to_register_hours is not UNSET:
            field_dict["userIsAllowedToRegisterHours"] = user_is_allowed_to_register_hours
        if payroll_accounting_enabled is not UNSET:
            field_dict["payrollAccountingEnabled"] = payroll_accounting_enabled
        if user_is_auth_wage_menu is not UNSET:
            field_dict["userIsAuthWageMenu"] = user_is_auth_wage_menu
        if user_is_auth_my_salary is not UNSET:
            field_dict["userIsAuthMySalary"] = user_is_auth_my_salary
        if electronic_vouchers_enabled is not UNSET:
            field_dict["electronicVouchersEnabled"] = electronic_vouchers_enabled
        if travel_expense_enabled is not UNSET:
            field_dict["travelExpenseEnabled"] = travel_expense_enabled
        if document_archive_enabled is not UNSET:
            field_dict["documentArchiveEnabled"] = document_archive_enabled
        if archive_reception_enabled is not UNSET:
            field_dict["archiveReceptionEnabled"] = archive_reception_enabled
        if user_is_payslip_only is not UNSET:
            field_dict["userIsPayslipOnly"] = user_is_payslip_only
        if travel_expense_rates_enabled is not UNSET:
            field_dict["travelExpenseRatesEnabled"] = travel_expense_rates_enabled
        if tax_free_mileage_rates_enabled is not UNSET:
            field_dict["taxFreeMileageRatesEnabled"] = tax_free_mileage_rates_enabled
        if approve_travel_expense_enabled is not UNSET:
            field_dict["approveTravelExpenseEnabled"] = approve_travel_expense_enabled
        if user_is_auth_project_info is not UNSET:
            field_dict["userIsAuthProjectInfo"] = user_is_auth_project_info
        if user_is_auth_travel_and_expense_approve is not UNSET:
            field_dict["userIsAuthTravelAndExpenseApprove"] = user_is_auth_travel_and_expense_approve
        if user_is_auth_employee_info is not UNSET:
            field_dict["userIsAuthEmployeeInfo"] = user_is_auth_employee_info
        if user_is_auth_voucher_approve is not UNSET:
            field_dict["userIsAuthVoucherApprove"] = user_is_auth_voucher_approve
        if user_is_auth_invoicing is not UNSET:
            field_dict["userIsAuthInvoicing"] = user_is_auth_invoicing
        if user_is_auth_create_order is not UNSET:
            field_dict["userIsAuthCreateOrder"] = user_is_auth_create_order
        if vat_on_for_company is not UNSET:
            field_dict["vatOnForCompany"] = vat_on_for_company
        if tax_free_diet_rates_enabled is not UNSET:
            field_dict["taxFreeDietRatesEnabled"] = tax_free_diet_rates_enabled
        if travel_diet_ignore_posting_enabled is not UNSET:
            field_dict["travelDietIgnorePostingEnabled"] = travel_diet_ignore_posting_enabled
        if employee_enabled is not UNSET:
            field_dict["employeeEnabled"] = employee_enabled
        if hour_balance_enabled_for_employee is not UNSET:
            field_dict["hourBalanceEnabledForEmployee"] = hour_balance_enabled_for_employee
        if vacation_balance_enabled_for_employee is not UNSET:
            field_dict["vacationBalanceEnabledForEmployee"] = vacation_balance_enabled_for_employee
        if user_is_auth_create_customer is not UNSET:
            field_dict["userIsAuthCreateCustomer"] = user_is_auth_create_customer
        if user_is_auth_project_menu is not UNSET:
            field_dict["userIsAuthProjectMenu"] = user_is_auth_project_menu
        if user_is_auth_company_accounting_reports is not UNSET:
            field_dict["userIsAuthCompanyAccountingReports"] = user_is_auth_company_accounting_reports
        if vvselectro_enabled is not UNSET:
            field_dict["vvselectroEnabled"] = vvselectro_enabled
        if customer_enabled is not UNSET:
            field_dict["customerEnabled"] = customer_enabled
        if user_is_auth_customer_info is not UNSET:
            field_dict["userIsAuthCustomerInfo"] = user_is_auth_customer_info
        if user_is_auth_product_admin is not UNSET:
            field_dict["userIsAuthProductAdmin"] = user_is_auth_product_admin
        if user_is_auth_direct_remit_autopay_admin is not UNSET:
            field_dict["userIsAuthDirectRemitAutopayAdmin"] = user_is_auth_direct_remit_autopay_admin
        if user_is_auth_direct_remit_autopay_light is not UNSET:
            field_dict["userIsAuthDirectRemitAutopayLight"] = user_is_auth_direct_remit_autopay_light
        if user_is_auth_direct_remit_ztl is not UNSET:
            field_dict["userIsAuthDirectRemitZtl"] = user_is_auth_direct_remit_ztl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileAppSpecificRightsInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "hourRegistrationEnabled",
                "projectEnabled",
                "departmentEnabled",
                "userIsAllowedToRegisterHours",
                "payrollAccountingEnabled",
                "userIsAuthWageMenu",
                "userIsAuthMySalary",
                "electronicVouchersEnabled",
                "travelExpenseEnabled",
                "documentArchiveEnabled",
                "archiveReceptionEnabled",
                "userIsPayslipOnly",
                "travelExpenseRatesEnabled",
                "taxFreeMileageRatesEnabled",
                "approveTravelExpenseEnabled",
                "userIsAuthProjectInfo",
                "userIsAuthTravelAndExpenseApprove",
                "userIsAuthEmployeeInfo",
                "userIsAuthVoucherApprove",
                "userIsAuthInvoicing",
                "userIsAuthCreateOrder",
                "vatOnForCompany",
                "taxFreeDietRatesEnabled",
                "travelDietIgnorePostingEnabled",
                "employeeEnabled",
                "hourBalanceEnabledForEmployee",
                "vacationBalanceEnabledForEmployee",
                "userIsAuthCreateCustomer",
                "userIsAuthProjectMenu",
                "userIsAuthCompanyAccountingReports",
                "vvselectroEnabled",
                "customerEnabled",
                "userIsAuthCustomerInfo",
                "userIsAuthProductAdmin",
                "userIsAuthDirectRemitAutopayAdmin",
                "userIsAuthDirectRemitAutopayLight",
                "userIsAuthDirectRemitZtl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "hour_registration_enabled": ("hourRegistrationEnabled", None),
            "project_enabled": ("projectEnabled", None),
            "department_enabled": ("departmentEnabled", None),
            "user_is_allowed_to_register_hours": ("userIsAllowedToRegisterHours", None),
            "payroll_accounting_enabled": ("payrollAccountingEnabled", None),
            "user_is_auth_wage_menu": ("userIsAuthWageMenu", None),
            "user_is_auth_my_salary": ("userIsAuthMySalary", None),
            "electronic_vouchers_enabled": ("electronicVouchersEnabled", None),
            "travel_expense_enabled": ("travelExpenseEnabled", None),
            "document_archive_enabled": ("documentArchiveEnabled", None),
            "archive_reception_enabled": ("archiveReceptionEnabled", None),
            "user_is_payslip_only": ("userIsPayslipOnly", None),
            "travel_expense_rates_enabled": ("travelExpenseRatesEnabled", None),
            "tax_free_mileage_rates_enabled": ("taxFreeMileageRatesEnabled", None),
            "approve_travel_expense_enabled": ("approveTravelExpenseEnabled", None),
            "user_is_auth_project_info": ("userIsAuthProjectInfo", None),
            "user_is_auth_travel_and_expense_approve": ("userIsAuthTravelAndExpenseApprove", None),
            "user_is_auth_employee_info": ("userIsAuthEmployeeInfo", None),
            "user_is_auth_voucher_approve": ("userIsAuthVoucherApprove", None),
            "user_is_auth_invoicing": ("userIsAuthInvoicing", None),
            "user_is_auth_create_order": ("userIsAuthCreateOrder", None),
            "vat_on_for_company": ("vatOnForCompany", None),
            "tax_free_diet_rates_enabled": ("taxFreeDietRatesEnabled", None),
            "travel_diet_ignore_posting_enabled": ("travelDietIgnorePostingEnabled", None),
            "employee_enabled": ("employeeEnabled", None),
            "hour_balance_enabled_for_employee": ("hourBalanceEnabledForEmployee", None),
            "vacation_balance_enabled_for_employee": ("vacationBalanceEnabledForEmployee", None),
            "user_is_auth_create_customer": ("userIsAuthCreateCustomer", None),
            "user_is_auth_project_menu": ("userIsAuthProjectMenu", None),
            "user_is_auth_company_accounting_reports": ("userIsAuthCompanyAccountingReports", None),
            "vvselectro_enabled": ("vvselectroEnabled", None),
            "customer_enabled": ("customerEnabled", None),
            "user_is_auth_customer_info": ("userIsAuthCustomerInfo", None),
            "user_is_auth_product_admin": ("userIsAuthProductAdmin", None),
            "user_is_auth_direct_remit_autopay_admin": ("userIsAuthDirectRemitAutopayAdmin", None),
            "user_is_auth_direct_remit_autopay_light": ("userIsAuthDirectRemitAutopayLight", None),
            "user_is_auth_direct_remit_ztl": ("userIsAuthDirectRemitZtl", None),
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
