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

T = TypeVar("T", bound="SegmentationModules")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SegmentationModules(LazyModel):
    """
    Attributes:
        moduleaccountinginternal (bool | Unset): [read-only]
        moduleaccountingexternal (bool | Unset): [read-only]
        moduledepartment (bool | Unset): [read-only]
        project_forecast (bool | Unset): [read-only]
        resource_planning (bool | Unset): [read-only]
        moduleprojecteconomy (bool | Unset): [read-only]
        moduleinvoice (bool | Unset): [read-only]
        modulebudget (bool | Unset): [read-only]
        reference_fee (bool | Unset): [read-only]
        module_hour_cost (bool | Unset): [read-only]
        moduleemployee (bool | Unset): [read-only]
        moduleproject (bool | Unset): [read-only]
        project_categories (bool | Unset): [read-only]
        module_project_budget (bool | Unset): [read-only]
        moduletask (bool | Unset): [read-only]
        module_travel_expense (bool | Unset): [read-only]
        modulecustomer (bool | Unset): [read-only]
        modulenote (bool | Unset): [read-only]
        modulesubscription (bool | Unset): [read-only]
        moduleproduct (bool | Unset): [read-only]
        module_voucher_export (bool | Unset): [read-only]
        moduleaccountingreports (bool | Unset): [read-only]
        module_customer_categories (bool | Unset): [read-only]
        module_customer_category_1 (bool | Unset): [read-only]
        module_customer_category_2 (bool | Unset): [read-only]
        module_customer_category_3 (bool | Unset): [read-only]
        budget_on_subcontracts (bool | Unset): [read-only]
        approve_hour_lists (bool | Unset): [read-only]
        approve_invoices (bool | Unset): [read-only]
        approvetravelreports (bool | Unset): [read-only]
        completeweeklyhourlists (bool | Unset): [read-only]
        completemonthlyhourlists (bool | Unset): [read-only]
        approvemonthlyhourlists (bool | Unset): [read-only]
        must_approve_registered_hours (bool | Unset): [read-only]
        module_payroll_accounting (bool | Unset): [read-only]
        module_payroll_accounting_no (bool | Unset): [read-only]
        modulehourlist (bool | Unset): [read-only]
        module_time_balance (bool | Unset): [read-only]
        module_vacation_balance (bool | Unset): [read-only]
        module_working_hours (bool | Unset): [read-only]
        module_currency (bool | Unset): [read-only]
        module_contact (bool | Unset): [read-only]
        auto_generate_project_number (bool | Unset): [read-only]
        module_wage_export (bool | Unset): [read-only]
        approve_weekly_hourlists (bool | Unset): [read-only]
        module_provision_salary (bool | Unset): [read-only]
        module_order_number (bool | Unset): [read-only]
        module_order_discount (bool | Unset): [read-only]
        module_order_markup (bool | Unset): [read-only]
        module_order_line_cost (bool | Unset): [read-only]
        resource_groups (bool | Unset): [read-only]
        module_vendor (bool | Unset): [read-only]
        module_auto_customer_number (bool | Unset): [read-only]
        module_auto_vendor_number (bool | Unset): [read-only]
        historical_information (bool | Unset): [read-only]
        show_travel_report_letterhead (bool | Unset): [read-only]
        module_ocr (bool | Unset): [read-only]
        module_remit (bool | Unset): [read-only]
        module_remit_ztl (bool | Unset): [read-only]
        module_remit_auto_pay (bool | Unset): [read-only]
        module_travel_expense_rates (bool | Unset): [read-only]
        module_voucher_scanning (bool | Unset): [read-only]
        holiday_plan (bool | Unset): [read-only]
        module_employee_category (bool | Unset): [read-only]
        multiple_customer_categories (bool | Unset): [read-only]
        module_product_invoice (bool | Unset): [read-only]
        auto_invoicing (bool | Unset): [read-only]
        module_factoring (bool | Unset): [read-only]
        module_employee_accounting (bool | Unset): [read-only]
        module_department_accounting (bool | Unset): [read-only]
        module_project_accounting (bool | Unset): [read-only]
        module_wage_project_accounting (bool | Unset): [read-only]
        module_product_accounting (bool | Unset): [read-only]
        module_electro (bool | Unset): [read-only]
        module_nrf (bool | Unset): [read-only]
        module_result_budget (bool | Unset): [read-only]
        module_voucher_types (bool | Unset): [read-only]
        module_warehouse (bool | Unset): [read-only]
        module_nets_print_salary (bool | Unset): [read-only]
        module_nets_print_invoice (bool | Unset): [read-only]
        hourly_rate_projects_write_up_down (bool | Unset): [read-only]
        show_recently_closed_projects_on_supplier_invoice (bool | Unset): [read-only]
        module_email (bool | Unset): [read-only]
        send_payslips_by_email (bool | Unset): [read-only]
        module_approve_voucher (bool | Unset): [read-only]
        module_approve_project_voucher (bool | Unset): [read-only]
        module_approve_department_voucher (bool | Unset): [read-only]
        module_archive (bool | Unset): [read-only]
        module_order_out (bool | Unset): [read-only]
        module_mesan (bool | Unset): [read-only]
        module_accountant_connect_client (bool | Unset): [read-only]
        module_divisions (bool | Unset): [read-only]
        module_boligmappa (bool | Unset): [read-only]
        mark_ready_for_invoicing (bool | Unset): [read-only]
        tripletex_support_login_access_company_level (bool | Unset): [read-only]
        module_pensionreport (bool | Unset): [read-only]
        module_control_schema_required_invoicing (bool | Unset): [read-only]
        module_control_schema_required_hour_tracking (bool | Unset): [read-only]
        module_invoice_option_vipps (bool | Unset): [read-only]
        module_invoice_option_efaktura (bool | Unset): [read-only]
        module_invoice_option_paper (bool | Unset): [read-only]
        module_invoice_option_avtale_giro (bool | Unset): [read-only]
        module_invoice_option_ehf_incoming (bool | Unset): [read-only]
        module_invoice_option_ehf_outbound (bool | Unset): [read-only]
        module_api20 (bool | Unset): [read-only]
        module_agro (bool | Unset): [read-only]
        module_mamut (bool | Unset): [read-only]
        module_factoring_aprila (bool | Unset): [read-only]
        module_cash_credit_aprila (bool | Unset): [read-only]
        module_invoice_option_autoinvoice_ehf (bool | Unset): [read-only]
        module_smart_scan (bool | Unset): [read-only]
        module_auto_bank_reconciliation (bool | Unset): [read-only]
        module_offer (bool | Unset): [read-only]
        module_voucher_automation (bool | Unset): [read-only]
        module_amortization (bool | Unset): [read-only]
        module_encrypted_pay_slip (bool | Unset): [read-only]
        hour_cost_percentage (bool | Unset): [read-only]
        year_end_report (bool | Unset): [read-only]
        digital_signature (bool | Unset): [read-only]
        module_logistics (bool | Unset): [read-only]
        module_industry (bool | Unset): [read-only]
        module_quantity_handling (bool | Unset): [read-only]
    """

    moduleaccountinginternal: bool | Unset = UNSET
    moduleaccountingexternal: bool | Unset = UNSET
    moduledepartment: bool | Unset = UNSET
    project_forecast: bool | Unset = UNSET
    resource_planning: bool | Unset = UNSET
    moduleprojecteconomy: bool | Unset = UNSET
    moduleinvoice: bool | Unset = UNSET
    modulebudget: bool | Unset = UNSET
    reference_fee: bool | Unset = UNSET
    module_hour_cost: bool | Unset = UNSET
    moduleemployee: bool | Unset = UNSET
    moduleproject: bool | Unset = UNSET
    project_categories: bool | Unset = UNSET
    module_project_budget: bool | Unset = UNSET
    moduletask: bool | Unset = UNSET
    module_travel_expense: bool | Unset = UNSET
    modulecustomer: bool | Unset = UNSET
    modulenote: bool | Unset = UNSET
    modulesubscription: bool | Unset = UNSET
    moduleproduct: bool | Unset = UNSET
    module_voucher_export: bool | Unset = UNSET
    moduleaccountingreports: bool | Unset = UNSET
    module_customer_categories: bool | Unset = UNSET
    module_customer_category_1: bool | Unset = UNSET
    module_customer_category_2: bool | Unset = UNSET
    module_customer_category_3: bool | Unset = UNSET
    budget_on_subcontracts: bool | Unset = UNSET
    approve_hour_lists: bool | Unset = UNSET
    approve_invoices: bool | Unset = UNSET
    approvetravelreports: bool | Unset = UNSET
    completeweeklyhourlists: bool | Unset = UNSET
    completemonthlyhourlists: bool | Unset = UNSET
    approvemonthlyhourlists: bool | Unset = UNSET
    must_approve_registered_hours: bool | Unset = UNSET
    module_payroll_accounting: bool | Unset = UNSET
    module_payroll_accounting_no: bool | Unset = UNSET
    modulehourlist: bool | Unset = UNSET
    module_time_balance: bool | Unset = UNSET
    module_vacation_balance: bool | Unset = UNSET
    module_working_hours: bool | Unset = UNSET
    module_currency: bool | Unset = UNSET
    module_contact: bool | Unset = UNSET
    auto_generate_project_number: bool | Unset = UNSET
    module_wage_export: bool | Unset = UNSET
    approve_weekly_hourlists: bool | Unset = UNSET
    module_provision_salary: bool | Unset = UNSET
    module_order_number: bool | Unset = UNSET
    module_order_discount: bool | Unset = UNSET
    module_order_markup: bool | Unset = UNSET
    module_order_line_cost: bool | Unset = UNSET
    resource_groups: bool | Unset = UNSET
    module_vendor: bool | Unset = UNSET
    module_auto_customer_number: bool | Unset = UNSET
    module_auto_vendor_number: bool | Unset = UNSET
    historical_information: bool | Unset = UNSET
    show_travel_report_letterhead: bool | Unset = UNSET
    module_ocr: bool | Unset = UNSET
    module_remit: bool | Unset = UNSET
    module_remit_ztl: bool | Unset = UNSET
    module_remit_auto_pay: bool | Unset = UNSET
    module_travel_expense_rates: bool | Unset = UNSET
    module_voucher_scanning: bool | Unset = UNSET
    holiday_plan: bool | Unset = UNSET
    module_employee_category: bool | Unset = UNSET
    multiple_customer_categories: bool | Unset = UNSET
    module_product_invoice: bool | Unset = UNSET
    auto_invoicing: bool | Unset = UNSET
    module_factoring: bool | Unset = UNSET
    module_employee_accounting: bool | Unset = UNSET
    module_department_accounting: bool | Unset = UNSET
    module_project_accounting: bool | Unset = UNSET
    module_wage_project_accounting: bool | Unset = UNSET
    module_product_accounting: bool | Unset = UNSET
    module_electro: bool | Unset = UNSET
    module_nrf: bool | Unset = UNSET
    module_result_budget: bool | Unset = UNSET
    module_voucher_types: bool | Unset = UNSET
    module_warehouse: bool | Unset = UNSET
    module_nets_print_salary: bool | Unset = UNSET
    module_nets_print_invoice: bool | Unset = UNSET
    hourly_rate_projects_write_up_down: bool | Unset = UNSET
    show_recently_closed_projects_on_supplier_invoice: bool | Unset = UNSET
    module_email: bool | Unset = UNSET
    send_payslips_by_email: bool | Unset = UNSET
    module_approve_voucher: bool | Unset = UNSET
    module_approve_project_voucher: bool | Unset = UNSET
    module_approve_department_voucher: bool | Unset = UNSET
    module_archive: bool | Unset = UNSET
    module_order_out: bool | Unset = UNSET
    module_mesan: bool | Unset = UNSET
    module_accountant_connect_client: bool | Unset = UNSET
    module_divisions: bool | Unset = UNSET
    module_boligmappa: bool | Unset = UNSET
    mark_ready_for_invoicing: bool | Unset = UNSET
    tripletex_support_login_access_company_level: bool | Unset = UNSET
    module_pensionreport: bool | Unset = UNSET
    module_control_schema_required_invoicing: bool | Unset = UNSET
    module_control_schema_required_hour_tracking: bool | Unset = UNSET
    module_invoice_option_vipps: bool | Unset = UNSET
    module_invoice_option_efaktura: bool | Unset = UNSET
    module_invoice_option_paper: bool | Unset = UNSET
    module_invoice_option_avtale_giro: bool | Unset = UNSET
    module_invoice_option_ehf_incoming: bool | Unset = UNSET
    module_invoice_option_ehf_outbound: bool | Unset = UNSET
    module_api20: bool | Unset = UNSET
    module_agro: bool | Unset = UNSET
    module_mamut: bool | Unset = UNSET
    module_factoring_aprila: bool | Unset = UNSET
    module_cash_credit_aprila: bool | Unset = UNSET
    module_invoice_option_autoinvoice_ehf: bool | Unset = UNSET
    module_smart_scan: bool | Unset = UNSET
    module_auto_bank_reconciliation: bool | Unset = UNSET
    module_offer: bool | Unset = UNSET
    module_voucher_automation: bool | Unset = UNSET
    module_amortization: bool | Unset = UNSET
    module_encrypted_pay_slip: bool | Unset = UNSET
    hour_cost_percentage: bool | Unset = UNSET
    year_end_report: bool | Unset = UNSET
    digital_signature: bool | Unset = UNSET
    module_logistics: bool | Unset = UNSET
    module_industry: bool | Unset = UNSET
    module_quantity_handling: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        moduleaccountinginternal = self.moduleaccountinginternal

        moduleaccountingexternal = self.moduleaccountingexternal

        moduledepartment = self.moduledepartment

        project_forecast = self.project_forecast

        resource_planning = self.resource_planning

        moduleprojecteconomy = self.moduleprojecteconomy

        moduleinvoice = self.moduleinvoice

        modulebudget = self.modulebudget

        reference_fee = self.reference_fee

        module_hour_cost = self.module_hour_cost

        moduleemployee = self.moduleemployee

        moduleproject = self.moduleproject

        project_categories = self.project_categories

        module_project_budget = self.module_project_budget

        moduletask = self.moduletask

        module_travel_expense = self.module_travel_expense

        modulecustomer = self.modulecustomer

        modulenote = self.modulenote

        modulesubscription = self.modulesubscription

        moduleproduct = self.moduleproduct

        module_voucher_export = self.module_voucher_export

        moduleaccountingreports = self.moduleaccountingreports

        module_customer_categories = self.module_customer_categories

        module_customer_category_1 = self.module_customer_category_1

        module_customer_category_2 = self.module_customer_category_2

        module_customer_category_3 = self.module_customer_category_3

        budget_on_subcontracts = self.budget_on_subcontracts

        approve_hour_lists = self.approve_hour_lists

        approve_invoices = self.approve_invoices

        approvetravelreports = self.approvetravelreports

        completeweeklyhourlists = self.completeweeklyhourlists

        completemonthlyhourlists = self.completemonthlyhourlists

        approvemonthlyhourlists = self.approvemonthlyhourlists

        must_approve_registered_hours = self.must_approve_registered_hours

        module_payroll_accounting = self.module_payroll_accounting

        module_payroll_accounting_no = self.module_payroll_accounting_no

        modulehourlist = self.modulehourlist

        module_time_balance = self.module_time_balance

        module_vacation_balance = self.module_vacation_balance

        module_working_hours = self.module_working_hours

        module_currency = self.module_currency

        module_contact = self.module_contact

        auto_generate_project_number = self.auto_generate_project_number

        module_wage_export = self.module_wage_export

        approve_weekly_hourlists = self.approve_weekly_hourlists

        module_provision_salary = self.module_provision_salary

        module_order_number = self.module_order_number

        module_order_discount = self.module_order_discount

        module_order_markup = self.module_order_markup

        module_order_line_cost = self.module_order_line_cost

        resource_groups = self.resource_groups

        module_vendor = self.module_vendor

        module_auto_customer_number = self.module_auto_customer_number

        module_auto_vendor_number = self.module_auto_vendor_number

        historical_information = self.historical_information

        show_travel_report_letterhead = self.show_travel_report_letterhead

        module_ocr = self.module_ocr

        module_remit = self.module_remit

        module_remit_ztl = self.module_remit_ztl

        module_remit_auto_pay = self.module_remit_auto_pay

        module_travel_expense_rates = self.module_travel_expense_rates

        module_voucher_scanning = self.module_voucher_scanning

        holiday_plan = self.holiday_plan

        module_employee_category = self.module_employee_category

        multiple_customer_categories = self.multiple_customer_categories

        module_product_invoice = self.module_product_invoice

        auto_invoicing = self.auto_invoicing

        module_factoring = self.module_factoring

        module_employee_accounting = self.module_employee_accounting

        module_department_accounting = self.module_department_accounting

        module_project_accounting = self.module_project_accounting

        module_wage_project_accounting = self.module_wage_project_accounting

        module_product_accounting = self.module_product_accounting

        module_electro = self.module_electro

        module_nrf = self.module_nrf

        module_result_budget = self.module_result_budget

        module_voucher_types = self.module_voucher_types

        module_warehouse = self.module_warehouse

        module_nets_print_salary = self.module_nets_print_salary

        module_nets_print_invoice = self.module_nets_print_invoice

        hourly_rate_projects_write_up_down = self.hourly_rate_projects_write_up_down

        show_recently_closed_projects_on_supplier_invoice = self.show_recently_closed_projects_on_supplier_invoice

        module_email = self.module_email

        send_payslips_by_email = self.send_payslips_by_email

        module_approve_voucher = self.module_approve_voucher

        module_approve_project_voucher = self.module_approve_project_voucher

        module_approve_department_voucher = self.module_approve_department_voucher

        module_archive = self.module_archive

        module_order_out = self.module_order_out

        module_mesan = self.module_mesan

        module_accountant_connect_client = self.module_accountant_connect_client

        module_divisions = self.module_divisions

        module_boligmappa = self.module_boligmappa

        mark_ready_for_invoicing = self.mark_ready_for_invoicing

        tripletex_support_login_access_company_level = self.tripletex_support_login_access_company_level

        module_pensionreport = self.module_pensionreport

        module_control_schema_required_invoicing = self.module_control_schema_required_invoicing

        module_control_schema_required_hour_tracking = self.module_control_schema_required_hour_tracking

        module_invoice_option_vipps = self.module_invoice_option_vipps

        module_invoice_option_efaktura = self.module_invoice_option_efaktura

        module_invoice_option_paper = self.module_invoice_option_paper

        module_invoice_option_avtale_giro = self.module_invoice_option_avtale_giro

        module_invoice_option_ehf_incoming = self.module_invoice_option_ehf_incoming

        module_invoice_option_ehf_outbound = self.module_invoice_option_ehf_outbound

        module_api20 = self.module_api20

        module_agro = self.module_agro

        module_mamut = self.module_mamut

        module_factoring_aprila = self.module_factoring_aprila

        module_cash_credit_aprila = self.module_cash_credit_aprila

        module_invoice_option_autoinvoice_ehf = self.module_invoice_option_autoinvoice_ehf

        module_smart_scan = self.module_smart_scan

        module_auto_bank_reconciliation = self.module_auto_bank_reconciliation

        module_offer = self.module_offer

        module_voucher_automation = self.module_voucher_automation

        module_amortization = self.module_amortization

        module_encrypted_pay_slip = self.module_encrypted_pay_slip

        hour_cost_percentage = self.hour_cost_percentage

        year_end_report = self.year_end_report

        digital_signature = self.digital_signature

        module_logistics = self.module_logistics

        module_industry = self.module_industry

        module_quantity_handling = self.module_quantity_handling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moduleaccountinginternal is not UNSET and not _in_request:
            field_dict["moduleaccountinginternal"] = moduleaccountinginternal
        if moduleaccountingexternal is not UNSET and not _in_request:
            field_dict["moduleaccountingexternal"] = moduleaccountingexternal
        if moduledepartment is not UNSET and not _in_request:
            field_dict["moduledepartment"] = moduledepartment
        if project_forecast is not UNSET and not _in_request:
            field_dict["projectForecast"] = project_forecast
        if resource_planning is not UNSET and not _in_request:
            field_dict["resourcePlanning"] = resource_planning
        if moduleprojecteconomy is not UNSET and not _in_request:
            field_dict["moduleprojecteconomy"] = moduleprojecteconomy
        if moduleinvoice is not UNSET and not _in_request:
            field_dict["moduleinvoice"] = moduleinvoice
        if modulebudget is not UNSET and not _in_request:
            field_dict["modulebudget"] = modulebudget
        if reference_fee is not UNSET and not _in_request:
            field_dict["referenceFee"] = reference_fee
        if module_hour_cost is not UNSET and not _in_request:
            field_dict["moduleHourCost"] = module_hour_cost
        if moduleemployee is not UNSET and not _in_request:
            field_dict["moduleemployee"] = moduleemployee
        if moduleproject is not UNSET and not _in_request:
            field_dict["moduleproject"] = moduleproject
        if project_categories is not UNSET and not _in_request:
            field_dict["projectCategories"] = project_categories
        if module_project_budget is not UNSET and not _in_request:
            field_dict["moduleProjectBudget"] = module_project_budget
        if moduletask is not UNSET and not _in_request:
            field_dict["moduletask"] = moduletask
        if module_travel_expense is not UNSET and not _in_request:
            field_dict["moduleTravelExpense"] = module_travel_expense
        if modulecustomer is not UNSET and not _in_request:
            field_dict["modulecustomer"] = modulecustomer
        if modulenote is not UNSET and not _in_request:
            field_dict["modulenote"] = modulenote
        if modulesubscription is not UNSET and not _in_request:
            field_dict["modulesubscription"] = modulesubscription
        if moduleproduct is not UNSET and not _in_request:
            field_dict["moduleproduct"] = moduleproduct
        if module_voucher_export is not UNSET and not _in_request:
            field_dict["moduleVoucherExport"] = module_voucher_export
        if moduleaccountingreports is not UNSET and not _in_request:
            field_dict["moduleaccountingreports"] = moduleaccountingreports
        if module_customer_categories is not UNSET and not _in_request:
            field_dict["moduleCustomerCategories"] = module_customer_categories
        if module_customer_category_1 is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory1"] = module_customer_category_1
        if module_customer_category_2 is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory2"] = module_customer_category_2
        if module_customer_category_3 is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory3"] = module_customer_category_3
        if budget_on_subcontracts is not UNSET and not _in_request:
            field_dict["budgetOnSubcontracts"] = budget_on_subcontracts
        if approve_hour_lists is not UNSET and not _in_request:
            field_dict["approveHourLists"] = approve_hour_lists
        if approve_invoices is not UNSET and not _in_request:
            field_dict["approveInvoices"] = approve_invoices
        if approvetravelreports is not UNSET and not _in_request:
            field_dict["approvetravelreports"] = approvetravelreports
        if completeweeklyhourlists is not UNSET and not _in_request:
            field_dict["completeweeklyhourlists"] = completeweeklyhourlists
        if completemonthlyhourlists is not UNSET and not _in_request:
            field_dict["completemonthlyhourlists"] = completemonthlyhourlists
        if approvemonthlyhourlists is not UNSET and not _in_request:
            field_dict["approvemonthlyhourlists"] = approvemonthlyhourlists
        if must_approve_registered_hours is not UNSET and not _in_request:
            field_dict["mustApproveRegisteredHours"] = must_approve_registered_hours
        if module_payroll_accounting is not UNSET and not _in_request:
            field_dict["modulePayrollAccounting"] = module_payroll_accounting
        if module_payroll_accounting_no is not UNSET and not _in_request:
            field_dict["modulePayrollAccountingNO"] = module_payroll_accounting_no
        if modulehourlist is not UNSET and not _in_request:
            field_dict["modulehourlist"] = modulehourlist
        if module_time_balance is not UNSET and not _in_request:
            field_dict["moduleTimeBalance"] = module_time_balance
        if module_vacation_balance is not UNSET and not _in_request:
            field_dict["moduleVacationBalance"] = module_vacation_balance
        if module_working_hours is not UNSET and not _in_request:
            field_dict["moduleWorkingHours"] = module_working_hours
        if module_currency is not UNSET and not _in_request:
            field_dict["moduleCurrency"] = module_currency
        if module_contact is not UNSET and not _in_request:
            field_dict["moduleContact"] = module_contact
        if auto_generate_project_number is not UNSET and not _in_request:
            field_dict["autoGenerateProjectNumber"] = auto_generate_project_number
        if module_wage_export is not UNSET and not _in_request:
            field_dict["moduleWageExport"] = module_wage_export
        if approve_weekly_hourlists is not UNSET and not _in_request:
            field_dict["approveWeeklyHourlists"] = approve_weekly_hourlists
        if module_provision_salary is not UNSET and not _in_request:
            field_dict["moduleProvisionSalary"] = module_provision_salary
        if module_order_number is not UNSET and not _in_request:
            field_dict["moduleOrderNumber"] = module_order_number
        if module_order_discount is not UNSET and not _in_request:
            field_dict["moduleOrderDiscount"] = module_order_discount
        if module_order_markup is not UNSET and not _in_request:
            field_dict["moduleOrderMarkup"] = module_order_markup
        if module_order_line_cost is not UNSET and not _in_request:
            field_dict["moduleOrderLineCost"] = module_order_line_cost
        if resource_groups is not UNSET and not _in_request:
            field_dict["resourceGroups"] = resource_groups
        if module_vendor is not UNSET and not _in_request:
            field_dict["moduleVendor"] = module_vendor
        if module_auto_customer_number is not UNSET and not _in_request:
            field_dict["moduleAutoCustomerNumber"] = module_auto_customer_number
        if module_auto_vendor_number is not UNSET and not _in_request:
            field_dict["moduleAutoVendorNumber"] = module_auto_vendor_number
        if historical_information is not UNSET and not _in_request:
            field_dict["historicalInformation"] = historical_information
        if show_travel_report_letterhead is not UNSET and not _in_request:
            field_dict["showTravelReportLetterhead"] = show_travel_report_letterhead
        if module_ocr is not UNSET and not _in_request:
            field_dict["moduleOcr"] = module_ocr
        if module_remit is not UNSET and not _in_request:
            field_dict["moduleRemit"] = module_remit
        if module_remit_ztl is not UNSET and not _in_request:
            field_dict["moduleRemitZtl"] = module_remit_ztl
        if module_remit_auto_pay is not UNSET and not _in_request:
            field_dict["moduleRemitAutoPay"] = module_remit_auto_pay
        if module_travel_expense_rates is not UNSET and not _in_request:
            field_dict["moduleTravelExpenseRates"] = module_travel_expense_rates
        if module_voucher_scanning is not UNSET and not _in_request:
            field_dict["moduleVoucherScanning"] = module_voucher_scanning
        if holiday_plan is not UNSET and not _in_request:
            field_dict["holidayPlan"] = holiday_plan
        if module_employee_category is not UNSET and not _in_request:
            field_dict["moduleEmployeeCategory"] = module_employee_category
        if multiple_customer_categories is not UNSET and not _in_request:
            field_dict["multipleCustomerCategories"] = multiple_customer_categories
        if module_product_invoice is not UNSET and not _in_request:
            field_dict["moduleProductInvoice"] = module_product_invoice
        if auto_invoicing is not UNSET and not _in_request:
            field_dict["autoInvoicing"] = auto_invoicing
        if module_factoring is not UNSET and not _in_request:
            field_dict["moduleFactoring"] = module_factoring
        if module_employee_accounting is not UNSET and not _in_request:
            field_dict["moduleEmployeeAccounting"] = module_employee_accounting
        if module_department_accounting is not UNSET and not _in_request:
            field_dict["moduleDepartmentAccounting"] = module_department_accounting
        if module_project_accounting is not UNSET and not _in_request:
            field_dict["moduleProjectAccounting"] = module_project_accounting
        if module_wage_project_accounting is not UNSET and not _in_request:
            field_dict["moduleWageProjectAccounting"] = module_wage_project_accounting
        if module_product_accounting is not UNSET and not _in_request:
            field_dict["moduleProductAccounting"] = module_product_accounting
        if module_electro is not UNSET and not _in_request:
            field_dict["moduleElectro"] = module_electro
        if module_nrf is not UNSET and not _in_request:
            field_dict["moduleNrf"] = module_nrf
        if module_result_budget is not UNSET and not _in_request:
            field_dict["moduleResultBudget"] = module_result_budget
        if module_voucher_types is not UNSET and not _in_request:
            field_dict["moduleVoucherTypes"] = module_voucher_types
        if module_warehouse is not UNSET and not _in_request:
            field_dict["moduleWarehouse"] = module_warehouse
        if module_nets_print_salary is not UNSET and not _in_request:
            field_dict["moduleNetsPrintSalary"] = module_nets_print_salary
        if module_nets_print_invoice is not UNSET and not _in_request:
            field_dict["moduleNetsPrintInvoice"] = module_nets_print_invoice
        if hourly_rate_projects_write_up_down is not UNSET and not _in_request:
            field_dict["hourlyRateProjectsWriteUpDown"] = hourly_rate_projects_write_up_down
        if show_recently_closed_projects_on_supplier_invoice is not UNSET and not _in_request:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = (
                show_recently_closed_projects_on_supplier_invoice
            )
        if module_email is not UNSET and not _in_request:
            field_dict["moduleEmail"] = module_email
        if send_payslips_by_email is not UNSET and not _in_request:
            field_dict["sendPayslipsByEmail"] = send_payslips_by_email
        if module_approve_voucher is not UNSET and not _in_request:
            field_dict["moduleApproveVoucher"] = module_approve_voucher
        if module_approve_project_voucher is not UNSET and not _in_request:
            field_dict["moduleApproveProjectVoucher"] = module_approve_project_voucher
        if module_approve_department_voucher is not UNSET and not _in_request:
            field_dict["moduleApproveDepartmentVoucher"] = module_approve_department_voucher
        if module_archive is not UNSET and not _in_request:
            field_dict["moduleArchive"] = module_archive
        if module_order_out is not UNSET and not _in_request:
            field_dict["moduleOrderOut"] = module_order_out
        if module_mesan is not UNSET and not _in_request:
            field_dict["moduleMesan"] = module_mesan
        if module_accountant_connect_client is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = module_accountant_connect_client
        if module_divisions is not UNSET and not _in_request:
            field_dict["moduleDivisions"] = module_divisions
        if module_boligmappa is not UNSET and not _in_request:
            field_dict["moduleBoligmappa"] = module_boligmappa
        if mark_ready_for_invoicing is not UNSET and not _in_request:
            field_dict["markReadyForInvoicing"] = mark_ready_for_invoicing
        if tripletex_support_login_access_company_level is not UNSET and not _in_request:
            field_dict["tripletexSupportLoginAccessCompanyLevel"] = tripletex_support_login_access_company_level
        if module_pensionreport is not UNSET and not _in_request:
            field_dict["modulePensionreport"] = module_pensionreport
        if module_control_schema_required_invoicing is not UNSET and not _in_request:
            field_dict["moduleControlSchemaRequiredInvoicing"] = module_control_schema_required_invoicing
        if module_control_schema_required_hour_tracking is not UNSET and not _in_request:
            field_dict["moduleControlSchemaRequiredHourTracking"] = module_control_schema_required_hour_tracking
        if module_invoice_option_vipps is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionVipps"] = module_invoice_option_vipps
        if module_invoice_option_efaktura is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEfaktura"] = module_invoice_option_efaktura
        if module_invoice_option_paper is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionPaper"] = module_invoice_option_paper
        if module_invoice_option_avtale_giro is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionAvtaleGiro"] = module_invoice_option_avtale_giro
        if module_invoice_option_ehf_incoming is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEhfIncoming"] = module_invoice_option_ehf_incoming
        if module_invoice_option_ehf_outbound is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEhfOutbound"] = module_invoice_option_ehf_outbound
        if module_api20 is not UNSET and not _in_request:
            field_dict["moduleAPI20"] = module_api20
        if module_agro is not UNSET and not _in_request:
            field_dict["moduleAgro"] = module_agro
        if module_mamut is not UNSET and not _in_request:
            field_dict["moduleMamut"] = module_mamut
        if module_factoring_aprila is not UNSET and not _in_request:
            field_dict["moduleFactoringAprila"] = module_factoring_aprila
        if module_cash_credit_aprila is not UNSET and not _in_request:
            field_dict["moduleCashCreditAprila"] = module_cash_credit_aprila
        if module_invoice_option_autoinvoice_ehf is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionAutoinvoiceEhf"] = module_invoice_option_autoinvoice_ehf
        if module_smart_scan is not UNSET and not _in_request:
            field_dict["moduleSmartScan"] = module_smart_scan
        if module_auto_bank_reconciliation is not UNSET and not _in_request:
            field_dict["moduleAutoBankReconciliation"] = module_auto_bank_reconciliation
        if module_offer is not UNSET and not _in_request:
            field_dict["moduleOffer"] = module_offer
        if module_voucher_automation is not UNSET and not _in_request:
            field_dict["moduleVoucherAutomation"] = module_voucher_automation
        if module_amortization is not UNSET and not _in_request:
            field_dict["moduleAmortization"] = module_amortization
        if module_encrypted_pay_slip is not UNSET and not _in_request:
            field_dict["moduleEncryptedPaySlip"] = module_encrypted_pay_slip
        if hour_cost_percentage is not UNSET and not _in_request:
            field_dict["hourCostPercentage"] = hour_cost_percentage
        if year_end_report is not UNSET and not _in_request:
            field_dict["yearEndReport"] = year_end_report
        if digital_signature is not UNSET and not _in_request:
            field_dict["digitalSignature"] = digital_signature
        if module_logistics is not UNSET and not _in_request:
            field_dict["moduleLogistics"] = module_logistics
        if module_industry is not UNSET and not _in_request:
            field_dict["moduleIndustry"] = module_industry
        if module_quantity_handling is not UNSET and not _in_request:
            field_dict["moduleQuantityHandling"] = module_quantity_handling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SegmentationModules from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "moduleaccountinginternal",
                "moduleaccountingexternal",
                "moduledepartment",
                "projectForecast",
                "resourcePlanning",
                "moduleprojecteconomy",
                "moduleinvoice",
                "modulebudget",
                "referenceFee",
                "moduleHourCost",
                "moduleemployee",
                "moduleproject",
                "projectCategories",
                "moduleProjectBudget",
                "moduletask",
                "moduleTravelExpense",
                "modulecustomer",
                "modulenote",
                "modulesubscription",
                "moduleproduct",
                "moduleVoucherExport",
                "moduleaccountingreports",
                "moduleCustomerCategories",
                "moduleCustomerCategory1",
                "moduleCustomerCategory2",
                "moduleCustomerCategory3",
                "budgetOnSubcontracts",
                "approveHourLists",
                "approveInvoices",
                "approvetravelreports",
                "completeweeklyhourlists",
                "completemonthlyhourlists",
                "approvemonthlyhourlists",
                "mustApproveRegisteredHours",
                "modulePayrollAccounting",
                "modulePayrollAccountingNO",
                "modulehourlist",
                "moduleTimeBalance",
                "moduleVacationBalance",
                "moduleWorkingHours",
                "moduleCurrency",
                "moduleContact",
                "autoGenerateProjectNumber",
                "moduleWageExport",
                "approveWeeklyHourlists",
                "moduleProvisionSalary",
                "moduleOrderNumber",
                "moduleOrderDiscount",
                "moduleOrderMarkup",
                "moduleOrderLineCost",
                "resourceGroups",
                "moduleVendor",
                "moduleAutoCustomerNumber",
                "moduleAutoVendorNumber",
                "historicalInformation",
                "showTravelReportLetterhead",
                "moduleOcr",
                "moduleRemit",
                "moduleRemitZtl",
                "moduleRemitAutoPay",
                "moduleTravelExpenseRates",
                "moduleVoucherScanning",
                "holidayPlan",
                "moduleEmployeeCategory",
                "multipleCustomerCategories",
                "moduleProductInvoice",
                "autoInvoicing",
                "moduleFactoring",
                "moduleEmployeeAccounting",
                "moduleDepartmentAccounting",
                "moduleProjectAccounting",
                "moduleWageProjectAccounting",
                "moduleProductAccounting",
                "moduleElectro",
                "moduleNrf",
                "moduleResultBudget",
                "moduleVoucherTypes",
                "moduleWarehouse",
                "moduleNetsPrintSalary",
                "moduleNetsPrintInvoice",
                "hourlyRateProjectsWriteUpDown",
                "showRecentlyClosedProjectsOnSupplierInvoice",
                "moduleEmail",
                "sendPayslipsByEmail",
                "moduleApproveVoucher",
                "moduleApproveProjectVoucher",
                "moduleApproveDepartmentVoucher",
                "moduleArchive",
                "moduleOrderOut",
                "moduleMesan",
                "moduleAccountantConnectClient",
                "moduleDivisions",
                "moduleBoligmappa",
                "markReadyForInvoicing",
                "tripletexSupportLoginAccessCompanyLevel",
                "modulePensionreport",
                "moduleControlSchemaRequiredInvoicing",
                "moduleControlSchemaRequiredHourTracking",
                "moduleInvoiceOptionVipps",
                "moduleInvoiceOptionEfaktura",
                "moduleInvoiceOptionPaper",
                "moduleInvoiceOptionAvtaleGiro",
                "moduleInvoiceOptionEhfIncoming",
                "moduleInvoiceOptionEhfOutbound",
                "moduleAPI20",
                "moduleAgro",
                "moduleMamut",
                "moduleFactoringAprila",
                "moduleCashCreditAprila",
                "moduleInvoiceOptionAutoinvoiceEhf",
                "moduleSmartScan",
                "moduleAutoBankReconciliation",
                "moduleOffer",
                "moduleVoucherAutomation",
                "moduleAmortization",
                "moduleEncryptedPaySlip",
                "hourCostPercentage",
                "yearEndReport",
                "digitalSignature",
                "moduleLogistics",
                "moduleIndustry",
                "moduleQuantityHandling",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "moduleaccountinginternal": ("moduleaccountinginternal", None),
            "moduleaccountingexternal": ("moduleaccountingexternal", None),
            "moduledepartment": ("moduledepartment", None),
            "project_forecast": ("projectForecast", None),
            "resource_planning": ("resourcePlanning", None),
            "moduleprojecteconomy": ("moduleprojecteconomy", None),
            "moduleinvoice": ("moduleinvoice", None),
            "modulebudget": ("modulebudget", None),
            "reference_fee": ("referenceFee", None),
            "module_hour_cost": ("moduleHourCost", None),
            "moduleemployee": ("moduleemployee", None),
            "moduleproject": ("moduleproject", None),
            "project_categories": ("projectCategories", None),
            "module_project_budget": ("moduleProjectBudget", None),
            "moduletask": ("moduletask", None),
            "module_travel_expense": ("moduleTravelExpense", None),
            "modulecustomer": ("modulecustomer", None),
            "modulenote": ("modulenote", None),
            "modulesubscription": ("modulesubscription", None),
            "moduleproduct": ("moduleproduct", None),
            "module_voucher_export": ("moduleVoucherExport", None),
            "moduleaccountingreports": ("moduleaccountingreports", None),
            "module_customer_categories": ("moduleCustomerCategories", None),
            "module_customer_category_1": ("moduleCustomerCategory1", None),
            "module_customer_category_2": ("moduleCustomerCategory2", None),
            "module_customer_category_3": ("moduleCustomerCategory3", None),
            "budget_on_subcontracts": ("budgetOnSubcontracts", None),
            "approve_hour_lists": ("approveHourLists", None),
            "approve_invoices": ("approveInvoices", None),
            "approvetravelreports": ("approvetravelreports", None),
            "completeweeklyhourlists": ("completeweeklyhourlists", None),
            "completemonthlyhourlists": ("completemonthlyhourlists", None),
            "approvemonthlyhourlists": ("approvemonthlyhourlists", None),
            "must_approve_registered_hours": ("mustApproveRegisteredHours", None),
            "module_payroll_accounting": ("modulePayrollAccounting", None),
            "module_payroll_accounting_no": ("modulePayrollAccountingNO", None),
            "modulehourlist": ("modulehourlist", None),
            "module_time_balance": ("moduleTimeBalance", None),
            "module_vacation_balance": ("moduleVacationBalance", None),
            "module_working_hours": ("moduleWorkingHours", None),
            "module_currency": ("moduleCurrency", None),
            "module_contact": ("moduleContact", None),
            "auto_generate_project_number": ("autoGenerateProjectNumber", None),
            "module_wage_export": ("moduleWageExport", None),
            "approve_weekly_hourlists": ("approveWeeklyHourlists", None),
            "module_provision_salary": ("moduleProvisionSalary", None),
            "module_order_number": ("moduleOrderNumber", None),
            "module_order_discount": ("moduleOrderDiscount", None),
            "module_order_markup": ("moduleOrderMarkup", None),
            "module_order_line_cost": ("moduleOrderLineCost", None),
            "resource_groups": ("resourceGroups", None),
            "module_vendor": ("moduleVendor", None),
            "module_auto_customer_number": ("moduleAutoCustomerNumber", None),
            "module_auto_vendor_number": ("moduleAutoVendorNumber", None),
            "historical_information": ("historicalInformation", None),
            "show_travel_report_letterhead": ("showTravelReportLetterhead", None),
            "module_ocr": ("moduleOcr", None),
            "module_remit": ("moduleRemit", None),
            "module_remit_ztl": ("moduleRemitZtl", None),
            "module_remit_auto_pay": ("moduleRemitAutoPay", None),
            "module_travel_expense_rates": ("moduleTravelExpenseRates", None),
            "module_voucher_scanning": ("moduleVoucherScanning", None),
            "holiday_plan": ("holidayPlan", None),
            "module_employee_category": ("moduleEmployeeCategory", None),
            "multiple_customer_categories": ("multipleCustomerCategories", None),
            "module_product_invoice": ("moduleProductInvoice", None),
            "auto_invoicing": ("autoInvoicing", None),
            "module_factoring": ("moduleFactoring", None),
            "module_employee_accounting": ("moduleEmployeeAccounting", None),
            "module_department_accounting": ("moduleDepartmentAccounting", None),
            "module_project_accounting": ("moduleProjectAccounting", None),
            "module_wage_project_accounting": ("moduleWageProjectAccounting", None),
            "module_product_accounting": ("moduleProductAccounting", None),
            "module_electro": ("moduleElectro", None),
            "module_nrf": ("moduleNrf", None),
            "module_result_budget": ("moduleResultBudget", None),
            "module_voucher_types": ("moduleVoucherTypes", None),
            "module_warehouse": ("moduleWarehouse", None),
            "module_nets_print_salary": ("moduleNetsPrintSalary", None),
            "module_nets_print_invoice": ("moduleNetsPrintInvoice", None),
            "hourly_rate_projects_write_up_down": ("hourlyRateProjectsWriteUpDown", None),
            "show_recently_closed_projects_on_supplier_invoice": ("showRecentlyClosedProjectsOnSupplierInvoice", None),
            "module_email": ("moduleEmail", None),
            "send_payslips_by_email": ("sendPayslipsByEmail", None),
            "module_approve_voucher": ("moduleApproveVoucher", None),
            "module_approve_project_voucher": ("moduleApproveProjectVoucher", None),
            "module_approve_department_voucher": ("moduleApproveDepartmentVoucher", None),
            "module_archive": ("moduleArchive", None),
            "module_order_out": ("moduleOrderOut", None),
            "module_mesan": ("moduleMesan", None),
            "module_accountant_connect_client": ("moduleAccountantConnectClient", None),
            "module_divisions": ("moduleDivisions", None),
            "module_boligmappa": ("moduleBoligmappa", None),
            "mark_ready_for_invoicing": ("markReadyForInvoicing", None),
            "tripletex_support_login_access_company_level": ("tripletexSupportLoginAccessCompanyLevel", None),
            "module_pensionreport": ("modulePensionreport", None),
            "module_control_schema_required_invoicing": ("moduleControlSchemaRequiredInvoicing", None),
            "module_control_schema_required_hour_tracking": ("moduleControlSchemaRequiredHourTracking", None),
            "module_invoice_option_vipps": ("moduleInvoiceOptionVipps", None),
            "module_invoice_option_efaktura": ("moduleInvoiceOptionEfaktura", None),
            "module_invoice_option_paper": ("moduleInvoiceOptionPaper", None),
            "module_invoice_option_avtale_giro": ("moduleInvoiceOptionAvtaleGiro", None),
            "module_invoice_option_ehf_incoming": ("moduleInvoiceOptionEhfIncoming", None),
            "module_invoice_option_ehf_outbound": ("moduleInvoiceOptionEhfOutbound", None),
            "module_api20": ("moduleAPI20", None),
            "module_agro": ("moduleAgro", None),
            "module_mamut": ("moduleMamut", None),
            "module_factoring_aprila": ("moduleFactoringAprila", None),
            "module_cash_credit_aprila": ("moduleCashCreditAprila", None),
            "module_invoice_option_autoinvoice_ehf": ("moduleInvoiceOptionAutoinvoiceEhf", None),
            "module_smart_scan": ("moduleSmartScan", None),
            "module_auto_bank_reconciliation": ("moduleAutoBankReconciliation", None),
            "module_offer": ("moduleOffer", None),
            "module_voucher_automation": ("moduleVoucherAutomation", None),
            "module_amortization": ("moduleAmortization", None),
            "module_encrypted_pay_slip": ("moduleEncryptedPaySlip", None),
            "hour_cost_percentage": ("hourCostPercentage", None),
            "year_end_report": ("yearEndReport", None),
            "digital_signature": ("digitalSignature", None),
            "module_logistics": ("moduleLogistics", None),
            "module_industry": ("moduleIndustry", None),
            "module_quantity_handling": ("moduleQuantityHandling", None),
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
