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
)

T = TypeVar("T", bound="MobileAppRightsInfo")


@_attrs_define
class MobileAppRightsInfo(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.hour_registration_enabled
        if _v is not UNSET:
            field_dict["hourRegistrationEnabled"] = _v
        _v = self.project_enabled
        if _v is not UNSET:
            field_dict["projectEnabled"] = _v
        _v = self.department_enabled
        if _v is not UNSET:
            field_dict["departmentEnabled"] = _v
        _v = self.user_is_allowed_to_register_hours
        if _v is not UNSET:
            field_dict["userIsAllowedToRegisterHours"] = _v
        _v = self.payroll_accounting_enabled
        if _v is not UNSET:
            field_dict["payrollAccountingEnabled"] = _v
        _v = self.user_is_auth_wage_menu
        if _v is not UNSET:
            field_dict["userIsAuthWageMenu"] = _v
        _v = self.user_is_auth_my_salary
        if _v is not UNSET:
            field_dict["userIsAuthMySalary"] = _v
        _v = self.electronic_vouchers_enabled
        if _v is not UNSET:
            field_dict["electronicVouchersEnabled"] = _v
        _v = self.travel_expense_enabled
        if _v is not UNSET:
            field_dict["travelExpenseEnabled"] = _v
        _v = self.document_archive_enabled
        if _v is not UNSET:
            field_dict["documentArchiveEnabled"] = _v
        _v = self.archive_reception_enabled
        if _v is not UNSET:
            field_dict["archiveReceptionEnabled"] = _v
        _v = self.user_is_payslip_only
        if _v is not UNSET:
            field_dict["userIsPayslipOnly"] = _v
        _v = self.travel_expense_rates_enabled
        if _v is not UNSET:
            field_dict["travelExpenseRatesEnabled"] = _v
        _v = self.tax_free_mileage_rates_enabled
        if _v is not UNSET:
            field_dict["taxFreeMileageRatesEnabled"] = _v
        _v = self.approve_travel_expense_enabled
        if _v is not UNSET:
            field_dict["approveTravelExpenseEnabled"] = _v
        _v = self.user_is_auth_project_info
        if _v is not UNSET:
            field_dict["userIsAuthProjectInfo"] = _v
        _v = self.user_is_auth_travel_and_expense_approve
        if _v is not UNSET:
            field_dict["userIsAuthTravelAndExpenseApprove"] = _v
        _v = self.user_is_auth_employee_info
        if _v is not UNSET:
            field_dict["userIsAuthEmployeeInfo"] = _v
        _v = self.user_is_auth_voucher_approve
        if _v is not UNSET:
            field_dict["userIsAuthVoucherApprove"] = _v
        _v = self.user_is_auth_invoicing
        if _v is not UNSET:
            field_dict["userIsAuthInvoicing"] = _v
        _v = self.user_is_auth_create_order
        if _v is not UNSET:
            field_dict["userIsAuthCreateOrder"] = _v
        _v = self.vat_on_for_company
        if _v is not UNSET:
            field_dict["vatOnForCompany"] = _v
        _v = self.tax_free_diet_rates_enabled
        if _v is not UNSET:
            field_dict["taxFreeDietRatesEnabled"] = _v
        _v = self.travel_diet_ignore_posting_enabled
        if _v is not UNSET:
            field_dict["travelDietIgnorePostingEnabled"] = _v
        _v = self.employee_enabled
        if _v is not UNSET:
            field_dict["employeeEnabled"] = _v
        _v = self.hour_balance_enabled_for_employee
        if _v is not UNSET:
            field_dict["hourBalanceEnabledForEmployee"] = _v
        _v = self.vacation_balance_enabled_for_employee
        if _v is not UNSET:
            field_dict["vacationBalanceEnabledForEmployee"] = _v
        _v = self.user_is_auth_create_customer
        if _v is not UNSET:
            field_dict["userIsAuthCreateCustomer"] = _v
        _v = self.user_is_auth_project_menu
        if _v is not UNSET:
            field_dict["userIsAuthProjectMenu"] = _v
        _v = self.user_is_auth_company_accounting_reports
        if _v is not UNSET:
            field_dict["userIsAuthCompanyAccountingReports"] = _v
        _v = self.vvselectro_enabled
        if _v is not UNSET:
            field_dict["vvselectroEnabled"] = _v
        _v = self.customer_enabled
        if _v is not UNSET:
            field_dict["customerEnabled"] = _v
        _v = self.user_is_auth_customer_info
        if _v is not UNSET:
            field_dict["userIsAuthCustomerInfo"] = _v
        _v = self.user_is_auth_product_admin
        if _v is not UNSET:
            field_dict["userIsAuthProductAdmin"] = _v
        _v = self.user_is_auth_direct_remit_autopay_admin
        if _v is not UNSET:
            field_dict["userIsAuthDirectRemitAutopayAdmin"] = _v
        _v = self.user_is_auth_direct_remit_autopay_light
        if _v is not UNSET:
            field_dict["userIsAuthDirectRemitAutopayLight"] = _v
        _v = self.user_is_auth_direct_remit_ztl
        if _v is not UNSET:
            field_dict["userIsAuthDirectRemitZtl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileAppRightsInfo from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MobileAppRightsInfo.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "hourRegistrationEnabled": "hour_registration_enabled",
            "projectEnabled": "project_enabled",
            "departmentEnabled": "department_enabled",
            "userIsAllowedToRegisterHours": "user_is_allowed_to_register_hours",
            "payrollAccountingEnabled": "payroll_accounting_enabled",
            "userIsAuthWageMenu": "user_is_auth_wage_menu",
            "userIsAuthMySalary": "user_is_auth_my_salary",
            "electronicVouchersEnabled": "electronic_vouchers_enabled",
            "travelExpenseEnabled": "travel_expense_enabled",
            "documentArchiveEnabled": "document_archive_enabled",
            "archiveReceptionEnabled": "archive_reception_enabled",
            "userIsPayslipOnly": "user_is_payslip_only",
            "travelExpenseRatesEnabled": "travel_expense_rates_enabled",
            "taxFreeMileageRatesEnabled": "tax_free_mileage_rates_enabled",
            "approveTravelExpenseEnabled": "approve_travel_expense_enabled",
            "userIsAuthProjectInfo": "user_is_auth_project_info",
            "userIsAuthTravelAndExpenseApprove": "user_is_auth_travel_and_expense_approve",
            "userIsAuthEmployeeInfo": "user_is_auth_employee_info",
            "userIsAuthVoucherApprove": "user_is_auth_voucher_approve",
            "userIsAuthInvoicing": "user_is_auth_invoicing",
            "userIsAuthCreateOrder": "user_is_auth_create_order",
            "vatOnForCompany": "vat_on_for_company",
            "taxFreeDietRatesEnabled": "tax_free_diet_rates_enabled",
            "travelDietIgnorePostingEnabled": "travel_diet_ignore_posting_enabled",
            "employeeEnabled": "employee_enabled",
            "hourBalanceEnabledForEmployee": "hour_balance_enabled_for_employee",
            "vacationBalanceEnabledForEmployee": "vacation_balance_enabled_for_employee",
            "userIsAuthCreateCustomer": "user_is_auth_create_customer",
            "userIsAuthProjectMenu": "user_is_auth_project_menu",
            "userIsAuthCompanyAccountingReports": "user_is_auth_company_accounting_reports",
            "vvselectroEnabled": "vvselectro_enabled",
            "customerEnabled": "customer_enabled",
            "userIsAuthCustomerInfo": "user_is_auth_customer_info",
            "userIsAuthProductAdmin": "user_is_auth_product_admin",
            "userIsAuthDirectRemitAutopayAdmin": "user_is_auth_direct_remit_autopay_admin",
            "userIsAuthDirectRemitAutopayLight": "user_is_auth_direct_remit_autopay_light",
            "userIsAuthDirectRemitZtl": "user_is_auth_direct_remit_ztl",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 12 and _sparse_keys.issuperset(d):
                    o.hour_registration_enabled = o.project_enabled = o.department_enabled = (
                        o.user_is_allowed_to_register_hours
                    ) = o.payroll_accounting_enabled = o.user_is_auth_wage_menu = o.user_is_auth_my_salary = (
                        o.electronic_vouchers_enabled
                    ) = o.travel_expense_enabled = o.document_archive_enabled = o.archive_reception_enabled = (
                        o.user_is_payslip_only
                    ) = o.travel_expense_rates_enabled = o.tax_free_mileage_rates_enabled = (
                        o.approve_travel_expense_enabled
                    ) = o.user_is_auth_project_info = o.user_is_auth_travel_and_expense_approve = (
                        o.user_is_auth_employee_info
                    ) = o.user_is_auth_voucher_approve = o.user_is_auth_invoicing = o.user_is_auth_create_order = (
                        o.vat_on_for_company
                    ) = o.tax_free_diet_rates_enabled = o.travel_diet_ignore_posting_enabled = o.employee_enabled = (
                        o.hour_balance_enabled_for_employee
                    ) = o.vacation_balance_enabled_for_employee = o.user_is_auth_create_customer = (
                        o.user_is_auth_project_menu
                    ) = o.user_is_auth_company_accounting_reports = o.vvselectro_enabled = o.customer_enabled = (
                        o.user_is_auth_customer_info
                    ) = o.user_is_auth_product_admin = o.user_is_auth_direct_remit_autopay_admin = (
                        o.user_is_auth_direct_remit_autopay_light
                    ) = o.user_is_auth_direct_remit_ztl = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hourRegistrationEnabled")
                if v is None:
                    o.hour_registration_enabled = u
                    if "hourRegistrationEnabled" not in d:
                        m += 1
                else:
                    o.hour_registration_enabled = v
                v = g("projectEnabled")
                if v is None:
                    o.project_enabled = u
                    if "projectEnabled" not in d:
                        m += 1
                else:
                    o.project_enabled = v
                v = g("departmentEnabled")
                if v is None:
                    o.department_enabled = u
                    if "departmentEnabled" not in d:
                        m += 1
                else:
                    o.department_enabled = v
                v = g("userIsAllowedToRegisterHours")
                if v is None:
                    o.user_is_allowed_to_register_hours = u
                    if "userIsAllowedToRegisterHours" not in d:
                        m += 1
                else:
                    o.user_is_allowed_to_register_hours = v
                v = g("payrollAccountingEnabled")
                if v is None:
                    o.payroll_accounting_enabled = u
                    if "payrollAccountingEnabled" not in d:
                        m += 1
                else:
                    o.payroll_accounting_enabled = v
                v = g("userIsAuthWageMenu")
                if v is None:
                    o.user_is_auth_wage_menu = u
                    if "userIsAuthWageMenu" not in d:
                        m += 1
                else:
                    o.user_is_auth_wage_menu = v
                v = g("userIsAuthMySalary")
                if v is None:
                    o.user_is_auth_my_salary = u
                    if "userIsAuthMySalary" not in d:
                        m += 1
                else:
                    o.user_is_auth_my_salary = v
                v = g("electronicVouchersEnabled")
                if v is None:
                    o.electronic_vouchers_enabled = u
                    if "electronicVouchersEnabled" not in d:
                        m += 1
                else:
                    o.electronic_vouchers_enabled = v
                v = g("travelExpenseEnabled")
                if v is None:
                    o.travel_expense_enabled = u
                    if "travelExpenseEnabled" not in d:
                        m += 1
                else:
                    o.travel_expense_enabled = v
                v = g("documentArchiveEnabled")
                if v is None:
                    o.document_archive_enabled = u
                    if "documentArchiveEnabled" not in d:
                        m += 1
                else:
                    o.document_archive_enabled = v
                v = g("archiveReceptionEnabled")
                if v is None:
                    o.archive_reception_enabled = u
                    if "archiveReceptionEnabled" not in d:
                        m += 1
                else:
                    o.archive_reception_enabled = v
                v = g("userIsPayslipOnly")
                if v is None:
                    o.user_is_payslip_only = u
                    if "userIsPayslipOnly" not in d:
                        m += 1
                else:
                    o.user_is_payslip_only = v
                v = g("travelExpenseRatesEnabled")
                if v is None:
                    o.travel_expense_rates_enabled = u
                    if "travelExpenseRatesEnabled" not in d:
                        m += 1
                else:
                    o.travel_expense_rates_enabled = v
                v = g("taxFreeMileageRatesEnabled")
                if v is None:
                    o.tax_free_mileage_rates_enabled = u
                    if "taxFreeMileageRatesEnabled" not in d:
                        m += 1
                else:
                    o.tax_free_mileage_rates_enabled = v
                v = g("approveTravelExpenseEnabled")
                if v is None:
                    o.approve_travel_expense_enabled = u
                    if "approveTravelExpenseEnabled" not in d:
                        m += 1
                else:
                    o.approve_travel_expense_enabled = v
                v = g("userIsAuthProjectInfo")
                if v is None:
                    o.user_is_auth_project_info = u
                    if "userIsAuthProjectInfo" not in d:
                        m += 1
                else:
                    o.user_is_auth_project_info = v
                v = g("userIsAuthTravelAndExpenseApprove")
                if v is None:
                    o.user_is_auth_travel_and_expense_approve = u
                    if "userIsAuthTravelAndExpenseApprove" not in d:
                        m += 1
                else:
                    o.user_is_auth_travel_and_expense_approve = v
                v = g("userIsAuthEmployeeInfo")
                if v is None:
                    o.user_is_auth_employee_info = u
                    if "userIsAuthEmployeeInfo" not in d:
                        m += 1
                else:
                    o.user_is_auth_employee_info = v
                v = g("userIsAuthVoucherApprove")
                if v is None:
                    o.user_is_auth_voucher_approve = u
                    if "userIsAuthVoucherApprove" not in d:
                        m += 1
                else:
                    o.user_is_auth_voucher_approve = v
                v = g("userIsAuthInvoicing")
                if v is None:
                    o.user_is_auth_invoicing = u
                    if "userIsAuthInvoicing" not in d:
                        m += 1
                else:
                    o.user_is_auth_invoicing = v
                v = g("userIsAuthCreateOrder")
                if v is None:
                    o.user_is_auth_create_order = u
                    if "userIsAuthCreateOrder" not in d:
                        m += 1
                else:
                    o.user_is_auth_create_order = v
                v = g("vatOnForCompany")
                if v is None:
                    o.vat_on_for_company = u
                    if "vatOnForCompany" not in d:
                        m += 1
                else:
                    o.vat_on_for_company = v
                v = g("taxFreeDietRatesEnabled")
                if v is None:
                    o.tax_free_diet_rates_enabled = u
                    if "taxFreeDietRatesEnabled" not in d:
                        m += 1
                else:
                    o.tax_free_diet_rates_enabled = v
                v = g("travelDietIgnorePostingEnabled")
                if v is None:
                    o.travel_diet_ignore_posting_enabled = u
                    if "travelDietIgnorePostingEnabled" not in d:
                        m += 1
                else:
                    o.travel_diet_ignore_posting_enabled = v
                v = g("employeeEnabled")
                if v is None:
                    o.employee_enabled = u
                    if "employeeEnabled" not in d:
                        m += 1
                else:
                    o.employee_enabled = v
                v = g("hourBalanceEnabledForEmployee")
                if v is None:
                    o.hour_balance_enabled_for_employee = u
                    if "hourBalanceEnabledForEmployee" not in d:
                        m += 1
                else:
                    o.hour_balance_enabled_for_employee = v
                v = g("vacationBalanceEnabledForEmployee")
                if v is None:
                    o.vacation_balance_enabled_for_employee = u
                    if "vacationBalanceEnabledForEmployee" not in d:
                        m += 1
                else:
                    o.vacation_balance_enabled_for_employee = v
                v = g("userIsAuthCreateCustomer")
                if v is None:
                    o.user_is_auth_create_customer = u
                    if "userIsAuthCreateCustomer" not in d:
                        m += 1
                else:
                    o.user_is_auth_create_customer = v
                v = g("userIsAuthProjectMenu")
                if v is None:
                    o.user_is_auth_project_menu = u
                    if "userIsAuthProjectMenu" not in d:
                        m += 1
                else:
                    o.user_is_auth_project_menu = v
                v = g("userIsAuthCompanyAccountingReports")
                if v is None:
                    o.user_is_auth_company_accounting_reports = u
                    if "userIsAuthCompanyAccountingReports" not in d:
                        m += 1
                else:
                    o.user_is_auth_company_accounting_reports = v
                v = g("vvselectroEnabled")
                if v is None:
                    o.vvselectro_enabled = u
                    if "vvselectroEnabled" not in d:
                        m += 1
                else:
                    o.vvselectro_enabled = v
                v = g("customerEnabled")
                if v is None:
                    o.customer_enabled = u
                    if "customerEnabled" not in d:
                        m += 1
                else:
                    o.customer_enabled = v
                v = g("userIsAuthCustomerInfo")
                if v is None:
                    o.user_is_auth_customer_info = u
                    if "userIsAuthCustomerInfo" not in d:
                        m += 1
                else:
                    o.user_is_auth_customer_info = v
                v = g("userIsAuthProductAdmin")
                if v is None:
                    o.user_is_auth_product_admin = u
                    if "userIsAuthProductAdmin" not in d:
                        m += 1
                else:
                    o.user_is_auth_product_admin = v
                v = g("userIsAuthDirectRemitAutopayAdmin")
                if v is None:
                    o.user_is_auth_direct_remit_autopay_admin = u
                    if "userIsAuthDirectRemitAutopayAdmin" not in d:
                        m += 1
                else:
                    o.user_is_auth_direct_remit_autopay_admin = v
                v = g("userIsAuthDirectRemitAutopayLight")
                if v is None:
                    o.user_is_auth_direct_remit_autopay_light = u
                    if "userIsAuthDirectRemitAutopayLight" not in d:
                        m += 1
                else:
                    o.user_is_auth_direct_remit_autopay_light = v
                v = g("userIsAuthDirectRemitZtl")
                if v is None:
                    o.user_is_auth_direct_remit_ztl = u
                    if "userIsAuthDirectRemitZtl" not in d:
                        m += 1
                else:
                    o.user_is_auth_direct_remit_ztl = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 37 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("hour_registration_enabled", "hourRegistrationEnabled"),
            ("project_enabled", "projectEnabled"),
            ("department_enabled", "departmentEnabled"),
            ("user_is_allowed_to_register_hours", "userIsAllowedToRegisterHours"),
            ("payroll_accounting_enabled", "payrollAccountingEnabled"),
            ("user_is_auth_wage_menu", "userIsAuthWageMenu"),
            ("user_is_auth_my_salary", "userIsAuthMySalary"),
            ("electronic_vouchers_enabled", "electronicVouchersEnabled"),
            ("travel_expense_enabled", "travelExpenseEnabled"),
            ("document_archive_enabled", "documentArchiveEnabled"),
            ("archive_reception_enabled", "archiveReceptionEnabled"),
            ("user_is_payslip_only", "userIsPayslipOnly"),
            ("travel_expense_rates_enabled", "travelExpenseRatesEnabled"),
            ("tax_free_mileage_rates_enabled", "taxFreeMileageRatesEnabled"),
            ("approve_travel_expense_enabled", "approveTravelExpenseEnabled"),
            ("user_is_auth_project_info", "userIsAuthProjectInfo"),
            ("user_is_auth_travel_and_expense_approve", "userIsAuthTravelAndExpenseApprove"),
            ("user_is_auth_employee_info", "userIsAuthEmployeeInfo"),
            ("user_is_auth_voucher_approve", "userIsAuthVoucherApprove"),
            ("user_is_auth_invoicing", "userIsAuthInvoicing"),
            ("user_is_auth_create_order", "userIsAuthCreateOrder"),
            ("vat_on_for_company", "vatOnForCompany"),
            ("tax_free_diet_rates_enabled", "taxFreeDietRatesEnabled"),
            ("travel_diet_ignore_posting_enabled", "travelDietIgnorePostingEnabled"),
            ("employee_enabled", "employeeEnabled"),
            ("hour_balance_enabled_for_employee", "hourBalanceEnabledForEmployee"),
            ("vacation_balance_enabled_for_employee", "vacationBalanceEnabledForEmployee"),
            ("user_is_auth_create_customer", "userIsAuthCreateCustomer"),
            ("user_is_auth_project_menu", "userIsAuthProjectMenu"),
            ("user_is_auth_company_accounting_reports", "userIsAuthCompanyAccountingReports"),
            ("vvselectro_enabled", "vvselectroEnabled"),
            ("customer_enabled", "customerEnabled"),
            ("user_is_auth_customer_info", "userIsAuthCustomerInfo"),
            ("user_is_auth_product_admin", "userIsAuthProductAdmin"),
            ("user_is_auth_direct_remit_autopay_admin", "userIsAuthDirectRemitAutopayAdmin"),
            ("user_is_auth_direct_remit_autopay_light", "userIsAuthDirectRemitAutopayLight"),
            ("user_is_auth_direct_remit_ztl", "userIsAuthDirectRemitZtl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.hour_registration_enabled
            o.hour_registration_enabled = u if v is None else v
            v = s.project_enabled
            o.project_enabled = u if v is None else v
            v = s.department_enabled
            o.department_enabled = u if v is None else v
            v = s.user_is_allowed_to_register_hours
            o.user_is_allowed_to_register_hours = u if v is None else v
            v = s.payroll_accounting_enabled
            o.payroll_accounting_enabled = u if v is None else v
            v = s.user_is_auth_wage_menu
            o.user_is_auth_wage_menu = u if v is None else v
            v = s.user_is_auth_my_salary
            o.user_is_auth_my_salary = u if v is None else v
            v = s.electronic_vouchers_enabled
            o.electronic_vouchers_enabled = u if v is None else v
            v = s.travel_expense_enabled
            o.travel_expense_enabled = u if v is None else v
            v = s.document_archive_enabled
            o.document_archive_enabled = u if v is None else v
            v = s.archive_reception_enabled
            o.archive_reception_enabled = u if v is None else v
            v = s.user_is_payslip_only
            o.user_is_payslip_only = u if v is None else v
            v = s.travel_expense_rates_enabled
            o.travel_expense_rates_enabled = u if v is None else v
            v = s.tax_free_mileage_rates_enabled
            o.tax_free_mileage_rates_enabled = u if v is None else v
            v = s.approve_travel_expense_enabled
            o.approve_travel_expense_enabled = u if v is None else v
            v = s.user_is_auth_project_info
            o.user_is_auth_project_info = u if v is None else v
            v = s.user_is_auth_travel_and_expense_approve
            o.user_is_auth_travel_and_expense_approve = u if v is None else v
            v = s.user_is_auth_employee_info
            o.user_is_auth_employee_info = u if v is None else v
            v = s.user_is_auth_voucher_approve
            o.user_is_auth_voucher_approve = u if v is None else v
            v = s.user_is_auth_invoicing
            o.user_is_auth_invoicing = u if v is None else v
            v = s.user_is_auth_create_order
            o.user_is_auth_create_order = u if v is None else v
            v = s.vat_on_for_company
            o.vat_on_for_company = u if v is None else v
            v = s.tax_free_diet_rates_enabled
            o.tax_free_diet_rates_enabled = u if v is None else v
            v = s.travel_diet_ignore_posting_enabled
            o.travel_diet_ignore_posting_enabled = u if v is None else v
            v = s.employee_enabled
            o.employee_enabled = u if v is None else v
            v = s.hour_balance_enabled_for_employee
            o.hour_balance_enabled_for_employee = u if v is None else v
            v = s.vacation_balance_enabled_for_employee
            o.vacation_balance_enabled_for_employee = u if v is None else v
            v = s.user_is_auth_create_customer
            o.user_is_auth_create_customer = u if v is None else v
            v = s.user_is_auth_project_menu
            o.user_is_auth_project_menu = u if v is None else v
            v = s.user_is_auth_company_accounting_reports
            o.user_is_auth_company_accounting_reports = u if v is None else v
            v = s.vvselectro_enabled
            o.vvselectro_enabled = u if v is None else v
            v = s.customer_enabled
            o.customer_enabled = u if v is None else v
            v = s.user_is_auth_customer_info
            o.user_is_auth_customer_info = u if v is None else v
            v = s.user_is_auth_product_admin
            o.user_is_auth_product_admin = u if v is None else v
            v = s.user_is_auth_direct_remit_autopay_admin
            o.user_is_auth_direct_remit_autopay_admin = u if v is None else v
            v = s.user_is_auth_direct_remit_autopay_light
            o.user_is_auth_direct_remit_autopay_light = u if v is None else v
            v = s.user_is_auth_direct_remit_ztl
            o.user_is_auth_direct_remit_ztl = u if v is None else v
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
