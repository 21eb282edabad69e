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

T = TypeVar("T", bound="SegmentationRoles")


@_attrs_define
class SegmentationRoles(Model):
    """
    Attributes:
        role_administrator (bool | Unset):
        role_account_administrator (bool | Unset):
        role_system_administrator (bool | Unset):
        is_auth_invoicing (bool | Unset):
        is_auth_company_admin (bool | Unset):
        is_auth_read_only (bool | Unset):
        is_auth_create_order (bool | Unset):
        is_auth_accounting_settings (bool | Unset):
        is_auth_company_wage_admin (bool | Unset):
        is_auth_travels_and_expenses_admin_settings (bool | Unset):
        is_auth_invoice_admin_settings (bool | Unset):
        is_auth_inbox_voucher (bool | Unset):
        is_aut_wage_admin_setting (bool | Unset):
        is_auth_wage_settings (bool | Unset):
        is_auth_bank_reconciliation (bool | Unset):
        is_auth_all_vouchers (bool | Unset):
        is_auth_direct_remit_ztl (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.role_administrator
        if _v is not UNSET and not _in_request:
            field_dict["roleAdministrator"] = _v
        _v = self.role_account_administrator
        if _v is not UNSET and not _in_request:
            field_dict["roleAccountAdministrator"] = _v
        _v = self.role_system_administrator
        if _v is not UNSET and not _in_request:
            field_dict["roleSystemAdministrator"] = _v
        _v = self.is_auth_invoicing
        if _v is not UNSET and not _in_request:
            field_dict["isAuthInvoicing"] = _v
        _v = self.is_auth_company_admin
        if _v is not UNSET and not _in_request:
            field_dict["isAuthCompanyAdmin"] = _v
        _v = self.is_auth_read_only
        if _v is not UNSET and not _in_request:
            field_dict["isAuthReadOnly"] = _v
        _v = self.is_auth_create_order
        if _v is not UNSET and not _in_request:
            field_dict["isAuthCreateOrder"] = _v
        _v = self.is_auth_accounting_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthAccountingSettings"] = _v
        _v = self.is_auth_company_wage_admin
        if _v is not UNSET and not _in_request:
            field_dict["isAuthCompanyWageAdmin"] = _v
        _v = self.is_auth_travels_and_expenses_admin_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthTravelsAndExpensesAdminSettings"] = _v
        _v = self.is_auth_invoice_admin_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthInvoiceAdminSettings"] = _v
        _v = self.is_auth_inbox_voucher
        if _v is not UNSET and not _in_request:
            field_dict["isAuthInboxVoucher"] = _v
        _v = self.is_aut_wage_admin_setting
        if _v is not UNSET and not _in_request:
            field_dict["isAutWageAdminSetting"] = _v
        _v = self.is_auth_wage_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthWageSettings"] = _v
        _v = self.is_auth_bank_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["isAuthBankReconciliation"] = _v
        _v = self.is_auth_all_vouchers
        if _v is not UNSET and not _in_request:
            field_dict["isAuthAllVouchers"] = _v
        _v = self.is_auth_direct_remit_ztl
        if _v is not UNSET and not _in_request:
            field_dict["isAuthDirectRemitZtl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SegmentationRoles from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SegmentationRoles.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "roleAdministrator": "role_administrator",
            "roleAccountAdministrator": "role_account_administrator",
            "roleSystemAdministrator": "role_system_administrator",
            "isAuthInvoicing": "is_auth_invoicing",
            "isAuthCompanyAdmin": "is_auth_company_admin",
            "isAuthReadOnly": "is_auth_read_only",
            "isAuthCreateOrder": "is_auth_create_order",
            "isAuthAccountingSettings": "is_auth_accounting_settings",
            "isAuthCompanyWageAdmin": "is_auth_company_wage_admin",
            "isAuthTravelsAndExpensesAdminSettings": "is_auth_travels_and_expenses_admin_settings",
            "isAuthInvoiceAdminSettings": "is_auth_invoice_admin_settings",
            "isAuthInboxVoucher": "is_auth_inbox_voucher",
            "isAutWageAdminSetting": "is_aut_wage_admin_setting",
            "isAuthWageSettings": "is_auth_wage_settings",
            "isAuthBankReconciliation": "is_auth_bank_reconciliation",
            "isAuthAllVouchers": "is_auth_all_vouchers",
            "isAuthDirectRemitZtl": "is_auth_direct_remit_ztl",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.role_administrator = o.role_account_administrator = o.role_system_administrator = (
                        o.is_auth_invoicing
                    ) = o.is_auth_company_admin = o.is_auth_read_only = o.is_auth_create_order = (
                        o.is_auth_accounting_settings
                    ) = o.is_auth_company_wage_admin = o.is_auth_travels_and_expenses_admin_settings = (
                        o.is_auth_invoice_admin_settings
                    ) = o.is_auth_inbox_voucher = o.is_aut_wage_admin_setting = o.is_auth_wage_settings = (
                        o.is_auth_bank_reconciliation
                    ) = o.is_auth_all_vouchers = o.is_auth_direct_remit_ztl = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("roleAdministrator")
                if v is None:
                    o.role_administrator = u
                    if "roleAdministrator" not in d:
                        m += 1
                else:
                    o.role_administrator = v
                v = g("roleAccountAdministrator")
                if v is None:
                    o.role_account_administrator = u
                    if "roleAccountAdministrator" not in d:
                        m += 1
                else:
                    o.role_account_administrator = v
                v = g("roleSystemAdministrator")
                if v is None:
                    o.role_system_administrator = u
                    if "roleSystemAdministrator" not in d:
                        m += 1
                else:
                    o.role_system_administrator = v
                v = g("isAuthInvoicing")
                if v is None:
                    o.is_auth_invoicing = u
                    if "isAuthInvoicing" not in d:
                        m += 1
                else:
                    o.is_auth_invoicing = v
                v = g("isAuthCompanyAdmin")
                if v is None:
                    o.is_auth_company_admin = u
                    if "isAuthCompanyAdmin" not in d:
                        m += 1
                else:
                    o.is_auth_company_admin = v
                v = g("isAuthReadOnly")
                if v is None:
                    o.is_auth_read_only = u
                    if "isAuthReadOnly" not in d:
                        m += 1
                else:
                    o.is_auth_read_only = v
                v = g("isAuthCreateOrder")
                if v is None:
                    o.is_auth_create_order = u
                    if "isAuthCreateOrder" not in d:
                        m += 1
                else:
                    o.is_auth_create_order = v
                v = g("isAuthAccountingSettings")
                if v is None:
                    o.is_auth_accounting_settings = u
                    if "isAuthAccountingSettings" not in d:
                        m += 1
                else:
                    o.is_auth_accounting_settings = v
                v = g("isAuthCompanyWageAdmin")
                if v is None:
                    o.is_auth_company_wage_admin = u
                    if "isAuthCompanyWageAdmin" not in d:
                        m += 1
                else:
                    o.is_auth_company_wage_admin = v
                v = g("isAuthTravelsAndExpensesAdminSettings")
                if v is None:
                    o.is_auth_travels_and_expenses_admin_settings = u
                    if "isAuthTravelsAndExpensesAdminSettings" not in d:
                        m += 1
                else:
                    o.is_auth_travels_and_expenses_admin_settings = v
                v = g("isAuthInvoiceAdminSettings")
                if v is None:
                    o.is_auth_invoice_admin_settings = u
                    if "isAuthInvoiceAdminSettings" not in d:
                        m += 1
                else:
                    o.is_auth_invoice_admin_settings = v
                v = g("isAuthInboxVoucher")
                if v is None:
                    o.is_auth_inbox_voucher = u
                    if "isAuthInboxVoucher" not in d:
                        m += 1
                else:
                    o.is_auth_inbox_voucher = v
                v = g("isAutWageAdminSetting")
                if v is None:
                    o.is_aut_wage_admin_setting = u
                    if "isAutWageAdminSetting" not in d:
                        m += 1
                else:
                    o.is_aut_wage_admin_setting = v
                v = g("isAuthWageSettings")
                if v is None:
                    o.is_auth_wage_settings = u
                    if "isAuthWageSettings" not in d:
                        m += 1
                else:
                    o.is_auth_wage_settings = v
                v = g("isAuthBankReconciliation")
                if v is None:
                    o.is_auth_bank_reconciliation = u
                    if "isAuthBankReconciliation" not in d:
                        m += 1
                else:
                    o.is_auth_bank_reconciliation = v
                v = g("isAuthAllVouchers")
                if v is None:
                    o.is_auth_all_vouchers = u
                    if "isAuthAllVouchers" not in d:
                        m += 1
                else:
                    o.is_auth_all_vouchers = v
                v = g("isAuthDirectRemitZtl")
                if v is None:
                    o.is_auth_direct_remit_ztl = u
                    if "isAuthDirectRemitZtl" not in d:
                        m += 1
                else:
                    o.is_auth_direct_remit_ztl = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("role_administrator", "roleAdministrator"),
            ("role_account_administrator", "roleAccountAdministrator"),
            ("role_system_administrator", "roleSystemAdministrator"),
            ("is_auth_invoicing", "isAuthInvoicing"),
            ("is_auth_company_admin", "isAuthCompanyAdmin"),
            ("is_auth_read_only", "isAuthReadOnly"),
            ("is_auth_create_order", "isAuthCreateOrder"),
            ("is_auth_accounting_settings", "isAuthAccountingSettings"),
            ("is_auth_company_wage_admin", "isAuthCompanyWageAdmin"),
            ("is_auth_travels_and_expenses_admin_settings", "isAuthTravelsAndExpensesAdminSettings"),
            ("is_auth_invoice_admin_settings", "isAuthInvoiceAdminSettings"),
            ("is_auth_inbox_voucher", "isAuthInboxVoucher"),
            ("is_aut_wage_admin_setting", "isAutWageAdminSetting"),
            ("is_auth_wage_settings", "isAuthWageSettings"),
            ("is_auth_bank_reconciliation", "isAuthBankReconciliation"),
            ("is_auth_all_vouchers", "isAuthAllVouchers"),
            ("is_auth_direct_remit_ztl", "isAuthDirectRemitZtl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.role_administrator
            o.role_administrator = u if v is None else v
            v = s.role_account_administrator
            o.role_account_administrator = u if v is None else v
            v = s.role_system_administrator
            o.role_system_administrator = u if v is None else v
            v = s.is_auth_invoicing
            o.is_auth_invoicing = u if v is None else v
            v = s.is_auth_company_admin
            o.is_auth_company_admin = u if v is None else v
            v = s.is_auth_read_only
            o.is_auth_read_only = u if v is None else v
            v = s.is_auth_create_order
            o.is_auth_create_order = u if v is None else v
            v = s.is_auth_accounting_settings
            o.is_auth_accounting_settings = u if v is None else v
            v = s.is_auth_company_wage_admin
            o.is_auth_company_wage_admin = u if v is None else v
            v = s.is_auth_travels_and_expenses_admin_settings
            o.is_auth_travels_and_expenses_admin_settings = u if v is None else v
            v = s.is_auth_invoice_admin_settings
            o.is_auth_invoice_admin_settings = u if v is None else v
            v = s.is_auth_inbox_voucher
            o.is_auth_inbox_voucher = u if v is None else v
            v = s.is_aut_wage_admin_setting
            o.is_aut_wage_admin_setting = u if v is None else v
            v = s.is_auth_wage_settings
            o.is_auth_wage_settings = u if v is None else v
            v = s.is_auth_bank_reconciliation
            o.is_auth_bank_reconciliation = u if v is None else v
            v = s.is_auth_all_vouchers
            o.is_auth_all_vouchers = u if v is None else v
            v = s.is_auth_direct_remit_ztl
            o.is_auth_direct_remit_ztl = u if v is None else v
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
