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
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account_admin_access import AccountAdminAccess
    from ..models.employee import Employee
    from ..models.sales_module import SalesModule


T = TypeVar("T", bound="CustomerTripletexAccount2")


@_attrs_define
class CustomerTripletexAccount2:
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
        from ..models.account_admin_access import AccountAdminAccess  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.sales_module import SalesModule  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _administrator = d.pop("administrator", UNSET)
        administrator: Employee | Unset
        if isinstance(_administrator, Unset):
            administrator = UNSET
        else:
            administrator = Employee.from_dict(_administrator)

        customer_id = d.pop("customerId", UNSET)

        _access_request_type = d.pop("accessRequestType", UNSET)
        access_request_type: CustomerTripletexAccount2AccessRequestType | Unset
        if isinstance(_access_request_type, Unset):
            access_request_type = UNSET
        else:
            access_request_type = CustomerTripletexAccount2AccessRequestType(_access_request_type)

        _modules = d.pop("modules", UNSET)
        modules: list[SalesModule] | Unset = UNSET
        if _modules is not UNSET:
            modules = []
            for modules_item_data in _modules:
                if modules_item_data is None:
                    continue
                modules_item = SalesModule.from_dict(modules_item_data)

                modules.append(modules_item)

        _type_ = d.pop("type", UNSET)
        type_: CustomerTripletexAccount2Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerTripletexAccount2Type(_type_)

        send_emails = d.pop("sendEmails", UNSET)

        auto_validate_user_login = d.pop("autoValidateUserLogin", UNSET)

        create_api_token = d.pop("createApiToken", UNSET)

        send_invoice_to_customer = d.pop("sendInvoiceToCustomer", UNSET)

        customer_invoice_email = d.pop("customerInvoiceEmail", UNSET)

        invoice_receiver_customer_id = d.pop("invoiceReceiverCustomerId", UNSET)

        creator_receiving_receipt = d.pop("creatorReceivingReceipt", UNSET)

        number_of_employees = d.pop("numberOfEmployees", UNSET)

        account_end_date_period = d.pop("accountEndDatePeriod", UNSET)

        _chart_of_accounts_type = d.pop("chartOfAccountsType", UNSET)
        chart_of_accounts_type: CustomerTripletexAccount2ChartOfAccountsType | Unset
        if isinstance(_chart_of_accounts_type, Unset):
            chart_of_accounts_type = UNSET
        else:
            chart_of_accounts_type = CustomerTripletexAccount2ChartOfAccountsType(_chart_of_accounts_type)

        _vat_status_type = d.pop("vatStatusType", UNSET)
        vat_status_type: CustomerTripletexAccount2VatStatusType | Unset
        if isinstance(_vat_status_type, Unset):
            vat_status_type = UNSET
        else:
            vat_status_type = CustomerTripletexAccount2VatStatusType(_vat_status_type)

        _vat_term_type = d.pop("vatTermType", UNSET)
        vat_term_type: CustomerTripletexAccount2VatTermType | Unset
        if isinstance(_vat_term_type, Unset):
            vat_term_type = UNSET
        else:
            vat_term_type = CustomerTripletexAccount2VatTermType(_vat_term_type)

        customer_category_id_1 = d.pop("customerCategoryId1", UNSET)

        _account_admin_access = d.pop("accountAdminAccess", UNSET)
        account_admin_access: AccountAdminAccess | Unset
        if isinstance(_account_admin_access, Unset):
            account_admin_access = UNSET
        else:
            account_admin_access = AccountAdminAccess.from_dict(_account_admin_access)

        _account_type = d.pop("accountType", UNSET)
        account_type: CustomerTripletexAccount2AccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = CustomerTripletexAccount2AccountType(_account_type)

        _obj = cls(
            administrator=administrator,
            customer_id=customer_id,
            access_request_type=access_request_type,
            modules=modules,
            type_=type_,
            send_emails=send_emails,
            auto_validate_user_login=auto_validate_user_login,
            create_api_token=create_api_token,
            send_invoice_to_customer=send_invoice_to_customer,
            customer_invoice_email=customer_invoice_email,
            invoice_receiver_customer_id=invoice_receiver_customer_id,
            creator_receiving_receipt=creator_receiving_receipt,
            number_of_employees=number_of_employees,
            account_end_date_period=account_end_date_period,
            chart_of_accounts_type=chart_of_accounts_type,
            vat_status_type=vat_status_type,
            vat_term_type=vat_term_type,
            customer_category_id_1=customer_category_id_1,
            account_admin_access=account_admin_access,
            account_type=account_type,
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
