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
    from ..models.company import Company
    from ..models.employee import Employee
    from ..models.sales_module import SalesModule


T = TypeVar("T", bound="TripletexAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("company", dict, False),
    ("administrator", dict, False),
    ("modules", list, False),
    ("numberOfVouchers", str, False),
    ("chartOfAccountsType", str, False),
    ("vatStatusType", str, False),
    ("vatTermType", str, False),
    ("marketingConsent", str, False),
    ("signedTC", str, False),
    ("accountType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccount(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        administrator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.administrator, Unset):
            administrator = self.administrator.to_dict()

        modules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modules, Unset):
            modules = []
            for modules_item_data in self.modules:
                modules_item = modules_item_data.to_dict()
                modules.append(modules_item)

        send_emails = self.send_emails

        auto_validate_user_login = self.auto_validate_user_login

        create_administrator_api_token = self.create_administrator_api_token

        create_company_owned_api_token = self.create_company_owned_api_token

        may_create_tripletex_accounts = self.may_create_tripletex_accounts

        number_of_vouchers: str | Unset = UNSET
        if not isinstance(self.number_of_vouchers, Unset):
            number_of_vouchers = self.number_of_vouchers.value

        chart_of_accounts_type: str | Unset = UNSET
        if not isinstance(self.chart_of_accounts_type, Unset):
            chart_of_accounts_type = self.chart_of_accounts_type.value

        vat_status_type: str | Unset = UNSET
        if not isinstance(self.vat_status_type, Unset):
            vat_status_type = self.vat_status_type.value

        vat_term_type: str | Unset = UNSET
        if not isinstance(self.vat_term_type, Unset):
            vat_term_type = self.vat_term_type.value

        bank_account = self.bank_account

        post_account = self.post_account

        number_of_prepaid_users = self.number_of_prepaid_users

        customer_category_id_1 = self.customer_category_id_1

        customer_category_id_2 = self.customer_category_id_2

        marketing_consent: str | Unset = UNSET
        if not isinstance(self.marketing_consent, Unset):
            marketing_consent = self.marketing_consent.value

        invoice_start_date = self.invoice_start_date

        invoice_email = self.invoice_email

        customer_card_id = self.customer_card_id

        account_end_date_period = self.account_end_date_period

        signed_tc: str | Unset = UNSET
        if not isinstance(self.signed_tc, Unset):
            signed_tc = self.signed_tc.value

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type.value

        accounting_office = self.accounting_office

        auditor = self.auditor

        reseller = self.reseller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if administrator is not UNSET:
            field_dict["administrator"] = administrator
        if modules is not UNSET:
            field_dict["modules"] = modules
        if send_emails is not UNSET:
            field_dict["sendEmails"] = send_emails
        if auto_validate_user_login is not UNSET:
            field_dict["autoValidateUserLogin"] = auto_validate_user_login
        if create_administrator_api_token is not UNSET:
            field_dict["createAdministratorApiToken"] = create_administrator_api_token
        if create_company_owned_api_token is not UNSET:
            field_dict["createCompanyOwnedApiToken"] = create_company_owned_api_token
        if may_create_tripletex_accounts is not UNSET:
            field_dict["mayCreateTripletexAccounts"] = may_create_tripletex_accounts
        if number_of_vouchers is not UNSET:
            field_dict["numberOfVouchers"] = number_of_vouchers
        if chart_of_accounts_type is not UNSET:
            field_dict["chartOfAccountsType"] = chart_of_accounts_type
        if vat_status_type is not UNSET:
            field_dict["vatStatusType"] = vat_status_type
        if vat_term_type is not UNSET:
            field_dict["vatTermType"] = vat_term_type
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if post_account is not UNSET:
            field_dict["postAccount"] = post_account
        if number_of_prepaid_users is not UNSET:
            field_dict["numberOfPrepaidUsers"] = number_of_prepaid_users
        if customer_category_id_1 is not UNSET:
            field_dict["customerCategoryId1"] = customer_category_id_1
        if customer_category_id_2 is not UNSET:
            field_dict["customerCategoryId2"] = customer_category_id_2
        if marketing_consent is not UNSET:
            field_dict["marketingConsent"] = marketing_consent
        if invoice_start_date is not UNSET:
            field_dict["invoiceStartDate"] = invoice_start_date
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if customer_card_id is not UNSET:
            field_dict["customerCardId"] = customer_card_id
        if account_end_date_period is not UNSET:
            field_dict["accountEndDatePeriod"] = account_end_date_period
        if signed_tc is not UNSET:
            field_dict["signedTC"] = signed_tc
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if accounting_office is not UNSET:
            field_dict["accountingOffice"] = accounting_office
        if auditor is not UNSET:
            field_dict["auditor"] = auditor
        if reseller is not UNSET:
            field_dict["reseller"] = reseller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.sales_module import SalesModule  # noqa: PLC0415

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_administrator(_tx_v: Any) -> Employee | Unset:
            _administrator = _tx_v
            administrator: Employee | Unset
            if isinstance(_administrator, Unset):
                administrator = UNSET
            else:
                administrator = Employee._tx_from_json(_administrator)

            return administrator

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

        def _p_number_of_vouchers(_tx_v: Any) -> TripletexAccountNumberOfVouchers | Unset:
            _number_of_vouchers = _tx_v
            number_of_vouchers: TripletexAccountNumberOfVouchers | Unset
            if isinstance(_number_of_vouchers, Unset):
                number_of_vouchers = UNSET
            else:
                number_of_vouchers = TripletexAccountNumberOfVouchers(_number_of_vouchers)

            return number_of_vouchers

        def _p_chart_of_accounts_type(_tx_v: Any) -> TripletexAccountChartOfAccountsType | Unset:
            _chart_of_accounts_type = _tx_v
            chart_of_accounts_type: TripletexAccountChartOfAccountsType | Unset
            if isinstance(_chart_of_accounts_type, Unset):
                chart_of_accounts_type = UNSET
            else:
                chart_of_accounts_type = TripletexAccountChartOfAccountsType(_chart_of_accounts_type)

            return chart_of_accounts_type

        def _p_vat_status_type(_tx_v: Any) -> TripletexAccountVatStatusType | Unset:
            _vat_status_type = _tx_v
            vat_status_type: TripletexAccountVatStatusType | Unset
            if isinstance(_vat_status_type, Unset):
                vat_status_type = UNSET
            else:
                vat_status_type = TripletexAccountVatStatusType(_vat_status_type)

            return vat_status_type

        def _p_vat_term_type(_tx_v: Any) -> TripletexAccountVatTermType | Unset:
            _vat_term_type = _tx_v
            vat_term_type: TripletexAccountVatTermType | Unset
            if isinstance(_vat_term_type, Unset):
                vat_term_type = UNSET
            else:
                vat_term_type = TripletexAccountVatTermType(_vat_term_type)

            return vat_term_type

        def _p_marketing_consent(_tx_v: Any) -> TripletexAccountMarketingConsent | Unset:
            _marketing_consent = _tx_v
            marketing_consent: TripletexAccountMarketingConsent | Unset
            if isinstance(_marketing_consent, Unset):
                marketing_consent = UNSET
            else:
                marketing_consent = TripletexAccountMarketingConsent(_marketing_consent)

            return marketing_consent

        def _p_signed_tc(_tx_v: Any) -> TripletexAccountSignedTC | Unset:
            _signed_tc = _tx_v
            signed_tc: TripletexAccountSignedTC | Unset
            if isinstance(_signed_tc, Unset):
                signed_tc = UNSET
            else:
                signed_tc = TripletexAccountSignedTC(_signed_tc)

            return signed_tc

        def _p_account_type(_tx_v: Any) -> TripletexAccountAccountType | Unset:
            _account_type = _tx_v
            account_type: TripletexAccountAccountType | Unset
            if isinstance(_account_type, Unset):
                account_type = UNSET
            else:
                account_type = TripletexAccountAccountType(_account_type)

            return account_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company": ("company", _p_company),
            "administrator": ("administrator", _p_administrator),
            "modules": ("modules", _p_modules),
            "send_emails": ("sendEmails", None),
            "auto_validate_user_login": ("autoValidateUserLogin", None),
            "create_administrator_api_token": ("createAdministratorApiToken", None),
            "create_company_owned_api_token": ("createCompanyOwnedApiToken", None),
            "may_create_tripletex_accounts": ("mayCreateTripletexAccounts", None),
            "number_of_vouchers": ("numberOfVouchers", _p_number_of_vouchers),
            "chart_of_accounts_type": ("chartOfAccountsType", _p_chart_of_accounts_type),
            "vat_status_type": ("vatStatusType", _p_vat_status_type),
            "vat_term_type": ("vatTermType", _p_vat_term_type),
            "bank_account": ("bankAccount", None),
            "post_account": ("postAccount", None),
            "number_of_prepaid_users": ("numberOfPrepaidUsers", None),
            "customer_category_id_1": ("customerCategoryId1", None),
            "customer_category_id_2": ("customerCategoryId2", None),
            "marketing_consent": ("marketingConsent", _p_marketing_consent),
            "invoice_start_date": ("invoiceStartDate", None),
            "invoice_email": ("invoiceEmail", None),
            "customer_card_id": ("customerCardId", None),
            "account_end_date_period": ("accountEndDatePeriod", None),
            "signed_tc": ("signedTC", _p_signed_tc),
            "account_type": ("accountType", _p_account_type),
            "accounting_office": ("accountingOffice", None),
            "auditor": ("auditor", None),
            "reseller": ("reseller", None),
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
