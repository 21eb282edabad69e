from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_email_attachment_type import CustomerEmailAttachmentType
from ..models.customer_invoice_send_method import CustomerInvoiceSendMethod
from ..models.customer_invoices_due_in_type import CustomerInvoicesDueInType
from ..models.customer_language import CustomerLanguage
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.address import Address
    from ..models.change import Change
    from ..models.company_bank_account_presentation import CompanyBankAccountPresentation
    from ..models.currency import Currency
    from ..models.customer_category import CustomerCategory
    from ..models.delivery_address import DeliveryAddress
    from ..models.department import Department
    from ..models.employee import Employee


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        organization_number (str | Unset):
        global_location_number (int | Unset):
        supplier_number (int | Unset):
        customer_number (int | Unset):
        is_supplier (bool | Unset): Defines if the customer is also a supplier.
        is_customer (bool | Unset):
        is_inactive (bool | Unset):
        account_manager (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        email (str | Unset):
        invoice_email (str | Unset):
        overdue_notice_email (str | Unset): The email address of the customer where the noticing emails are sent in case
            of an overdue
        bank_accounts (list[str] | Unset):
        phone_number (str | Unset):
        phone_number_mobile (str | Unset):
        description (str | Unset):
        language (CustomerLanguage | Unset):
        display_name (str | Unset):
        is_private_individual (bool | Unset):
        single_customer_invoice (bool | Unset): Enables various orders on one customer invoice.
        invoice_send_method (CustomerInvoiceSendMethod | Unset): Define the invoicing method for the customer.<br>EMAIL:
            Send invoices as email.<br>EHF: Send invoices as EHF.<br>EFAKTURA: Send invoices as EFAKTURA.<br>AVTALEGIRO:
            Send invoices as AVTALEGIRO.<br>VIPPS: Send invoices through VIPPS.<br>PAPER: Send invoices as paper
            invoice.<br>MANUAL: User will have to send invocie manually.<br>
        email_attachment_type (CustomerEmailAttachmentType | Unset): Define the invoice attachment type for emailing to
            the customer.<br>LINK: Send invoice as link in email.<br>ATTACHMENT: Send invoice as attachment in email.<br>
        postal_address (Address | Unset): Address tied to the employee
        physical_address (Address | Unset): Address tied to the employee
        delivery_address (DeliveryAddress | Unset): Delivery address of this order. This can be a new or existing
            address
            (useful to know, especially if the delivery is to a private person: if 'deliveryAddress.name' is set, we ignore
            the state of 'customer.id')
        category1 (CustomerCategory | Unset): Category 3 of this supplier
        category2 (CustomerCategory | Unset): Category 3 of this supplier
        category3 (CustomerCategory | Unset): Category 3 of this supplier
        invoices_due_in (int | Unset): Number of days/months in which invoices created from this customer is due
        invoices_due_in_type (CustomerInvoicesDueInType | Unset): Set the time unit of invoicesDueIn. The special case
            RECURRING_DAY_OF_MONTH enables the due date to be fixed to a specific day of the month, in this case the fixed
            due date will automatically be set as standard on all invoices created from this customer. Note that when
            RECURRING_DAY_OF_MONTH is set, the due date will be set to the last day of month if "31" is set in
            invoicesDueIn.
        currency (Currency | Unset):
        bank_account_presentation (list[CompanyBankAccountPresentation] | Unset):
        ledger_account (Account | Unset):
        is_factoring (bool | Unset): If true; send this customers invoices to factoring (if factoring is turned on in
            account).
        invoice_send_sms_notification (bool | Unset): Is sms-notification on/off
        invoice_sms_notification_number (str | Unset): Send SMS-notification to this number. Must be a norwegian phone
            number
        is_automatic_soft_reminder_enabled (bool | Unset): Has automatic soft reminders enabled for this customer.
        is_automatic_reminder_enabled (bool | Unset): Has automatic reminders enabled for this customer.
        is_automatic_notice_of_debt_collection_enabled (bool | Unset): Has automatic notice of debt collection enabled
            for this customer.
        discount_percentage (float | Unset): Default discount percentage for this customer.
        website (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    global_location_number: int | Unset = UNSET
    supplier_number: int | Unset = UNSET
    customer_number: int | Unset = UNSET
    is_supplier: bool | Unset = UNSET
    is_customer: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    account_manager: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    email: str | Unset = UNSET
    invoice_email: str | Unset = UNSET
    overdue_notice_email: str | Unset = UNSET
    bank_accounts: list[str] | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    description: str | Unset = UNSET
    language: CustomerLanguage | Unset = UNSET
    display_name: str | Unset = UNSET
    is_private_individual: bool | Unset = UNSET
    single_customer_invoice: bool | Unset = UNSET
    invoice_send_method: CustomerInvoiceSendMethod | Unset = UNSET
    email_attachment_type: CustomerEmailAttachmentType | Unset = UNSET
    postal_address: Address | Unset = UNSET
    physical_address: Address | Unset = UNSET
    delivery_address: DeliveryAddress | Unset = UNSET
    category1: CustomerCategory | Unset = UNSET
    category2: CustomerCategory | Unset = UNSET
    category3: CustomerCategory | Unset = UNSET
    invoices_due_in: int | Unset = UNSET
    invoices_due_in_type: CustomerInvoicesDueInType | Unset = UNSET
    currency: Currency | Unset = UNSET
    bank_account_presentation: list[CompanyBankAccountPresentation] | Unset = UNSET
    ledger_account: Account | Unset = UNSET
    is_factoring: bool | Unset = UNSET
    invoice_send_sms_notification: bool | Unset = UNSET
    invoice_sms_notification_number: str | Unset = UNSET
    is_automatic_soft_reminder_enabled: bool | Unset = UNSET
    is_automatic_reminder_enabled: bool | Unset = UNSET
    is_automatic_notice_of_debt_collection_enabled: bool | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.organization_number
        if _v is not UNSET:
            field_dict["organizationNumber"] = _v
        _v = self.global_location_number
        if _v is not UNSET:
            field_dict["globalLocationNumber"] = _v
        _v = self.supplier_number
        if _v is not UNSET:
            field_dict["supplierNumber"] = _v
        _v = self.customer_number
        if _v is not UNSET:
            field_dict["customerNumber"] = _v
        _v = self.is_supplier
        if _v is not UNSET:
            field_dict["isSupplier"] = _v
        _v = self.is_customer
        if _v is not UNSET and not _in_request:
            field_dict["isCustomer"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.account_manager
        if _v is not UNSET:
            field_dict["accountManager"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.overdue_notice_email
        if _v is not UNSET:
            field_dict["overdueNoticeEmail"] = _v
        _v = self.bank_accounts
        if _v is not UNSET:
            field_dict["bankAccounts"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            field_dict["phoneNumber"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.language
        if _v is not UNSET:
            field_dict["language"] = _v._value_
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.is_private_individual
        if _v is not UNSET:
            field_dict["isPrivateIndividual"] = _v
        _v = self.single_customer_invoice
        if _v is not UNSET:
            field_dict["singleCustomerInvoice"] = _v
        _v = self.invoice_send_method
        if _v is not UNSET:
            field_dict["invoiceSendMethod"] = _v._value_
        _v = self.email_attachment_type
        if _v is not UNSET:
            field_dict["emailAttachmentType"] = _v._value_
        _v = self.postal_address
        if _v is not UNSET:
            field_dict["postalAddress"] = _v.to_dict()
        _v = self.physical_address
        if _v is not UNSET:
            field_dict["physicalAddress"] = _v.to_dict()
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.category1
        if _v is not UNSET:
            field_dict["category1"] = _v.to_dict()
        _v = self.category2
        if _v is not UNSET:
            field_dict["category2"] = _v.to_dict()
        _v = self.category3
        if _v is not UNSET:
            field_dict["category3"] = _v.to_dict()
        _v = self.invoices_due_in
        if _v is not UNSET:
            field_dict["invoicesDueIn"] = _v
        _v = self.invoices_due_in_type
        if _v is not UNSET:
            field_dict["invoicesDueInType"] = _v._value_
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.bank_account_presentation
        if _v is not UNSET:
            field_dict["bankAccountPresentation"] = [_e.to_dict() for _e in _v]
        _v = self.ledger_account
        if _v is not UNSET:
            field_dict["ledgerAccount"] = _v.to_dict()
        _v = self.is_factoring
        if _v is not UNSET:
            field_dict["isFactoring"] = _v
        _v = self.invoice_send_sms_notification
        if _v is not UNSET:
            field_dict["invoiceSendSMSNotification"] = _v
        _v = self.invoice_sms_notification_number
        if _v is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = _v
        _v = self.is_automatic_soft_reminder_enabled
        if _v is not UNSET:
            field_dict["isAutomaticSoftReminderEnabled"] = _v
        _v = self.is_automatic_reminder_enabled
        if _v is not UNSET:
            field_dict["isAutomaticReminderEnabled"] = _v
        _v = self.is_automatic_notice_of_debt_collection_enabled
        if _v is not UNSET:
            field_dict["isAutomaticNoticeOfDebtCollectionEnabled"] = _v
        _v = self.discount_percentage
        if _v is not UNSET:
            field_dict["discountPercentage"] = _v
        _v = self.website
        if _v is not UNSET:
            field_dict["website"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Customer from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Customer.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_bank_account_presentation import CompanyBankAccountPresentation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_language: dict[Any, Any] = enum_members(CustomerLanguage)
        _e_invoice_send_method: dict[Any, Any] = enum_members(CustomerInvoiceSendMethod)
        _e_email_attachment_type: dict[Any, Any] = enum_members(CustomerEmailAttachmentType)
        _e_invoices_due_in_type: dict[Any, Any] = enum_members(CustomerInvoicesDueInType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "organizationNumber",
                "globalLocationNumber",
                "supplierNumber",
                "customerNumber",
                "isSupplier",
                "isCustomer",
                "isInactive",
                "accountManager",
                "department",
                "email",
                "invoiceEmail",
                "overdueNoticeEmail",
                "bankAccounts",
                "phoneNumber",
                "phoneNumberMobile",
                "description",
                "language",
                "displayName",
                "isPrivateIndividual",
                "singleCustomerInvoice",
                "invoiceSendMethod",
                "emailAttachmentType",
                "postalAddress",
                "physicalAddress",
                "deliveryAddress",
                "category1",
                "category2",
                "category3",
                "invoicesDueIn",
                "invoicesDueInType",
                "currency",
                "bankAccountPresentation",
                "ledgerAccount",
                "isFactoring",
                "invoiceSendSMSNotification",
                "invoiceSMSNotificationNumber",
                "isAutomaticSoftReminderEnabled",
                "isAutomaticReminderEnabled",
                "isAutomaticNoticeOfDebtCollectionEnabled",
                "discountPercentage",
                "website",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "organizationNumber": "organization_number",
            "globalLocationNumber": "global_location_number",
            "supplierNumber": "supplier_number",
            "customerNumber": "customer_number",
            "isSupplier": "is_supplier",
            "isCustomer": "is_customer",
            "isInactive": "is_inactive",
            "email": "email",
            "invoiceEmail": "invoice_email",
            "overdueNoticeEmail": "overdue_notice_email",
            "phoneNumber": "phone_number",
            "phoneNumberMobile": "phone_number_mobile",
            "description": "description",
            "displayName": "display_name",
            "isPrivateIndividual": "is_private_individual",
            "singleCustomerInvoice": "single_customer_invoice",
            "invoicesDueIn": "invoices_due_in",
            "isFactoring": "is_factoring",
            "invoiceSendSMSNotification": "invoice_send_sms_notification",
            "invoiceSMSNotificationNumber": "invoice_sms_notification_number",
            "isAutomaticSoftReminderEnabled": "is_automatic_soft_reminder_enabled",
            "isAutomaticReminderEnabled": "is_automatic_reminder_enabled",
            "isAutomaticNoticeOfDebtCollectionEnabled": "is_automatic_notice_of_debt_collection_enabled",
            "discountPercentage": "discount_percentage",
            "website": "website",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.organization_number = o.global_location_number = (
                        o.supplier_number
                    ) = o.customer_number = o.is_supplier = o.is_customer = o.is_inactive = o.account_manager = (
                        o.department
                    ) = o.email = o.invoice_email = o.overdue_notice_email = o.bank_accounts = o.phone_number = (
                        o.phone_number_mobile
                    ) = o.description = o.language = o.display_name = o.is_private_individual = (
                        o.single_customer_invoice
                    ) = o.invoice_send_method = o.email_attachment_type = o.postal_address = o.physical_address = (
                        o.delivery_address
                    ) = o.category1 = o.category2 = o.category3 = o.invoices_due_in = o.invoices_due_in_type = (
                        o.currency
                    ) = o.bank_account_presentation = o.ledger_account = o.is_factoring = (
                        o.invoice_send_sms_notification
                    ) = o.invoice_sms_notification_number = o.is_automatic_soft_reminder_enabled = (
                        o.is_automatic_reminder_enabled
                    ) = o.is_automatic_notice_of_debt_collection_enabled = o.discount_percentage = o.website = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 15 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.organization_number = o.global_location_number = (
                        o.supplier_number
                    ) = o.customer_number = o.is_supplier = o.is_customer = o.is_inactive = o.account_manager = (
                        o.department
                    ) = o.email = o.invoice_email = o.overdue_notice_email = o.bank_accounts = o.phone_number = (
                        o.phone_number_mobile
                    ) = o.description = o.language = o.display_name = o.is_private_individual = (
                        o.single_customer_invoice
                    ) = o.invoice_send_method = o.email_attachment_type = o.postal_address = o.physical_address = (
                        o.delivery_address
                    ) = o.category1 = o.category2 = o.category3 = o.invoices_due_in = o.invoices_due_in_type = (
                        o.currency
                    ) = o.bank_account_presentation = o.ledger_account = o.is_factoring = (
                        o.invoice_send_sms_notification
                    ) = o.invoice_sms_notification_number = o.is_automatic_soft_reminder_enabled = (
                        o.is_automatic_reminder_enabled
                    ) = o.is_automatic_notice_of_debt_collection_enabled = o.discount_percentage = o.website = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("organizationNumber")
                if v is None:
                    o.organization_number = u
                    if "organizationNumber" not in d:
                        m += 1
                else:
                    o.organization_number = v
                v = g("globalLocationNumber")
                if v is None:
                    o.global_location_number = u
                    if "globalLocationNumber" not in d:
                        m += 1
                else:
                    o.global_location_number = v
                v = g("supplierNumber")
                if v is None:
                    o.supplier_number = u
                    if "supplierNumber" not in d:
                        m += 1
                else:
                    o.supplier_number = v
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("isSupplier")
                if v is None:
                    o.is_supplier = u
                    if "isSupplier" not in d:
                        m += 1
                else:
                    o.is_supplier = v
                v = g("isCustomer")
                if v is None:
                    o.is_customer = u
                    if "isCustomer" not in d:
                        m += 1
                else:
                    o.is_customer = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                k = "accountManager"
                v = g("accountManager")
                if v is None:
                    o.account_manager = u
                    if "accountManager" not in d:
                        m += 1
                else:
                    o.account_manager = Employee._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                v = g("overdueNoticeEmail")
                if v is None:
                    o.overdue_notice_email = u
                    if "overdueNoticeEmail" not in d:
                        m += 1
                else:
                    o.overdue_notice_email = v
                k = "bankAccounts"
                v = g("bankAccounts")
                if v is None:
                    o.bank_accounts = u
                    if "bankAccounts" not in d:
                        m += 1
                else:
                    o.bank_accounts = v
                v = g("phoneNumber")
                if v is None:
                    o.phone_number = u
                    if "phoneNumber" not in d:
                        m += 1
                else:
                    o.phone_number = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "language"
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = e_ if (e_ := _e_language.get(v)) is not None else enum_value(CustomerLanguage, v)
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("isPrivateIndividual")
                if v is None:
                    o.is_private_individual = u
                    if "isPrivateIndividual" not in d:
                        m += 1
                else:
                    o.is_private_individual = v
                v = g("singleCustomerInvoice")
                if v is None:
                    o.single_customer_invoice = u
                    if "singleCustomerInvoice" not in d:
                        m += 1
                else:
                    o.single_customer_invoice = v
                k = "invoiceSendMethod"
                v = g("invoiceSendMethod")
                if v is None:
                    o.invoice_send_method = u
                    if "invoiceSendMethod" not in d:
                        m += 1
                else:
                    o.invoice_send_method = (
                        e_
                        if (e_ := _e_invoice_send_method.get(v)) is not None
                        else enum_value(CustomerInvoiceSendMethod, v)
                    )
                k = "emailAttachmentType"
                v = g("emailAttachmentType")
                if v is None:
                    o.email_attachment_type = u
                    if "emailAttachmentType" not in d:
                        m += 1
                else:
                    o.email_attachment_type = (
                        e_
                        if (e_ := _e_email_attachment_type.get(v)) is not None
                        else enum_value(CustomerEmailAttachmentType, v)
                    )
                k = "postalAddress"
                v = g("postalAddress")
                if v is None:
                    o.postal_address = u
                    if "postalAddress" not in d:
                        m += 1
                else:
                    o.postal_address = Address._tx_parse(v)
                k = "physicalAddress"
                v = g("physicalAddress")
                if v is None:
                    o.physical_address = u
                    if "physicalAddress" not in d:
                        m += 1
                else:
                    o.physical_address = Address._tx_parse(v)
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = DeliveryAddress._tx_parse(v)
                k = "category1"
                v = g("category1")
                if v is None:
                    o.category1 = u
                    if "category1" not in d:
                        m += 1
                else:
                    o.category1 = CustomerCategory._tx_parse(v)
                k = "category2"
                v = g("category2")
                if v is None:
                    o.category2 = u
                    if "category2" not in d:
                        m += 1
                else:
                    o.category2 = CustomerCategory._tx_parse(v)
                k = "category3"
                v = g("category3")
                if v is None:
                    o.category3 = u
                    if "category3" not in d:
                        m += 1
                else:
                    o.category3 = CustomerCategory._tx_parse(v)
                v = g("invoicesDueIn")
                if v is None:
                    o.invoices_due_in = u
                    if "invoicesDueIn" not in d:
                        m += 1
                else:
                    o.invoices_due_in = v
                k = "invoicesDueInType"
                v = g("invoicesDueInType")
                if v is None:
                    o.invoices_due_in_type = u
                    if "invoicesDueInType" not in d:
                        m += 1
                else:
                    o.invoices_due_in_type = (
                        e_
                        if (e_ := _e_invoices_due_in_type.get(v)) is not None
                        else enum_value(CustomerInvoicesDueInType, v)
                    )
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "bankAccountPresentation"
                v = g("bankAccountPresentation")
                if v is None:
                    o.bank_account_presentation = u
                    if "bankAccountPresentation" not in d:
                        m += 1
                else:
                    o.bank_account_presentation = (
                        ([CompanyBankAccountPresentation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "ledgerAccount"
                v = g("ledgerAccount")
                if v is None:
                    o.ledger_account = u
                    if "ledgerAccount" not in d:
                        m += 1
                else:
                    o.ledger_account = Account._tx_parse(v)
                v = g("isFactoring")
                if v is None:
                    o.is_factoring = u
                    if "isFactoring" not in d:
                        m += 1
                else:
                    o.is_factoring = v
                v = g("invoiceSendSMSNotification")
                if v is None:
                    o.invoice_send_sms_notification = u
                    if "invoiceSendSMSNotification" not in d:
                        m += 1
                else:
                    o.invoice_send_sms_notification = v
                v = g("invoiceSMSNotificationNumber")
                if v is None:
                    o.invoice_sms_notification_number = u
                    if "invoiceSMSNotificationNumber" not in d:
                        m += 1
                else:
                    o.invoice_sms_notification_number = v
                v = g("isAutomaticSoftReminderEnabled")
                if v is None:
                    o.is_automatic_soft_reminder_enabled = u
                    if "isAutomaticSoftReminderEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_soft_reminder_enabled = v
                v = g("isAutomaticReminderEnabled")
                if v is None:
                    o.is_automatic_reminder_enabled = u
                    if "isAutomaticReminderEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_reminder_enabled = v
                v = g("isAutomaticNoticeOfDebtCollectionEnabled")
                if v is None:
                    o.is_automatic_notice_of_debt_collection_enabled = u
                    if "isAutomaticNoticeOfDebtCollectionEnabled" not in d:
                        m += 1
                else:
                    o.is_automatic_notice_of_debt_collection_enabled = v
                v = g("discountPercentage")
                if v is None:
                    o.discount_percentage = u
                    if "discountPercentage" not in d:
                        m += 1
                else:
                    o.discount_percentage = v
                v = g("website")
                if v is None:
                    o.website = u
                    if "website" not in d:
                        m += 1
                else:
                    o.website = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 46 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("organization_number", "organizationNumber"),
            ("global_location_number", "globalLocationNumber"),
            ("supplier_number", "supplierNumber"),
            ("customer_number", "customerNumber"),
            ("is_supplier", "isSupplier"),
            ("is_customer", "isCustomer"),
            ("is_inactive", "isInactive"),
            ("account_manager", "accountManager"),
            ("department", "department"),
            ("email", "email"),
            ("invoice_email", "invoiceEmail"),
            ("overdue_notice_email", "overdueNoticeEmail"),
            ("bank_accounts", "bankAccounts"),
            ("phone_number", "phoneNumber"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("description", "description"),
            ("language", "language"),
            ("display_name", "displayName"),
            ("is_private_individual", "isPrivateIndividual"),
            ("single_customer_invoice", "singleCustomerInvoice"),
            ("invoice_send_method", "invoiceSendMethod"),
            ("email_attachment_type", "emailAttachmentType"),
            ("postal_address", "postalAddress"),
            ("physical_address", "physicalAddress"),
            ("delivery_address", "deliveryAddress"),
            ("category1", "category1"),
            ("category2", "category2"),
            ("category3", "category3"),
            ("invoices_due_in", "invoicesDueIn"),
            ("invoices_due_in_type", "invoicesDueInType"),
            ("currency", "currency"),
            ("bank_account_presentation", "bankAccountPresentation"),
            ("ledger_account", "ledgerAccount"),
            ("is_factoring", "isFactoring"),
            ("invoice_send_sms_notification", "invoiceSendSMSNotification"),
            ("invoice_sms_notification_number", "invoiceSMSNotificationNumber"),
            ("is_automatic_soft_reminder_enabled", "isAutomaticSoftReminderEnabled"),
            ("is_automatic_reminder_enabled", "isAutomaticReminderEnabled"),
            ("is_automatic_notice_of_debt_collection_enabled", "isAutomaticNoticeOfDebtCollectionEnabled"),
            ("discount_percentage", "discountPercentage"),
            ("website", "website"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.organization_number
            o.organization_number = u if v is None else v
            v = s.global_location_number
            o.global_location_number = u if v is None else v
            v = s.supplier_number
            o.supplier_number = u if v is None else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.is_supplier
            o.is_supplier = u if v is None else v
            v = s.is_customer
            o.is_customer = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.account_manager
            o.account_manager = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.email
            o.email = u if v is None else v
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.overdue_notice_email
            o.overdue_notice_email = u if v is None else v
            v = s.bank_accounts
            o.bank_accounts = u if v is None or v is u else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.language
            o.language = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_language.get(v)) is not None
                else enum_value(CustomerLanguage, v)
            )
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.is_private_individual
            o.is_private_individual = u if v is None else v
            v = s.single_customer_invoice
            o.single_customer_invoice = u if v is None else v
            v = s.invoice_send_method
            o.invoice_send_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_send_method.get(v)) is not None
                else enum_value(CustomerInvoiceSendMethod, v)
            )
            v = s.email_attachment_type
            o.email_attachment_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_email_attachment_type.get(v)) is not None
                else enum_value(CustomerEmailAttachmentType, v)
            )
            v = s.postal_address
            o.postal_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.physical_address
            o.physical_address = u if v is None or v is u else Address._tx_parse(v)
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else DeliveryAddress._tx_parse(v)
            v = s.category1
            o.category1 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category2
            o.category2 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.category3
            o.category3 = u if v is None or v is u else CustomerCategory._tx_parse(v)
            v = s.invoices_due_in
            o.invoices_due_in = u if v is None else v
            v = s.invoices_due_in_type
            o.invoices_due_in_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoices_due_in_type.get(v)) is not None
                else enum_value(CustomerInvoicesDueInType, v)
            )
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.bank_account_presentation
            o.bank_account_presentation = (
                u
                if v is None or v is u
                else ([CompanyBankAccountPresentation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.ledger_account
            o.ledger_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.is_factoring
            o.is_factoring = u if v is None else v
            v = s.invoice_send_sms_notification
            o.invoice_send_sms_notification = u if v is None else v
            v = s.invoice_sms_notification_number
            o.invoice_sms_notification_number = u if v is None else v
            v = s.is_automatic_soft_reminder_enabled
            o.is_automatic_soft_reminder_enabled = u if v is None else v
            v = s.is_automatic_reminder_enabled
            o.is_automatic_reminder_enabled = u if v is None else v
            v = s.is_automatic_notice_of_debt_collection_enabled
            o.is_automatic_notice_of_debt_collection_enabled = u if v is None else v
            v = s.discount_percentage
            o.discount_percentage = u if v is None else v
            v = s.website
            o.website = u if v is None else v
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
