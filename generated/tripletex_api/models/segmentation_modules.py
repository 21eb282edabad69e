from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SegmentationModules")


@_attrs_define
class SegmentationModules:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        moduleaccountinginternal = d.pop("moduleaccountinginternal", UNSET)

        moduleaccountingexternal = d.pop("moduleaccountingexternal", UNSET)

        moduledepartment = d.pop("moduledepartment", UNSET)

        project_forecast = d.pop("projectForecast", UNSET)

        resource_planning = d.pop("resourcePlanning", UNSET)

        moduleprojecteconomy = d.pop("moduleprojecteconomy", UNSET)

        moduleinvoice = d.pop("moduleinvoice", UNSET)

        modulebudget = d.pop("modulebudget", UNSET)

        reference_fee = d.pop("referenceFee", UNSET)

        module_hour_cost = d.pop("moduleHourCost", UNSET)

        moduleemployee = d.pop("moduleemployee", UNSET)

        moduleproject = d.pop("moduleproject", UNSET)

        project_categories = d.pop("projectCategories", UNSET)

        module_project_budget = d.pop("moduleProjectBudget", UNSET)

        moduletask = d.pop("moduletask", UNSET)

        module_travel_expense = d.pop("moduleTravelExpense", UNSET)

        modulecustomer = d.pop("modulecustomer", UNSET)

        modulenote = d.pop("modulenote", UNSET)

        modulesubscription = d.pop("modulesubscription", UNSET)

        moduleproduct = d.pop("moduleproduct", UNSET)

        module_voucher_export = d.pop("moduleVoucherExport", UNSET)

        moduleaccountingreports = d.pop("moduleaccountingreports", UNSET)

        module_customer_categories = d.pop("moduleCustomerCategories", UNSET)

        module_customer_category_1 = d.pop("moduleCustomerCategory1", UNSET)

        module_customer_category_2 = d.pop("moduleCustomerCategory2", UNSET)

        module_customer_category_3 = d.pop("moduleCustomerCategory3", UNSET)

        budget_on_subcontracts = d.pop("budgetOnSubcontracts", UNSET)

        approve_hour_lists = d.pop("approveHourLists", UNSET)

        approve_invoices = d.pop("approveInvoices", UNSET)

        approvetravelreports = d.pop("approvetravelreports", UNSET)

        completeweeklyhourlists = d.pop("completeweeklyhourlists", UNSET)

        completemonthlyhourlists = d.pop("completemonthlyhourlists", UNSET)

        approvemonthlyhourlists = d.pop("approvemonthlyhourlists", UNSET)

        must_approve_registered_hours = d.pop("mustApproveRegisteredHours", UNSET)

        module_payroll_accounting = d.pop("modulePayrollAccounting", UNSET)

        module_payroll_accounting_no = d.pop("modulePayrollAccountingNO", UNSET)

        modulehourlist = d.pop("modulehourlist", UNSET)

        module_time_balance = d.pop("moduleTimeBalance", UNSET)

        module_vacation_balance = d.pop("moduleVacationBalance", UNSET)

        module_working_hours = d.pop("moduleWorkingHours", UNSET)

        module_currency = d.pop("moduleCurrency", UNSET)

        module_contact = d.pop("moduleContact", UNSET)

        auto_generate_project_number = d.pop("autoGenerateProjectNumber", UNSET)

        module_wage_export = d.pop("moduleWageExport", UNSET)

        approve_weekly_hourlists = d.pop("approveWeeklyHourlists", UNSET)

        module_provision_salary = d.pop("moduleProvisionSalary", UNSET)

        module_order_number = d.pop("moduleOrderNumber", UNSET)

        module_order_discount = d.pop("moduleOrderDiscount", UNSET)

        module_order_markup = d.pop("moduleOrderMarkup", UNSET)

        module_order_line_cost = d.pop("moduleOrderLineCost", UNSET)

        resource_groups = d.pop("resourceGroups", UNSET)

        module_vendor = d.pop("moduleVendor", UNSET)

        module_auto_customer_number = d.pop("moduleAutoCustomerNumber", UNSET)

        module_auto_vendor_number = d.pop("moduleAutoVendorNumber", UNSET)

        historical_information = d.pop("historicalInformation", UNSET)

        show_travel_report_letterhead = d.pop("showTravelReportLetterhead", UNSET)

        module_ocr = d.pop("moduleOcr", UNSET)

        module_remit = d.pop("moduleRemit", UNSET)

        module_remit_ztl = d.pop("moduleRemitZtl", UNSET)

        module_remit_auto_pay = d.pop("moduleRemitAutoPay", UNSET)

        module_travel_expense_rates = d.pop("moduleTravelExpenseRates", UNSET)

        module_voucher_scanning = d.pop("moduleVoucherScanning", UNSET)

        holiday_plan = d.pop("holidayPlan", UNSET)

        module_employee_category = d.pop("moduleEmployeeCategory", UNSET)

        multiple_customer_categories = d.pop("multipleCustomerCategories", UNSET)

        module_product_invoice = d.pop("moduleProductInvoice", UNSET)

        auto_invoicing = d.pop("autoInvoicing", UNSET)

        module_factoring = d.pop("moduleFactoring", UNSET)

        module_employee_accounting = d.pop("moduleEmployeeAccounting", UNSET)

        module_department_accounting = d.pop("moduleDepartmentAccounting", UNSET)

        module_project_accounting = d.pop("moduleProjectAccounting", UNSET)

        module_wage_project_accounting = d.pop("moduleWageProjectAccounting", UNSET)

        module_product_accounting = d.pop("moduleProductAccounting", UNSET)

        module_electro = d.pop("moduleElectro", UNSET)

        module_nrf = d.pop("moduleNrf", UNSET)

        module_result_budget = d.pop("moduleResultBudget", UNSET)

        module_voucher_types = d.pop("moduleVoucherTypes", UNSET)

        module_warehouse = d.pop("moduleWarehouse", UNSET)

        module_nets_print_salary = d.pop("moduleNetsPrintSalary", UNSET)

        module_nets_print_invoice = d.pop("moduleNetsPrintInvoice", UNSET)

        hourly_rate_projects_write_up_down = d.pop("hourlyRateProjectsWriteUpDown", UNSET)

        show_recently_closed_projects_on_supplier_invoice = d.pop("showRecentlyClosedProjectsOnSupplierInvoice", UNSET)

        module_email = d.pop("moduleEmail", UNSET)

        send_payslips_by_email = d.pop("sendPayslipsByEmail", UNSET)

        module_approve_voucher = d.pop("moduleApproveVoucher", UNSET)

        module_approve_project_voucher = d.pop("moduleApproveProjectVoucher", UNSET)

        module_approve_department_voucher = d.pop("moduleApproveDepartmentVoucher", UNSET)

        module_archive = d.pop("moduleArchive", UNSET)

        module_order_out = d.pop("moduleOrderOut", UNSET)

        module_mesan = d.pop("moduleMesan", UNSET)

        module_accountant_connect_client = d.pop("moduleAccountantConnectClient", UNSET)

        module_divisions = d.pop("moduleDivisions", UNSET)

        module_boligmappa = d.pop("moduleBoligmappa", UNSET)

        mark_ready_for_invoicing = d.pop("markReadyForInvoicing", UNSET)

        tripletex_support_login_access_company_level = d.pop("tripletexSupportLoginAccessCompanyLevel", UNSET)

        module_pensionreport = d.pop("modulePensionreport", UNSET)

        module_control_schema_required_invoicing = d.pop("moduleControlSchemaRequiredInvoicing", UNSET)

        module_control_schema_required_hour_tracking = d.pop("moduleControlSchemaRequiredHourTracking", UNSET)

        module_invoice_option_vipps = d.pop("moduleInvoiceOptionVipps", UNSET)

        module_invoice_option_efaktura = d.pop("moduleInvoiceOptionEfaktura", UNSET)

        module_invoice_option_paper = d.pop("moduleInvoiceOptionPaper", UNSET)

        module_invoice_option_avtale_giro = d.pop("moduleInvoiceOptionAvtaleGiro", UNSET)

        module_invoice_option_ehf_incoming = d.pop("moduleInvoiceOptionEhfIncoming", UNSET)

        module_invoice_option_ehf_outbound = d.pop("moduleInvoiceOptionEhfOutbound", UNSET)

        module_api20 = d.pop("moduleAPI20", UNSET)

        module_agro = d.pop("moduleAgro", UNSET)

        module_mamut = d.pop("moduleMamut", UNSET)

        module_factoring_aprila = d.pop("moduleFactoringAprila", UNSET)

        module_cash_credit_aprila = d.pop("moduleCashCreditAprila", UNSET)

        module_invoice_option_autoinvoice_ehf = d.pop("moduleInvoiceOptionAutoinvoiceEhf", UNSET)

        module_smart_scan = d.pop("moduleSmartScan", UNSET)

        module_auto_bank_reconciliation = d.pop("moduleAutoBankReconciliation", UNSET)

        module_offer = d.pop("moduleOffer", UNSET)

        module_voucher_automation = d.pop("moduleVoucherAutomation", UNSET)

        module_amortization = d.pop("moduleAmortization", UNSET)

        module_encrypted_pay_slip = d.pop("moduleEncryptedPaySlip", UNSET)

        hour_cost_percentage = d.pop("hourCostPercentage", UNSET)

        year_end_report = d.pop("yearEndReport", UNSET)

        digital_signature = d.pop("digitalSignature", UNSET)

        module_logistics = d.pop("moduleLogistics", UNSET)

        module_industry = d.pop("moduleIndustry", UNSET)

        module_quantity_handling = d.pop("moduleQuantityHandling", UNSET)

        _obj = cls(
            moduleaccountinginternal=moduleaccountinginternal,
            moduleaccountingexternal=moduleaccountingexternal,
            moduledepartment=moduledepartment,
            project_forecast=project_forecast,
            resource_planning=resource_planning,
            moduleprojecteconomy=moduleprojecteconomy,
            moduleinvoice=moduleinvoice,
            modulebudget=modulebudget,
            reference_fee=reference_fee,
            module_hour_cost=module_hour_cost,
            moduleemployee=moduleemployee,
            moduleproject=moduleproject,
            project_categories=project_categories,
            module_project_budget=module_project_budget,
            moduletask=moduletask,
            module_travel_expense=module_travel_expense,
            modulecustomer=modulecustomer,
            modulenote=modulenote,
            modulesubscription=modulesubscription,
            moduleproduct=moduleproduct,
            module_voucher_export=module_voucher_export,
            moduleaccountingreports=moduleaccountingreports,
            module_customer_categories=module_customer_categories,
            module_customer_category_1=module_customer_category_1,
            module_customer_category_2=module_customer_category_2,
            module_customer_category_3=module_customer_category_3,
            budget_on_subcontracts=budget_on_subcontracts,
            approve_hour_lists=approve_hour_lists,
            approve_invoices=approve_invoices,
            approvetravelreports=approvetravelreports,
            completeweeklyhourlists=completeweeklyhourlists,
            completemonthlyhourlists=completemonthlyhourlists,
            approvemonthlyhourlists=approvemonthlyhourlists,
            must_approve_registered_hours=must_approve_registered_hours,
            module_payroll_accounting=module_payroll_accounting,
            module_payroll_accounting_no=module_payroll_accounting_no,
            modulehourlist=modulehourlist,
            module_time_balance=module_time_balance,
            module_vacation_balance=module_vacation_balance,
            module_working_hours=module_working_hours,
            module_currency=module_currency,
            module_contact=module_contact,
            auto_generate_project_number=auto_generate_project_number,
            module_wage_export=module_wage_export,
            approve_weekly_hourlists=approve_weekly_hourlists,
            module_provision_salary=module_provision_salary,
            module_order_number=module_order_number,
            module_order_discount=module_order_discount,
            module_order_markup=module_order_markup,
            module_order_line_cost=module_order_line_cost,
            resource_groups=resource_groups,
            module_vendor=module_vendor,
            module_auto_customer_number=module_auto_customer_number,
            module_auto_vendor_number=module_auto_vendor_number,
            historical_information=historical_information,
            show_travel_report_letterhead=show_travel_report_letterhead,
            module_ocr=module_ocr,
            module_remit=module_remit,
            module_remit_ztl=module_remit_ztl,
            module_remit_auto_pay=module_remit_auto_pay,
            module_travel_expense_rates=module_travel_expense_rates,
            module_voucher_scanning=module_voucher_scanning,
            holiday_plan=holiday_plan,
            module_employee_category=module_employee_category,
            multiple_customer_categories=multiple_customer_categories,
            module_product_invoice=module_product_invoice,
            auto_invoicing=auto_invoicing,
            module_factoring=module_factoring,
            module_employee_accounting=module_employee_accounting,
            module_department_accounting=module_department_accounting,
            module_project_accounting=module_project_accounting,
            module_wage_project_accounting=module_wage_project_accounting,
            module_product_accounting=module_product_accounting,
            module_electro=module_electro,
            module_nrf=module_nrf,
            module_result_budget=module_result_budget,
            module_voucher_types=module_voucher_types,
            module_warehouse=module_warehouse,
            module_nets_print_salary=module_nets_print_salary,
            module_nets_print_invoice=module_nets_print_invoice,
            hourly_rate_projects_write_up_down=hourly_rate_projects_write_up_down,
            show_recently_closed_projects_on_supplier_invoice=show_recently_closed_projects_on_supplier_invoice,
            module_email=module_email,
            send_payslips_by_email=send_payslips_by_email,
            module_approve_voucher=module_approve_voucher,
            module_approve_project_voucher=module_approve_project_voucher,
            module_approve_department_voucher=module_approve_department_voucher,
            module_archive=module_archive,
            module_order_out=module_order_out,
            module_mesan=module_mesan,
            module_accountant_connect_client=module_accountant_connect_client,
            module_divisions=module_divisions,
            module_boligmappa=module_boligmappa,
            mark_ready_for_invoicing=mark_ready_for_invoicing,
            tripletex_support_login_access_company_level=tripletex_support_login_access_company_level,
            module_pensionreport=module_pensionreport,
            module_control_schema_required_invoicing=module_control_schema_required_invoicing,
            module_control_schema_required_hour_tracking=module_control_schema_required_hour_tracking,
            module_invoice_option_vipps=module_invoice_option_vipps,
            module_invoice_option_efaktura=module_invoice_option_efaktura,
            module_invoice_option_paper=module_invoice_option_paper,
            module_invoice_option_avtale_giro=module_invoice_option_avtale_giro,
            module_invoice_option_ehf_incoming=module_invoice_option_ehf_incoming,
            module_invoice_option_ehf_outbound=module_invoice_option_ehf_outbound,
            module_api20=module_api20,
            module_agro=module_agro,
            module_mamut=module_mamut,
            module_factoring_aprila=module_factoring_aprila,
            module_cash_credit_aprila=module_cash_credit_aprila,
            module_invoice_option_autoinvoice_ehf=module_invoice_option_autoinvoice_ehf,
            module_smart_scan=module_smart_scan,
            module_auto_bank_reconciliation=module_auto_bank_reconciliation,
            module_offer=module_offer,
            module_voucher_automation=module_voucher_automation,
            module_amortization=module_amortization,
            module_encrypted_pay_slip=module_encrypted_pay_slip,
            hour_cost_percentage=hour_cost_percentage,
            year_end_report=year_end_report,
            digital_signature=digital_signature,
            module_logistics=module_logistics,
            module_industry=module_industry,
            module_quantity_handling=module_quantity_handling,
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
