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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.account_admin_access import AccountAdminAccess
    from ..models.employee import Employee
    from ..models.sales_module import SalesModule


T = TypeVar("T", bound="CustomerTripletexAccount2")


@_attrs_define
class CustomerTripletexAccount2(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.administrator
        if _v is not UNSET:
            field_dict["administrator"] = _v.to_dict()
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.access_request_type
        if _v is not UNSET:
            field_dict["accessRequestType"] = _v._value_
        _v = self.modules
        if _v is not UNSET:
            field_dict["modules"] = [_e.to_dict() for _e in _v]
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.send_emails
        if _v is not UNSET:
            field_dict["sendEmails"] = _v
        _v = self.auto_validate_user_login
        if _v is not UNSET:
            field_dict["autoValidateUserLogin"] = _v
        _v = self.create_api_token
        if _v is not UNSET:
            field_dict["createApiToken"] = _v
        _v = self.send_invoice_to_customer
        if _v is not UNSET:
            field_dict["sendInvoiceToCustomer"] = _v
        _v = self.customer_invoice_email
        if _v is not UNSET:
            field_dict["customerInvoiceEmail"] = _v
        _v = self.invoice_receiver_customer_id
        if _v is not UNSET:
            field_dict["invoiceReceiverCustomerId"] = _v
        _v = self.creator_receiving_receipt
        if _v is not UNSET:
            field_dict["creatorReceivingReceipt"] = _v
        _v = self.number_of_employees
        if _v is not UNSET:
            field_dict["numberOfEmployees"] = _v
        _v = self.account_end_date_period
        if _v is not UNSET:
            field_dict["accountEndDatePeriod"] = _v
        _v = self.chart_of_accounts_type
        if _v is not UNSET:
            field_dict["chartOfAccountsType"] = _v._value_
        _v = self.vat_status_type
        if _v is not UNSET:
            field_dict["vatStatusType"] = _v._value_
        _v = self.vat_term_type
        if _v is not UNSET:
            field_dict["vatTermType"] = _v._value_
        _v = self.customer_category_id_1
        if _v is not UNSET:
            field_dict["customerCategoryId1"] = _v
        _v = self.account_admin_access
        if _v is not UNSET:
            field_dict["accountAdminAccess"] = _v.to_dict()
        _v = self.account_type
        if _v is not UNSET:
            field_dict["accountType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerTripletexAccount2 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CustomerTripletexAccount2.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account_admin_access import AccountAdminAccess  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.sales_module import SalesModule  # noqa: PLC0415

        _new = object.__new__
        _e_access_request_type: dict[Any, Any] = enum_members(CustomerTripletexAccount2AccessRequestType)
        _e_type_: dict[Any, Any] = enum_members(CustomerTripletexAccount2Type)
        _e_chart_of_accounts_type: dict[Any, Any] = enum_members(CustomerTripletexAccount2ChartOfAccountsType)
        _e_vat_status_type: dict[Any, Any] = enum_members(CustomerTripletexAccount2VatStatusType)
        _e_vat_term_type: dict[Any, Any] = enum_members(CustomerTripletexAccount2VatTermType)
        _e_account_type: dict[Any, Any] = enum_members(CustomerTripletexAccount2AccountType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "customerId": "customer_id",
            "sendEmails": "send_emails",
            "autoValidateUserLogin": "auto_validate_user_login",
            "createApiToken": "create_api_token",
            "sendInvoiceToCustomer": "send_invoice_to_customer",
            "customerInvoiceEmail": "customer_invoice_email",
            "invoiceReceiverCustomerId": "invoice_receiver_customer_id",
            "creatorReceivingReceipt": "creator_receiving_receipt",
            "numberOfEmployees": "number_of_employees",
            "accountEndDatePeriod": "account_end_date_period",
            "customerCategoryId1": "customer_category_id_1",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.administrator = o.customer_id = o.access_request_type = o.modules = o.type_ = o.send_emails = (
                        o.auto_validate_user_login
                    ) = o.create_api_token = o.send_invoice_to_customer = o.customer_invoice_email = (
                        o.invoice_receiver_customer_id
                    ) = o.creator_receiving_receipt = o.number_of_employees = o.account_end_date_period = (
                        o.chart_of_accounts_type
                    ) = o.vat_status_type = o.vat_term_type = o.customer_category_id_1 = o.account_admin_access = (
                        o.account_type
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "administrator"
                v = g("administrator")
                if v is None:
                    o.administrator = u
                    if "administrator" not in d:
                        m += 1
                else:
                    o.administrator = Employee._tx_parse(v)
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                k = "accessRequestType"
                v = g("accessRequestType")
                if v is None:
                    o.access_request_type = u
                    if "accessRequestType" not in d:
                        m += 1
                else:
                    o.access_request_type = (
                        e_
                        if (e_ := _e_access_request_type.get(v)) is not None
                        else enum_value(CustomerTripletexAccount2AccessRequestType, v)
                    )
                k = "modules"
                v = g("modules")
                if v is None:
                    o.modules = u
                    if "modules" not in d:
                        m += 1
                else:
                    o.modules = (
                        ([SalesModule._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = (
                        e_ if (e_ := _e_type_.get(v)) is not None else enum_value(CustomerTripletexAccount2Type, v)
                    )
                v = g("sendEmails")
                if v is None:
                    o.send_emails = u
                    if "sendEmails" not in d:
                        m += 1
                else:
                    o.send_emails = v
                v = g("autoValidateUserLogin")
                if v is None:
                    o.auto_validate_user_login = u
                    if "autoValidateUserLogin" not in d:
                        m += 1
                else:
                    o.auto_validate_user_login = v
                v = g("createApiToken")
                if v is None:
                    o.create_api_token = u
                    if "createApiToken" not in d:
                        m += 1
                else:
                    o.create_api_token = v
                v = g("sendInvoiceToCustomer")
                if v is None:
                    o.send_invoice_to_customer = u
                    if "sendInvoiceToCustomer" not in d:
                        m += 1
                else:
                    o.send_invoice_to_customer = v
                v = g("customerInvoiceEmail")
                if v is None:
                    o.customer_invoice_email = u
                    if "customerInvoiceEmail" not in d:
                        m += 1
                else:
                    o.customer_invoice_email = v
                v = g("invoiceReceiverCustomerId")
                if v is None:
                    o.invoice_receiver_customer_id = u
                    if "invoiceReceiverCustomerId" not in d:
                        m += 1
                else:
                    o.invoice_receiver_customer_id = v
                v = g("creatorReceivingReceipt")
                if v is None:
                    o.creator_receiving_receipt = u
                    if "creatorReceivingReceipt" not in d:
                        m += 1
                else:
                    o.creator_receiving_receipt = v
                v = g("numberOfEmployees")
                if v is None:
                    o.number_of_employees = u
                    if "numberOfEmployees" not in d:
                        m += 1
                else:
                    o.number_of_employees = v
                v = g("accountEndDatePeriod")
                if v is None:
                    o.account_end_date_period = u
                    if "accountEndDatePeriod" not in d:
                        m += 1
                else:
                    o.account_end_date_period = v
                k = "chartOfAccountsType"
                v = g("chartOfAccountsType")
                if v is None:
                    o.chart_of_accounts_type = u
                    if "chartOfAccountsType" not in d:
                        m += 1
                else:
                    o.chart_of_accounts_type = (
                        e_
                        if (e_ := _e_chart_of_accounts_type.get(v)) is not None
                        else enum_value(CustomerTripletexAccount2ChartOfAccountsType, v)
                    )
                k = "vatStatusType"
                v = g("vatStatusType")
                if v is None:
                    o.vat_status_type = u
                    if "vatStatusType" not in d:
                        m += 1
                else:
                    o.vat_status_type = (
                        e_
                        if (e_ := _e_vat_status_type.get(v)) is not None
                        else enum_value(CustomerTripletexAccount2VatStatusType, v)
                    )
                k = "vatTermType"
                v = g("vatTermType")
                if v is None:
                    o.vat_term_type = u
                    if "vatTermType" not in d:
                        m += 1
                else:
                    o.vat_term_type = (
                        e_
                        if (e_ := _e_vat_term_type.get(v)) is not None
                        else enum_value(CustomerTripletexAccount2VatTermType, v)
                    )
                v = g("customerCategoryId1")
                if v is None:
                    o.customer_category_id_1 = u
                    if "customerCategoryId1" not in d:
                        m += 1
                else:
                    o.customer_category_id_1 = v
                k = "accountAdminAccess"
                v = g("accountAdminAccess")
                if v is None:
                    o.account_admin_access = u
                    if "accountAdminAccess" not in d:
                        m += 1
                else:
                    o.account_admin_access = AccountAdminAccess._tx_parse(v)
                k = "accountType"
                v = g("accountType")
                if v is None:
                    o.account_type = u
                    if "accountType" not in d:
                        m += 1
                else:
                    o.account_type = (
                        e_
                        if (e_ := _e_account_type.get(v)) is not None
                        else enum_value(CustomerTripletexAccount2AccountType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("administrator", "administrator"),
            ("customer_id", "customerId"),
            ("access_request_type", "accessRequestType"),
            ("modules", "modules"),
            ("type_", "type"),
            ("send_emails", "sendEmails"),
            ("auto_validate_user_login", "autoValidateUserLogin"),
            ("create_api_token", "createApiToken"),
            ("send_invoice_to_customer", "sendInvoiceToCustomer"),
            ("customer_invoice_email", "customerInvoiceEmail"),
            ("invoice_receiver_customer_id", "invoiceReceiverCustomerId"),
            ("creator_receiving_receipt", "creatorReceivingReceipt"),
            ("number_of_employees", "numberOfEmployees"),
            ("account_end_date_period", "accountEndDatePeriod"),
            ("chart_of_accounts_type", "chartOfAccountsType"),
            ("vat_status_type", "vatStatusType"),
            ("vat_term_type", "vatTermType"),
            ("customer_category_id_1", "customerCategoryId1"),
            ("account_admin_access", "accountAdminAccess"),
            ("account_type", "accountType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.administrator
            o.administrator = u if v is None or v is u else Employee._tx_parse(v)
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.access_request_type
            o.access_request_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_access_request_type.get(v)) is not None
                else enum_value(CustomerTripletexAccount2AccessRequestType, v)
            )
            v = s.modules
            o.modules = (
                u
                if v is None or v is u
                else ([SalesModule._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(CustomerTripletexAccount2Type, v)
            )
            v = s.send_emails
            o.send_emails = u if v is None else v
            v = s.auto_validate_user_login
            o.auto_validate_user_login = u if v is None else v
            v = s.create_api_token
            o.create_api_token = u if v is None else v
            v = s.send_invoice_to_customer
            o.send_invoice_to_customer = u if v is None else v
            v = s.customer_invoice_email
            o.customer_invoice_email = u if v is None else v
            v = s.invoice_receiver_customer_id
            o.invoice_receiver_customer_id = u if v is None else v
            v = s.creator_receiving_receipt
            o.creator_receiving_receipt = u if v is None else v
            v = s.number_of_employees
            o.number_of_employees = u if v is None else v
            v = s.account_end_date_period
            o.account_end_date_period = u if v is None else v
            v = s.chart_of_accounts_type
            o.chart_of_accounts_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_chart_of_accounts_type.get(v)) is not None
                else enum_value(CustomerTripletexAccount2ChartOfAccountsType, v)
            )
            v = s.vat_status_type
            o.vat_status_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_status_type.get(v)) is not None
                else enum_value(CustomerTripletexAccount2VatStatusType, v)
            )
            v = s.vat_term_type
            o.vat_term_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_term_type.get(v)) is not None
                else enum_value(CustomerTripletexAccount2VatTermType, v)
            )
            v = s.customer_category_id_1
            o.customer_category_id_1 = u if v is None else v
            v = s.account_admin_access
            o.account_admin_access = u if v is None or v is u else AccountAdminAccess._tx_parse(v)
            v = s.account_type
            o.account_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_account_type.get(v)) is not None
                else enum_value(CustomerTripletexAccount2AccountType, v)
            )
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
