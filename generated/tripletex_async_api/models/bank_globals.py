from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_globals_remit_payment_type import BankGlobalsRemitPaymentType
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

T = TypeVar("T", bound="BankGlobals")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("remitPaymentType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class BankGlobals(LazyModel):
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
        self._tx_load()
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
        """A BankGlobals from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_remit_payment_type(_tx_v: Any) -> BankGlobalsRemitPaymentType | Unset:
            _remit_payment_type = _tx_v
            remit_payment_type: BankGlobalsRemitPaymentType | Unset
            if isinstance(_remit_payment_type, Unset):
                remit_payment_type = UNSET
            else:
                remit_payment_type = BankGlobalsRemitPaymentType(_remit_payment_type)

            return remit_payment_type

        _tx_known: frozenset[str] = frozenset(
            (
                "remitPaymentType",
                "loginEmployeeId",
                "delegatorEmployeeId",
                "isAccountant",
                "isAuthDirectRemitZtl",
                "tripletexCustomerCategoryId2",
                "isAuthAccountingSettings",
                "companyName",
                "actualEmployeeId",
                "orgNumber",
                "isActiveAccountantProxy",
                "isMySubscriptionAuth",
                "accountantCompanyId",
                "isAuthBankDashboard",
                "isAuthCashCredit",
                "isAuthBankReconciliation",
                "isAuthAutoPayZtlSwitch",
                "isReadonlyLogin",
                "moduleVoucherScanning",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "remit_payment_type": ("remitPaymentType", _p_remit_payment_type),
            "login_employee_id": ("loginEmployeeId", None),
            "delegator_employee_id": ("delegatorEmployeeId", None),
            "is_accountant": ("isAccountant", None),
            "is_auth_direct_remit_ztl": ("isAuthDirectRemitZtl", None),
            "tripletex_customer_category_id_2": ("tripletexCustomerCategoryId2", None),
            "is_auth_accounting_settings": ("isAuthAccountingSettings", None),
            "company_name": ("companyName", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "org_number": ("orgNumber", None),
            "is_active_accountant_proxy": ("isActiveAccountantProxy", None),
            "is_my_subscription_auth": ("isMySubscriptionAuth", None),
            "accountant_company_id": ("accountantCompanyId", None),
            "is_auth_bank_dashboard": ("isAuthBankDashboard", None),
            "is_auth_cash_credit": ("isAuthCashCredit", None),
            "is_auth_bank_reconciliation": ("isAuthBankReconciliation", None),
            "is_auth_auto_pay_ztl_switch": ("isAuthAutoPayZtlSwitch", None),
            "is_readonly_login": ("isReadonlyLogin", None),
            "module_voucher_scanning": ("moduleVoucherScanning", None),
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
