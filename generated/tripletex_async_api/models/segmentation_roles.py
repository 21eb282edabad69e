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

T = TypeVar("T", bound="SegmentationRoles")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SegmentationRoles(LazyModel):
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
        self._tx_load()
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
        """A SegmentationRoles from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "roleAdministrator",
                "roleAccountAdministrator",
                "roleSystemAdministrator",
                "isAuthInvoicing",
                "isAuthCompanyAdmin",
                "isAuthReadOnly",
                "isAuthCreateOrder",
                "isAuthAccountingSettings",
                "isAuthCompanyWageAdmin",
                "isAuthTravelsAndExpensesAdminSettings",
                "isAuthInvoiceAdminSettings",
                "isAuthInboxVoucher",
                "isAutWageAdminSetting",
                "isAuthWageSettings",
                "isAuthBankReconciliation",
                "isAuthAllVouchers",
                "isAuthDirectRemitZtl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "role_administrator": ("roleAdministrator", None),
            "role_account_administrator": ("roleAccountAdministrator", None),
            "role_system_administrator": ("roleSystemAdministrator", None),
            "is_auth_invoicing": ("isAuthInvoicing", None),
            "is_auth_company_admin": ("isAuthCompanyAdmin", None),
            "is_auth_read_only": ("isAuthReadOnly", None),
            "is_auth_create_order": ("isAuthCreateOrder", None),
            "is_auth_accounting_settings": ("isAuthAccountingSettings", None),
            "is_auth_company_wage_admin": ("isAuthCompanyWageAdmin", None),
            "is_auth_travels_and_expenses_admin_settings": ("isAuthTravelsAndExpensesAdminSettings", None),
            "is_auth_invoice_admin_settings": ("isAuthInvoiceAdminSettings", None),
            "is_auth_inbox_voucher": ("isAuthInboxVoucher", None),
            "is_aut_wage_admin_setting": ("isAutWageAdminSetting", None),
            "is_auth_wage_settings": ("isAuthWageSettings", None),
            "is_auth_bank_reconciliation": ("isAuthBankReconciliation", None),
            "is_auth_all_vouchers": ("isAuthAllVouchers", None),
            "is_auth_direct_remit_ztl": ("isAuthDirectRemitZtl", None),
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
