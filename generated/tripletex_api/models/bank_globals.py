from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_globals_remit_payment_type import BankGlobalsRemitPaymentType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankGlobals")


@_attrs_define
class BankGlobals:
    """
    Attributes:
        remit_payment_type (BankGlobalsRemitPaymentType | Unset): [read-only]
        login_employee_id (int | Unset): [read-only]
        delegator_employee_id (int | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        is_auth_direct_remit_ztl (bool | Unset): [read-only]
        tripletex_customer_category_id_2 (int | Unset): [read-only]
        is_auth_accounting_settings (bool | Unset): [read-only]
        company_name (str | Unset): [read-only]
        actual_employee_id (int | Unset): [read-only]
        org_number (str | Unset): [read-only]
        is_active_accountant_proxy (bool | Unset): [read-only]
        is_my_subscription_auth (bool | Unset): [read-only]
        accountant_company_id (int | Unset): [read-only]
        is_auth_bank_dashboard (bool | Unset): [read-only]
        is_auth_cash_credit (bool | Unset): [read-only]
        is_auth_bank_reconciliation (bool | Unset): [read-only]
        is_auth_auto_pay_ztl_switch (bool | Unset): [read-only]
        is_readonly_login (bool | Unset): [read-only]
        module_voucher_scanning (bool | Unset): [read-only]
    """

    remit_payment_type: BankGlobalsRemitPaymentType | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    delegator_employee_id: int | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    is_auth_direct_remit_ztl: bool | Unset = UNSET
    tripletex_customer_category_id_2: int | Unset = UNSET
    is_auth_accounting_settings: bool | Unset = UNSET
    company_name: str | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    org_number: str | Unset = UNSET
    is_active_accountant_proxy: bool | Unset = UNSET
    is_my_subscription_auth: bool | Unset = UNSET
    accountant_company_id: int | Unset = UNSET
    is_auth_bank_dashboard: bool | Unset = UNSET
    is_auth_cash_credit: bool | Unset = UNSET
    is_auth_bank_reconciliation: bool | Unset = UNSET
    is_auth_auto_pay_ztl_switch: bool | Unset = UNSET
    is_readonly_login: bool | Unset = UNSET
    module_voucher_scanning: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        remit_payment_type: str | Unset = UNSET
        if not isinstance(self.remit_payment_type, Unset):
            remit_payment_type = self.remit_payment_type.value

        login_employee_id = self.login_employee_id

        delegator_employee_id = self.delegator_employee_id

        is_accountant = self.is_accountant

        is_auth_direct_remit_ztl = self.is_auth_direct_remit_ztl

        tripletex_customer_category_id_2 = self.tripletex_customer_category_id_2

        is_auth_accounting_settings = self.is_auth_accounting_settings

        company_name = self.company_name

        actual_employee_id = self.actual_employee_id

        org_number = self.org_number

        is_active_accountant_proxy = self.is_active_accountant_proxy

        is_my_subscription_auth = self.is_my_subscription_auth

        accountant_company_id = self.accountant_company_id

        is_auth_bank_dashboard = self.is_auth_bank_dashboard

        is_auth_cash_credit = self.is_auth_cash_credit

        is_auth_bank_reconciliation = self.is_auth_bank_reconciliation

        is_auth_auto_pay_ztl_switch = self.is_auth_auto_pay_ztl_switch

        is_readonly_login = self.is_readonly_login

        module_voucher_scanning = self.module_voucher_scanning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remit_payment_type is not UNSET and not _in_request:
            field_dict["remitPaymentType"] = remit_payment_type
        if login_employee_id is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = login_employee_id
        if delegator_employee_id is not UNSET and not _in_request:
            field_dict["delegatorEmployeeId"] = delegator_employee_id
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if is_auth_direct_remit_ztl is not UNSET and not _in_request:
            field_dict["isAuthDirectRemitZtl"] = is_auth_direct_remit_ztl
        if tripletex_customer_category_id_2 is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId2"] = tripletex_customer_category_id_2
        if is_auth_accounting_settings is not UNSET and not _in_request:
            field_dict["isAuthAccountingSettings"] = is_auth_accounting_settings
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if actual_employee_id is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = actual_employee_id
        if org_number is not UNSET and not _in_request:
            field_dict["orgNumber"] = org_number
        if is_active_accountant_proxy is not UNSET and not _in_request:
            field_dict["isActiveAccountantProxy"] = is_active_accountant_proxy
        if is_my_subscription_auth is not UNSET and not _in_request:
            field_dict["isMySubscriptionAuth"] = is_my_subscription_auth
        if accountant_company_id is not UNSET and not _in_request:
            field_dict["accountantCompanyId"] = accountant_company_id
        if is_auth_bank_dashboard is not UNSET and not _in_request:
            field_dict["isAuthBankDashboard"] = is_auth_bank_dashboard
        if is_auth_cash_credit is not UNSET and not _in_request:
            field_dict["isAuthCashCredit"] = is_auth_cash_credit
        if is_auth_bank_reconciliation is not UNSET and not _in_request:
            field_dict["isAuthBankReconciliation"] = is_auth_bank_reconciliation
        if is_auth_auto_pay_ztl_switch is not UNSET and not _in_request:
            field_dict["isAuthAutoPayZtlSwitch"] = is_auth_auto_pay_ztl_switch
        if is_readonly_login is not UNSET and not _in_request:
            field_dict["isReadonlyLogin"] = is_readonly_login
        if module_voucher_scanning is not UNSET and not _in_request:
            field_dict["moduleVoucherScanning"] = module_voucher_scanning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _remit_payment_type = d.pop("remitPaymentType", UNSET)
        remit_payment_type: BankGlobalsRemitPaymentType | Unset
        if isinstance(_remit_payment_type, Unset):
            remit_payment_type = UNSET
        else:
            remit_payment_type = BankGlobalsRemitPaymentType(_remit_payment_type)

        login_employee_id = d.pop("loginEmployeeId", UNSET)

        delegator_employee_id = d.pop("delegatorEmployeeId", UNSET)

        is_accountant = d.pop("isAccountant", UNSET)

        is_auth_direct_remit_ztl = d.pop("isAuthDirectRemitZtl", UNSET)

        tripletex_customer_category_id_2 = d.pop("tripletexCustomerCategoryId2", UNSET)

        is_auth_accounting_settings = d.pop("isAuthAccountingSettings", UNSET)

        company_name = d.pop("companyName", UNSET)

        actual_employee_id = d.pop("actualEmployeeId", UNSET)

        org_number = d.pop("orgNumber", UNSET)

        is_active_accountant_proxy = d.pop("isActiveAccountantProxy", UNSET)

        is_my_subscription_auth = d.pop("isMySubscriptionAuth", UNSET)

        accountant_company_id = d.pop("accountantCompanyId", UNSET)

        is_auth_bank_dashboard = d.pop("isAuthBankDashboard", UNSET)

        is_auth_cash_credit = d.pop("isAuthCashCredit", UNSET)

        is_auth_bank_reconciliation = d.pop("isAuthBankReconciliation", UNSET)

        is_auth_auto_pay_ztl_switch = d.pop("isAuthAutoPayZtlSwitch", UNSET)

        is_readonly_login = d.pop("isReadonlyLogin", UNSET)

        module_voucher_scanning = d.pop("moduleVoucherScanning", UNSET)

        _obj = cls(
            remit_payment_type=remit_payment_type,
            login_employee_id=login_employee_id,
            delegator_employee_id=delegator_employee_id,
            is_accountant=is_accountant,
            is_auth_direct_remit_ztl=is_auth_direct_remit_ztl,
            tripletex_customer_category_id_2=tripletex_customer_category_id_2,
            is_auth_accounting_settings=is_auth_accounting_settings,
            company_name=company_name,
            actual_employee_id=actual_employee_id,
            org_number=org_number,
            is_active_accountant_proxy=is_active_accountant_proxy,
            is_my_subscription_auth=is_my_subscription_auth,
            accountant_company_id=accountant_company_id,
            is_auth_bank_dashboard=is_auth_bank_dashboard,
            is_auth_cash_credit=is_auth_cash_credit,
            is_auth_bank_reconciliation=is_auth_bank_reconciliation,
            is_auth_auto_pay_ztl_switch=is_auth_auto_pay_ztl_switch,
            is_readonly_login=is_readonly_login,
            module_voucher_scanning=module_voucher_scanning,
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
