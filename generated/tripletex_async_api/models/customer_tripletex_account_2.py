from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_tripletex_account_2_access_request_type import CustomerTripletexAccount2AccessRequestType
from ..models.customer_tripletex_account_2_account_type import CustomerTripletexAccount2AccountType
from ..models.customer_tripletex_account_2_chart_of_accounts_type import CustomerTripletexAccount2ChartOfAccountsType
from ..models.customer_tripletex_account_2_type import CustomerTripletexAccount2Type
from ..models.customer_tripletex_account_2_vat_status_type import CustomerTripletexAccount2VatStatusType
from ..models.customer_tripletex_account_2_vat_term_type import CustomerTripletexAccount2VatTermType
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

if TYPE_CHECKING:
    from ..models.account_admin_access import AccountAdminAccess
    from ..models.employee import Employee
    from ..models.sales_module import SalesModule


T = TypeVar("T", bound="CustomerTripletexAccount2")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("administrator", dict, False),
    ("accessRequestType", str, False),
    ("modules", list, False),
    ("type", str, False),
    ("chartOfAccountsType", str, False),
    ("vatStatusType", str, False),
    ("vatTermType", str, False),
    ("accountAdminAccess", dict, False),
    ("accountType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CustomerTripletexAccount2(LazyModel):
    """
    Attributes:
        administrator (Employee | Unset):
        customer_id (int | Unset): The customer id to an already created customer to create a Tripletex account for.
        access_request_type (CustomerTripletexAccount2AccessRequestType | Unset): If the accounting office is both an
            accountant and an auditor
        modules (list[SalesModule] | Unset):
        type_ (CustomerTripletexAccount2Type | Unset):
        send_emails (bool | Unset): Should the emails normally sent during creation be sent in this case?
        auto_validate_user_login (bool | Unset): Should the user be automatically validated? SendEmails must be false
            for this to have any effect.
        create_api_token (bool | Unset): Creates a token for the admin user. The accounting office could also use their
            tokens so you might not need this.
        send_invoice_to_customer (bool | Unset): Should the invoices for this account be sent to the customer?
        customer_invoice_email (str | Unset): The address to send the invoice to at the customer.
        invoice_receiver_customer_id (int | Unset): The id of the customer card for the invoice receiver company.
        creator_receiving_receipt (bool | Unset): Should the receipt for this order be sent to the user creating the
            account?
        number_of_employees (int | Unset): The number of employees in the customer company. Is used for calculating
            prices and setting some default settings, i.e. approval settings for timesheet.
        account_end_date_period (int | Unset): Available for school resellers only. Number of months the account should
            be valid for. If not set, the account will be valid for 6 months.
        chart_of_accounts_type (CustomerTripletexAccount2ChartOfAccountsType | Unset): The chart of accounts to use for
            the new company
        vat_status_type (CustomerTripletexAccount2VatStatusType | Unset): VAT type
        vat_term_type (CustomerTripletexAccount2VatTermType | Unset): VAT period
        customer_category_id_1 (int | Unset): Customer category 1 id, used to identify the previous accounting system
        account_admin_access (AccountAdminAccess | Unset): Account admin access for the customer. If not set, the
            default access will be used which is all admins from the accountant company.
        account_type (CustomerTripletexAccount2AccountType | Unset):
    """

    administrator: Employee | Unset = UNSET
    customer_id: int | Unset = UNSET
    access_request_type: CustomerTripletexAccount2AccessRequestType | Unset = UNSET
    modules: list[SalesModule] | Unset = UNSET
    type_: CustomerTripletexAccount2Type | Unset = UNSET
    send_emails: bool | Unset = UNSET
    auto_validate_user_login: bool | Unset = UNSET
    create_api_token: bool | Unset = UNSET
    send_invoice_to_customer: bool | Unset = UNSET
    customer_invoice_email: str | Unset = UNSET
    invoice_receiver_customer_id: int | Unset = UNSET
    creator_receiving_receipt: bool | Unset = UNSET
    number_of_employees: int | Unset = UNSET
    account_end_date_period: int | Unset = UNSET
    chart_of_accounts_type: CustomerTripletexAccount2ChartOfAccountsType | Unset = UNSET
    vat_status_type: CustomerTripletexAccount2VatStatusType | Unset = UNSET
    vat_term_type: CustomerTripletexAccount2VatTermType | Unset = UNSET
    customer_category_id_1: int | Unset = UNSET
    account_admin_access: AccountAdminAccess | Unset = UNSET
    account_type: CustomerTripletexAccount2AccountType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        administrator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.administrator, Unset):
            administrator = self.administrator.to_dict()

        customer_id = self.customer_id

        access_request_type: str | Unset = UNSET
        if not isinstance(self.access_request_type, Unset):
            access_request_type = self.access_request_type.value

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        send_emails = self.send_emails

        auto_validate_user_login = self.auto_validate_user_login

        create_api_token = self.create_api_token

        send_invoice_to_customer = self.send_invoice_to_customer

        customer_invoice_email = self.customer_invoice_email

        invoice_receiver_customer_id = self.invoice_receiver_customer_id

        creator_receiving_receipt = self.creator_receiving_receipt

        number_of_employees = self.number_of_employees

        account_end_date_period = self.account_end_date_period

        chart_of_accounts_type: str | Unset = UNSET
        if not isinstance(self.chart_of_accounts_type, Unset):
            chart_of_accounts_type = self.chart_of_accounts_type.value

        vat_status_type: str | Unset = UNSET
        if not isinstance(self.vat_status_type, Unset):
            vat_status_type = self.vat_status_type.value

        vat_term_type: str | Unset = UNSET
        if not isinstance(self.vat_term_type, Unset):
            vat_term_type = self.vat_term_type.value

        customer_category_id_1 = self.customer_category_id_1

        account_admin_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_admin_access, Unset):
            account_admin_access = self.account_admin_access.to_dict()

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if administrator is not UNSET:
            field_dict["administrator"] = administrator
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if access_request_type is not UNSET:
            field_dict["accessRequestType"] = access_request_type
        if modules is not UNSET:
            field_dict["modules"] = modules
        if type_ is not UNSET:
            field_dict["type"] = type_
        if send_emails is not UNSET:
            field_dict["sendEmails"] = send_emails
        if auto_validate_user_login is not UNSET:
            field_dict["autoValidateUserLogin"] = auto_validate_user_login
        if create_api_token is not UNSET:
            field_dict["createApiToken"] = create_api_token
        if send_invoice_to_customer is not UNSET:
            field_dict["sendInvoiceToCustomer"] = send_invoice_to_customer
        if customer_invoice_email is not UNSET:
            field_dict["customerInvoiceEmail"] = customer_invoice_email
        if invoice_receiver_customer_id is not UNSET:
            field_dict["invoiceReceiverCustomerId"] = invoice_receiver_customer_id
        if creator_receiving_receipt is not UNSET:
            field_dict["creatorReceivingReceipt"] = creator_receiving_receipt
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if account_end_date_period is not UNSET:
            field_dict["accountEndDatePeriod"] = account_end_date_period
        if chart_of_accounts_type is not UNSET:
            field_dict["chartOfAccountsType"] = chart_of_accounts_type
        if vat_status_type is not UNSET:
            field_dict["vatStatusType"] = vat_status_type
        if vat_term_type is not UNSET:
            field_dict["vatTermType"] = vat_term_type
        if customer_category_id_1 is not UNSET:
            field_dict["customerCategoryId1"] = customer_category_id_1
        if account_admin_access is not UNSET:
            field_dict["accountAdminAccess"] = account_admin_access
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerTripletexAccount2 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account_admin_access import AccountAdminAccess  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.sales_module import SalesModule  # noqa: PLC0415

        def _p_administrator(_tx_v: Any) -> Employee | Unset:
            _administrator = _tx_v
            administrator: Employee | Unset
            if isinstance(_administrator, Unset):
                administrator = UNSET
            else:
                administrator = Employee._tx_from_json(_administrator)

            return administrator

        def _p_access_request_type(_tx_v: Any) -> CustomerTripletexAccount2AccessRequestType | Unset:
            _access_request_type = _tx_v
            access_request_type: CustomerTripletexAccount2AccessRequestType | Unset
            if isinstance(_access_request_type, Unset):
                access_request_type = UNSET
            else:
                access_request_type = CustomerTripletexAccount2AccessRequestType(_access_request_type)

            return access_request_type

        def _p_modules(_tx_v: Any) -> list[SalesModule] | Unset:
            _modules = _tx_v
            modules: list[SalesModule] | Unset = UNSET
            if _modules is not UNSET:
                modules = []
                for modules_item_data in _modules:
                    if modules_item_data is None:
                        continue
                    modules_item = SalesModule._tx_from_json(modules_item_data)

                    modules.append(modules_item)

            return modules

        def _p_type_(_tx_v: Any) -> CustomerTripletexAccount2Type | Unset:
            _type_ = _tx_v
            type_: CustomerTripletexAccount2Type | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = CustomerTripletexAccount2Type(_type_)

            return type_

        def _p_chart_of_accounts_type(_tx_v: Any) -> CustomerTripletexAccount2ChartOfAccountsType | Unset:
            _chart_of_accounts_type = _tx_v
            chart_of_accounts_type: CustomerTripletexAccount2ChartOfAccountsType | Unset
            if isinstance(_chart_of_accounts_type, Unset):
                chart_of_accounts_type = UNSET
            else:
                chart_of_accounts_type = CustomerTripletexAccount2ChartOfAccountsType(_chart_of_accounts_type)

            return chart_of_accounts_type

        def _p_vat_status_type(_tx_v: Any) -> CustomerTripletexAccount2VatStatusType | Unset:
            _vat_status_type = _tx_v
            vat_status_type: CustomerTripletexAccount2VatStatusType | Unset
            if isinstance(_vat_status_type, Unset):
                vat_status_type = UNSET
            else:
                vat_status_type = CustomerTripletexAccount2VatStatusType(_vat_status_type)

            return vat_status_type

        def _p_vat_term_type(_tx_v: Any) -> CustomerTripletexAccount2VatTermType | Unset:
            _vat_term_type = _tx_v
            vat_term_type: CustomerTripletexAccount2VatTermType | Unset
            if isinstance(_vat_term_type, Unset):
                vat_term_type = UNSET
            else:
                vat_term_type = CustomerTripletexAccount2VatTermType(_vat_term_type)

            return vat_term_type

        def _p_account_admin_access(_tx_v: Any) -> AccountAdminAccess | Unset:
            _account_admin_access = _tx_v
            account_admin_access: AccountAdminAccess | Unset
            if isinstance(_account_admin_access, Unset):
                account_admin_access = UNSET
            else:
                account_admin_access = AccountAdminAccess._tx_from_json(_account_admin_access)

            return account_admin_access

        def _p_account_type(_tx_v: Any) -> CustomerTripletexAccount2AccountType | Unset:
            _account_type = _tx_v
            account_type: CustomerTripletexAccount2AccountType | Unset
            if isinstance(_account_type, Unset):
                account_type = UNSET
            else:
                account_type = CustomerTripletexAccount2AccountType(_account_type)

            return account_type

        _tx_known: frozenset[str] = frozenset(
            (
                "administrator",
                "customerId",
                "accessRequestType",
                "modules",
                "type",
                "sendEmails",
                "autoValidateUserLogin",
                "createApiToken",
                "sendInvoiceToCustomer",
                "customerInvoiceEmail",
                "invoiceReceiverCustomerId",
                "creatorReceivingReceipt",
                "numberOfEmployees",
                "accountEndDatePeriod",
                "chartOfAccountsType",
                "vatStatusType",
                "vatTermType",
                "customerCategoryId1",
                "accountAdminAccess",
                "accountType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "administrator": ("administrator", _p_administrator),
            "customer_id": ("customerId", None),
            "access_request_type": ("accessRequestType", _p_access_request_type),
            "modules": ("modules", _p_modules),
            "type_": ("type", _p_type_),
            "send_emails": ("sendEmails", None),
            "auto_validate_user_login": ("autoValidateUserLogin", None),
            "create_api_token": ("createApiToken", None),
            "send_invoice_to_customer": ("sendInvoiceToCustomer", None),
            "customer_invoice_email": ("customerInvoiceEmail", None),
            "invoice_receiver_customer_id": ("invoiceReceiverCustomerId", None),
            "creator_receiving_receipt": ("creatorReceivingReceipt", None),
            "number_of_employees": ("numberOfEmployees", None),
            "account_end_date_period": ("accountEndDatePeriod", None),
            "chart_of_accounts_type": ("chartOfAccountsType", _p_chart_of_accounts_type),
            "vat_status_type": ("vatStatusType", _p_vat_status_type),
            "vat_term_type": ("vatTermType", _p_vat_term_type),
            "customer_category_id_1": ("customerCategoryId1", None),
            "account_admin_access": ("accountAdminAccess", _p_account_admin_access),
            "account_type": ("accountType", _p_account_type),
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
