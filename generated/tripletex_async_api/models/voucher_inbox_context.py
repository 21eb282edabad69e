from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_context_main_module import VoucherInboxContextMainModule
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

T = TypeVar("T", bound="VoucherInboxContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("mainModule", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class VoucherInboxContext(LazyModel):
    """
    Attributes:
        context_id (int | Unset): [read-only]
        company_name (str | Unset): [read-only]
        show_inbox (bool | Unset): [read-only]
        show_attestation (bool | Unset): [read-only]
        show_follow_up (bool | Unset): [read-only]
        show_last_updated (bool | Unset): [read-only]
        show_go_to_payment (bool | Unset): [read-only]
        show_approve_payment (bool | Unset): [read-only]
        show_client_inbox (bool | Unset): [read-only]
        has_automation (bool | Unset): [read-only]
        has_efo_nelfo_invoices (bool | Unset): [read-only]
        has_bank_agreement (bool | Unset): [read-only]
        auth_add_bank_account_numbers (bool | Unset): [read-only]
        allow_posting_before_approval (bool | Unset): [read-only]
        auth_send_to_ledger (bool | Unset): [read-only]
        is_user_read_only (bool | Unset):
        can_user_upload (bool | Unset): [read-only]
        can_user_register_advanced_voucher (bool | Unset): [read-only]
        can_user_create_income_voucher (bool | Unset): [read-only]
        can_user_use_customs_declaration (bool | Unset): [read-only]
        can_user_use_incoming_invoice_beta (bool | Unset): [read-only]
        can_user_use_invoice_detailed (bool | Unset): [read-only]
        can_user_use_invoice_simple (bool | Unset): [read-only]
        established_company (bool | Unset): [read-only]
        can_user_access_automation_page (bool | Unset): [read-only]
        in_developer_mode (bool | Unset): [read-only]
        in_task_fox_developer_mode (bool | Unset): [read-only]
        in_new_voucher_menu_pilot (bool | Unset): [read-only]
        voucher_scanning_email (str | Unset): [read-only]
        main_bank_account_id (int | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        automated_vouchers_last_30_days (int | Unset): [read-only]
        tripletex_start_date (str | Unset): [read-only]
        company_attestor_can_override (bool | Unset): [read-only]
        show_user_survey_banner (bool | Unset): [read-only]
        is_active_accountant_proxy (bool | Unset): [read-only]
        is_active_auditor_proxy (bool | Unset): [read-only]
        can_user_activate_modules (bool | Unset): [read-only]
        company_currency (str | Unset): [read-only]
        company_currency_id (int | Unset): [read-only]
        has_module_department_accounting (bool | Unset): [read-only]
        has_module_product_accounting (bool | Unset): [read-only]
        has_module_product (bool | Unset): [read-only]
        has_module_employee (bool | Unset): [read-only]
        has_module_project (bool | Unset): [read-only]
        has_module_project_accounting (bool | Unset): [read-only]
        default_charge_on_project (bool | Unset): [read-only]
        show_recently_closed_projects_on_supplier_invoice (bool | Unset): [read-only]
        allow_multiple_project_invoice_vat (bool | Unset): [read-only]
        has_module_quantity_handling (bool | Unset): [read-only]
        has_module_multiple_ledgers (bool | Unset): [read-only]
        has_module_fixed_asset_register (bool | Unset): [read-only]
        incoming_invoice_pilot (bool | Unset): [read-only]
        is_qualified_for_incoming_invoice_pilot_opt_in (bool | Unset): [read-only]
        in_incoming_invoice_opt_in_pilot (bool | Unset): [read-only]
        has_module_voucher_types (bool | Unset): [read-only]
        has_module_voucher_approval (bool | Unset): [read-only]
        has_module_year_end_report (bool | Unset):
        main_module (VoucherInboxContextMainModule | Unset): [read-only]
        dimension_1_name (str | Unset): [read-only]
        dimension_1_in_use (bool | Unset): [read-only]
        dimension_2_name (str | Unset): [read-only]
        dimension_2_in_use (bool | Unset): [read-only]
        dimension_3_name (str | Unset): [read-only]
        dimension_3_in_use (bool | Unset): [read-only]
        user_read_only (bool | Unset):
    """

    context_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    show_inbox: bool | Unset = UNSET
    show_attestation: bool | Unset = UNSET
    show_follow_up: bool | Unset = UNSET
    show_last_updated: bool | Unset = UNSET
    show_go_to_payment: bool | Unset = UNSET
    show_approve_payment: bool | Unset = UNSET
    show_client_inbox: bool | Unset = UNSET
    has_automation: bool | Unset = UNSET
    has_efo_nelfo_invoices: bool | Unset = UNSET
    has_bank_agreement: bool | Unset = UNSET
    auth_add_bank_account_numbers: bool | Unset = UNSET
    allow_posting_before_approval: bool | Unset = UNSET
    auth_send_to_ledger: bool | Unset = UNSET
    is_user_read_only: bool | Unset = UNSET
    can_user_upload: bool | Unset = UNSET
    can_user_register_advanced_voucher: bool | Unset = UNSET
    can_user_create_income_voucher: bool | Unset = UNSET
    can_user_use_customs_declaration: bool | Unset = UNSET
    can_user_use_incoming_invoice_beta: bool | Unset = UNSET
    can_user_use_invoice_detailed: bool | Unset = UNSET
    can_user_use_invoice_simple: bool | Unset = UNSET
    established_company: bool | Unset = UNSET
    can_user_access_automation_page: bool | Unset = UNSET
    in_developer_mode: bool | Unset = UNSET
    in_task_fox_developer_mode: bool | Unset = UNSET
    in_new_voucher_menu_pilot: bool | Unset = UNSET
    voucher_scanning_email: str | Unset = UNSET
    main_bank_account_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    automated_vouchers_last_30_days: int | Unset = UNSET
    tripletex_start_date: str | Unset = UNSET
    company_attestor_can_override: bool | Unset = UNSET
    show_user_survey_banner: bool | Unset = UNSET
    is_active_accountant_proxy: bool | Unset = UNSET
    is_active_auditor_proxy: bool | Unset = UNSET
    can_user_activate_modules: bool | Unset = UNSET
    company_currency: str | Unset = UNSET
    company_currency_id: int | Unset = UNSET
    has_module_department_accounting: bool | Unset = UNSET
    has_module_product_accounting: bool | Unset = UNSET
    has_module_product: bool | Unset = UNSET
    has_module_employee: bool | Unset = UNSET
    has_module_project: bool | Unset = UNSET
    has_module_project_accounting: bool | Unset = UNSET
    default_charge_on_project: bool | Unset = UNSET
    show_recently_closed_projects_on_supplier_invoice: bool | Unset = UNSET
    allow_multiple_project_invoice_vat: bool | Unset = UNSET
    has_module_quantity_handling: bool | Unset = UNSET
    has_module_multiple_ledgers: bool | Unset = UNSET
    has_module_fixed_asset_register: bool | Unset = UNSET
    incoming_invoice_pilot: bool | Unset = UNSET
    is_qualified_for_incoming_invoice_pilot_opt_in: bool | Unset = UNSET
    in_incoming_invoice_opt_in_pilot: bool | Unset = UNSET
    has_module_voucher_types: bool | Unset = UNSET
    has_module_voucher_approval: bool | Unset = UNSET
    has_module_year_end_report: bool | Unset = UNSET
    main_module: VoucherInboxContextMainModule | Unset = UNSET
    dimension_1_name: str | Unset = UNSET
    dimension_1_in_use: bool | Unset = UNSET
    dimension_2_name: str | Unset = UNSET
    dimension_2_in_use: bool | Unset = UNSET
    dimension_3_name: str | Unset = UNSET
    dimension_3_in_use: bool | Unset = UNSET
    user_read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        context_id = self.context_id

        company_name = self.company_name

        show_inbox = self.show_inbox

        show_attestation = self.show_attestation

        show_follow_up = self.show_follow_up

        show_last_updated = self.show_last_updated

        show_go_to_payment = self.show_go_to_payment

        show_approve_payment = self.show_approve_payment

        show_client_inbox = self.show_client_inbox

        has_automation = self.has_automation

        has_efo_nelfo_invoices = self.has_efo_nelfo_invoices

        has_bank_agreement = self.has_bank_agreement

        auth_add_bank_account_numbers = self.auth_add_bank_account_numbers

        allow_posting_before_approval = self.allow_posting_before_approval

        auth_send_to_ledger = self.auth_send_to_ledger

        is_user_read_only = self.is_user_read_only

        can_user_upload = self.can_user_upload

        can_user_register_advanced_voucher = self.can_user_register_advanced_voucher

        can_user_create_income_voucher = self.can_user_create_income_voucher

        can_user_use_customs_declaration = self.can_user_use_customs_declaration

        can_user_use_incoming_invoice_beta = self.can_user_use_incoming_invoice_beta

        can_user_use_invoice_detailed = self.can_user_use_invoice_detailed

        can_user_use_invoice_simple = self.can_user_use_invoice_simple

        established_company = self.established_company

        can_user_access_automation_page = self.can_user_access_automation_page

        in_developer_mode = self.in_developer_mode

        in_task_fox_developer_mode = self.in_task_fox_developer_mode

        in_new_voucher_menu_pilot = self.in_new_voucher_menu_pilot

        voucher_scanning_email = self.voucher_scanning_email

        main_bank_account_id = self.main_bank_account_id

        employee_id = self.employee_id

        automated_vouchers_last_30_days = self.automated_vouchers_last_30_days

        tripletex_start_date = self.tripletex_start_date

        company_attestor_can_override = self.company_attestor_can_override

        show_user_survey_banner = self.show_user_survey_banner

        is_active_accountant_proxy = self.is_active_accountant_proxy

        is_active_auditor_proxy = self.is_active_auditor_proxy

        can_user_activate_modules = self.can_user_activate_modules

        company_currency = self.company_currency

        company_currency_id = self.company_currency_id

        has_module_department_accounting = self.has_module_department_accounting

        has_module_product_accounting = self.has_module_product_accounting

        has_module_product = self.has_module_product

        has_module_employee = self.has_module_employee

        has_module_project = self.has_module_project

        has_module_project_accounting = self.has_module_project_accounting

        default_charge_on_project = self.default_charge_on_project

        show_recently_closed_projects_on_supplier_invoice = self.show_recently_closed_projects_on_supplier_invoice

        allow_multiple_project_invoice_vat = self.allow_multiple_project_invoice_vat

        has_module_quantity_handling = self.has_module_quantity_handling

        has_module_multiple_ledgers = self.has_module_multiple_ledgers

        has_module_fixed_asset_register = self.has_module_fixed_asset_register

        incoming_invoice_pilot = self.incoming_invoice_pilot

        is_qualified_for_incoming_invoice_pilot_opt_in = self.is_qualified_for_incoming_invoice_pilot_opt_in

        in_incoming_invoice_opt_in_pilot = self.in_incoming_invoice_opt_in_pilot

        has_module_voucher_types = self.has_module_voucher_types

        has_module_voucher_approval = self.has_module_voucher_approval

        has_module_year_end_report = self.has_module_year_end_report

        main_module: str | Unset = UNSET
        if not isinstance(self.main_module, Unset):
            main_module = self.main_module.value

        dimension_1_name = self.dimension_1_name

        dimension_1_in_use = self.dimension_1_in_use

        dimension_2_name = self.dimension_2_name

        dimension_2_in_use = self.dimension_2_in_use

        dimension_3_name = self.dimension_3_name

        dimension_3_in_use = self.dimension_3_in_use

        user_read_only = self.user_read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if show_inbox is not UNSET and not _in_request:
            field_dict["showInbox"] = show_inbox
        if show_attestation is not UNSET and not _in_request:
            field_dict["showAttestation"] = show_attestation
        if show_follow_up is not UNSET and not _in_request:
            field_dict["showFollowUp"] = show_follow_up
        if show_last_updated is not UNSET and not _in_request:
            field_dict["showLastUpdated"] = show_last_updated
        if show_go_to_payment is not UNSET and not _in_request:
            field_dict["showGoToPayment"] = show_go_to_payment
        if show_approve_payment is not UNSET and not _in_request:
            field_dict["showApprovePayment"] = show_approve_payment
        if show_client_inbox is not UNSET and not _in_request:
            field_dict["showClientInbox"] = show_client_inbox
        if has_automation is not UNSET and not _in_request:
            field_dict["hasAutomation"] = has_automation
        if has_efo_nelfo_invoices is not UNSET and not _in_request:
            field_dict["hasEfoNelfoInvoices"] = has_efo_nelfo_invoices
        if has_bank_agreement is not UNSET and not _in_request:
            field_dict["hasBankAgreement"] = has_bank_agreement
        if auth_add_bank_account_numbers is not UNSET and not _in_request:
            field_dict["authAddBankAccountNumbers"] = auth_add_bank_account_numbers
        if allow_posting_before_approval is not UNSET and not _in_request:
            field_dict["allowPostingBeforeApproval"] = allow_posting_before_approval
        if auth_send_to_ledger is not UNSET and not _in_request:
            field_dict["authSendToLedger"] = auth_send_to_ledger
        if is_user_read_only is not UNSET:
            field_dict["isUserReadOnly"] = is_user_read_only
        if can_user_upload is not UNSET and not _in_request:
            field_dict["canUserUpload"] = can_user_upload
        if can_user_register_advanced_voucher is not UNSET and not _in_request:
            field_dict["canUserRegisterAdvancedVoucher"] = can_user_register_advanced_voucher
        if can_user_create_income_voucher is not UNSET and not _in_request:
            field_dict["canUserCreateIncomeVoucher"] = can_user_create_income_voucher
        if can_user_use_customs_declaration is not UNSET and not _in_request:
            field_dict["canUserUseCustomsDeclaration"] = can_user_use_customs_declaration
        if can_user_use_incoming_invoice_beta is not UNSET and not _in_request:
            field_dict["canUserUseIncomingInvoiceBeta"] = can_user_use_incoming_invoice_beta
        if can_user_use_invoice_detailed is not UNSET and not _in_request:
            field_dict["canUserUseInvoiceDetailed"] = can_user_use_invoice_detailed
        if can_user_use_invoice_simple is not UNSET and not _in_request:
            field_dict["canUserUseInvoiceSimple"] = can_user_use_invoice_simple
        if established_company is not UNSET and not _in_request:
            field_dict["establishedCompany"] = established_company
        if can_user_access_automation_page is not UNSET and not _in_request:
            field_dict["canUserAccessAutomationPage"] = can_user_access_automation_page
        if in_developer_mode is not UNSET and not _in_request:
            field_dict["inDeveloperMode"] = in_developer_mode
        if in_task_fox_developer_mode is not UNSET and not _in_request:
            field_dict["inTaskFoxDeveloperMode"] = in_task_fox_developer_mode
        if in_new_voucher_menu_pilot is not UNSET and not _in_request:
            field_dict["inNewVoucherMenuPilot"] = in_new_voucher_menu_pilot
        if voucher_scanning_email is not UNSET and not _in_request:
            field_dict["voucherScanningEmail"] = voucher_scanning_email
        if main_bank_account_id is not UNSET and not _in_request:
            field_dict["mainBankAccountId"] = main_bank_account_id
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if automated_vouchers_last_30_days is not UNSET and not _in_request:
            field_dict["automatedVouchersLast30Days"] = automated_vouchers_last_30_days
        if tripletex_start_date is not UNSET and not _in_request:
            field_dict["tripletexStartDate"] = tripletex_start_date
        if company_attestor_can_override is not UNSET and not _in_request:
            field_dict["companyAttestorCanOverride"] = company_attestor_can_override
        if show_user_survey_banner is not UNSET and not _in_request:
            field_dict["showUserSurveyBanner"] = show_user_survey_banner
        if is_active_accountant_proxy is not UNSET and not _in_request:
            field_dict["isActiveAccountantProxy"] = is_active_accountant_proxy
        if is_active_auditor_proxy is not UNSET and not _in_request:
            field_dict["isActiveAuditorProxy"] = is_active_auditor_proxy
        if can_user_activate_modules is not UNSET and not _in_request:
            field_dict["canUserActivateModules"] = can_user_activate_modules
        if company_currency is not UNSET and not _in_request:
            field_dict["companyCurrency"] = company_currency
        if company_currency_id is not UNSET and not _in_request:
            field_dict["companyCurrencyId"] = company_currency_id
        if has_module_department_accounting is not UNSET and not _in_request:
            field_dict["hasModuleDepartmentAccounting"] = has_module_department_accounting
        if has_module_product_accounting is not UNSET and not _in_request:
            field_dict["hasModuleProductAccounting"] = has_module_product_accounting
        if has_module_product is not UNSET and not _in_request:
            field_dict["hasModuleProduct"] = has_module_product
        if has_module_employee is not UNSET and not _in_request:
            field_dict["hasModuleEmployee"] = has_module_employee
        if has_module_project is not UNSET and not _in_request:
            field_dict["hasModuleProject"] = has_module_project
        if has_module_project_accounting is not UNSET and not _in_request:
            field_dict["hasModuleProjectAccounting"] = has_module_project_accounting
        if default_charge_on_project is not UNSET and not _in_request:
            field_dict["defaultChargeOnProject"] = default_charge_on_project
        if show_recently_closed_projects_on_supplier_invoice is not UNSET and not _in_request:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = (
                show_recently_closed_projects_on_supplier_invoice
            )
        if allow_multiple_project_invoice_vat is not UNSET and not _in_request:
            field_dict["allowMultipleProjectInvoiceVat"] = allow_multiple_project_invoice_vat
        if has_module_quantity_handling is not UNSET and not _in_request:
            field_dict["hasModuleQuantityHandling"] = has_module_quantity_handling
        if has_module_multiple_ledgers is not UNSET and not _in_request:
            field_dict["hasModuleMultipleLedgers"] = has_module_multiple_ledgers
        if has_module_fixed_asset_register is not UNSET and not _in_request:
            field_dict["hasModuleFixedAssetRegister"] = has_module_fixed_asset_register
        if incoming_invoice_pilot is not UNSET and not _in_request:
            field_dict["incomingInvoicePilot"] = incoming_invoice_pilot
        if is_qualified_for_incoming_invoice_pilot_opt_in is not UNSET and not _in_request:
            field_dict["isQualifiedForIncomingInvoicePilotOptIn"] = is_qualified_for_incoming_invoice_pilot_opt_in
        if in_incoming_invoice_opt_in_pilot is not UNSET and not _in_request:
            field_dict["inIncomingInvoiceOptInPilot"] = in_incoming_invoice_opt_in_pilot
        if has_module_voucher_types is not UNSET and not _in_request:
            field_dict["hasModuleVoucherTypes"] = has_module_voucher_types
        if has_module_voucher_approval is not UNSET and not _in_request:
            field_dict["hasModuleVoucherApproval"] = has_module_voucher_approval
        if has_module_year_end_report is not UNSET:
            field_dict["hasModuleYearEndReport"] = has_module_year_end_report
        if main_module is not UNSET and not _in_request:
            field_dict["mainModule"] = main_module
        if dimension_1_name is not UNSET and not _in_request:
            field_dict["dimension1Name"] = dimension_1_name
        if dimension_1_in_use is not UNSET and not _in_request:
            field_dict["dimension1InUse"] = dimension_1_in_use
        if dimension_2_name is not UNSET and not _in_request:
            field_dict["dimension2Name"] = dimension_2_name
        if dimension_2_in_use is not UNSET and not _in_request:
            field_dict["dimension2InUse"] = dimension_2_in_use
        if dimension_3_name is not UNSET and not _in_request:
            field_dict["dimension3Name"] = dimension_3_name
        if dimension_3_in_use is not UNSET and not _in_request:
            field_dict["dimension3InUse"] = dimension_3_in_use
        if user_read_only is not UNSET:
            field_dict["userReadOnly"] = user_read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInboxContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_main_module(_tx_v: Any) -> VoucherInboxContextMainModule | Unset:
            _main_module = _tx_v
            main_module: VoucherInboxContextMainModule | Unset
            if isinstance(_main_module, Unset):
                main_module = UNSET
            else:
                main_module = VoucherInboxContextMainModule(_main_module)

            return main_module

        _tx_known: frozenset[str] = frozenset(
            (
                "contextId",
                "companyName",
                "showInbox",
                "showAttestation",
                "showFollowUp",
                "showLastUpdated",
                "showGoToPayment",
                "showApprovePayment",
                "showClientInbox",
                "hasAutomation",
                "hasEfoNelfoInvoices",
                "hasBankAgreement",
                "authAddBankAccountNumbers",
                "allowPostingBeforeApproval",
                "authSendToLedger",
                "isUserReadOnly",
                "canUserUpload",
                "canUserRegisterAdvancedVoucher",
                "canUserCreateIncomeVoucher",
                "canUserUseCustomsDeclaration",
                "canUserUseIncomingInvoiceBeta",
                "canUserUseInvoiceDetailed",
                "canUserUseInvoiceSimple",
                "establishedCompany",
                "canUserAccessAutomationPage",
                "inDeveloperMode",
                "inTaskFoxDeveloperMode",
                "inNewVoucherMenuPilot",
                "voucherScanningEmail",
                "mainBankAccountId",
                "employeeId",
                "automatedVouchersLast30Days",
                "tripletexStartDate",
                "companyAttestorCanOverride",
                "showUserSurveyBanner",
                "isActiveAccountantProxy",
                "isActiveAuditorProxy",
                "canUserActivateModules",
                "companyCurrency",
                "companyCurrencyId",
                "hasModuleDepartmentAccounting",
                "hasModuleProductAccounting",
                "hasModuleProduct",
                "hasModuleEmployee",
                "hasModuleProject",
                "hasModuleProjectAccounting",
                "defaultChargeOnProject",
                "showRecentlyClosedProjectsOnSupplierInvoice",
                "allowMultipleProjectInvoiceVat",
                "hasModuleQuantityHandling",
                "hasModuleMultipleLedgers",
                "hasModuleFixedAssetRegister",
                "incomingInvoicePilot",
                "isQualifiedForIncomingInvoicePilotOptIn",
                "inIncomingInvoiceOptInPilot",
                "hasModuleVoucherTypes",
                "hasModuleVoucherApproval",
                "hasModuleYearEndReport",
                "mainModule",
                "dimension1Name",
                "dimension1InUse",
                "dimension2Name",
                "dimension2InUse",
                "dimension3Name",
                "dimension3InUse",
                "userReadOnly",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "context_id": ("contextId", None),
            "company_name": ("companyName", None),
            "show_inbox": ("showInbox", None),
            "show_attestation": ("showAttestation", None),
            "show_follow_up": ("showFollowUp", None),
            "show_last_updated": ("showLastUpdated", None),
            "show_go_to_payment": ("showGoToPayment", None),
            "show_approve_payment": ("showApprovePayment", None),
            "show_client_inbox": ("showClientInbox", None),
            "has_automation": ("hasAutomation", None),
            "has_efo_nelfo_invoices": ("hasEfoNelfoInvoices", None),
            "has_bank_agreement": ("hasBankAgreement", None),
            "auth_add_bank_account_numbers": ("authAddBankAccountNumbers", None),
            "allow_posting_before_approval": ("allowPostingBeforeApproval", None),
            "auth_send_to_ledger": ("authSendToLedger", None),
            "is_user_read_only": ("isUserReadOnly", None),
            "can_user_upload": ("canUserUpload", None),
            "can_user_register_advanced_voucher": ("canUserRegisterAdvancedVoucher", None),
            "can_user_create_income_voucher": ("canUserCreateIncomeVoucher", None),
            "can_user_use_customs_declaration": ("canUserUseCustomsDeclaration", None),
            "can_user_use_incoming_invoice_beta": ("canUserUseIncomingInvoiceBeta", None),
            "can_user_use_invoice_detailed": ("canUserUseInvoiceDetailed", None),
            "can_user_use_invoice_simple": ("canUserUseInvoiceSimple", None),
            "established_company": ("establishedCompany", None),
            "can_user_access_automation_page": ("canUserAccessAutomationPage", None),
            "in_developer_mode": ("inDeveloperMode", None),
            "in_task_fox_developer_mode": ("inTaskFoxDeveloperMode", None),
            "in_new_voucher_menu_pilot": ("inNewVoucherMenuPilot", None),
            "voucher_scanning_email": ("voucherScanningEmail", None),
            "main_bank_account_id": ("mainBankAccountId", None),
            "employee_id": ("employeeId", None),
            "automated_vouchers_last_30_days": ("automatedVouchersLast30Days", None),
            "tripletex_start_date": ("tripletexStartDate", None),
            "company_attestor_can_override": ("companyAttestorCanOverride", None),
            "show_user_survey_banner": ("showUserSurveyBanner", None),
            "is_active_accountant_proxy": ("isActiveAccountantProxy", None),
            "is_active_auditor_proxy": ("isActiveAuditorProxy", None),
            "can_user_activate_modules": ("canUserActivateModules", None),
            "company_currency": ("companyCurrency", None),
            "company_currency_id": ("companyCurrencyId", None),
            "has_module_department_accounting": ("hasModuleDepartmentAccounting", None),
            "has_module_product_accounting": ("hasModuleProductAccounting", None),
            "has_module_product": ("hasModuleProduct", None),
            "has_module_employee": ("hasModuleEmployee", None),
            "has_module_project": ("hasModuleProject", None),
            "has_module_project_accounting": ("hasModuleProjectAccounting", None),
            "default_charge_on_project": ("defaultChargeOnProject", None),
            "show_recently_closed_projects_on_supplier_invoice": ("showRecentlyClosedProjectsOnSupplierInvoice", None),
            "allow_multiple_project_invoice_vat": ("allowMultipleProjectInvoiceVat", None),
            "has_module_quantity_handling": ("hasModuleQuantityHandling", None),
            "has_module_multiple_ledgers": ("hasModuleMultipleLedgers", None),
            "has_module_fixed_asset_register": ("hasModuleFixedAssetRegister", None),
            "incoming_invoice_pilot": ("incomingInvoicePilot", None),
            "is_qualified_for_incoming_invoice_pilot_opt_in": ("isQualifiedForIncomingInvoicePilotOptIn", None),
            "in_incoming_invoice_opt_in_pilot": ("inIncomingInvoiceOptInPilot", None),
            "has_module_voucher_types": ("hasModuleVoucherTypes", None),
            "has_module_voucher_approval": ("hasModuleVoucherApproval", None),
            "has_module_year_end_report": ("hasModuleYearEndReport", None),
            "main_module": ("mainModule", _p_main_module),
            "dimension_1_name": ("dimension1Name", None),
            "dimension_1_in_use": ("dimension1InUse", None),
            "dimension_2_name": ("dimension2Name", None),
            "dimension_2_in_use": ("dimension2InUse", None),
            "dimension_3_name": ("dimension3Name", None),
            "dimension_3_in_use": ("dimension3InUse", None),
            "user_read_only": ("userReadOnly", None),
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
