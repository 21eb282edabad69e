from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voucher_inbox_context_main_module import VoucherInboxContextMainModule
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
    serializing_request_body,
)

T = TypeVar("T", bound="VoucherInboxContext")


@_attrs_define
class VoucherInboxContext(Model):
    """
    Attributes:
        context_id (int | Unset):
        company_name (str | Unset):
        show_inbox (bool | Unset):
        show_attestation (bool | Unset):
        show_follow_up (bool | Unset):
        show_last_updated (bool | Unset):
        show_go_to_payment (bool | Unset):
        show_approve_payment (bool | Unset):
        show_client_inbox (bool | Unset):
        has_automation (bool | Unset):
        has_efo_nelfo_invoices (bool | Unset):
        has_bank_agreement (bool | Unset):
        auth_add_bank_account_numbers (bool | Unset):
        allow_posting_before_approval (bool | Unset):
        auth_send_to_ledger (bool | Unset):
        is_user_read_only (bool | Unset):
        can_user_upload (bool | Unset):
        can_user_register_advanced_voucher (bool | Unset):
        can_user_create_income_voucher (bool | Unset):
        can_user_use_customs_declaration (bool | Unset):
        can_user_use_incoming_invoice_beta (bool | Unset):
        can_user_use_invoice_detailed (bool | Unset):
        can_user_use_invoice_simple (bool | Unset):
        established_company (bool | Unset):
        can_user_access_automation_page (bool | Unset):
        in_developer_mode (bool | Unset):
        in_task_fox_developer_mode (bool | Unset):
        in_new_voucher_menu_pilot (bool | Unset):
        voucher_scanning_email (str | Unset):
        main_bank_account_id (int | Unset):
        employee_id (int | Unset):
        automated_vouchers_last_30_days (int | Unset):
        tripletex_start_date (str | Unset):
        company_attestor_can_override (bool | Unset):
        show_user_survey_banner (bool | Unset):
        is_active_accountant_proxy (bool | Unset):
        is_active_auditor_proxy (bool | Unset):
        can_user_activate_modules (bool | Unset):
        company_currency (str | Unset):
        company_currency_id (int | Unset):
        has_module_department_accounting (bool | Unset):
        has_module_product_accounting (bool | Unset):
        has_module_product (bool | Unset):
        has_module_employee (bool | Unset):
        has_module_project (bool | Unset):
        has_module_project_accounting (bool | Unset):
        default_charge_on_project (bool | Unset):
        show_recently_closed_projects_on_supplier_invoice (bool | Unset):
        allow_multiple_project_invoice_vat (bool | Unset):
        has_module_quantity_handling (bool | Unset):
        has_module_multiple_ledgers (bool | Unset):
        has_module_fixed_asset_register (bool | Unset):
        incoming_invoice_pilot (bool | Unset):
        is_qualified_for_incoming_invoice_pilot_opt_in (bool | Unset):
        in_incoming_invoice_opt_in_pilot (bool | Unset):
        has_module_voucher_types (bool | Unset):
        has_module_voucher_approval (bool | Unset):
        has_module_year_end_report (bool | Unset):
        main_module (VoucherInboxContextMainModule | Unset):
        dimension_1_name (str | Unset):
        dimension_1_in_use (bool | Unset):
        dimension_2_name (str | Unset):
        dimension_2_in_use (bool | Unset):
        dimension_3_name (str | Unset):
        dimension_3_in_use (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.show_inbox
        if _v is not UNSET and not _in_request:
            field_dict["showInbox"] = _v
        _v = self.show_attestation
        if _v is not UNSET and not _in_request:
            field_dict["showAttestation"] = _v
        _v = self.show_follow_up
        if _v is not UNSET and not _in_request:
            field_dict["showFollowUp"] = _v
        _v = self.show_last_updated
        if _v is not UNSET and not _in_request:
            field_dict["showLastUpdated"] = _v
        _v = self.show_go_to_payment
        if _v is not UNSET and not _in_request:
            field_dict["showGoToPayment"] = _v
        _v = self.show_approve_payment
        if _v is not UNSET and not _in_request:
            field_dict["showApprovePayment"] = _v
        _v = self.show_client_inbox
        if _v is not UNSET and not _in_request:
            field_dict["showClientInbox"] = _v
        _v = self.has_automation
        if _v is not UNSET and not _in_request:
            field_dict["hasAutomation"] = _v
        _v = self.has_efo_nelfo_invoices
        if _v is not UNSET and not _in_request:
            field_dict["hasEfoNelfoInvoices"] = _v
        _v = self.has_bank_agreement
        if _v is not UNSET and not _in_request:
            field_dict["hasBankAgreement"] = _v
        _v = self.auth_add_bank_account_numbers
        if _v is not UNSET and not _in_request:
            field_dict["authAddBankAccountNumbers"] = _v
        _v = self.allow_posting_before_approval
        if _v is not UNSET and not _in_request:
            field_dict["allowPostingBeforeApproval"] = _v
        _v = self.auth_send_to_ledger
        if _v is not UNSET and not _in_request:
            field_dict["authSendToLedger"] = _v
        _v = self.is_user_read_only
        if _v is not UNSET:
            field_dict["isUserReadOnly"] = _v
        _v = self.can_user_upload
        if _v is not UNSET and not _in_request:
            field_dict["canUserUpload"] = _v
        _v = self.can_user_register_advanced_voucher
        if _v is not UNSET and not _in_request:
            field_dict["canUserRegisterAdvancedVoucher"] = _v
        _v = self.can_user_create_income_voucher
        if _v is not UNSET and not _in_request:
            field_dict["canUserCreateIncomeVoucher"] = _v
        _v = self.can_user_use_customs_declaration
        if _v is not UNSET and not _in_request:
            field_dict["canUserUseCustomsDeclaration"] = _v
        _v = self.can_user_use_incoming_invoice_beta
        if _v is not UNSET and not _in_request:
            field_dict["canUserUseIncomingInvoiceBeta"] = _v
        _v = self.can_user_use_invoice_detailed
        if _v is not UNSET and not _in_request:
            field_dict["canUserUseInvoiceDetailed"] = _v
        _v = self.can_user_use_invoice_simple
        if _v is not UNSET and not _in_request:
            field_dict["canUserUseInvoiceSimple"] = _v
        _v = self.established_company
        if _v is not UNSET and not _in_request:
            field_dict["establishedCompany"] = _v
        _v = self.can_user_access_automation_page
        if _v is not UNSET and not _in_request:
            field_dict["canUserAccessAutomationPage"] = _v
        _v = self.in_developer_mode
        if _v is not UNSET and not _in_request:
            field_dict["inDeveloperMode"] = _v
        _v = self.in_task_fox_developer_mode
        if _v is not UNSET and not _in_request:
            field_dict["inTaskFoxDeveloperMode"] = _v
        _v = self.in_new_voucher_menu_pilot
        if _v is not UNSET and not _in_request:
            field_dict["inNewVoucherMenuPilot"] = _v
        _v = self.voucher_scanning_email
        if _v is not UNSET and not _in_request:
            field_dict["voucherScanningEmail"] = _v
        _v = self.main_bank_account_id
        if _v is not UNSET and not _in_request:
            field_dict["mainBankAccountId"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["employeeId"] = _v
        _v = self.automated_vouchers_last_30_days
        if _v is not UNSET and not _in_request:
            field_dict["automatedVouchersLast30Days"] = _v
        _v = self.tripletex_start_date
        if _v is not UNSET and not _in_request:
            field_dict["tripletexStartDate"] = _v
        _v = self.company_attestor_can_override
        if _v is not UNSET and not _in_request:
            field_dict["companyAttestorCanOverride"] = _v
        _v = self.show_user_survey_banner
        if _v is not UNSET and not _in_request:
            field_dict["showUserSurveyBanner"] = _v
        _v = self.is_active_accountant_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isActiveAccountantProxy"] = _v
        _v = self.is_active_auditor_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isActiveAuditorProxy"] = _v
        _v = self.can_user_activate_modules
        if _v is not UNSET and not _in_request:
            field_dict["canUserActivateModules"] = _v
        _v = self.company_currency
        if _v is not UNSET and not _in_request:
            field_dict["companyCurrency"] = _v
        _v = self.company_currency_id
        if _v is not UNSET and not _in_request:
            field_dict["companyCurrencyId"] = _v
        _v = self.has_module_department_accounting
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleDepartmentAccounting"] = _v
        _v = self.has_module_product_accounting
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleProductAccounting"] = _v
        _v = self.has_module_product
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleProduct"] = _v
        _v = self.has_module_employee
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleEmployee"] = _v
        _v = self.has_module_project
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleProject"] = _v
        _v = self.has_module_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleProjectAccounting"] = _v
        _v = self.default_charge_on_project
        if _v is not UNSET and not _in_request:
            field_dict["defaultChargeOnProject"] = _v
        _v = self.show_recently_closed_projects_on_supplier_invoice
        if _v is not UNSET and not _in_request:
            field_dict["showRecentlyClosedProjectsOnSupplierInvoice"] = _v
        _v = self.allow_multiple_project_invoice_vat
        if _v is not UNSET and not _in_request:
            field_dict["allowMultipleProjectInvoiceVat"] = _v
        _v = self.has_module_quantity_handling
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleQuantityHandling"] = _v
        _v = self.has_module_multiple_ledgers
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleMultipleLedgers"] = _v
        _v = self.has_module_fixed_asset_register
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleFixedAssetRegister"] = _v
        _v = self.incoming_invoice_pilot
        if _v is not UNSET and not _in_request:
            field_dict["incomingInvoicePilot"] = _v
        _v = self.is_qualified_for_incoming_invoice_pilot_opt_in
        if _v is not UNSET and not _in_request:
            field_dict["isQualifiedForIncomingInvoicePilotOptIn"] = _v
        _v = self.in_incoming_invoice_opt_in_pilot
        if _v is not UNSET and not _in_request:
            field_dict["inIncomingInvoiceOptInPilot"] = _v
        _v = self.has_module_voucher_types
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleVoucherTypes"] = _v
        _v = self.has_module_voucher_approval
        if _v is not UNSET and not _in_request:
            field_dict["hasModuleVoucherApproval"] = _v
        _v = self.has_module_year_end_report
        if _v is not UNSET:
            field_dict["hasModuleYearEndReport"] = _v
        _v = self.main_module
        if _v is not UNSET and not _in_request:
            field_dict["mainModule"] = _v._value_
        _v = self.dimension_1_name
        if _v is not UNSET and not _in_request:
            field_dict["dimension1Name"] = _v
        _v = self.dimension_1_in_use
        if _v is not UNSET and not _in_request:
            field_dict["dimension1InUse"] = _v
        _v = self.dimension_2_name
        if _v is not UNSET and not _in_request:
            field_dict["dimension2Name"] = _v
        _v = self.dimension_2_in_use
        if _v is not UNSET and not _in_request:
            field_dict["dimension2InUse"] = _v
        _v = self.dimension_3_name
        if _v is not UNSET and not _in_request:
            field_dict["dimension3Name"] = _v
        _v = self.dimension_3_in_use
        if _v is not UNSET and not _in_request:
            field_dict["dimension3InUse"] = _v
        _v = self.user_read_only
        if _v is not UNSET:
            field_dict["userReadOnly"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VoucherInboxContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VoucherInboxContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_main_module: dict[Any, Any] = enum_members(VoucherInboxContextMainModule)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "contextId": "context_id",
            "companyName": "company_name",
            "showInbox": "show_inbox",
            "showAttestation": "show_attestation",
            "showFollowUp": "show_follow_up",
            "showLastUpdated": "show_last_updated",
            "showGoToPayment": "show_go_to_payment",
            "showApprovePayment": "show_approve_payment",
            "showClientInbox": "show_client_inbox",
            "hasAutomation": "has_automation",
            "hasEfoNelfoInvoices": "has_efo_nelfo_invoices",
            "hasBankAgreement": "has_bank_agreement",
            "authAddBankAccountNumbers": "auth_add_bank_account_numbers",
            "allowPostingBeforeApproval": "allow_posting_before_approval",
            "authSendToLedger": "auth_send_to_ledger",
            "isUserReadOnly": "is_user_read_only",
            "canUserUpload": "can_user_upload",
            "canUserRegisterAdvancedVoucher": "can_user_register_advanced_voucher",
            "canUserCreateIncomeVoucher": "can_user_create_income_voucher",
            "canUserUseCustomsDeclaration": "can_user_use_customs_declaration",
            "canUserUseIncomingInvoiceBeta": "can_user_use_incoming_invoice_beta",
            "canUserUseInvoiceDetailed": "can_user_use_invoice_detailed",
            "canUserUseInvoiceSimple": "can_user_use_invoice_simple",
            "establishedCompany": "established_company",
            "canUserAccessAutomationPage": "can_user_access_automation_page",
            "inDeveloperMode": "in_developer_mode",
            "inTaskFoxDeveloperMode": "in_task_fox_developer_mode",
            "inNewVoucherMenuPilot": "in_new_voucher_menu_pilot",
            "voucherScanningEmail": "voucher_scanning_email",
            "mainBankAccountId": "main_bank_account_id",
            "employeeId": "employee_id",
            "automatedVouchersLast30Days": "automated_vouchers_last_30_days",
            "tripletexStartDate": "tripletex_start_date",
            "companyAttestorCanOverride": "company_attestor_can_override",
            "showUserSurveyBanner": "show_user_survey_banner",
            "isActiveAccountantProxy": "is_active_accountant_proxy",
            "isActiveAuditorProxy": "is_active_auditor_proxy",
            "canUserActivateModules": "can_user_activate_modules",
            "companyCurrency": "company_currency",
            "companyCurrencyId": "company_currency_id",
            "hasModuleDepartmentAccounting": "has_module_department_accounting",
            "hasModuleProductAccounting": "has_module_product_accounting",
            "hasModuleProduct": "has_module_product",
            "hasModuleEmployee": "has_module_employee",
            "hasModuleProject": "has_module_project",
            "hasModuleProjectAccounting": "has_module_project_accounting",
            "defaultChargeOnProject": "default_charge_on_project",
            "showRecentlyClosedProjectsOnSupplierInvoice": "show_recently_closed_projects_on_supplier_invoice",
            "allowMultipleProjectInvoiceVat": "allow_multiple_project_invoice_vat",
            "hasModuleQuantityHandling": "has_module_quantity_handling",
            "hasModuleMultipleLedgers": "has_module_multiple_ledgers",
            "hasModuleFixedAssetRegister": "has_module_fixed_asset_register",
            "incomingInvoicePilot": "incoming_invoice_pilot",
            "isQualifiedForIncomingInvoicePilotOptIn": "is_qualified_for_incoming_invoice_pilot_opt_in",
            "inIncomingInvoiceOptInPilot": "in_incoming_invoice_opt_in_pilot",
            "hasModuleVoucherTypes": "has_module_voucher_types",
            "hasModuleVoucherApproval": "has_module_voucher_approval",
            "hasModuleYearEndReport": "has_module_year_end_report",
            "dimension1Name": "dimension_1_name",
            "dimension1InUse": "dimension_1_in_use",
            "dimension2Name": "dimension_2_name",
            "dimension2InUse": "dimension_2_in_use",
            "dimension3Name": "dimension_3_name",
            "dimension3InUse": "dimension_3_in_use",
            "userReadOnly": "user_read_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 22 and _sparse_keys.issuperset(d):
                    o.context_id = o.company_name = o.show_inbox = o.show_attestation = o.show_follow_up = (
                        o.show_last_updated
                    ) = o.show_go_to_payment = o.show_approve_payment = o.show_client_inbox = o.has_automation = (
                        o.has_efo_nelfo_invoices
                    ) = o.has_bank_agreement = o.auth_add_bank_account_numbers = o.allow_posting_before_approval = (
                        o.auth_send_to_ledger
                    ) = o.is_user_read_only = o.can_user_upload = o.can_user_register_advanced_voucher = (
                        o.can_user_create_income_voucher
                    ) = o.can_user_use_customs_declaration = o.can_user_use_incoming_invoice_beta = (
                        o.can_user_use_invoice_detailed
                    ) = o.can_user_use_invoice_simple = o.established_company = o.can_user_access_automation_page = (
                        o.in_developer_mode
                    ) = o.in_task_fox_developer_mode = o.in_new_voucher_menu_pilot = o.voucher_scanning_email = (
                        o.main_bank_account_id
                    ) = o.employee_id = o.automated_vouchers_last_30_days = o.tripletex_start_date = (
                        o.company_attestor_can_override
                    ) = o.show_user_survey_banner = o.is_active_accountant_proxy = o.is_active_auditor_proxy = (
                        o.can_user_activate_modules
                    ) = o.company_currency = o.company_currency_id = o.has_module_department_accounting = (
                        o.has_module_product_accounting
                    ) = o.has_module_product = o.has_module_employee = o.has_module_project = (
                        o.has_module_project_accounting
                    ) = o.default_charge_on_project = o.show_recently_closed_projects_on_supplier_invoice = (
                        o.allow_multiple_project_invoice_vat
                    ) = o.has_module_quantity_handling = o.has_module_multiple_ledgers = (
                        o.has_module_fixed_asset_register
                    ) = o.incoming_invoice_pilot = o.is_qualified_for_incoming_invoice_pilot_opt_in = (
                        o.in_incoming_invoice_opt_in_pilot
                    ) = o.has_module_voucher_types = o.has_module_voucher_approval = o.has_module_year_end_report = (
                        o.main_module
                    ) = o.dimension_1_name = o.dimension_1_in_use = o.dimension_2_name = o.dimension_2_in_use = (
                        o.dimension_3_name
                    ) = o.dimension_3_in_use = o.user_read_only = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("showInbox")
                if v is None:
                    o.show_inbox = u
                    if "showInbox" not in d:
                        m += 1
                else:
                    o.show_inbox = v
                v = g("showAttestation")
                if v is None:
                    o.show_attestation = u
                    if "showAttestation" not in d:
                        m += 1
                else:
                    o.show_attestation = v
                v = g("showFollowUp")
                if v is None:
                    o.show_follow_up = u
                    if "showFollowUp" not in d:
                        m += 1
                else:
                    o.show_follow_up = v
                v = g("showLastUpdated")
                if v is None:
                    o.show_last_updated = u
                    if "showLastUpdated" not in d:
                        m += 1
                else:
                    o.show_last_updated = v
                v = g("showGoToPayment")
                if v is None:
                    o.show_go_to_payment = u
                    if "showGoToPayment" not in d:
                        m += 1
                else:
                    o.show_go_to_payment = v
                v = g("showApprovePayment")
                if v is None:
                    o.show_approve_payment = u
                    if "showApprovePayment" not in d:
                        m += 1
                else:
                    o.show_approve_payment = v
                v = g("showClientInbox")
                if v is None:
                    o.show_client_inbox = u
                    if "showClientInbox" not in d:
                        m += 1
                else:
                    o.show_client_inbox = v
                v = g("hasAutomation")
                if v is None:
                    o.has_automation = u
                    if "hasAutomation" not in d:
                        m += 1
                else:
                    o.has_automation = v
                v = g("hasEfoNelfoInvoices")
                if v is None:
                    o.has_efo_nelfo_invoices = u
                    if "hasEfoNelfoInvoices" not in d:
                        m += 1
                else:
                    o.has_efo_nelfo_invoices = v
                v = g("hasBankAgreement")
                if v is None:
                    o.has_bank_agreement = u
                    if "hasBankAgreement" not in d:
                        m += 1
                else:
                    o.has_bank_agreement = v
                v = g("authAddBankAccountNumbers")
                if v is None:
                    o.auth_add_bank_account_numbers = u
                    if "authAddBankAccountNumbers" not in d:
                        m += 1
                else:
                    o.auth_add_bank_account_numbers = v
                v = g("allowPostingBeforeApproval")
                if v is None:
                    o.allow_posting_before_approval = u
                    if "allowPostingBeforeApproval" not in d:
                        m += 1
                else:
                    o.allow_posting_before_approval = v
                v = g("authSendToLedger")
                if v is None:
                    o.auth_send_to_ledger = u
                    if "authSendToLedger" not in d:
                        m += 1
                else:
                    o.auth_send_to_ledger = v
                v = g("isUserReadOnly")
                if v is None:
                    o.is_user_read_only = u
                    if "isUserReadOnly" not in d:
                        m += 1
                else:
                    o.is_user_read_only = v
                v = g("canUserUpload")
                if v is None:
                    o.can_user_upload = u
                    if "canUserUpload" not in d:
                        m += 1
                else:
                    o.can_user_upload = v
                v = g("canUserRegisterAdvancedVoucher")
                if v is None:
                    o.can_user_register_advanced_voucher = u
                    if "canUserRegisterAdvancedVoucher" not in d:
                        m += 1
                else:
                    o.can_user_register_advanced_voucher = v
                v = g("canUserCreateIncomeVoucher")
                if v is None:
                    o.can_user_create_income_voucher = u
                    if "canUserCreateIncomeVoucher" not in d:
                        m += 1
                else:
                    o.can_user_create_income_voucher = v
                v = g("canUserUseCustomsDeclaration")
                if v is None:
                    o.can_user_use_customs_declaration = u
                    if "canUserUseCustomsDeclaration" not in d:
                        m += 1
                else:
                    o.can_user_use_customs_declaration = v
                v = g("canUserUseIncomingInvoiceBeta")
                if v is None:
                    o.can_user_use_incoming_invoice_beta = u
                    if "canUserUseIncomingInvoiceBeta" not in d:
                        m += 1
                else:
                    o.can_user_use_incoming_invoice_beta = v
                v = g("canUserUseInvoiceDetailed")
                if v is None:
                    o.can_user_use_invoice_detailed = u
                    if "canUserUseInvoiceDetailed" not in d:
                        m += 1
                else:
                    o.can_user_use_invoice_detailed = v
                v = g("canUserUseInvoiceSimple")
                if v is None:
                    o.can_user_use_invoice_simple = u
                    if "canUserUseInvoiceSimple" not in d:
                        m += 1
                else:
                    o.can_user_use_invoice_simple = v
                v = g("establishedCompany")
                if v is None:
                    o.established_company = u
                    if "establishedCompany" not in d:
                        m += 1
                else:
                    o.established_company = v
                v = g("canUserAccessAutomationPage")
                if v is None:
                    o.can_user_access_automation_page = u
                    if "canUserAccessAutomationPage" not in d:
                        m += 1
                else:
                    o.can_user_access_automation_page = v
                v = g("inDeveloperMode")
                if v is None:
                    o.in_developer_mode = u
                    if "inDeveloperMode" not in d:
                        m += 1
                else:
                    o.in_developer_mode = v
                v = g("inTaskFoxDeveloperMode")
                if v is None:
                    o.in_task_fox_developer_mode = u
                    if "inTaskFoxDeveloperMode" not in d:
                        m += 1
                else:
                    o.in_task_fox_developer_mode = v
                v = g("inNewVoucherMenuPilot")
                if v is None:
                    o.in_new_voucher_menu_pilot = u
                    if "inNewVoucherMenuPilot" not in d:
                        m += 1
                else:
                    o.in_new_voucher_menu_pilot = v
                v = g("voucherScanningEmail")
                if v is None:
                    o.voucher_scanning_email = u
                    if "voucherScanningEmail" not in d:
                        m += 1
                else:
                    o.voucher_scanning_email = v
                v = g("mainBankAccountId")
                if v is None:
                    o.main_bank_account_id = u
                    if "mainBankAccountId" not in d:
                        m += 1
                else:
                    o.main_bank_account_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("automatedVouchersLast30Days")
                if v is None:
                    o.automated_vouchers_last_30_days = u
                    if "automatedVouchersLast30Days" not in d:
                        m += 1
                else:
                    o.automated_vouchers_last_30_days = v
                v = g("tripletexStartDate")
                if v is None:
                    o.tripletex_start_date = u
                    if "tripletexStartDate" not in d:
                        m += 1
                else:
                    o.tripletex_start_date = v
                v = g("companyAttestorCanOverride")
                if v is None:
                    o.company_attestor_can_override = u
                    if "companyAttestorCanOverride" not in d:
                        m += 1
                else:
                    o.company_attestor_can_override = v
                v = g("showUserSurveyBanner")
                if v is None:
                    o.show_user_survey_banner = u
                    if "showUserSurveyBanner" not in d:
                        m += 1
                else:
                    o.show_user_survey_banner = v
                v = g("isActiveAccountantProxy")
                if v is None:
                    o.is_active_accountant_proxy = u
                    if "isActiveAccountantProxy" not in d:
                        m += 1
                else:
                    o.is_active_accountant_proxy = v
                v = g("isActiveAuditorProxy")
                if v is None:
                    o.is_active_auditor_proxy = u
                    if "isActiveAuditorProxy" not in d:
                        m += 1
                else:
                    o.is_active_auditor_proxy = v
                v = g("canUserActivateModules")
                if v is None:
                    o.can_user_activate_modules = u
                    if "canUserActivateModules" not in d:
                        m += 1
                else:
                    o.can_user_activate_modules = v
                v = g("companyCurrency")
                if v is None:
                    o.company_currency = u
                    if "companyCurrency" not in d:
                        m += 1
                else:
                    o.company_currency = v
                v = g("companyCurrencyId")
                if v is None:
                    o.company_currency_id = u
                    if "companyCurrencyId" not in d:
                        m += 1
                else:
                    o.company_currency_id = v
                v = g("hasModuleDepartmentAccounting")
                if v is None:
                    o.has_module_department_accounting = u
                    if "hasModuleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.has_module_department_accounting = v
                v = g("hasModuleProductAccounting")
                if v is None:
                    o.has_module_product_accounting = u
                    if "hasModuleProductAccounting" not in d:
                        m += 1
                else:
                    o.has_module_product_accounting = v
                v = g("hasModuleProduct")
                if v is None:
                    o.has_module_product = u
                    if "hasModuleProduct" not in d:
                        m += 1
                else:
                    o.has_module_product = v
                v = g("hasModuleEmployee")
                if v is None:
                    o.has_module_employee = u
                    if "hasModuleEmployee" not in d:
                        m += 1
                else:
                    o.has_module_employee = v
                v = g("hasModuleProject")
                if v is None:
                    o.has_module_project = u
                    if "hasModuleProject" not in d:
                        m += 1
                else:
                    o.has_module_project = v
                v = g("hasModuleProjectAccounting")
                if v is None:
                    o.has_module_project_accounting = u
                    if "hasModuleProjectAccounting" not in d:
                        m += 1
                else:
                    o.has_module_project_accounting = v
                v = g("defaultChargeOnProject")
                if v is None:
                    o.default_charge_on_project = u
                    if "defaultChargeOnProject" not in d:
                        m += 1
                else:
                    o.default_charge_on_project = v
                v = g("showRecentlyClosedProjectsOnSupplierInvoice")
                if v is None:
                    o.show_recently_closed_projects_on_supplier_invoice = u
                    if "showRecentlyClosedProjectsOnSupplierInvoice" not in d:
                        m += 1
                else:
                    o.show_recently_closed_projects_on_supplier_invoice = v
                v = g("allowMultipleProjectInvoiceVat")
                if v is None:
                    o.allow_multiple_project_invoice_vat = u
                    if "allowMultipleProjectInvoiceVat" not in d:
                        m += 1
                else:
                    o.allow_multiple_project_invoice_vat = v
                v = g("hasModuleQuantityHandling")
                if v is None:
                    o.has_module_quantity_handling = u
                    if "hasModuleQuantityHandling" not in d:
                        m += 1
                else:
                    o.has_module_quantity_handling = v
                v = g("hasModuleMultipleLedgers")
                if v is None:
                    o.has_module_multiple_ledgers = u
                    if "hasModuleMultipleLedgers" not in d:
                        m += 1
                else:
                    o.has_module_multiple_ledgers = v
                v = g("hasModuleFixedAssetRegister")
                if v is None:
                    o.has_module_fixed_asset_register = u
                    if "hasModuleFixedAssetRegister" not in d:
                        m += 1
                else:
                    o.has_module_fixed_asset_register = v
                v = g("incomingInvoicePilot")
                if v is None:
                    o.incoming_invoice_pilot = u
                    if "incomingInvoicePilot" not in d:
                        m += 1
                else:
                    o.incoming_invoice_pilot = v
                v = g("isQualifiedForIncomingInvoicePilotOptIn")
                if v is None:
                    o.is_qualified_for_incoming_invoice_pilot_opt_in = u
                    if "isQualifiedForIncomingInvoicePilotOptIn" not in d:
                        m += 1
                else:
                    o.is_qualified_for_incoming_invoice_pilot_opt_in = v
                v = g("inIncomingInvoiceOptInPilot")
                if v is None:
                    o.in_incoming_invoice_opt_in_pilot = u
                    if "inIncomingInvoiceOptInPilot" not in d:
                        m += 1
                else:
                    o.in_incoming_invoice_opt_in_pilot = v
                v = g("hasModuleVoucherTypes")
                if v is None:
                    o.has_module_voucher_types = u
                    if "hasModuleVoucherTypes" not in d:
                        m += 1
                else:
                    o.has_module_voucher_types = v
                v = g("hasModuleVoucherApproval")
                if v is None:
                    o.has_module_voucher_approval = u
                    if "hasModuleVoucherApproval" not in d:
                        m += 1
                else:
                    o.has_module_voucher_approval = v
                v = g("hasModuleYearEndReport")
                if v is None:
                    o.has_module_year_end_report = u
                    if "hasModuleYearEndReport" not in d:
                        m += 1
                else:
                    o.has_module_year_end_report = v
                k = "mainModule"
                v = g("mainModule")
                if v is None:
                    o.main_module = u
                    if "mainModule" not in d:
                        m += 1
                else:
                    o.main_module = (
                        e_
                        if (e_ := _e_main_module.get(v)) is not None
                        else enum_value(VoucherInboxContextMainModule, v)
                    )
                v = g("dimension1Name")
                if v is None:
                    o.dimension_1_name = u
                    if "dimension1Name" not in d:
                        m += 1
                else:
                    o.dimension_1_name = v
                v = g("dimension1InUse")
                if v is None:
                    o.dimension_1_in_use = u
                    if "dimension1InUse" not in d:
                        m += 1
                else:
                    o.dimension_1_in_use = v
                v = g("dimension2Name")
                if v is None:
                    o.dimension_2_name = u
                    if "dimension2Name" not in d:
                        m += 1
                else:
                    o.dimension_2_name = v
                v = g("dimension2InUse")
                if v is None:
                    o.dimension_2_in_use = u
                    if "dimension2InUse" not in d:
                        m += 1
                else:
                    o.dimension_2_in_use = v
                v = g("dimension3Name")
                if v is None:
                    o.dimension_3_name = u
                    if "dimension3Name" not in d:
                        m += 1
                else:
                    o.dimension_3_name = v
                v = g("dimension3InUse")
                if v is None:
                    o.dimension_3_in_use = u
                    if "dimension3InUse" not in d:
                        m += 1
                else:
                    o.dimension_3_in_use = v
                v = g("userReadOnly")
                if v is None:
                    o.user_read_only = u
                    if "userReadOnly" not in d:
                        m += 1
                else:
                    o.user_read_only = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 66 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("context_id", "contextId"),
            ("company_name", "companyName"),
            ("show_inbox", "showInbox"),
            ("show_attestation", "showAttestation"),
            ("show_follow_up", "showFollowUp"),
            ("show_last_updated", "showLastUpdated"),
            ("show_go_to_payment", "showGoToPayment"),
            ("show_approve_payment", "showApprovePayment"),
            ("show_client_inbox", "showClientInbox"),
            ("has_automation", "hasAutomation"),
            ("has_efo_nelfo_invoices", "hasEfoNelfoInvoices"),
            ("has_bank_agreement", "hasBankAgreement"),
            ("auth_add_bank_account_numbers", "authAddBankAccountNumbers"),
            ("allow_posting_before_approval", "allowPostingBeforeApproval"),
            ("auth_send_to_ledger", "authSendToLedger"),
            ("is_user_read_only", "isUserReadOnly"),
            ("can_user_upload", "canUserUpload"),
            ("can_user_register_advanced_voucher", "canUserRegisterAdvancedVoucher"),
            ("can_user_create_income_voucher", "canUserCreateIncomeVoucher"),
            ("can_user_use_customs_declaration", "canUserUseCustomsDeclaration"),
            ("can_user_use_incoming_invoice_beta", "canUserUseIncomingInvoiceBeta"),
            ("can_user_use_invoice_detailed", "canUserUseInvoiceDetailed"),
            ("can_user_use_invoice_simple", "canUserUseInvoiceSimple"),
            ("established_company", "establishedCompany"),
            ("can_user_access_automation_page", "canUserAccessAutomationPage"),
            ("in_developer_mode", "inDeveloperMode"),
            ("in_task_fox_developer_mode", "inTaskFoxDeveloperMode"),
            ("in_new_voucher_menu_pilot", "inNewVoucherMenuPilot"),
            ("voucher_scanning_email", "voucherScanningEmail"),
            ("main_bank_account_id", "mainBankAccountId"),
            ("employee_id", "employeeId"),
            ("automated_vouchers_last_30_days", "automatedVouchersLast30Days"),
            ("tripletex_start_date", "tripletexStartDate"),
            ("company_attestor_can_override", "companyAttestorCanOverride"),
            ("show_user_survey_banner", "showUserSurveyBanner"),
            ("is_active_accountant_proxy", "isActiveAccountantProxy"),
            ("is_active_auditor_proxy", "isActiveAuditorProxy"),
            ("can_user_activate_modules", "canUserActivateModules"),
            ("company_currency", "companyCurrency"),
            ("company_currency_id", "companyCurrencyId"),
            ("has_module_department_accounting", "hasModuleDepartmentAccounting"),
            ("has_module_product_accounting", "hasModuleProductAccounting"),
            ("has_module_product", "hasModuleProduct"),
            ("has_module_employee", "hasModuleEmployee"),
            ("has_module_project", "hasModuleProject"),
            ("has_module_project_accounting", "hasModuleProjectAccounting"),
            ("default_charge_on_project", "defaultChargeOnProject"),
            ("show_recently_closed_projects_on_supplier_invoice", "showRecentlyClosedProjectsOnSupplierInvoice"),
            ("allow_multiple_project_invoice_vat", "allowMultipleProjectInvoiceVat"),
            ("has_module_quantity_handling", "hasModuleQuantityHandling"),
            ("has_module_multiple_ledgers", "hasModuleMultipleLedgers"),
            ("has_module_fixed_asset_register", "hasModuleFixedAssetRegister"),
            ("incoming_invoice_pilot", "incomingInvoicePilot"),
            ("is_qualified_for_incoming_invoice_pilot_opt_in", "isQualifiedForIncomingInvoicePilotOptIn"),
            ("in_incoming_invoice_opt_in_pilot", "inIncomingInvoiceOptInPilot"),
            ("has_module_voucher_types", "hasModuleVoucherTypes"),
            ("has_module_voucher_approval", "hasModuleVoucherApproval"),
            ("has_module_year_end_report", "hasModuleYearEndReport"),
            ("main_module", "mainModule"),
            ("dimension_1_name", "dimension1Name"),
            ("dimension_1_in_use", "dimension1InUse"),
            ("dimension_2_name", "dimension2Name"),
            ("dimension_2_in_use", "dimension2InUse"),
            ("dimension_3_name", "dimension3Name"),
            ("dimension_3_in_use", "dimension3InUse"),
            ("user_read_only", "userReadOnly"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.show_inbox
            o.show_inbox = u if v is None else v
            v = s.show_attestation
            o.show_attestation = u if v is None else v
            v = s.show_follow_up
            o.show_follow_up = u if v is None else v
            v = s.show_last_updated
            o.show_last_updated = u if v is None else v
            v = s.show_go_to_payment
            o.show_go_to_payment = u if v is None else v
            v = s.show_approve_payment
            o.show_approve_payment = u if v is None else v
            v = s.show_client_inbox
            o.show_client_inbox = u if v is None else v
            v = s.has_automation
            o.has_automation = u if v is None else v
            v = s.has_efo_nelfo_invoices
            o.has_efo_nelfo_invoices = u if v is None else v
            v = s.has_bank_agreement
            o.has_bank_agreement = u if v is None else v
            v = s.auth_add_bank_account_numbers
            o.auth_add_bank_account_numbers = u if v is None else v
            v = s.allow_posting_before_approval
            o.allow_posting_before_approval = u if v is None else v
            v = s.auth_send_to_ledger
            o.auth_send_to_ledger = u if v is None else v
            v = s.is_user_read_only
            o.is_user_read_only = u if v is None else v
            v = s.can_user_upload
            o.can_user_upload = u if v is None else v
            v = s.can_user_register_advanced_voucher
            o.can_user_register_advanced_voucher = u if v is None else v
            v = s.can_user_create_income_voucher
            o.can_user_create_income_voucher = u if v is None else v
            v = s.can_user_use_customs_declaration
            o.can_user_use_customs_declaration = u if v is None else v
            v = s.can_user_use_incoming_invoice_beta
            o.can_user_use_incoming_invoice_beta = u if v is None else v
            v = s.can_user_use_invoice_detailed
            o.can_user_use_invoice_detailed = u if v is None else v
            v = s.can_user_use_invoice_simple
            o.can_user_use_invoice_simple = u if v is None else v
            v = s.established_company
            o.established_company = u if v is None else v
            v = s.can_user_access_automation_page
            o.can_user_access_automation_page = u if v is None else v
            v = s.in_developer_mode
            o.in_developer_mode = u if v is None else v
            v = s.in_task_fox_developer_mode
            o.in_task_fox_developer_mode = u if v is None else v
            v = s.in_new_voucher_menu_pilot
            o.in_new_voucher_menu_pilot = u if v is None else v
            v = s.voucher_scanning_email
            o.voucher_scanning_email = u if v is None else v
            v = s.main_bank_account_id
            o.main_bank_account_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.automated_vouchers_last_30_days
            o.automated_vouchers_last_30_days = u if v is None else v
            v = s.tripletex_start_date
            o.tripletex_start_date = u if v is None else v
            v = s.company_attestor_can_override
            o.company_attestor_can_override = u if v is None else v
            v = s.show_user_survey_banner
            o.show_user_survey_banner = u if v is None else v
            v = s.is_active_accountant_proxy
            o.is_active_accountant_proxy = u if v is None else v
            v = s.is_active_auditor_proxy
            o.is_active_auditor_proxy = u if v is None else v
            v = s.can_user_activate_modules
            o.can_user_activate_modules = u if v is None else v
            v = s.company_currency
            o.company_currency = u if v is None else v
            v = s.company_currency_id
            o.company_currency_id = u if v is None else v
            v = s.has_module_department_accounting
            o.has_module_department_accounting = u if v is None else v
            v = s.has_module_product_accounting
            o.has_module_product_accounting = u if v is None else v
            v = s.has_module_product
            o.has_module_product = u if v is None else v
            v = s.has_module_employee
            o.has_module_employee = u if v is None else v
            v = s.has_module_project
            o.has_module_project = u if v is None else v
            v = s.has_module_project_accounting
            o.has_module_project_accounting = u if v is None else v
            v = s.default_charge_on_project
            o.default_charge_on_project = u if v is None else v
            v = s.show_recently_closed_projects_on_supplier_invoice
            o.show_recently_closed_projects_on_supplier_invoice = u if v is None else v
            v = s.allow_multiple_project_invoice_vat
            o.allow_multiple_project_invoice_vat = u if v is None else v
            v = s.has_module_quantity_handling
            o.has_module_quantity_handling = u if v is None else v
            v = s.has_module_multiple_ledgers
            o.has_module_multiple_ledgers = u if v is None else v
            v = s.has_module_fixed_asset_register
            o.has_module_fixed_asset_register = u if v is None else v
            v = s.incoming_invoice_pilot
            o.incoming_invoice_pilot = u if v is None else v
            v = s.is_qualified_for_incoming_invoice_pilot_opt_in
            o.is_qualified_for_incoming_invoice_pilot_opt_in = u if v is None else v
            v = s.in_incoming_invoice_opt_in_pilot
            o.in_incoming_invoice_opt_in_pilot = u if v is None else v
            v = s.has_module_voucher_types
            o.has_module_voucher_types = u if v is None else v
            v = s.has_module_voucher_approval
            o.has_module_voucher_approval = u if v is None else v
            v = s.has_module_year_end_report
            o.has_module_year_end_report = u if v is None else v
            v = s.main_module
            o.main_module = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_main_module.get(v)) is not None
                else enum_value(VoucherInboxContextMainModule, v)
            )
            v = s.dimension_1_name
            o.dimension_1_name = u if v is None else v
            v = s.dimension_1_in_use
            o.dimension_1_in_use = u if v is None else v
            v = s.dimension_2_name
            o.dimension_2_name = u if v is None else v
            v = s.dimension_2_in_use
            o.dimension_2_in_use = u if v is None else v
            v = s.dimension_3_name
            o.dimension_3_name = u if v is None else v
            v = s.dimension_3_in_use
            o.dimension_3_in_use = u if v is None else v
            v = s.user_read_only
            o.user_read_only = u if v is None else v
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
