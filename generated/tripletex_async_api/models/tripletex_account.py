from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_account_type import TripletexAccountAccountType
from ..models.tripletex_account_chart_of_accounts_type import TripletexAccountChartOfAccountsType
from ..models.tripletex_account_marketing_consent import TripletexAccountMarketingConsent
from ..models.tripletex_account_number_of_vouchers import TripletexAccountNumberOfVouchers
from ..models.tripletex_account_signed_tc import TripletexAccountSignedTC
from ..models.tripletex_account_vat_status_type import TripletexAccountVatStatusType
from ..models.tripletex_account_vat_term_type import TripletexAccountVatTermType
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
    from ..models.company import Company
    from ..models.employee import Employee
    from ..models.sales_module import SalesModule


T = TypeVar("T", bound="TripletexAccount")


@_attrs_define
class TripletexAccount(Model):
    """
    Attributes:
        company (Company | Unset): Vendor of the product
        administrator (Employee | Unset):
        modules (list[SalesModule] | Unset): Sales modules (functionality in the application) to activate for the newly
            created account. Some modules have extra costs.
        send_emails (bool | Unset): Should the regular creation emails be sent to the company created and its users? If
            false you probably want to set autoValidateUserLogin to true
        auto_validate_user_login (bool | Unset): If true, the users created will be allowed to log in without validating
            their email address. ONLY USE THIS IF YOU ALREADY HAVE VALIDATED THE USER EMAILS. SendEmails must be false for
            this to have any effect.
        create_administrator_api_token (bool | Unset): Create an API token for the administrator user for the consumer
            token used during this call. The token will be returned in the response.
        create_company_owned_api_token (bool | Unset): Create an API token for the company to use to call their clients,
            only possible for accounting and auditor accounts. The token will be returned in the response.
        may_create_tripletex_accounts (bool | Unset): Should the company we are creating be able to create new Tripletex
            accounts?
        number_of_vouchers (TripletexAccountNumberOfVouchers | Unset): Used to calculate prices.
        chart_of_accounts_type (TripletexAccountChartOfAccountsType | Unset): The chart of accounts to use for the new
            company
        vat_status_type (TripletexAccountVatStatusType | Unset): VAT type
        vat_term_type (TripletexAccountVatTermType | Unset): VAT period
        bank_account (str | Unset): Main bank account
        post_account (str | Unset): Swedish post account number (PlusGirot)
        number_of_prepaid_users (int | Unset): Number of users Prepaid. Only available for some consumers.
        customer_category_id_1 (int | Unset): CustomerCategoryId1
        customer_category_id_2 (int | Unset): Customer category id used to indicate that the customer is created by
            Salesforce
        marketing_consent (TripletexAccountMarketingConsent | Unset): Marketing consent
        invoice_start_date (str | Unset): Start date for invoicing
        invoice_email (str | Unset): Email address used for invoices/reminders
        customer_card_id (int | Unset): Customer card id is used to indicate what customer account to use when creating
            the TripletexCompany object. 0 means customer account does not already exist.
        account_end_date_period (int | Unset): Available for school resellers only. Number of months the account should
            be valid for. If not set, the account will be valid for 6 months.
        signed_tc (TripletexAccountSignedTC | Unset): Terms and conditions
        account_type (TripletexAccountAccountType | Unset):
        accounting_office (bool | Unset):
        auditor (bool | Unset):
        reseller (bool | Unset):
    """

    company: Company | Unset = UNSET
    administrator: Employee | Unset = UNSET
    modules: list[SalesModule] | Unset = UNSET
    send_emails: bool | Unset = UNSET
    auto_validate_user_login: bool | Unset = UNSET
    create_administrator_api_token: bool | Unset = UNSET
    create_company_owned_api_token: bool | Unset = UNSET
    may_create_tripletex_accounts: bool | Unset = UNSET
    number_of_vouchers: TripletexAccountNumberOfVouchers | Unset = UNSET
    chart_of_accounts_type: TripletexAccountChartOfAccountsType | Unset = UNSET
    vat_status_type: TripletexAccountVatStatusType | Unset = UNSET
    vat_term_type: TripletexAccountVatTermType | Unset = UNSET
    bank_account: str | Unset = UNSET
    post_account: str | Unset = UNSET
    number_of_prepaid_users: int | Unset = UNSET
    customer_category_id_1: int | Unset = UNSET
    customer_category_id_2: int | Unset = UNSET
    marketing_consent: TripletexAccountMarketingConsent | Unset = UNSET
    invoice_start_date: str | Unset = UNSET
    invoice_email: str | Unset = UNSET
    customer_card_id: int | Unset = UNSET
    account_end_date_period: int | Unset = UNSET
    signed_tc: TripletexAccountSignedTC | Unset = UNSET
    account_type: TripletexAccountAccountType | Unset = UNSET
    accounting_office: bool | Unset = UNSET
    auditor: bool | Unset = UNSET
    reseller: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company
        if _v is not UNSET:
            field_dict["company"] = _v.to_dict()
        _v = self.administrator
        if _v is not UNSET:
            field_dict["administrator"] = _v.to_dict()
        _v = self.modules
        if _v is not UNSET:
            field_dict["modules"] = [_e.to_dict() for _e in _v]
        _v = self.send_emails
        if _v is not UNSET:
            field_dict["sendEmails"] = _v
        _v = self.auto_validate_user_login
        if _v is not UNSET:
            field_dict["autoValidateUserLogin"] = _v
        _v = self.create_administrator_api_token
        if _v is not UNSET:
            field_dict["createAdministratorApiToken"] = _v
        _v = self.create_company_owned_api_token
        if _v is not UNSET:
            field_dict["createCompanyOwnedApiToken"] = _v
        _v = self.may_create_tripletex_accounts
        if _v is not UNSET:
            field_dict["mayCreateTripletexAccounts"] = _v
        _v = self.number_of_vouchers
        if _v is not UNSET:
            field_dict["numberOfVouchers"] = _v._value_
        _v = self.chart_of_accounts_type
        if _v is not UNSET:
            field_dict["chartOfAccountsType"] = _v._value_
        _v = self.vat_status_type
        if _v is not UNSET:
            field_dict["vatStatusType"] = _v._value_
        _v = self.vat_term_type
        if _v is not UNSET:
            field_dict["vatTermType"] = _v._value_
        _v = self.bank_account
        if _v is not UNSET:
            field_dict["bankAccount"] = _v
        _v = self.post_account
        if _v is not UNSET:
            field_dict["postAccount"] = _v
        _v = self.number_of_prepaid_users
        if _v is not UNSET:
            field_dict["numberOfPrepaidUsers"] = _v
        _v = self.customer_category_id_1
        if _v is not UNSET:
            field_dict["customerCategoryId1"] = _v
        _v = self.customer_category_id_2
        if _v is not UNSET:
            field_dict["customerCategoryId2"] = _v
        _v = self.marketing_consent
        if _v is not UNSET:
            field_dict["marketingConsent"] = _v._value_
        _v = self.invoice_start_date
        if _v is not UNSET:
            field_dict["invoiceStartDate"] = _v
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.customer_card_id
        if _v is not UNSET:
            field_dict["customerCardId"] = _v
        _v = self.account_end_date_period
        if _v is not UNSET:
            field_dict["accountEndDatePeriod"] = _v
        _v = self.signed_tc
        if _v is not UNSET:
            field_dict["signedTC"] = _v._value_
        _v = self.account_type
        if _v is not UNSET:
            field_dict["accountType"] = _v._value_
        _v = self.accounting_office
        if _v is not UNSET:
            field_dict["accountingOffice"] = _v
        _v = self.auditor
        if _v is not UNSET:
            field_dict["auditor"] = _v
        _v = self.reseller
        if _v is not UNSET:
            field_dict["reseller"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.sales_module import SalesModule  # noqa: PLC0415

        _new = object.__new__
        _e_number_of_vouchers: dict[Any, Any] = enum_members(TripletexAccountNumberOfVouchers)
        _e_chart_of_accounts_type: dict[Any, Any] = enum_members(TripletexAccountChartOfAccountsType)
        _e_vat_status_type: dict[Any, Any] = enum_members(TripletexAccountVatStatusType)
        _e_vat_term_type: dict[Any, Any] = enum_members(TripletexAccountVatTermType)
        _e_marketing_consent: dict[Any, Any] = enum_members(TripletexAccountMarketingConsent)
        _e_signed_tc: dict[Any, Any] = enum_members(TripletexAccountSignedTC)
        _e_account_type: dict[Any, Any] = enum_members(TripletexAccountAccountType)
        _known: frozenset[str] = frozenset(
            (
                "company",
                "administrator",
                "modules",
                "sendEmails",
                "autoValidateUserLogin",
                "createAdministratorApiToken",
                "createCompanyOwnedApiToken",
                "mayCreateTripletexAccounts",
                "numberOfVouchers",
                "chartOfAccountsType",
                "vatStatusType",
                "vatTermType",
                "bankAccount",
                "postAccount",
                "numberOfPrepaidUsers",
                "customerCategoryId1",
                "customerCategoryId2",
                "marketingConsent",
                "invoiceStartDate",
                "invoiceEmail",
                "customerCardId",
                "accountEndDatePeriod",
                "signedTC",
                "accountType",
                "accountingOffice",
                "auditor",
                "reseller",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sendEmails": "send_emails",
            "autoValidateUserLogin": "auto_validate_user_login",
            "createAdministratorApiToken": "create_administrator_api_token",
            "createCompanyOwnedApiToken": "create_company_owned_api_token",
            "mayCreateTripletexAccounts": "may_create_tripletex_accounts",
            "bankAccount": "bank_account",
            "postAccount": "post_account",
            "numberOfPrepaidUsers": "number_of_prepaid_users",
            "customerCategoryId1": "customer_category_id_1",
            "customerCategoryId2": "customer_category_id_2",
            "invoiceStartDate": "invoice_start_date",
            "invoiceEmail": "invoice_email",
            "customerCardId": "customer_card_id",
            "accountEndDatePeriod": "account_end_date_period",
            "accountingOffice": "accounting_office",
            "auditor": "auditor",
            "reseller": "reseller",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.company = o.administrator = o.modules = o.send_emails = o.auto_validate_user_login = (
                        o.create_administrator_api_token
                    ) = o.create_company_owned_api_token = o.may_create_tripletex_accounts = o.number_of_vouchers = (
                        o.chart_of_accounts_type
                    ) = o.vat_status_type = o.vat_term_type = o.bank_account = o.post_account = (
                        o.number_of_prepaid_users
                    ) = o.customer_category_id_1 = o.customer_category_id_2 = o.marketing_consent = (
                        o.invoice_start_date
                    ) = o.invoice_email = o.customer_card_id = o.account_end_date_period = o.signed_tc = (
                        o.account_type
                    ) = o.accounting_office = o.auditor = o.reseller = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "company"
                v = g("company")
                if v is None:
                    o.company = u
                    if "company" not in d:
                        m += 1
                else:
                    o.company = Company._tx_parse(v)
                k = "administrator"
                v = g("administrator")
                if v is None:
                    o.administrator = u
                    if "administrator" not in d:
                        m += 1
                else:
                    o.administrator = Employee._tx_parse(v)
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
                v = g("createAdministratorApiToken")
                if v is None:
                    o.create_administrator_api_token = u
                    if "createAdministratorApiToken" not in d:
                        m += 1
                else:
                    o.create_administrator_api_token = v
                v = g("createCompanyOwnedApiToken")
                if v is None:
                    o.create_company_owned_api_token = u
                    if "createCompanyOwnedApiToken" not in d:
                        m += 1
                else:
                    o.create_company_owned_api_token = v
                v = g("mayCreateTripletexAccounts")
                if v is None:
                    o.may_create_tripletex_accounts = u
                    if "mayCreateTripletexAccounts" not in d:
                        m += 1
                else:
                    o.may_create_tripletex_accounts = v
                k = "numberOfVouchers"
                v = g("numberOfVouchers")
                if v is None:
                    o.number_of_vouchers = u
                    if "numberOfVouchers" not in d:
                        m += 1
                else:
                    o.number_of_vouchers = (
                        e_
                        if (e_ := _e_number_of_vouchers.get(v)) is not None
                        else enum_value(TripletexAccountNumberOfVouchers, v)
                    )
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
                        else enum_value(TripletexAccountChartOfAccountsType, v)
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
                        else enum_value(TripletexAccountVatStatusType, v)
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
                        else enum_value(TripletexAccountVatTermType, v)
                    )
                v = g("bankAccount")
                if v is None:
                    o.bank_account = u
                    if "bankAccount" not in d:
                        m += 1
                else:
                    o.bank_account = v
                v = g("postAccount")
                if v is None:
                    o.post_account = u
                    if "postAccount" not in d:
                        m += 1
                else:
                    o.post_account = v
                v = g("numberOfPrepaidUsers")
                if v is None:
                    o.number_of_prepaid_users = u
                    if "numberOfPrepaidUsers" not in d:
                        m += 1
                else:
                    o.number_of_prepaid_users = v
                v = g("customerCategoryId1")
                if v is None:
                    o.customer_category_id_1 = u
                    if "customerCategoryId1" not in d:
                        m += 1
                else:
                    o.customer_category_id_1 = v
                v = g("customerCategoryId2")
                if v is None:
                    o.customer_category_id_2 = u
                    if "customerCategoryId2" not in d:
                        m += 1
                else:
                    o.customer_category_id_2 = v
                k = "marketingConsent"
                v = g("marketingConsent")
                if v is None:
                    o.marketing_consent = u
                    if "marketingConsent" not in d:
                        m += 1
                else:
                    o.marketing_consent = (
                        e_
                        if (e_ := _e_marketing_consent.get(v)) is not None
                        else enum_value(TripletexAccountMarketingConsent, v)
                    )
                v = g("invoiceStartDate")
                if v is None:
                    o.invoice_start_date = u
                    if "invoiceStartDate" not in d:
                        m += 1
                else:
                    o.invoice_start_date = v
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                v = g("customerCardId")
                if v is None:
                    o.customer_card_id = u
                    if "customerCardId" not in d:
                        m += 1
                else:
                    o.customer_card_id = v
                v = g("accountEndDatePeriod")
                if v is None:
                    o.account_end_date_period = u
                    if "accountEndDatePeriod" not in d:
                        m += 1
                else:
                    o.account_end_date_period = v
                k = "signedTC"
                v = g("signedTC")
                if v is None:
                    o.signed_tc = u
                    if "signedTC" not in d:
                        m += 1
                else:
                    o.signed_tc = (
                        e_ if (e_ := _e_signed_tc.get(v)) is not None else enum_value(TripletexAccountSignedTC, v)
                    )
                k = "accountType"
                v = g("accountType")
                if v is None:
                    o.account_type = u
                    if "accountType" not in d:
                        m += 1
                else:
                    o.account_type = (
                        e_ if (e_ := _e_account_type.get(v)) is not None else enum_value(TripletexAccountAccountType, v)
                    )
                v = g("accountingOffice")
                if v is None:
                    o.accounting_office = u
                    if "accountingOffice" not in d:
                        m += 1
                else:
                    o.accounting_office = v
                v = g("auditor")
                if v is None:
                    o.auditor = u
                    if "auditor" not in d:
                        m += 1
                else:
                    o.auditor = v
                v = g("reseller")
                if v is None:
                    o.reseller = u
                    if "reseller" not in d:
                        m += 1
                else:
                    o.reseller = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 27 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company", "company"),
            ("administrator", "administrator"),
            ("modules", "modules"),
            ("send_emails", "sendEmails"),
            ("auto_validate_user_login", "autoValidateUserLogin"),
            ("create_administrator_api_token", "createAdministratorApiToken"),
            ("create_company_owned_api_token", "createCompanyOwnedApiToken"),
            ("may_create_tripletex_accounts", "mayCreateTripletexAccounts"),
            ("number_of_vouchers", "numberOfVouchers"),
            ("chart_of_accounts_type", "chartOfAccountsType"),
            ("vat_status_type", "vatStatusType"),
            ("vat_term_type", "vatTermType"),
            ("bank_account", "bankAccount"),
            ("post_account", "postAccount"),
            ("number_of_prepaid_users", "numberOfPrepaidUsers"),
            ("customer_category_id_1", "customerCategoryId1"),
            ("customer_category_id_2", "customerCategoryId2"),
            ("marketing_consent", "marketingConsent"),
            ("invoice_start_date", "invoiceStartDate"),
            ("invoice_email", "invoiceEmail"),
            ("customer_card_id", "customerCardId"),
            ("account_end_date_period", "accountEndDatePeriod"),
            ("signed_tc", "signedTC"),
            ("account_type", "accountType"),
            ("accounting_office", "accountingOffice"),
            ("auditor", "auditor"),
            ("reseller", "reseller"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company
            o.company = u if v is None or v is u else Company._tx_parse(v)
            v = s.administrator
            o.administrator = u if v is None or v is u else Employee._tx_parse(v)
            v = s.modules
            o.modules = (
                u
                if v is None or v is u
                else ([SalesModule._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.send_emails
            o.send_emails = u if v is None else v
            v = s.auto_validate_user_login
            o.auto_validate_user_login = u if v is None else v
            v = s.create_administrator_api_token
            o.create_administrator_api_token = u if v is None else v
            v = s.create_company_owned_api_token
            o.create_company_owned_api_token = u if v is None else v
            v = s.may_create_tripletex_accounts
            o.may_create_tripletex_accounts = u if v is None else v
            v = s.number_of_vouchers
            o.number_of_vouchers = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_number_of_vouchers.get(v)) is not None
                else enum_value(TripletexAccountNumberOfVouchers, v)
            )
            v = s.chart_of_accounts_type
            o.chart_of_accounts_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_chart_of_accounts_type.get(v)) is not None
                else enum_value(TripletexAccountChartOfAccountsType, v)
            )
            v = s.vat_status_type
            o.vat_status_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_status_type.get(v)) is not None
                else enum_value(TripletexAccountVatStatusType, v)
            )
            v = s.vat_term_type
            o.vat_term_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_vat_term_type.get(v)) is not None
                else enum_value(TripletexAccountVatTermType, v)
            )
            v = s.bank_account
            o.bank_account = u if v is None else v
            v = s.post_account
            o.post_account = u if v is None else v
            v = s.number_of_prepaid_users
            o.number_of_prepaid_users = u if v is None else v
            v = s.customer_category_id_1
            o.customer_category_id_1 = u if v is None else v
            v = s.customer_category_id_2
            o.customer_category_id_2 = u if v is None else v
            v = s.marketing_consent
            o.marketing_consent = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_marketing_consent.get(v)) is not None
                else enum_value(TripletexAccountMarketingConsent, v)
            )
            v = s.invoice_start_date
            o.invoice_start_date = u if v is None else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.customer_card_id
            o.customer_card_id = u if v is None else v
            v = s.account_end_date_period
            o.account_end_date_period = u if v is None else v
            v = s.signed_tc
            o.signed_tc = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_signed_tc.get(v)) is not None
                else enum_value(TripletexAccountSignedTC, v)
            )
            v = s.account_type
            o.account_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_account_type.get(v)) is not None
                else enum_value(TripletexAccountAccountType, v)
            )
            v = s.accounting_office
            o.accounting_office = u if v is None else v
            v = s.auditor
            o.auditor = u if v is None else v
            v = s.reseller
            o.reseller = u if v is None else v
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
