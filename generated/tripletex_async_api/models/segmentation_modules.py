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

T = TypeVar("T", bound="SegmentationModules")


@_attrs_define
class SegmentationModules(Model):
    """
    Attributes:
        moduleaccountinginternal (bool | Unset):
        moduleaccountingexternal (bool | Unset):
        moduledepartment (bool | Unset):
        project_forecast (bool | Unset):
        resource_planning (bool | Unset):
        moduleprojecteconomy (bool | Unset):
        moduleinvoice (bool | Unset):
        modulebudget (bool | Unset):
        reference_fee (bool | Unset):
        module_hour_cost (bool | Unset):
        moduleemployee (bool | Unset):
        moduleproject (bool | Unset):
        project_categories (bool | Unset):
        module_project_budget (bool | Unset):
        moduletask (bool | Unset):
        module_travel_expense (bool | Unset):
        modulecustomer (bool | Unset):
        modulenote (bool | Unset):
        modulesubscription (bool | Unset):
        moduleproduct (bool | Unset):
        module_voucher_export (bool | Unset):
        moduleaccountingreports (bool | Unset):
        module_customer_categories (bool | Unset):
        module_customer_category_1 (bool | Unset):
        module_customer_category_2 (bool | Unset):
        module_customer_category_3 (bool | Unset):
        budget_on_subcontracts (bool | Unset):
        approve_hour_lists (bool | Unset):
        approve_invoices (bool | Unset):
        approvetravelreports (bool | Unset):
        completeweeklyhourlists (bool | Unset):
        completemonthlyhourlists (bool | Unset):
        approvemonthlyhourlists (bool | Unset):
        must_approve_registered_hours (bool | Unset):
        module_payroll_accounting (bool | Unset):
        module_payroll_accounting_no (bool | Unset):
        modulehourlist (bool | Unset):
        module_time_balance (bool | Unset):
        module_vacation_balance (bool | Unset):
        module_working_hours (bool | Unset):
        module_currency (bool | Unset):
        module_contact (bool | Unset):
        auto_generate_project_number (bool | Unset):
        module_wage_export (bool | Unset):
        approve_weekly_hourlists (bool | Unset):
        module_provision_salary (bool | Unset):
        module_order_number (bool | Unset):
        module_order_discount (bool | Unset):
        module_order_markup (bool | Unset):
        module_order_line_cost (bool | Unset):
        resource_groups (bool | Unset):
        module_vendor (bool | Unset):
        module_auto_customer_number (bool | Unset):
        module_auto_vendor_number (bool | Unset):
        historical_information (bool | Unset):
        show_travel_report_letterhead (bool | Unset):
        module_ocr (bool | Unset):
        module_remit (bool | Unset):
        module_remit_ztl (bool | Unset):
        module_remit_auto_pay (bool | Unset):
        module_travel_expense_rates (bool | Unset):
        module_voucher_scanning (bool | Unset):
        holiday_plan (bool | Unset):
        module_employee_category (bool | Unset):
        multiple_customer_categories (bool | Unset):
        module_product_invoice (bool | Unset):
        auto_invoicing (bool | Unset):
        module_factoring (bool | Unset):
        module_employee_accounting (bool | Unset):
        module_department_accounting (bool | Unset):
        module_project_accounting (bool | Unset):
        module_wage_project_accounting (bool | Unset):
        module_product_accounting (bool | Unset):
        module_electro (bool | Unset):
        module_nrf (bool | Unset):
        module_result_budget (bool | Unset):
        module_voucher_types (bool | Unset):
        module_warehouse (bool | Unset):
        module_nets_print_salary (bool | Unset):
        module_nets_print_invoice (bool | Unset):
        hourly_rate_projects_write_up_down (bool | Unset):
        show_recently_closed_projects_on_supplier_invoice (bool | Unset):
        module_email (bool | Unset):
        send_payslips_by_email (bool | Unset):
        module_approve_voucher (bool | Unset):
        module_approve_project_voucher (bool | Unset):
        module_approve_department_voucher (bool | Unset):
        module_archive (bool | Unset):
        module_order_out (bool | Unset):
        module_mesan (bool | Unset):
        module_accountant_connect_client (bool | Unset):
        module_divisions (bool | Unset):
        module_boligmappa (bool | Unset):
        mark_ready_for_invoicing (bool | Unset):
        tripletex_support_login_access_company_level (bool | Unset):
        module_pensionreport (bool | Unset):
        module_control_schema_required_invoicing (bool | Unset):
        module_control_schema_required_hour_tracking (bool | Unset):
        module_invoice_option_vipps (bool | Unset):
        module_invoice_option_efaktura (bool | Unset):
        module_invoice_option_paper (bool | Unset):
        module_invoice_option_avtale_giro (bool | Unset):
        module_invoice_option_ehf_incoming (bool | Unset):
        module_invoice_option_ehf_outbound (bool | Unset):
        module_api20 (bool | Unset):
        module_agro (bool | Unset):
        module_mamut (bool | Unset):
        module_factoring_aprila (bool | Unset):
        module_cash_credit_aprila (bool | Unset):
        module_invoice_option_autoinvoice_ehf (bool | Unset):
        module_smart_scan (bool | Unset):
        module_auto_bank_reconciliation (bool | Unset):
        module_offer (bool | Unset):
        module_voucher_automation (bool | Unset):
        module_amortization (bool | Unset):
        module_encrypted_pay_slip (bool | Unset):
        hour_cost_percentage (bool | Unset):
        year_end_report (bool | Unset):
        digital_signature (bool | Unset):
        module_logistics (bool | Unset):
        module_industry (bool | Unset):
        module_quantity_handling (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.moduleaccountinginternal
        if _v is not UNSET and not _in_request:
            field_dict["moduleaccountinginternal"] = _v
        _v = self.moduleaccountingexternal
        if _v is not UNSET and not _in_request:
            field_dict["moduleaccountingexternal"] = _v
        _v = self.moduledepartment
        if _v is not UNSET and not _in_request:
            field_dict["moduledepartment"] = _v
        _v = self.project_forecast
        if _v is not UNSET and not _in_request:
            field_dict["projectForecast"] = _v
        _v = self.resource_planning
        if _v is not UNSET and not _in_request:
            field_dict["resourcePlanning"] = _v
        _v = self.moduleprojecteconomy
        if _v is not UNSET and not _in_request:
            field_dict["moduleprojecteconomy"] = _v
        _v = self.moduleinvoice
        if _v is not UNSET and not _in_request:
            field_dict["moduleinvoice"] = _v
        _v = self.modulebudget
        if _v is not UNSET and not _in_request:
            field_dict["modulebudget"] = _v
        _v = self.reference_fee
        if _v is not UNSET and not _in_request:
            field_dict["referenceFee"] = _v
        _v = self.module_hour_cost
        if _v is not UNSET and not _in_request:
            field_dict["moduleHourCost"] = _v
        _v = self.moduleemployee
        if _v is not UNSET and not _in_request:
            field_dict["moduleemployee"] = _v
        _v = self.moduleproject
        if _v is not UNSET and not _in_request:
            field_dict["moduleproject"] = _v
        _v = self.project_categories
        if _v is not UNSET and not _in_request:
            field_dict["projectCategories"] = _v
        _v = self.module_project_budget
        if _v is not UNSET and not _in_request:
            field_dict["moduleProjectBudget"] = _v
        _v = self.moduletask
        if _v is not UNSET and not _in_request:
            field_dict["moduletask"] = _v
        _v = self.module_travel_expense
        if _v is not UNSET and not _in_request:
            field_dict["moduleTravelExpense"] = _v
        _v = self.modulecustomer
        if _v is not UNSET and not _in_request:
            field_dict["modulecustomer"] = _v
        _v = self.modulenote
        if _v is not UNSET and not _in_request:
            field_dict["modulenote"] = _v
        _v = self.modulesubscription
        if _v is not UNSET and not _in_request:
            field_dict["modulesubscription"] = _v
        _v = self.moduleproduct
        if _v is not UNSET and not _in_request:
            field_dict["moduleproduct"] = _v
        _v = self.module_voucher_export
        if _v is not UNSET and not _in_request:
            field_dict["moduleVoucherExport"] = _v
        _v = self.moduleaccountingreports
        if _v is not UNSET and not _in_request:
            field_dict["moduleaccountingreports"] = _v
        _v = self.module_customer_categories
        if _v is not UNSET and not _in_request:
            field_dict["moduleCustomerCategories"] = _v
        _v = self.module_customer_category_1
        if _v is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory1"] = _v
        _v = self.module_customer_category_2
        if _v is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory2"] = _v
        _v = self.module_customer_category_3
        if _v is not UNSET and not _in_request:
            field_dict["moduleCustomerCategory3"] = _v
        _v = self.budget_on_subcontracts
        if _v is not UNSET and not _in_request:
            field_dict["budgetOnSubcontracts"] = _v
        _v = self.approve_hour_lists
        if _v is not UNSET and not _in_request:
            field_dict["approveHourLists"] = _v
        _v = self.approve_invoices
        if _v is not UNSET and not _in_request:
            field_dict["approveInvoices"] = _v
        _v = self.approvetravelreports
        if _v is not UNSET and not _in_request:
            field_dict["approvetravelreports"] = _v
        _v = self.completeweeklyhourlists
        if _v is not UNSET and not _in_request:
            field_dict["completeweeklyhourlists"] = _v
        _v = self.completemonthlyhourlists
        if _v is not UNSET and not _in_request:
            field_dict["completemonthlyhourlists"] = _v
        _v = self.approvemonthlyhourlists
        if _v is not UNSET and not _in_request:
            field_dict["approvemonthlyhourlists"] = _v
        _v = self.must_approve_registered_hours
        if _v is not UNSET and not _in_request:
            field_dict["mustApproveRegisteredHours"] = _v
        _v = self.module_payroll_accounting
        if _v is not UNSET and not _in_request:
            field_dict["modulePayrollAccounting"] = _v
        _v = self.module_payroll_accounting_no
        if _v is not UNSET and not _in_request:
            field_dict["modulePayrollAccountingNO"] = _v
        _v = self.modulehourlist
        if _v is not UNSET and not _in_request:
            field_dict["modulehourlist"] = _v
        _v = self.module_time_balance
        if _v is not UNSET and not _in_request:
            field_dict["moduleTimeBalance"] = _v
        _v = self.module_vacation_balance
        if _v is not UNSET and not _in_request:
            field_dict["moduleVacationBalance"] = _v
        _v = self.module_working_hours
        if _v is not UNSET and not _in_request:
            field_dict["moduleWorkingHours"] = _v
        _v = self.module_currency
        if _v is not UNSET and not _in_request:
            field_dict["moduleCurrency"] = _v
        _v = self.module_contact
        if _v is not UNSET and not _in_request:
            field_dict["moduleContact"] = _v
        _v = self.auto_generate_project_number
        if _v is not UNSET and not _in_request:
            field_dict["autoGenerateProjectNumber"] = _v
        _v = self.module_wage_export
        if _v is not UNSET and not _in_request:
            field_dict["moduleWageExport"] = _v
        _v = self.approve_weekly_hourlists
        if _v is not UNSET and not _in_request:
            field_dict["approveWeeklyHourlists"] = _v
        _v = self.module_provision_salary
        if _v is not UNSET and not _in_request:
            field_dict["moduleProvisionSalary"] = _v
        _v = self.module_order_number
        if _v is not UNSET and not _in_request:
            field_dict["moduleOrderNumber"] = _v
        _v = self.module_order_discount
        if _v is not UNSET and not _in_request:
            field_dict["moduleOrderDiscount"] = _v
        _v = self.module_order_markup
        if _v is not UNSET and not _in_request:
            field_dict["moduleOrderMarkup"] = _v
        _v = self.module_order_line_cost
        if _v is not UNSET and not _in_request:
            field_dict["moduleOrderLineCost"] = _v
        _v = self.resource_groups
        if _v is not UNSET and not _in_request:
            field_dict["resourceGroups"] = _v
        _v = self.module_vendor
        if _v is not UNSET and not _in_request:
            field_dict["moduleVendor"] = _v
        _v = self.module_auto_customer_number
        if _v is not UNSET and not _in_request:
            field_dict["moduleAutoCustomerNumber"] = _v
        _v = self.module_auto_vendor_number
        if _v is not UNSET and not _in_request:
            field_dict["moduleAutoVendorNumber"] = _v
        _v = self.historical_information
        if _v is not UNSET and not _in_request:
            field_dict["historicalInformation"] = _v
        _v = self.show_travel_report_letterhead
        if _v is not UNSET and not _in_request:
            field_dict["showTravelReportLetterhead"] = _v
        _v = self.module_ocr
        if _v is not UNSET and not _in_request:
            field_dict["moduleOcr"] = _v
        _v = self.module_remit
        if _v is not UNSET and not _in_request:
            field_dict["moduleRemit"] = _v
        _v = self.module_remit_ztl
        if _v is not UNSET and not _in_request:
            field_dict["moduleRemitZtl"] = _v
        _v = self.module_remit_auto_pay
        if _v is not UNSET and not _in_request:
            field_dict["moduleRemitAutoPay"] = _v
        _v = self.module_travel_expense_rates
        if _v is not UNSET and not _in_request:
            field_dict["moduleTravelExpenseRates"] = _v
        _v = self.module_voucher_scanning
        if _v is not UNSET and not _in_request:
            field_dict["moduleVoucherScanning"] = _v
        _v = self.holiday_plan
        if _v is not UNSET and not _in_request:
            field_dict["holidayPlan"] = _v
        _v = self.module_employee_category
        if _v is not UNSET and not _in_request:
            field_dict["moduleEmployeeCategory"] = _v
        _v = self.multiple_customer_categories
        if _v is not UNSET and not _in_request:
            field_dict["multipleCustomerCategories"] = _v
        _v = self.module_product_invoice
        if _v is not UNSET and not _in_request:
            field_dict["moduleProductInvoice"] = _v
        _v = self.auto_invoicing
        if _v is not UNSET and not _in_request:
            field_dict["autoInvoicing"] = _v
        _v = self.module_factoring
        if _v is not UNSET and not _in_request:
            field_dict["moduleFactoring"] = _v
        _v = self.module_employee_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleEmployeeAccounting"] = _v
        _v = self.module_department_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleDepartmentAccounting"] = _v
        _v = self.module_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleProjectAccounting"] = _v
        _v = self.module_wage_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleWageProjectAccounting"] = _v
        _v = self.module_product_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleProductAccounting"] = _v
        _v = self.module_electro
        if _v is not UNSET and not _in_request:
            field_dict["moduleElectro"] = _v
        _v = self.module_nrf
        if _v is not UNSET and not _in_request:
            field_dict["moduleNrf"] = _v
        _v = self.module_result_budget
        if _v is not UNSET and not _in_request:
            field_dict["moduleResultBudget"] = _v
        _v = self.module_voucher_types
        if _v is not UNSET and not _in_request:
            field_dict["moduleVoucherTypes"] = _v
        _v = self.module_warehouse
        if _v is not UNSET and not _in_request:
            field_dict["moduleWarehouse"] = _v
        _v = self.module_nets_print_salary
        if _v is not UNSET and not _in_request:
            field_dict["moduleNetsPrintSalary"] = _v
        _v = self.module_nets_print_invoice
        if _v is not UNSET and not _in_request:
            field_dict["moduleNetsPrintInvoice"] = _v
        _v = self.hourly_rate_projects_write_up_down
        if _v is not UNSET and not _in_request:
            field_dict["hourlyRateProjectsWriteUpDown"] = _v
        _v = self.show_recently_closed_projects_on_supplier_invoice
        if _v is not UNSET and not _in_request:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = _v
        _v = self.module_email
        if _v is not UNSET and not _in_request:
            field_dict["moduleEmail"] = _v
        _v = self.send_payslips_by_email
        if _v is not UNSET and not _in_request:
            field_dict["sendPayslipsByEmail"] = _v
        _v = self.module_approve_voucher
        if _v is not UNSET and not _in_request:
            field_dict["moduleApproveVoucher"] = _v
        _v = self.module_approve_project_voucher
        if _v is not UNSET and not _in_request:
            field_dict["moduleApproveProjectVoucher"] = _v
        _v = self.module_approve_department_voucher
        if _v is not UNSET and not _in_request:
            field_dict["moduleApproveDepartmentVoucher"] = _v
        _v = self.module_archive
        if _v is not UNSET and not _in_request:
            field_dict["moduleArchive"] = _v
        _v = self.module_order_out
        if _v is not UNSET and not _in_request:
            field_dict["moduleOrderOut"] = _v
        _v = self.module_mesan
        if _v is not UNSET and not _in_request:
            field_dict["moduleMesan"] = _v
        _v = self.module_accountant_connect_client
        if _v is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = _v
        _v = self.module_divisions
        if _v is not UNSET and not _in_request:
            field_dict["moduleDivisions"] = _v
        _v = self.module_boligmappa
        if _v is not UNSET and not _in_request:
            field_dict["moduleBoligmappa"] = _v
        _v = self.mark_ready_for_invoicing
        if _v is not UNSET and not _in_request:
            field_dict["markReadyForInvoicing"] = _v
        _v = self.tripletex_support_login_access_company_level
        if _v is not UNSET and not _in_request:
            field_dict["tripletexSupportLoginAccessCompanyLevel"] = _v
        _v = self.module_pensionreport
        if _v is not UNSET and not _in_request:
            field_dict["modulePensionreport"] = _v
        _v = self.module_control_schema_required_invoicing
        if _v is not UNSET and not _in_request:
            field_dict["moduleControlSchemaRequiredInvoicing"] = _v
        _v = self.module_control_schema_required_hour_tracking
        if _v is not UNSET and not _in_request:
            field_dict["moduleControlSchemaRequiredHourTracking"] = _v
        _v = self.module_invoice_option_vipps
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionVipps"] = _v
        _v = self.module_invoice_option_efaktura
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEfaktura"] = _v
        _v = self.module_invoice_option_paper
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionPaper"] = _v
        _v = self.module_invoice_option_avtale_giro
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionAvtaleGiro"] = _v
        _v = self.module_invoice_option_ehf_incoming
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEhfIncoming"] = _v
        _v = self.module_invoice_option_ehf_outbound
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionEhfOutbound"] = _v
        _v = self.module_api20
        if _v is not UNSET and not _in_request:
            field_dict["moduleAPI20"] = _v
        _v = self.module_agro
        if _v is not UNSET and not _in_request:
            field_dict["moduleAgro"] = _v
        _v = self.module_mamut
        if _v is not UNSET and not _in_request:
            field_dict["moduleMamut"] = _v
        _v = self.module_factoring_aprila
        if _v is not UNSET and not _in_request:
            field_dict["moduleFactoringAprila"] = _v
        _v = self.module_cash_credit_aprila
        if _v is not UNSET and not _in_request:
            field_dict["moduleCashCreditAprila"] = _v
        _v = self.module_invoice_option_autoinvoice_ehf
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoiceOptionAutoinvoiceEhf"] = _v
        _v = self.module_smart_scan
        if _v is not UNSET and not _in_request:
            field_dict["moduleSmartScan"] = _v
        _v = self.module_auto_bank_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["moduleAutoBankReconciliation"] = _v
        _v = self.module_offer
        if _v is not UNSET and not _in_request:
            field_dict["moduleOffer"] = _v
        _v = self.module_voucher_automation
        if _v is not UNSET and not _in_request:
            field_dict["moduleVoucherAutomation"] = _v
        _v = self.module_amortization
        if _v is not UNSET and not _in_request:
            field_dict["moduleAmortization"] = _v
        _v = self.module_encrypted_pay_slip
        if _v is not UNSET and not _in_request:
            field_dict["moduleEncryptedPaySlip"] = _v
        _v = self.hour_cost_percentage
        if _v is not UNSET and not _in_request:
            field_dict["hourCostPercentage"] = _v
        _v = self.year_end_report
        if _v is not UNSET and not _in_request:
            field_dict["yearEndReport"] = _v
        _v = self.digital_signature
        if _v is not UNSET and not _in_request:
            field_dict["digitalSignature"] = _v
        _v = self.module_logistics
        if _v is not UNSET and not _in_request:
            field_dict["moduleLogistics"] = _v
        _v = self.module_industry
        if _v is not UNSET and not _in_request:
            field_dict["moduleIndustry"] = _v
        _v = self.module_quantity_handling
        if _v is not UNSET and not _in_request:
            field_dict["moduleQuantityHandling"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SegmentationModules from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SegmentationModules.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "moduleaccountinginternal": "moduleaccountinginternal",
            "moduleaccountingexternal": "moduleaccountingexternal",
            "moduledepartment": "moduledepartment",
            "projectForecast": "project_forecast",
            "resourcePlanning": "resource_planning",
            "moduleprojecteconomy": "moduleprojecteconomy",
            "moduleinvoice": "moduleinvoice",
            "modulebudget": "modulebudget",
            "referenceFee": "reference_fee",
            "moduleHourCost": "module_hour_cost",
            "moduleemployee": "moduleemployee",
            "moduleproject": "moduleproject",
            "projectCategories": "project_categories",
            "moduleProjectBudget": "module_project_budget",
            "moduletask": "moduletask",
            "moduleTravelExpense": "module_travel_expense",
            "modulecustomer": "modulecustomer",
            "modulenote": "modulenote",
            "modulesubscription": "modulesubscription",
            "moduleproduct": "moduleproduct",
            "moduleVoucherExport": "module_voucher_export",
            "moduleaccountingreports": "moduleaccountingreports",
            "moduleCustomerCategories": "module_customer_categories",
            "moduleCustomerCategory1": "module_customer_category_1",
            "moduleCustomerCategory2": "module_customer_category_2",
            "moduleCustomerCategory3": "module_customer_category_3",
            "budgetOnSubcontracts": "budget_on_subcontracts",
            "approveHourLists": "approve_hour_lists",
            "approveInvoices": "approve_invoices",
            "approvetravelreports": "approvetravelreports",
            "completeweeklyhourlists": "completeweeklyhourlists",
            "completemonthlyhourlists": "completemonthlyhourlists",
            "approvemonthlyhourlists": "approvemonthlyhourlists",
            "mustApproveRegisteredHours": "must_approve_registered_hours",
            "modulePayrollAccounting": "module_payroll_accounting",
            "modulePayrollAccountingNO": "module_payroll_accounting_no",
            "modulehourlist": "modulehourlist",
            "moduleTimeBalance": "module_time_balance",
            "moduleVacationBalance": "module_vacation_balance",
            "moduleWorkingHours": "module_working_hours",
            "moduleCurrency": "module_currency",
            "moduleContact": "module_contact",
            "autoGenerateProjectNumber": "auto_generate_project_number",
            "moduleWageExport": "module_wage_export",
            "approveWeeklyHourlists": "approve_weekly_hourlists",
            "moduleProvisionSalary": "module_provision_salary",
            "moduleOrderNumber": "module_order_number",
            "moduleOrderDiscount": "module_order_discount",
            "moduleOrderMarkup": "module_order_markup",
            "moduleOrderLineCost": "module_order_line_cost",
            "resourceGroups": "resource_groups",
            "moduleVendor": "module_vendor",
            "moduleAutoCustomerNumber": "module_auto_customer_number",
            "moduleAutoVendorNumber": "module_auto_vendor_number",
            "historicalInformation": "historical_information",
            "showTravelReportLetterhead": "show_travel_report_letterhead",
            "moduleOcr": "module_ocr",
            "moduleRemit": "module_remit",
            "moduleRemitZtl": "module_remit_ztl",
            "moduleRemitAutoPay": "module_remit_auto_pay",
            "moduleTravelExpenseRates": "module_travel_expense_rates",
            "moduleVoucherScanning": "module_voucher_scanning",
            "holidayPlan": "holiday_plan",
            "moduleEmployeeCategory": "module_employee_category",
            "multipleCustomerCategories": "multiple_customer_categories",
            "moduleProductInvoice": "module_product_invoice",
            "autoInvoicing": "auto_invoicing",
            "moduleFactoring": "module_factoring",
            "moduleEmployeeAccounting": "module_employee_accounting",
            "moduleDepartmentAccounting": "module_department_accounting",
            "moduleProjectAccounting": "module_project_accounting",
            "moduleWageProjectAccounting": "module_wage_project_accounting",
            "moduleProductAccounting": "module_product_accounting",
            "moduleElectro": "module_electro",
            "moduleNrf": "module_nrf",
            "moduleResultBudget": "module_result_budget",
            "moduleVoucherTypes": "module_voucher_types",
            "moduleWarehouse": "module_warehouse",
            "moduleNetsPrintSalary": "module_nets_print_salary",
            "moduleNetsPrintInvoice": "module_nets_print_invoice",
            "hourlyRateProjectsWriteUpDown": "hourly_rate_projects_write_up_down",
            "showRecentlyClosedProjectsOnSupplierInvoice": "show_recently_closed_projects_on_supplier_invoice",
            "moduleEmail": "module_email",
            "sendPayslipsByEmail": "send_payslips_by_email",
            "moduleApproveVoucher": "module_approve_voucher",
            "moduleApproveProjectVoucher": "module_approve_project_voucher",
            "moduleApproveDepartmentVoucher": "module_approve_department_voucher",
            "moduleArchive": "module_archive",
            "moduleOrderOut": "module_order_out",
            "moduleMesan": "module_mesan",
            "moduleAccountantConnectClient": "module_accountant_connect_client",
            "moduleDivisions": "module_divisions",
            "moduleBoligmappa": "module_boligmappa",
            "markReadyForInvoicing": "mark_ready_for_invoicing",
            "tripletexSupportLoginAccessCompanyLevel": "tripletex_support_login_access_company_level",
            "modulePensionreport": "module_pensionreport",
            "moduleControlSchemaRequiredInvoicing": "module_control_schema_required_invoicing",
            "moduleControlSchemaRequiredHourTracking": "module_control_schema_required_hour_tracking",
            "moduleInvoiceOptionVipps": "module_invoice_option_vipps",
            "moduleInvoiceOptionEfaktura": "module_invoice_option_efaktura",
            "moduleInvoiceOptionPaper": "module_invoice_option_paper",
            "moduleInvoiceOptionAvtaleGiro": "module_invoice_option_avtale_giro",
            "moduleInvoiceOptionEhfIncoming": "module_invoice_option_ehf_incoming",
            "moduleInvoiceOptionEhfOutbound": "module_invoice_option_ehf_outbound",
            "moduleAPI20": "module_api20",
            "moduleAgro": "module_agro",
            "moduleMamut": "module_mamut",
            "moduleFactoringAprila": "module_factoring_aprila",
            "moduleCashCreditAprila": "module_cash_credit_aprila",
            "moduleInvoiceOptionAutoinvoiceEhf": "module_invoice_option_autoinvoice_ehf",
            "moduleSmartScan": "module_smart_scan",
            "moduleAutoBankReconciliation": "module_auto_bank_reconciliation",
            "moduleOffer": "module_offer",
            "moduleVoucherAutomation": "module_voucher_automation",
            "moduleAmortization": "module_amortization",
            "moduleEncryptedPaySlip": "module_encrypted_pay_slip",
            "hourCostPercentage": "hour_cost_percentage",
            "yearEndReport": "year_end_report",
            "digitalSignature": "digital_signature",
            "moduleLogistics": "module_logistics",
            "moduleIndustry": "module_industry",
            "moduleQuantityHandling": "module_quantity_handling",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 40 and _sparse_keys.issuperset(d):
                    o.moduleaccountinginternal = o.moduleaccountingexternal = o.moduledepartment = (
                        o.project_forecast
                    ) = o.resource_planning = o.moduleprojecteconomy = o.moduleinvoice = o.modulebudget = (
                        o.reference_fee
                    ) = o.module_hour_cost = o.moduleemployee = o.moduleproject = o.project_categories = (
                        o.module_project_budget
                    ) = o.moduletask = o.module_travel_expense = o.modulecustomer = o.modulenote = (
                        o.modulesubscription
                    ) = o.moduleproduct = o.module_voucher_export = o.moduleaccountingreports = (
                        o.module_customer_categories
                    ) = o.module_customer_category_1 = o.module_customer_category_2 = o.module_customer_category_3 = (
                        o.budget_on_subcontracts
                    ) = o.approve_hour_lists = o.approve_invoices = o.approvetravelreports = (
                        o.completeweeklyhourlists
                    ) = o.completemonthlyhourlists = o.approvemonthlyhourlists = o.must_approve_registered_hours = (
                        o.module_payroll_accounting
                    ) = o.module_payroll_accounting_no = o.modulehourlist = o.module_time_balance = (
                        o.module_vacation_balance
                    ) = o.module_working_hours = o.module_currency = o.module_contact = (
                        o.auto_generate_project_number
                    ) = o.module_wage_export = o.approve_weekly_hourlists = o.module_provision_salary = (
                        o.module_order_number
                    ) = o.module_order_discount = o.module_order_markup = o.module_order_line_cost = (
                        o.resource_groups
                    ) = o.module_vendor = o.module_auto_customer_number = o.module_auto_vendor_number = (
                        o.historical_information
                    ) = o.show_travel_report_letterhead = o.module_ocr = o.module_remit = o.module_remit_ztl = (
                        o.module_remit_auto_pay
                    ) = o.module_travel_expense_rates = o.module_voucher_scanning = o.holiday_plan = (
                        o.module_employee_category
                    ) = o.multiple_customer_categories = o.module_product_invoice = o.auto_invoicing = (
                        o.module_factoring
                    ) = o.module_employee_accounting = o.module_department_accounting = o.module_project_accounting = (
                        o.module_wage_project_accounting
                    ) = o.module_product_accounting = o.module_electro = o.module_nrf = o.module_result_budget = (
                        o.module_voucher_types
                    ) = o.module_warehouse = o.module_nets_print_salary = o.module_nets_print_invoice = (
                        o.hourly_rate_projects_write_up_down
                    ) = o.show_recently_closed_projects_on_supplier_invoice = o.module_email = (
                        o.send_payslips_by_email
                    ) = o.module_approve_voucher = o.module_approve_project_voucher = (
                        o.module_approve_department_voucher
                    ) = o.module_archive = o.module_order_out = o.module_mesan = o.module_accountant_connect_client = (
                        o.module_divisions
                    ) = o.module_boligmappa = o.mark_ready_for_invoicing = (
                        o.tripletex_support_login_access_company_level
                    ) = o.module_pensionreport = o.module_control_schema_required_invoicing = (
                        o.module_control_schema_required_hour_tracking
                    ) = o.module_invoice_option_vipps = o.module_invoice_option_efaktura = (
                        o.module_invoice_option_paper
                    ) = o.module_invoice_option_avtale_giro = o.module_invoice_option_ehf_incoming = (
                        o.module_invoice_option_ehf_outbound
                    ) = o.module_api20 = o.module_agro = o.module_mamut = o.module_factoring_aprila = (
                        o.module_cash_credit_aprila
                    ) = o.module_invoice_option_autoinvoice_ehf = o.module_smart_scan = (
                        o.module_auto_bank_reconciliation
                    ) = o.module_offer = o.module_voucher_automation = o.module_amortization = (
                        o.module_encrypted_pay_slip
                    ) = o.hour_cost_percentage = o.year_end_report = o.digital_signature = o.module_logistics = (
                        o.module_industry
                    ) = o.module_quantity_handling = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("moduleaccountinginternal")
                if v is None:
                    o.moduleaccountinginternal = u
                    if "moduleaccountinginternal" not in d:
                        m += 1
                else:
                    o.moduleaccountinginternal = v
                v = g("moduleaccountingexternal")
                if v is None:
                    o.moduleaccountingexternal = u
                    if "moduleaccountingexternal" not in d:
                        m += 1
                else:
                    o.moduleaccountingexternal = v
                v = g("moduledepartment")
                if v is None:
                    o.moduledepartment = u
                    if "moduledepartment" not in d:
                        m += 1
                else:
                    o.moduledepartment = v
                v = g("projectForecast")
                if v is None:
                    o.project_forecast = u
                    if "projectForecast" not in d:
                        m += 1
                else:
                    o.project_forecast = v
                v = g("resourcePlanning")
                if v is None:
                    o.resource_planning = u
                    if "resourcePlanning" not in d:
                        m += 1
                else:
                    o.resource_planning = v
                v = g("moduleprojecteconomy")
                if v is None:
                    o.moduleprojecteconomy = u
                    if "moduleprojecteconomy" not in d:
                        m += 1
                else:
                    o.moduleprojecteconomy = v
                v = g("moduleinvoice")
                if v is None:
                    o.moduleinvoice = u
                    if "moduleinvoice" not in d:
                        m += 1
                else:
                    o.moduleinvoice = v
                v = g("modulebudget")
                if v is None:
                    o.modulebudget = u
                    if "modulebudget" not in d:
                        m += 1
                else:
                    o.modulebudget = v
                v = g("referenceFee")
                if v is None:
                    o.reference_fee = u
                    if "referenceFee" not in d:
                        m += 1
                else:
                    o.reference_fee = v
                v = g("moduleHourCost")
                if v is None:
                    o.module_hour_cost = u
                    if "moduleHourCost" not in d:
                        m += 1
                else:
                    o.module_hour_cost = v
                v = g("moduleemployee")
                if v is None:
                    o.moduleemployee = u
                    if "moduleemployee" not in d:
                        m += 1
                else:
                    o.moduleemployee = v
                v = g("moduleproject")
                if v is None:
                    o.moduleproject = u
                    if "moduleproject" not in d:
                        m += 1
                else:
                    o.moduleproject = v
                v = g("projectCategories")
                if v is None:
                    o.project_categories = u
                    if "projectCategories" not in d:
                        m += 1
                else:
                    o.project_categories = v
                v = g("moduleProjectBudget")
                if v is None:
                    o.module_project_budget = u
                    if "moduleProjectBudget" not in d:
                        m += 1
                else:
                    o.module_project_budget = v
                v = g("moduletask")
                if v is None:
                    o.moduletask = u
                    if "moduletask" not in d:
                        m += 1
                else:
                    o.moduletask = v
                v = g("moduleTravelExpense")
                if v is None:
                    o.module_travel_expense = u
                    if "moduleTravelExpense" not in d:
                        m += 1
                else:
                    o.module_travel_expense = v
                v = g("modulecustomer")
                if v is None:
                    o.modulecustomer = u
                    if "modulecustomer" not in d:
                        m += 1
                else:
                    o.modulecustomer = v
                v = g("modulenote")
                if v is None:
                    o.modulenote = u
                    if "modulenote" not in d:
                        m += 1
                else:
                    o.modulenote = v
                v = g("modulesubscription")
                if v is None:
                    o.modulesubscription = u
                    if "modulesubscription" not in d:
                        m += 1
                else:
                    o.modulesubscription = v
                v = g("moduleproduct")
                if v is None:
                    o.moduleproduct = u
                    if "moduleproduct" not in d:
                        m += 1
                else:
                    o.moduleproduct = v
                v = g("moduleVoucherExport")
                if v is None:
                    o.module_voucher_export = u
                    if "moduleVoucherExport" not in d:
                        m += 1
                else:
                    o.module_voucher_export = v
                v = g("moduleaccountingreports")
                if v is None:
                    o.moduleaccountingreports = u
                    if "moduleaccountingreports" not in d:
                        m += 1
                else:
                    o.moduleaccountingreports = v
                v = g("moduleCustomerCategories")
                if v is None:
                    o.module_customer_categories = u
                    if "moduleCustomerCategories" not in d:
                        m += 1
                else:
                    o.module_customer_categories = v
                v = g("moduleCustomerCategory1")
                if v is None:
                    o.module_customer_category_1 = u
                    if "moduleCustomerCategory1" not in d:
                        m += 1
                else:
                    o.module_customer_category_1 = v
                v = g("moduleCustomerCategory2")
                if v is None:
                    o.module_customer_category_2 = u
                    if "moduleCustomerCategory2" not in d:
                        m += 1
                else:
                    o.module_customer_category_2 = v
                v = g("moduleCustomerCategory3")
                if v is None:
                    o.module_customer_category_3 = u
                    if "moduleCustomerCategory3" not in d:
                        m += 1
                else:
                    o.module_customer_category_3 = v
                v = g("budgetOnSubcontracts")
                if v is None:
                    o.budget_on_subcontracts = u
                    if "budgetOnSubcontracts" not in d:
                        m += 1
                else:
                    o.budget_on_subcontracts = v
                v = g("approveHourLists")
                if v is None:
                    o.approve_hour_lists = u
                    if "approveHourLists" not in d:
                        m += 1
                else:
                    o.approve_hour_lists = v
                v = g("approveInvoices")
                if v is None:
                    o.approve_invoices = u
                    if "approveInvoices" not in d:
                        m += 1
                else:
                    o.approve_invoices = v
                v = g("approvetravelreports")
                if v is None:
                    o.approvetravelreports = u
                    if "approvetravelreports" not in d:
                        m += 1
                else:
                    o.approvetravelreports = v
                v = g("completeweeklyhourlists")
                if v is None:
                    o.completeweeklyhourlists = u
                    if "completeweeklyhourlists" not in d:
                        m += 1
                else:
                    o.completeweeklyhourlists = v
                v = g("completemonthlyhourlists")
                if v is None:
                    o.completemonthlyhourlists = u
                    if "completemonthlyhourlists" not in d:
                        m += 1
                else:
                    o.completemonthlyhourlists = v
                v = g("approvemonthlyhourlists")
                if v is None:
                    o.approvemonthlyhourlists = u
                    if "approvemonthlyhourlists" not in d:
                        m += 1
                else:
                    o.approvemonthlyhourlists = v
                v = g("mustApproveRegisteredHours")
                if v is None:
                    o.must_approve_registered_hours = u
                    if "mustApproveRegisteredHours" not in d:
                        m += 1
                else:
                    o.must_approve_registered_hours = v
                v = g("modulePayrollAccounting")
                if v is None:
                    o.module_payroll_accounting = u
                    if "modulePayrollAccounting" not in d:
                        m += 1
                else:
                    o.module_payroll_accounting = v
                v = g("modulePayrollAccountingNO")
                if v is None:
                    o.module_payroll_accounting_no = u
                    if "modulePayrollAccountingNO" not in d:
                        m += 1
                else:
                    o.module_payroll_accounting_no = v
                v = g("modulehourlist")
                if v is None:
                    o.modulehourlist = u
                    if "modulehourlist" not in d:
                        m += 1
                else:
                    o.modulehourlist = v
                v = g("moduleTimeBalance")
                if v is None:
                    o.module_time_balance = u
                    if "moduleTimeBalance" not in d:
                        m += 1
                else:
                    o.module_time_balance = v
                v = g("moduleVacationBalance")
                if v is None:
                    o.module_vacation_balance = u
                    if "moduleVacationBalance" not in d:
                        m += 1
                else:
                    o.module_vacation_balance = v
                v = g("moduleWorkingHours")
                if v is None:
                    o.module_working_hours = u
                    if "moduleWorkingHours" not in d:
                        m += 1
                else:
                    o.module_working_hours = v
                v = g("moduleCurrency")
                if v is None:
                    o.module_currency = u
                    if "moduleCurrency" not in d:
                        m += 1
                else:
                    o.module_currency = v
                v = g("moduleContact")
                if v is None:
                    o.module_contact = u
                    if "moduleContact" not in d:
                        m += 1
                else:
                    o.module_contact = v
                v = g("autoGenerateProjectNumber")
                if v is None:
                    o.auto_generate_project_number = u
                    if "autoGenerateProjectNumber" not in d:
                        m += 1
                else:
                    o.auto_generate_project_number = v
                v = g("moduleWageExport")
                if v is None:
                    o.module_wage_export = u
                    if "moduleWageExport" not in d:
                        m += 1
                else:
                    o.module_wage_export = v
                v = g("approveWeeklyHourlists")
                if v is None:
                    o.approve_weekly_hourlists = u
                    if "approveWeeklyHourlists" not in d:
                        m += 1
                else:
                    o.approve_weekly_hourlists = v
                v = g("moduleProvisionSalary")
                if v is None:
                    o.module_provision_salary = u
                    if "moduleProvisionSalary" not in d:
                        m += 1
                else:
                    o.module_provision_salary = v
                v = g("moduleOrderNumber")
                if v is None:
                    o.module_order_number = u
                    if "moduleOrderNumber" not in d:
                        m += 1
                else:
                    o.module_order_number = v
                v = g("moduleOrderDiscount")
                if v is None:
                    o.module_order_discount = u
                    if "moduleOrderDiscount" not in d:
                        m += 1
                else:
                    o.module_order_discount = v
                v = g("moduleOrderMarkup")
                if v is None:
                    o.module_order_markup = u
                    if "moduleOrderMarkup" not in d:
                        m += 1
                else:
                    o.module_order_markup = v
                v = g("moduleOrderLineCost")
                if v is None:
                    o.module_order_line_cost = u
                    if "moduleOrderLineCost" not in d:
                        m += 1
                else:
                    o.module_order_line_cost = v
                v = g("resourceGroups")
                if v is None:
                    o.resource_groups = u
                    if "resourceGroups" not in d:
                        m += 1
                else:
                    o.resource_groups = v
                v = g("moduleVendor")
                if v is None:
                    o.module_vendor = u
                    if "moduleVendor" not in d:
                        m += 1
                else:
                    o.module_vendor = v
                v = g("moduleAutoCustomerNumber")
                if v is None:
                    o.module_auto_customer_number = u
                    if "moduleAutoCustomerNumber" not in d:
                        m += 1
                else:
                    o.module_auto_customer_number = v
                v = g("moduleAutoVendorNumber")
                if v is None:
                    o.module_auto_vendor_number = u
                    if "moduleAutoVendorNumber" not in d:
                        m += 1
                else:
                    o.module_auto_vendor_number = v
                v = g("historicalInformation")
                if v is None:
                    o.historical_information = u
                    if "historicalInformation" not in d:
                        m += 1
                else:
                    o.historical_information = v
                v = g("showTravelReportLetterhead")
                if v is None:
                    o.show_travel_report_letterhead = u
                    if "showTravelReportLetterhead" not in d:
                        m += 1
                else:
                    o.show_travel_report_letterhead = v
                v = g("moduleOcr")
                if v is None:
                    o.module_ocr = u
                    if "moduleOcr" not in d:
                        m += 1
                else:
                    o.module_ocr = v
                v = g("moduleRemit")
                if v is None:
                    o.module_remit = u
                    if "moduleRemit" not in d:
                        m += 1
                else:
                    o.module_remit = v
                v = g("moduleRemitZtl")
                if v is None:
                    o.module_remit_ztl = u
                    if "moduleRemitZtl" not in d:
                        m += 1
                else:
                    o.module_remit_ztl = v
                v = g("moduleRemitAutoPay")
                if v is None:
                    o.module_remit_auto_pay = u
                    if "moduleRemitAutoPay" not in d:
                        m += 1
                else:
                    o.module_remit_auto_pay = v
                v = g("moduleTravelExpenseRates")
                if v is None:
                    o.module_travel_expense_rates = u
                    if "moduleTravelExpenseRates" not in d:
                        m += 1
                else:
                    o.module_travel_expense_rates = v
                v = g("moduleVoucherScanning")
                if v is None:
                    o.module_voucher_scanning = u
                    if "moduleVoucherScanning" not in d:
                        m += 1
                else:
                    o.module_voucher_scanning = v
                v = g("holidayPlan")
                if v is None:
                    o.holiday_plan = u
                    if "holidayPlan" not in d:
                        m += 1
                else:
                    o.holiday_plan = v
                v = g("moduleEmployeeCategory")
                if v is None:
                    o.module_employee_category = u
                    if "moduleEmployeeCategory" not in d:
                        m += 1
                else:
                    o.module_employee_category = v
                v = g("multipleCustomerCategories")
                if v is None:
                    o.multiple_customer_categories = u
                    if "multipleCustomerCategories" not in d:
                        m += 1
                else:
                    o.multiple_customer_categories = v
                v = g("moduleProductInvoice")
                if v is None:
                    o.module_product_invoice = u
                    if "moduleProductInvoice" not in d:
                        m += 1
                else:
                    o.module_product_invoice = v
                v = g("autoInvoicing")
                if v is None:
                    o.auto_invoicing = u
                    if "autoInvoicing" not in d:
                        m += 1
                else:
                    o.auto_invoicing = v
                v = g("moduleFactoring")
                if v is None:
                    o.module_factoring = u
                    if "moduleFactoring" not in d:
                        m += 1
                else:
                    o.module_factoring = v
                v = g("moduleEmployeeAccounting")
                if v is None:
                    o.module_employee_accounting = u
                    if "moduleEmployeeAccounting" not in d:
                        m += 1
                else:
                    o.module_employee_accounting = v
                v = g("moduleDepartmentAccounting")
                if v is None:
                    o.module_department_accounting = u
                    if "moduleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.module_department_accounting = v
                v = g("moduleProjectAccounting")
                if v is None:
                    o.module_project_accounting = u
                    if "moduleProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_project_accounting = v
                v = g("moduleWageProjectAccounting")
                if v is None:
                    o.module_wage_project_accounting = u
                    if "moduleWageProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_wage_project_accounting = v
                v = g("moduleProductAccounting")
                if v is None:
                    o.module_product_accounting = u
                    if "moduleProductAccounting" not in d:
                        m += 1
                else:
                    o.module_product_accounting = v
                v = g("moduleElectro")
                if v is None:
                    o.module_electro = u
                    if "moduleElectro" not in d:
                        m += 1
                else:
                    o.module_electro = v
                v = g("moduleNrf")
                if v is None:
                    o.module_nrf = u
                    if "moduleNrf" not in d:
                        m += 1
                else:
                    o.module_nrf = v
                v = g("moduleResultBudget")
                if v is None:
                    o.module_result_budget = u
                    if "moduleResultBudget" not in d:
                        m += 1
                else:
                    o.module_result_budget = v
                v = g("moduleVoucherTypes")
                if v is None:
                    o.module_voucher_types = u
                    if "moduleVoucherTypes" not in d:
                        m += 1
                else:
                    o.module_voucher_types = v
                v = g("moduleWarehouse")
                if v is None:
                    o.module_warehouse = u
                    if "moduleWarehouse" not in d:
                        m += 1
                else:
                    o.module_warehouse = v
                v = g("moduleNetsPrintSalary")
                if v is None:
                    o.module_nets_print_salary = u
                    if "moduleNetsPrintSalary" not in d:
                        m += 1
                else:
                    o.module_nets_print_salary = v
                v = g("moduleNetsPrintInvoice")
                if v is None:
                    o.module_nets_print_invoice = u
                    if "moduleNetsPrintInvoice" not in d:
                        m += 1
                else:
                    o.module_nets_print_invoice = v
                v = g("hourlyRateProjectsWriteUpDown")
                if v is None:
                    o.hourly_rate_projects_write_up_down = u
                    if "hourlyRateProjectsWriteUpDown" not in d:
                        m += 1
                else:
                    o.hourly_rate_projects_write_up_down = v
                v = g("showRecentlyClosedProjectsOnSupplierInvoice")
                if v is None:
                    o.show_recently_closed_projects_on_supplier_invoice = u
                    if "showRecentlyClosedProjectsOnSupplierInvoice" not in d:
                        m += 1
                else:
                    o.show_recently_closed_projects_on_supplier_invoice = v
                v = g("moduleEmail")
                if v is None:
                    o.module_email = u
                    if "moduleEmail" not in d:
                        m += 1
                else:
                    o.module_email = v
                v = g("sendPayslipsByEmail")
                if v is None:
                    o.send_payslips_by_email = u
                    if "sendPayslipsByEmail" not in d:
                        m += 1
                else:
                    o.send_payslips_by_email = v
                v = g("moduleApproveVoucher")
                if v is None:
                    o.module_approve_voucher = u
                    if "moduleApproveVoucher" not in d:
                        m += 1
                else:
                    o.module_approve_voucher = v
                v = g("moduleApproveProjectVoucher")
                if v is None:
                    o.module_approve_project_voucher = u
                    if "moduleApproveProjectVoucher" not in d:
                        m += 1
                else:
                    o.module_approve_project_voucher = v
                v = g("moduleApproveDepartmentVoucher")
                if v is None:
                    o.module_approve_department_voucher = u
                    if "moduleApproveDepartmentVoucher" not in d:
                        m += 1
                else:
                    o.module_approve_department_voucher = v
                v = g("moduleArchive")
                if v is None:
                    o.module_archive = u
                    if "moduleArchive" not in d:
                        m += 1
                else:
                    o.module_archive = v
                v = g("moduleOrderOut")
                if v is None:
                    o.module_order_out = u
                    if "moduleOrderOut" not in d:
                        m += 1
                else:
                    o.module_order_out = v
                v = g("moduleMesan")
                if v is None:
                    o.module_mesan = u
                    if "moduleMesan" not in d:
                        m += 1
                else:
                    o.module_mesan = v
                v = g("moduleAccountantConnectClient")
                if v is None:
                    o.module_accountant_connect_client = u
                    if "moduleAccountantConnectClient" not in d:
                        m += 1
                else:
                    o.module_accountant_connect_client = v
                v = g("moduleDivisions")
                if v is None:
                    o.module_divisions = u
                    if "moduleDivisions" not in d:
                        m += 1
                else:
                    o.module_divisions = v
                v = g("moduleBoligmappa")
                if v is None:
                    o.module_boligmappa = u
                    if "moduleBoligmappa" not in d:
                        m += 1
                else:
                    o.module_boligmappa = v
                v = g("markReadyForInvoicing")
                if v is None:
                    o.mark_ready_for_invoicing = u
                    if "markReadyForInvoicing" not in d:
                        m += 1
                else:
                    o.mark_ready_for_invoicing = v
                v = g("tripletexSupportLoginAccessCompanyLevel")
                if v is None:
                    o.tripletex_support_login_access_company_level = u
                    if "tripletexSupportLoginAccessCompanyLevel" not in d:
                        m += 1
                else:
                    o.tripletex_support_login_access_company_level = v
                v = g("modulePensionreport")
                if v is None:
                    o.module_pensionreport = u
                    if "modulePensionreport" not in d:
                        m += 1
                else:
                    o.module_pensionreport = v
                v = g("moduleControlSchemaRequiredInvoicing")
                if v is None:
                    o.module_control_schema_required_invoicing = u
                    if "moduleControlSchemaRequiredInvoicing" not in d:
                        m += 1
                else:
                    o.module_control_schema_required_invoicing = v
                v = g("moduleControlSchemaRequiredHourTracking")
                if v is None:
                    o.module_control_schema_required_hour_tracking = u
                    if "moduleControlSchemaRequiredHourTracking" not in d:
                        m += 1
                else:
                    o.module_control_schema_required_hour_tracking = v
                v = g("moduleInvoiceOptionVipps")
                if v is None:
                    o.module_invoice_option_vipps = u
                    if "moduleInvoiceOptionVipps" not in d:
                        m += 1
                else:
                    o.module_invoice_option_vipps = v
                v = g("moduleInvoiceOptionEfaktura")
                if v is None:
                    o.module_invoice_option_efaktura = u
                    if "moduleInvoiceOptionEfaktura" not in d:
                        m += 1
                else:
                    o.module_invoice_option_efaktura = v
                v = g("moduleInvoiceOptionPaper")
                if v is None:
                    o.module_invoice_option_paper = u
                    if "moduleInvoiceOptionPaper" not in d:
                        m += 1
                else:
                    o.module_invoice_option_paper = v
                v = g("moduleInvoiceOptionAvtaleGiro")
                if v is None:
                    o.module_invoice_option_avtale_giro = u
                    if "moduleInvoiceOptionAvtaleGiro" not in d:
                        m += 1
                else:
                    o.module_invoice_option_avtale_giro = v
                v = g("moduleInvoiceOptionEhfIncoming")
                if v is None:
                    o.module_invoice_option_ehf_incoming = u
                    if "moduleInvoiceOptionEhfIncoming" not in d:
                        m += 1
                else:
                    o.module_invoice_option_ehf_incoming = v
                v = g("moduleInvoiceOptionEhfOutbound")
                if v is None:
                    o.module_invoice_option_ehf_outbound = u
                    if "moduleInvoiceOptionEhfOutbound" not in d:
                        m += 1
                else:
                    o.module_invoice_option_ehf_outbound = v
                v = g("moduleAPI20")
                if v is None:
                    o.module_api20 = u
                    if "moduleAPI20" not in d:
                        m += 1
                else:
                    o.module_api20 = v
                v = g("moduleAgro")
                if v is None:
                    o.module_agro = u
                    if "moduleAgro" not in d:
                        m += 1
                else:
                    o.module_agro = v
                v = g("moduleMamut")
                if v is None:
                    o.module_mamut = u
                    if "moduleMamut" not in d:
                        m += 1
                else:
                    o.module_mamut = v
                v = g("moduleFactoringAprila")
                if v is None:
                    o.module_factoring_aprila = u
                    if "moduleFactoringAprila" not in d:
                        m += 1
                else:
                    o.module_factoring_aprila = v
                v = g("moduleCashCreditAprila")
                if v is None:
                    o.module_cash_credit_aprila = u
                    if "moduleCashCreditAprila" not in d:
                        m += 1
                else:
                    o.module_cash_credit_aprila = v
                v = g("moduleInvoiceOptionAutoinvoiceEhf")
                if v is None:
                    o.module_invoice_option_autoinvoice_ehf = u
                    if "moduleInvoiceOptionAutoinvoiceEhf" not in d:
                        m += 1
                else:
                    o.module_invoice_option_autoinvoice_ehf = v
                v = g("moduleSmartScan")
                if v is None:
                    o.module_smart_scan = u
                    if "moduleSmartScan" not in d:
                        m += 1
                else:
                    o.module_smart_scan = v
                v = g("moduleAutoBankReconciliation")
                if v is None:
                    o.module_auto_bank_reconciliation = u
                    if "moduleAutoBankReconciliation" not in d:
                        m += 1
                else:
                    o.module_auto_bank_reconciliation = v
                v = g("moduleOffer")
                if v is None:
                    o.module_offer = u
                    if "moduleOffer" not in d:
                        m += 1
                else:
                    o.module_offer = v
                v = g("moduleVoucherAutomation")
                if v is None:
                    o.module_voucher_automation = u
                    if "moduleVoucherAutomation" not in d:
                        m += 1
                else:
                    o.module_voucher_automation = v
                v = g("moduleAmortization")
                if v is None:
                    o.module_amortization = u
                    if "moduleAmortization" not in d:
                        m += 1
                else:
                    o.module_amortization = v
                v = g("moduleEncryptedPaySlip")
                if v is None:
                    o.module_encrypted_pay_slip = u
                    if "moduleEncryptedPaySlip" not in d:
                        m += 1
                else:
                    o.module_encrypted_pay_slip = v
                v = g("hourCostPercentage")
                if v is None:
                    o.hour_cost_percentage = u
                    if "hourCostPercentage" not in d:
                        m += 1
                else:
                    o.hour_cost_percentage = v
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = v
                v = g("digitalSignature")
                if v is None:
                    o.digital_signature = u
                    if "digitalSignature" not in d:
                        m += 1
                else:
                    o.digital_signature = v
                v = g("moduleLogistics")
                if v is None:
                    o.module_logistics = u
                    if "moduleLogistics" not in d:
                        m += 1
                else:
                    o.module_logistics = v
                v = g("moduleIndustry")
                if v is None:
                    o.module_industry = u
                    if "moduleIndustry" not in d:
                        m += 1
                else:
                    o.module_industry = v
                v = g("moduleQuantityHandling")
                if v is None:
                    o.module_quantity_handling = u
                    if "moduleQuantityHandling" not in d:
                        m += 1
                else:
                    o.module_quantity_handling = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 122 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("moduleaccountinginternal", "moduleaccountinginternal"),
            ("moduleaccountingexternal", "moduleaccountingexternal"),
            ("moduledepartment", "moduledepartment"),
            ("project_forecast", "projectForecast"),
            ("resource_planning", "resourcePlanning"),
            ("moduleprojecteconomy", "moduleprojecteconomy"),
            ("moduleinvoice", "moduleinvoice"),
            ("modulebudget", "modulebudget"),
            ("reference_fee", "referenceFee"),
            ("module_hour_cost", "moduleHourCost"),
            ("moduleemployee", "moduleemployee"),
            ("moduleproject", "moduleproject"),
            ("project_categories", "projectCategories"),
            ("module_project_budget", "moduleProjectBudget"),
            ("moduletask", "moduletask"),
            ("module_travel_expense", "moduleTravelExpense"),
            ("modulecustomer", "modulecustomer"),
            ("modulenote", "modulenote"),
            ("modulesubscription", "modulesubscription"),
            ("moduleproduct", "moduleproduct"),
            ("module_voucher_export", "moduleVoucherExport"),
            ("moduleaccountingreports", "moduleaccountingreports"),
            ("module_customer_categories", "moduleCustomerCategories"),
            ("module_customer_category_1", "moduleCustomerCategory1"),
            ("module_customer_category_2", "moduleCustomerCategory2"),
            ("module_customer_category_3", "moduleCustomerCategory3"),
            ("budget_on_subcontracts", "budgetOnSubcontracts"),
            ("approve_hour_lists", "approveHourLists"),
            ("approve_invoices", "approveInvoices"),
            ("approvetravelreports", "approvetravelreports"),
            ("completeweeklyhourlists", "completeweeklyhourlists"),
            ("completemonthlyhourlists", "completemonthlyhourlists"),
            ("approvemonthlyhourlists", "approvemonthlyhourlists"),
            ("must_approve_registered_hours", "mustApproveRegisteredHours"),
            ("module_payroll_accounting", "modulePayrollAccounting"),
            ("module_payroll_accounting_no", "modulePayrollAccountingNO"),
            ("modulehourlist", "modulehourlist"),
            ("module_time_balance", "moduleTimeBalance"),
            ("module_vacation_balance", "moduleVacationBalance"),
            ("module_working_hours", "moduleWorkingHours"),
            ("module_currency", "moduleCurrency"),
            ("module_contact", "moduleContact"),
            ("auto_generate_project_number", "autoGenerateProjectNumber"),
            ("module_wage_export", "moduleWageExport"),
            ("approve_weekly_hourlists", "approveWeeklyHourlists"),
            ("module_provision_salary", "moduleProvisionSalary"),
            ("module_order_number", "moduleOrderNumber"),
            ("module_order_discount", "moduleOrderDiscount"),
            ("module_order_markup", "moduleOrderMarkup"),
            ("module_order_line_cost", "moduleOrderLineCost"),
            ("resource_groups", "resourceGroups"),
            ("module_vendor", "moduleVendor"),
            ("module_auto_customer_number", "moduleAutoCustomerNumber"),
            ("module_auto_vendor_number", "moduleAutoVendorNumber"),
            ("historical_information", "historicalInformation"),
            ("show_travel_report_letterhead", "showTravelReportLetterhead"),
            ("module_ocr", "moduleOcr"),
            ("module_remit", "moduleRemit"),
            ("module_remit_ztl", "moduleRemitZtl"),
            ("module_remit_auto_pay", "moduleRemitAutoPay"),
            ("module_travel_expense_rates", "moduleTravelExpenseRates"),
            ("module_voucher_scanning", "moduleVoucherScanning"),
            ("holiday_plan", "holidayPlan"),
            ("module_employee_category", "moduleEmployeeCategory"),
            ("multiple_customer_categories", "multipleCustomerCategories"),
            ("module_product_invoice", "moduleProductInvoice"),
            ("auto_invoicing", "autoInvoicing"),
            ("module_factoring", "moduleFactoring"),
            ("module_employee_accounting", "moduleEmployeeAccounting"),
            ("module_department_accounting", "moduleDepartmentAccounting"),
            ("module_project_accounting", "moduleProjectAccounting"),
            ("module_wage_project_accounting", "moduleWageProjectAccounting"),
            ("module_product_accounting", "moduleProductAccounting"),
            ("module_electro", "moduleElectro"),
            ("module_nrf", "moduleNrf"),
            ("module_result_budget", "moduleResultBudget"),
            ("module_voucher_types", "moduleVoucherTypes"),
            ("module_warehouse", "moduleWarehouse"),
            ("module_nets_print_salary", "moduleNetsPrintSalary"),
            ("module_nets_print_invoice", "moduleNetsPrintInvoice"),
            ("hourly_rate_projects_write_up_down", "hourlyRateProjectsWriteUpDown"),
            ("show_recently_closed_projects_on_supplier_invoice", "showRecentlyClosedProjectsOnSupplierInvoice"),
            ("module_email", "moduleEmail"),
            ("send_payslips_by_email", "sendPayslipsByEmail"),
            ("module_approve_voucher", "moduleApproveVoucher"),
            ("module_approve_project_voucher", "moduleApproveProjectVoucher"),
            ("module_approve_department_voucher", "moduleApproveDepartmentVoucher"),
            ("module_archive", "moduleArchive"),
            ("module_order_out", "moduleOrderOut"),
            ("module_mesan", "moduleMesan"),
            ("module_accountant_connect_client", "moduleAccountantConnectClient"),
            ("module_divisions", "moduleDivisions"),
            ("module_boligmappa", "moduleBoligmappa"),
            ("mark_ready_for_invoicing", "markReadyForInvoicing"),
            ("tripletex_support_login_access_company_level", "tripletexSupportLoginAccessCompanyLevel"),
            ("module_pensionreport", "modulePensionreport"),
            ("module_control_schema_required_invoicing", "moduleControlSchemaRequiredInvoicing"),
            ("module_control_schema_required_hour_tracking", "moduleControlSchemaRequiredHourTracking"),
            ("module_invoice_option_vipps", "moduleInvoiceOptionVipps"),
            ("module_invoice_option_efaktura", "moduleInvoiceOptionEfaktura"),
            ("module_invoice_option_paper", "moduleInvoiceOptionPaper"),
            ("module_invoice_option_avtale_giro", "moduleInvoiceOptionAvtaleGiro"),
            ("module_invoice_option_ehf_incoming", "moduleInvoiceOptionEhfIncoming"),
            ("module_invoice_option_ehf_outbound", "moduleInvoiceOptionEhfOutbound"),
            ("module_api20", "moduleAPI20"),
            ("module_agro", "moduleAgro"),
            ("module_mamut", "moduleMamut"),
            ("module_factoring_aprila", "moduleFactoringAprila"),
            ("module_cash_credit_aprila", "moduleCashCreditAprila"),
            ("module_invoice_option_autoinvoice_ehf", "moduleInvoiceOptionAutoinvoiceEhf"),
            ("module_smart_scan", "moduleSmartScan"),
            ("module_auto_bank_reconciliation", "moduleAutoBankReconciliation"),
            ("module_offer", "moduleOffer"),
            ("module_voucher_automation", "moduleVoucherAutomation"),
            ("module_amortization", "moduleAmortization"),
            ("module_encrypted_pay_slip", "moduleEncryptedPaySlip"),
            ("hour_cost_percentage", "hourCostPercentage"),
            ("year_end_report", "yearEndReport"),
            ("digital_signature", "digitalSignature"),
            ("module_logistics", "moduleLogistics"),
            ("module_industry", "moduleIndustry"),
            ("module_quantity_handling", "moduleQuantityHandling"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.moduleaccountinginternal
            o.moduleaccountinginternal = u if v is None else v
            v = s.moduleaccountingexternal
            o.moduleaccountingexternal = u if v is None else v
            v = s.moduledepartment
            o.moduledepartment = u if v is None else v
            v = s.project_forecast
            o.project_forecast = u if v is None else v
            v = s.resource_planning
            o.resource_planning = u if v is None else v
            v = s.moduleprojecteconomy
            o.moduleprojecteconomy = u if v is None else v
            v = s.moduleinvoice
            o.moduleinvoice = u if v is None else v
            v = s.modulebudget
            o.modulebudget = u if v is None else v
            v = s.reference_fee
            o.reference_fee = u if v is None else v
            v = s.module_hour_cost
            o.module_hour_cost = u if v is None else v
            v = s.moduleemployee
            o.moduleemployee = u if v is None else v
            v = s.moduleproject
            o.moduleproject = u if v is None else v
            v = s.project_categories
            o.project_categories = u if v is None else v
            v = s.module_project_budget
            o.module_project_budget = u if v is None else v
            v = s.moduletask
            o.moduletask = u if v is None else v
            v = s.module_travel_expense
            o.module_travel_expense = u if v is None else v
            v = s.modulecustomer
            o.modulecustomer = u if v is None else v
            v = s.modulenote
            o.modulenote = u if v is None else v
            v = s.modulesubscription
            o.modulesubscription = u if v is None else v
            v = s.moduleproduct
            o.moduleproduct = u if v is None else v
            v = s.module_voucher_export
            o.module_voucher_export = u if v is None else v
            v = s.moduleaccountingreports
            o.moduleaccountingreports = u if v is None else v
            v = s.module_customer_categories
            o.module_customer_categories = u if v is None else v
            v = s.module_customer_category_1
            o.module_customer_category_1 = u if v is None else v
            v = s.module_customer_category_2
            o.module_customer_category_2 = u if v is None else v
            v = s.module_customer_category_3
            o.module_customer_category_3 = u if v is None else v
            v = s.budget_on_subcontracts
            o.budget_on_subcontracts = u if v is None else v
            v = s.approve_hour_lists
            o.approve_hour_lists = u if v is None else v
            v = s.approve_invoices
            o.approve_invoices = u if v is None else v
            v = s.approvetravelreports
            o.approvetravelreports = u if v is None else v
            v = s.completeweeklyhourlists
            o.completeweeklyhourlists = u if v is None else v
            v = s.completemonthlyhourlists
            o.completemonthlyhourlists = u if v is None else v
            v = s.approvemonthlyhourlists
            o.approvemonthlyhourlists = u if v is None else v
            v = s.must_approve_registered_hours
            o.must_approve_registered_hours = u if v is None else v
            v = s.module_payroll_accounting
            o.module_payroll_accounting = u if v is None else v
            v = s.module_payroll_accounting_no
            o.module_payroll_accounting_no = u if v is None else v
            v = s.modulehourlist
            o.modulehourlist = u if v is None else v
            v = s.module_time_balance
            o.module_time_balance = u if v is None else v
            v = s.module_vacation_balance
            o.module_vacation_balance = u if v is None else v
            v = s.module_working_hours
            o.module_working_hours = u if v is None else v
            v = s.module_currency
            o.module_currency = u if v is None else v
            v = s.module_contact
            o.module_contact = u if v is None else v
            v = s.auto_generate_project_number
            o.auto_generate_project_number = u if v is None else v
            v = s.module_wage_export
            o.module_wage_export = u if v is None else v
            v = s.approve_weekly_hourlists
            o.approve_weekly_hourlists = u if v is None else v
            v = s.module_provision_salary
            o.module_provision_salary = u if v is None else v
            v = s.module_order_number
            o.module_order_number = u if v is None else v
            v = s.module_order_discount
            o.module_order_discount = u if v is None else v
            v = s.module_order_markup
            o.module_order_markup = u if v is None else v
            v = s.module_order_line_cost
            o.module_order_line_cost = u if v is None else v
            v = s.resource_groups
            o.resource_groups = u if v is None else v
            v = s.module_vendor
            o.module_vendor = u if v is None else v
            v = s.module_auto_customer_number
            o.module_auto_customer_number = u if v is None else v
            v = s.module_auto_vendor_number
            o.module_auto_vendor_number = u if v is None else v
            v = s.historical_information
            o.historical_information = u if v is None else v
            v = s.show_travel_report_letterhead
            o.show_travel_report_letterhead = u if v is None else v
            v = s.module_ocr
            o.module_ocr = u if v is None else v
            v = s.module_remit
            o.module_remit = u if v is None else v
            v = s.module_remit_ztl
            o.module_remit_ztl = u if v is None else v
            v = s.module_remit_auto_pay
            o.module_remit_auto_pay = u if v is None else v
            v = s.module_travel_expense_rates
            o.module_travel_expense_rates = u if v is None else v
            v = s.module_voucher_scanning
            o.module_voucher_scanning = u if v is None else v
            v = s.holiday_plan
            o.holiday_plan = u if v is None else v
            v = s.module_employee_category
            o.module_employee_category = u if v is None else v
            v = s.multiple_customer_categories
            o.multiple_customer_categories = u if v is None else v
            v = s.module_product_invoice
            o.module_product_invoice = u if v is None else v
            v = s.auto_invoicing
            o.auto_invoicing = u if v is None else v
            v = s.module_factoring
            o.module_factoring = u if v is None else v
            v = s.module_employee_accounting
            o.module_employee_accounting = u if v is None else v
            v = s.module_department_accounting
            o.module_department_accounting = u if v is None else v
            v = s.module_project_accounting
            o.module_project_accounting = u if v is None else v
            v = s.module_wage_project_accounting
            o.module_wage_project_accounting = u if v is None else v
            v = s.module_product_accounting
            o.module_product_accounting = u if v is None else v
            v = s.module_electro
            o.module_electro = u if v is None else v
            v = s.module_nrf
            o.module_nrf = u if v is None else v
            v = s.module_result_budget
            o.module_result_budget = u if v is None else v
            v = s.module_voucher_types
            o.module_voucher_types = u if v is None else v
            v = s.module_warehouse
            o.module_warehouse = u if v is None else v
            v = s.module_nets_print_salary
            o.module_nets_print_salary = u if v is None else v
            v = s.module_nets_print_invoice
            o.module_nets_print_invoice = u if v is None else v
            v = s.hourly_rate_projects_write_up_down
            o.hourly_rate_projects_write_up_down = u if v is None else v
            v = s.show_recently_closed_projects_on_supplier_invoice
            o.show_recently_closed_projects_on_supplier_invoice = u if v is None else v
            v = s.module_email
            o.module_email = u if v is None else v
            v = s.send_payslips_by_email
            o.send_payslips_by_email = u if v is None else v
            v = s.module_approve_voucher
            o.module_approve_voucher = u if v is None else v
            v = s.module_approve_project_voucher
            o.module_approve_project_voucher = u if v is None else v
            v = s.module_approve_department_voucher
            o.module_approve_department_voucher = u if v is None else v
            v = s.module_archive
            o.module_archive = u if v is None else v
            v = s.module_order_out
            o.module_order_out = u if v is None else v
            v = s.module_mesan
            o.module_mesan = u if v is None else v
            v = s.module_accountant_connect_client
            o.module_accountant_connect_client = u if v is None else v
            v = s.module_divisions
            o.module_divisions = u if v is None else v
            v = s.module_boligmappa
            o.module_boligmappa = u if v is None else v
            v = s.mark_ready_for_invoicing
            o.mark_ready_for_invoicing = u if v is None else v
            v = s.tripletex_support_login_access_company_level
            o.tripletex_support_login_access_company_level = u if v is None else v
            v = s.module_pensionreport
            o.module_pensionreport = u if v is None else v
            v = s.module_control_schema_required_invoicing
            o.module_control_schema_required_invoicing = u if v is None else v
            v = s.module_control_schema_required_hour_tracking
            o.module_control_schema_required_hour_tracking = u if v is None else v
            v = s.module_invoice_option_vipps
            o.module_invoice_option_vipps = u if v is None else v
            v = s.module_invoice_option_efaktura
            o.module_invoice_option_efaktura = u if v is None else v
            v = s.module_invoice_option_paper
            o.module_invoice_option_paper = u if v is None else v
            v = s.module_invoice_option_avtale_giro
            o.module_invoice_option_avtale_giro = u if v is None else v
            v = s.module_invoice_option_ehf_incoming
            o.module_invoice_option_ehf_incoming = u if v is None else v
            v = s.module_invoice_option_ehf_outbound
            o.module_invoice_option_ehf_outbound = u if v is None else v
            v = s.module_api20
            o.module_api20 = u if v is None else v
            v = s.module_agro
            o.module_agro = u if v is None else v
            v = s.module_mamut
            o.module_mamut = u if v is None else v
            v = s.module_factoring_aprila
            o.module_factoring_aprila = u if v is None else v
            v = s.module_cash_credit_aprila
            o.module_cash_credit_aprila = u if v is None else v
            v = s.module_invoice_option_autoinvoice_ehf
            o.module_invoice_option_autoinvoice_ehf = u if v is None else v
            v = s.module_smart_scan
            o.module_smart_scan = u if v is None else v
            v = s.module_auto_bank_reconciliation
            o.module_auto_bank_reconciliation = u if v is None else v
            v = s.module_offer
            o.module_offer = u if v is None else v
            v = s.module_voucher_automation
            o.module_voucher_automation = u if v is None else v
            v = s.module_amortization
            o.module_amortization = u if v is None else v
            v = s.module_encrypted_pay_slip
            o.module_encrypted_pay_slip = u if v is None else v
            v = s.hour_cost_percentage
            o.hour_cost_percentage = u if v is None else v
            v = s.year_end_report
            o.year_end_report = u if v is None else v
            v = s.digital_signature
            o.digital_signature = u if v is None else v
            v = s.module_logistics
            o.module_logistics = u if v is None else v
            v = s.module_industry
            o.module_industry = u if v is None else v
            v = s.module_quantity_handling
            o.module_quantity_handling = u if v is None else v
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
