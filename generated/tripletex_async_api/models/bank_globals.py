from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_globals_remit_payment_type import BankGlobalsRemitPaymentType
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

T = TypeVar("T", bound="BankGlobals")


@_attrs_define
class BankGlobals(Model):
    """
    Attributes:
        remit_payment_type (BankGlobalsRemitPaymentType | Unset):
        login_employee_id (int | Unset):
        delegator_employee_id (int | Unset):
        is_accountant (bool | Unset):
        is_auth_direct_remit_ztl (bool | Unset):
        tripletex_customer_category_id_2 (int | Unset):
        is_auth_accounting_settings (bool | Unset):
        company_name (str | Unset):
        actual_employee_id (int | Unset):
        org_number (str | Unset):
        is_active_accountant_proxy (bool | Unset):
        is_my_subscription_auth (bool | Unset):
        accountant_company_id (int | Unset):
        is_auth_bank_dashboard (bool | Unset):
        is_auth_cash_credit (bool | Unset):
        is_auth_bank_reconciliation (bool | Unset):
        is_auth_auto_pay_ztl_switch (bool | Unset):
        is_readonly_login (bool | Unset):
        module_voucher_scanning (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.remit_payment_type
        if _v is not UNSET and not _in_request:
            field_dict["remitPaymentType"] = _v._value_
        _v = self.login_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = _v
        _v = self.delegator_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["delegatorEmployeeId"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.is_auth_direct_remit_ztl
        if _v is not UNSET and not _in_request:
            field_dict["isAuthDirectRemitZtl"] = _v
        _v = self.tripletex_customer_category_id_2
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCustomerCategoryId2"] = _v
        _v = self.is_auth_accounting_settings
        if _v is not UNSET and not _in_request:
            field_dict["isAuthAccountingSettings"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = _v
        _v = self.org_number
        if _v is not UNSET and not _in_request:
            field_dict["orgNumber"] = _v
        _v = self.is_active_accountant_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isActiveAccountantProxy"] = _v
        _v = self.is_my_subscription_auth
        if _v is not UNSET and not _in_request:
            field_dict["isMySubscriptionAuth"] = _v
        _v = self.accountant_company_id
        if _v is not UNSET and not _in_request:
            field_dict["accountantCompanyId"] = _v
        _v = self.is_auth_bank_dashboard
        if _v is not UNSET and not _in_request:
            field_dict["isAuthBankDashboard"] = _v
        _v = self.is_auth_cash_credit
        if _v is not UNSET and not _in_request:
            field_dict["isAuthCashCredit"] = _v
        _v = self.is_auth_bank_reconciliation
        if _v is not UNSET and not _in_request:
            field_dict["isAuthBankReconciliation"] = _v
        _v = self.is_auth_auto_pay_ztl_switch
        if _v is not UNSET and not _in_request:
            field_dict["isAuthAutoPayZtlSwitch"] = _v
        _v = self.is_readonly_login
        if _v is not UNSET and not _in_request:
            field_dict["isReadonlyLogin"] = _v
        _v = self.module_voucher_scanning
        if _v is not UNSET and not _in_request:
            field_dict["moduleVoucherScanning"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankGlobals from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankGlobals.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_remit_payment_type: dict[Any, Any] = enum_members(BankGlobalsRemitPaymentType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "loginEmployeeId": "login_employee_id",
            "delegatorEmployeeId": "delegator_employee_id",
            "isAccountant": "is_accountant",
            "isAuthDirectRemitZtl": "is_auth_direct_remit_ztl",
            "tripletexCustomerCategoryId2": "tripletex_customer_category_id_2",
            "isAuthAccountingSettings": "is_auth_accounting_settings",
            "companyName": "company_name",
            "actualEmployeeId": "actual_employee_id",
            "orgNumber": "org_number",
            "isActiveAccountantProxy": "is_active_accountant_proxy",
            "isMySubscriptionAuth": "is_my_subscription_auth",
            "accountantCompanyId": "accountant_company_id",
            "isAuthBankDashboard": "is_auth_bank_dashboard",
            "isAuthCashCredit": "is_auth_cash_credit",
            "isAuthBankReconciliation": "is_auth_bank_reconciliation",
            "isAuthAutoPayZtlSwitch": "is_auth_auto_pay_ztl_switch",
            "isReadonlyLogin": "is_readonly_login",
            "moduleVoucherScanning": "module_voucher_scanning",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.remit_payment_type = o.login_employee_id = o.delegator_employee_id = o.is_accountant = (
                        o.is_auth_direct_remit_ztl
                    ) = o.tripletex_customer_category_id_2 = o.is_auth_accounting_settings = o.company_name = (
                        o.actual_employee_id
                    ) = o.org_number = o.is_active_accountant_proxy = o.is_my_subscription_auth = (
                        o.accountant_company_id
                    ) = o.is_auth_bank_dashboard = o.is_auth_cash_credit = o.is_auth_bank_reconciliation = (
                        o.is_auth_auto_pay_ztl_switch
                    ) = o.is_readonly_login = o.module_voucher_scanning = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "remitPaymentType"
                v = g("remitPaymentType")
                if v is None:
                    o.remit_payment_type = u
                    if "remitPaymentType" not in d:
                        m += 1
                else:
                    o.remit_payment_type = (
                        e_
                        if (e_ := _e_remit_payment_type.get(v)) is not None
                        else enum_value(BankGlobalsRemitPaymentType, v)
                    )
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("delegatorEmployeeId")
                if v is None:
                    o.delegator_employee_id = u
                    if "delegatorEmployeeId" not in d:
                        m += 1
                else:
                    o.delegator_employee_id = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                v = g("isAuthDirectRemitZtl")
                if v is None:
                    o.is_auth_direct_remit_ztl = u
                    if "isAuthDirectRemitZtl" not in d:
                        m += 1
                else:
                    o.is_auth_direct_remit_ztl = v
                v = g("tripletexCustomerCategoryId2")
                if v is None:
                    o.tripletex_customer_category_id_2 = u
                    if "tripletexCustomerCategoryId2" not in d:
                        m += 1
                else:
                    o.tripletex_customer_category_id_2 = v
                v = g("isAuthAccountingSettings")
                if v is None:
                    o.is_auth_accounting_settings = u
                    if "isAuthAccountingSettings" not in d:
                        m += 1
                else:
                    o.is_auth_accounting_settings = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("isActiveAccountantProxy")
                if v is None:
                    o.is_active_accountant_proxy = u
                    if "isActiveAccountantProxy" not in d:
                        m += 1
                else:
                    o.is_active_accountant_proxy = v
                v = g("isMySubscriptionAuth")
                if v is None:
                    o.is_my_subscription_auth = u
                    if "isMySubscriptionAuth" not in d:
                        m += 1
                else:
                    o.is_my_subscription_auth = v
                v = g("accountantCompanyId")
                if v is None:
                    o.accountant_company_id = u
                    if "accountantCompanyId" not in d:
                        m += 1
                else:
                    o.accountant_company_id = v
                v = g("isAuthBankDashboard")
                if v is None:
                    o.is_auth_bank_dashboard = u
                    if "isAuthBankDashboard" not in d:
                        m += 1
                else:
                    o.is_auth_bank_dashboard = v
                v = g("isAuthCashCredit")
                if v is None:
                    o.is_auth_cash_credit = u
                    if "isAuthCashCredit" not in d:
                        m += 1
                else:
                    o.is_auth_cash_credit = v
                v = g("isAuthBankReconciliation")
                if v is None:
                    o.is_auth_bank_reconciliation = u
                    if "isAuthBankReconciliation" not in d:
                        m += 1
                else:
                    o.is_auth_bank_reconciliation = v
                v = g("isAuthAutoPayZtlSwitch")
                if v is None:
                    o.is_auth_auto_pay_ztl_switch = u
                    if "isAuthAutoPayZtlSwitch" not in d:
                        m += 1
                else:
                    o.is_auth_auto_pay_ztl_switch = v
                v = g("isReadonlyLogin")
                if v is None:
                    o.is_readonly_login = u
                    if "isReadonlyLogin" not in d:
                        m += 1
                else:
                    o.is_readonly_login = v
                v = g("moduleVoucherScanning")
                if v is None:
                    o.module_voucher_scanning = u
                    if "moduleVoucherScanning" not in d:
                        m += 1
                else:
                    o.module_voucher_scanning = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("remit_payment_type", "remitPaymentType"),
            ("login_employee_id", "loginEmployeeId"),
            ("delegator_employee_id", "delegatorEmployeeId"),
            ("is_accountant", "isAccountant"),
            ("is_auth_direct_remit_ztl", "isAuthDirectRemitZtl"),
            ("tripletex_customer_category_id_2", "tripletexCustomerCategoryId2"),
            ("is_auth_accounting_settings", "isAuthAccountingSettings"),
            ("company_name", "companyName"),
            ("actual_employee_id", "actualEmployeeId"),
            ("org_number", "orgNumber"),
            ("is_active_accountant_proxy", "isActiveAccountantProxy"),
            ("is_my_subscription_auth", "isMySubscriptionAuth"),
            ("accountant_company_id", "accountantCompanyId"),
            ("is_auth_bank_dashboard", "isAuthBankDashboard"),
            ("is_auth_cash_credit", "isAuthCashCredit"),
            ("is_auth_bank_reconciliation", "isAuthBankReconciliation"),
            ("is_auth_auto_pay_ztl_switch", "isAuthAutoPayZtlSwitch"),
            ("is_readonly_login", "isReadonlyLogin"),
            ("module_voucher_scanning", "moduleVoucherScanning"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.remit_payment_type
            o.remit_payment_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_remit_payment_type.get(v)) is not None
                else enum_value(BankGlobalsRemitPaymentType, v)
            )
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.delegator_employee_id
            o.delegator_employee_id = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.is_auth_direct_remit_ztl
            o.is_auth_direct_remit_ztl = u if v is None else v
            v = s.tripletex_customer_category_id_2
            o.tripletex_customer_category_id_2 = u if v is None else v
            v = s.is_auth_accounting_settings
            o.is_auth_accounting_settings = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.is_active_accountant_proxy
            o.is_active_accountant_proxy = u if v is None else v
            v = s.is_my_subscription_auth
            o.is_my_subscription_auth = u if v is None else v
            v = s.accountant_company_id
            o.accountant_company_id = u if v is None else v
            v = s.is_auth_bank_dashboard
            o.is_auth_bank_dashboard = u if v is None else v
            v = s.is_auth_cash_credit
            o.is_auth_cash_credit = u if v is None else v
            v = s.is_auth_bank_reconciliation
            o.is_auth_bank_reconciliation = u if v is None else v
            v = s.is_auth_auto_pay_ztl_switch
            o.is_auth_auto_pay_ztl_switch = u if v is None else v
            v = s.is_readonly_login
            o.is_readonly_login = u if v is None else v
            v = s.module_voucher_scanning
            o.module_voucher_scanning = u if v is None else v
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
