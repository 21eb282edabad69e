from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SegmentationRoles")


@_attrs_define
class SegmentationRoles:
    """
    Attributes:
        role_administrator (bool | Unset): [read-only]
        role_account_administrator (bool | Unset): [read-only]
        role_system_administrator (bool | Unset): [read-only]
        is_auth_invoicing (bool | Unset): [read-only]
        is_auth_company_admin (bool | Unset): [read-only]
        is_auth_read_only (bool | Unset): [read-only]
        is_auth_create_order (bool | Unset): [read-only]
        is_auth_accounting_settings (bool | Unset): [read-only]
        is_auth_company_wage_admin (bool | Unset): [read-only]
        is_auth_travels_and_expenses_admin_settings (bool | Unset): [read-only]
        is_auth_invoice_admin_settings (bool | Unset): [read-only]
        is_auth_inbox_voucher (bool | Unset): [read-only]
        is_aut_wage_admin_setting (bool | Unset): [read-only]
        is_auth_wage_settings (bool | Unset): [read-only]
        is_auth_bank_reconciliation (bool | Unset): [read-only]
        is_auth_all_vouchers (bool | Unset): [read-only]
        is_auth_direct_remit_ztl (bool | Unset): [read-only]
    """

    role_administrator: bool | Unset = UNSET
    role_account_administrator: bool | Unset = UNSET
    role_system_administrator: bool | Unset = UNSET
    is_auth_invoicing: bool | Unset = UNSET
    is_auth_company_admin: bool | Unset = UNSET
    is_auth_read_only: bool | Unset = UNSET
    is_auth_create_order: bool | Unset = UNSET
    is_auth_accounting_settings: bool | Unset = UNSET
    is_auth_company_wage_admin: bool | Unset = UNSET
    is_auth_travels_and_expenses_admin_settings: bool | Unset = UNSET
    is_auth_invoice_admin_settings: bool | Unset = UNSET
    is_auth_inbox_voucher: bool | Unset = UNSET
    is_aut_wage_admin_setting: bool | Unset = UNSET
    is_auth_wage_settings: bool | Unset = UNSET
    is_auth_bank_reconciliation: bool | Unset = UNSET
    is_auth_all_vouchers: bool | Unset = UNSET
    is_auth_direct_remit_ztl: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        role_administrator = self.role_administrator

        role_account_administrator = self.role_account_administrator

        role_system_administrator = self.role_system_administrator

        is_auth_invoicing = self.is_auth_invoicing

        is_auth_company_admin = self.is_auth_company_admin

        is_auth_read_only = self.is_auth_read_only

        is_auth_create_order = self.is_auth_create_order

        is_auth_accounting_settings = self.is_auth_accounting_settings

        is_auth_company_wage_admin = self.is_auth_company_wage_admin

        is_auth_travels_and_expenses_admin_settings = self.is_auth_travels_and_expenses_admin_settings

        is_auth_invoice_admin_settings = self.is_auth_invoice_admin_settings

        is_auth_inbox_voucher = self.is_auth_inbox_voucher

        is_aut_wage_admin_setting = self.is_aut_wage_admin_setting

        is_auth_wage_settings = self.is_auth_wage_settings

        is_auth_bank_reconciliation = self.is_auth_bank_reconciliation

        is_auth_all_vouchers = self.is_auth_all_vouchers

        is_auth_direct_remit_ztl = self.is_auth_direct_remit_ztl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_administrator is not UNSET and not _in_request:
            field_dict["roleAdministrator"] = role_administrator
        if role_account_administrator is not UNSET and not _in_request:
            field_dict["roleAccountAdministrator"] = role_account_administrator
        if role_system_administrator is not UNSET and not _in_request:
            field_dict["roleSystemAdministrator"] = role_system_administrator
        if is_auth_invoicing is not UNSET and not _in_request:
            field_dict["isAuthInvoicing"] = is_auth_invoicing
        if is_auth_company_admin is not UNSET and not _in_request:
            field_dict["isAuthCompanyAdmin"] = is_auth_company_admin
        if is_auth_read_only is not UNSET and not _in_request:
            field_dict["isAuthReadOnly"] = is_auth_read_only
        if is_auth_create_order is not UNSET and not _in_request:
            field_dict["isAuthCreateOrder"] = is_auth_create_order
        if is_auth_accounting_settings is not UNSET and not _in_request:
            field_dict["isAuthAccountingSettings"] = is_auth_accounting_settings
        if is_auth_company_wage_admin is not UNSET and not _in_request:
            field_dict["isAuthCompanyWageAdmin"] = is_auth_company_wage_admin
        if is_auth_travels_and_expenses_admin_settings is not UNSET and not _in_request:
            field_dict["isAuthTravelsAndExpensesAdminSettings"] = is_auth_travels_and_expenses_admin_settings
        if is_auth_invoice_admin_settings is not UNSET and not _in_request:
            field_dict["isAuthInvoiceAdminSettings"] = is_auth_invoice_admin_settings
        if is_auth_inbox_voucher is not UNSET and not _in_request:
            field_dict["isAuthInboxVoucher"] = is_auth_inbox_voucher
        if is_aut_wage_admin_setting is not UNSET and not _in_request:
            field_dict["isAutWageAdminSetting"] = is_aut_wage_admin_setting
        if is_auth_wage_settings is not UNSET and not _in_request:
            field_dict["isAuthWageSettings"] = is_auth_wage_settings
        if is_auth_bank_reconciliation is not UNSET and not _in_request:
            field_dict["isAuthBankReconciliation"] = is_auth_bank_reconciliation
        if is_auth_all_vouchers is not UNSET and not _in_request:
            field_dict["isAuthAllVouchers"] = is_auth_all_vouchers
        if is_auth_direct_remit_ztl is not UNSET and not _in_request:
            field_dict["isAuthDirectRemitZtl"] = is_auth_direct_remit_ztl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        role_administrator = d.pop("roleAdministrator", UNSET)

        role_account_administrator = d.pop("roleAccountAdministrator", UNSET)

        role_system_administrator = d.pop("roleSystemAdministrator", UNSET)

        is_auth_invoicing = d.pop("isAuthInvoicing", UNSET)

        is_auth_company_admin = d.pop("isAuthCompanyAdmin", UNSET)

        is_auth_read_only = d.pop("isAuthReadOnly", UNSET)

        is_auth_create_order = d.pop("isAuthCreateOrder", UNSET)

        is_auth_accounting_settings = d.pop("isAuthAccountingSettings", UNSET)

        is_auth_company_wage_admin = d.pop("isAuthCompanyWageAdmin", UNSET)

        is_auth_travels_and_expenses_admin_settings = d.pop("isAuthTravelsAndExpensesAdminSettings", UNSET)

        is_auth_invoice_admin_settings = d.pop("isAuthInvoiceAdminSettings", UNSET)

        is_auth_inbox_voucher = d.pop("isAuthInboxVoucher", UNSET)

        is_aut_wage_admin_setting = d.pop("isAutWageAdminSetting", UNSET)

        is_auth_wage_settings = d.pop("isAuthWageSettings", UNSET)

        is_auth_bank_reconciliation = d.pop("isAuthBankReconciliation", UNSET)

        is_auth_all_vouchers = d.pop("isAuthAllVouchers", UNSET)

        is_auth_direct_remit_ztl = d.pop("isAuthDirectRemitZtl", UNSET)

        _obj = cls(
            role_administrator=role_administrator,
            role_account_administrator=role_account_administrator,
            role_system_administrator=role_system_administrator,
            is_auth_invoicing=is_auth_invoicing,
            is_auth_company_admin=is_auth_company_admin,
            is_auth_read_only=is_auth_read_only,
            is_auth_create_order=is_auth_create_order,
            is_auth_accounting_settings=is_auth_accounting_settings,
            is_auth_company_wage_admin=is_auth_company_wage_admin,
            is_auth_travels_and_expenses_admin_settings=is_auth_travels_and_expenses_admin_settings,
            is_auth_invoice_admin_settings=is_auth_invoice_admin_settings,
            is_auth_inbox_voucher=is_auth_inbox_voucher,
            is_aut_wage_admin_setting=is_aut_wage_admin_setting,
            is_auth_wage_settings=is_auth_wage_settings,
            is_auth_bank_reconciliation=is_auth_bank_reconciliation,
            is_auth_all_vouchers=is_auth_all_vouchers,
            is_auth_direct_remit_ztl=is_auth_direct_remit_ztl,
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
