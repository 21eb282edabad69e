from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_email_attachment_type import CustomerEmailAttachmentType
from ..models.customer_invoice_send_method import CustomerInvoiceSendMethod
from ..models.customer_invoices_due_in_type import CustomerInvoicesDueInType
from ..models.customer_language import CustomerLanguage
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("accountManager", dict, False),
    ("department", dict, False),
    ("bankAccounts", list, False),
    ("language", str, False),
    ("invoiceSendMethod", str, False),
    ("emailAttachmentType", str, False),
    ("postalAddress", dict, False),
    ("physicalAddress", dict, False),
    ("deliveryAddress", dict, False),
    ("category1", dict, False),
    ("category2", dict, False),
    ("category3", dict, False),
    ("invoicesDueInType", str, False),
    ("currency", dict, False),
    ("bankAccountPresentation", list, False),
    ("ledgerAccount", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Customer(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        organization_number (str | Unset):
        global_location_number (int | Unset):
        supplier_number (int | Unset):
        customer_number (int | Unset):
        is_supplier (bool | Unset): Defines if the customer is also a supplier.
        is_customer (bool | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        organization_number = self.organization_number

        global_location_number = self.global_location_number

        supplier_number = self.supplier_number

        customer_number = self.customer_number

        is_supplier = self.is_supplier

        is_customer = self.is_customer

        is_inactive = self.is_inactive

        account_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_manager, Unset):
            account_manager = self.account_manager.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        email = self.email

        invoice_email = self.invoice_email

        overdue_notice_email = self.overdue_notice_email

        bank_accounts: list[str] | Unset = UNSET
        if not isinstance(self.bank_accounts, Unset):
            bank_accounts = self.bank_accounts

        phone_number = self.phone_number

        phone_number_mobile = self.phone_number_mobile

        description = self.description

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        display_name = self.display_name

        is_private_individual = self.is_private_individual

        single_customer_invoice = self.single_customer_invoice

        invoice_send_method: str | Unset = UNSET
        if not isinstance(self.invoice_send_method, Unset):
            invoice_send_method = self.invoice_send_method.value

        email_attachment_type: str | Unset = UNSET
        if not isinstance(self.email_attachment_type, Unset):
            email_attachment_type = self.email_attachment_type.value

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        physical_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.physical_address, Unset):
            physical_address = self.physical_address.to_dict()

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        category1: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category1, Unset):
            category1 = self.category1.to_dict()

        category2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category2, Unset):
            category2 = self.category2.to_dict()

        category3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.category3, Unset):
            category3 = self.category3.to_dict()

        invoices_due_in = self.invoices_due_in

        invoices_due_in_type: str | Unset = UNSET
        if not isinstance(self.invoices_due_in_type, Unset):
            invoices_due_in_type = self.invoices_due_in_type.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        bank_account_presentation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_account_presentation, Unset):
            bank_account_presentation = []
            for bank_account_presentation_item_data in self.bank_account_presentation:
                bank_account_presentation_item = bank_account_presentation_item_data.to_dict()
                bank_account_presentation.append(bank_account_presentation_item)

        ledger_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ledger_account, Unset):
            ledger_account = self.ledger_account.to_dict()

        is_factoring = self.is_factoring

        invoice_send_sms_notification = self.invoice_send_sms_notification

        invoice_sms_notification_number = self.invoice_sms_notification_number

        is_automatic_soft_reminder_enabled = self.is_automatic_soft_reminder_enabled

        is_automatic_reminder_enabled = self.is_automatic_reminder_enabled

        is_automatic_notice_of_debt_collection_enabled = self.is_automatic_notice_of_debt_collection_enabled

        discount_percentage = self.discount_percentage

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if global_location_number is not UNSET:
            field_dict["globalLocationNumber"] = global_location_number
        if supplier_number is not UNSET:
            field_dict["supplierNumber"] = supplier_number
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if is_supplier is not UNSET:
            field_dict["isSupplier"] = is_supplier
        if is_customer is not UNSET and not _in_request:
            field_dict["isCustomer"] = is_customer
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if account_manager is not UNSET:
            field_dict["accountManager"] = account_manager
        if department is not UNSET:
            field_dict["department"] = department
        if email is not UNSET:
            field_dict["email"] = email
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if overdue_notice_email is not UNSET:
            field_dict["overdueNoticeEmail"] = overdue_notice_email
        if bank_accounts is not UNSET:
            field_dict["bankAccounts"] = bank_accounts
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if is_private_individual is not UNSET:
            field_dict["isPrivateIndividual"] = is_private_individual
        if single_customer_invoice is not UNSET:
            field_dict["singleCustomerInvoice"] = single_customer_invoice
        if invoice_send_method is not UNSET:
            field_dict["invoiceSendMethod"] = invoice_send_method
        if email_attachment_type is not UNSET:
            field_dict["emailAttachmentType"] = email_attachment_type
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if physical_address is not UNSET:
            field_dict["physicalAddress"] = physical_address
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if category1 is not UNSET:
            field_dict["category1"] = category1
        if category2 is not UNSET:
            field_dict["category2"] = category2
        if category3 is not UNSET:
            field_dict["category3"] = category3
        if invoices_due_in is not UNSET:
            field_dict["invoicesDueIn"] = invoices_due_in
        if invoices_due_in_type is not UNSET:
            field_dict["invoicesDueInType"] = invoices_due_in_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if bank_account_presentation is not UNSET:
            field_dict["bankAccountPresentation"] = bank_account_presentation
        if ledger_account is not UNSET:
            field_dict["ledgerAccount"] = ledger_account
        if is_factoring is not UNSET:
            field_dict["isFactoring"] = is_factoring
        if invoice_send_sms_notification is not UNSET:
            field_dict["invoiceSendSMSNotification"] = invoice_send_sms_notification
        if invoice_sms_notification_number is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = invoice_sms_notification_number
        if is_automatic_soft_reminder_enabled is not UNSET:
            field_dict["isAutomaticSoftReminderEnabled"] = is_automatic_soft_reminder_enabled
        if is_automatic_reminder_enabled is not UNSET:
            field_dict["isAutomaticReminderEnabled"] = is_automatic_reminder_enabled
        if is_automatic_notice_of_debt_collection_enabled is not UNSET:
            field_dict["isAutomaticNoticeOfDebtCollectionEnabled"] = is_automatic_notice_of_debt_collection_enabled
        if discount_percentage is not UNSET:
            field_dict["discountPercentage"] = discount_percentage
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Customer from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company_bank_account_presentation import CompanyBankAccountPresentation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_category import CustomerCategory  # noqa: PLC0415
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_account_manager(_tx_v: Any) -> Employee | Unset:
            _account_manager = _tx_v
            account_manager: Employee | Unset
            if isinstance(_account_manager, Unset):
                account_manager = UNSET
            else:
                account_manager = Employee._tx_from_json(_account_manager)

            return account_manager

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_bank_accounts(_tx_v: Any) -> list[str] | Unset:
            bank_accounts = cast(list[str], _tx_v)

            return bank_accounts

        def _p_language(_tx_v: Any) -> CustomerLanguage | Unset:
            _language = _tx_v
            language: CustomerLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = CustomerLanguage(_language)

            return language

        def _p_invoice_send_method(_tx_v: Any) -> CustomerInvoiceSendMethod | Unset:
            _invoice_send_method = _tx_v
            invoice_send_method: CustomerInvoiceSendMethod | Unset
            if isinstance(_invoice_send_method, Unset):
                invoice_send_method = UNSET
            else:
                invoice_send_method = CustomerInvoiceSendMethod(_invoice_send_method)

            return invoice_send_method

        def _p_email_attachment_type(_tx_v: Any) -> CustomerEmailAttachmentType | Unset:
            _email_attachment_type = _tx_v
            email_attachment_type: CustomerEmailAttachmentType | Unset
            if isinstance(_email_attachment_type, Unset):
                email_attachment_type = UNSET
            else:
                email_attachment_type = CustomerEmailAttachmentType(_email_attachment_type)

            return email_attachment_type

        def _p_postal_address(_tx_v: Any) -> Address | Unset:
            _postal_address = _tx_v
            postal_address: Address | Unset
            if isinstance(_postal_address, Unset):
                postal_address = UNSET
            else:
                postal_address = Address._tx_from_json(_postal_address)

            return postal_address

        def _p_physical_address(_tx_v: Any) -> Address | Unset:
            _physical_address = _tx_v
            physical_address: Address | Unset
            if isinstance(_physical_address, Unset):
                physical_address = UNSET
            else:
                physical_address = Address._tx_from_json(_physical_address)

            return physical_address

        def _p_delivery_address(_tx_v: Any) -> DeliveryAddress | Unset:
            _delivery_address = _tx_v
            delivery_address: DeliveryAddress | Unset
            if isinstance(_delivery_address, Unset):
                delivery_address = UNSET
            else:
                delivery_address = DeliveryAddress._tx_from_json(_delivery_address)

            return delivery_address

        def _p_category1(_tx_v: Any) -> CustomerCategory | Unset:
            _category1 = _tx_v
            category1: CustomerCategory | Unset
            if isinstance(_category1, Unset):
                category1 = UNSET
            else:
                category1 = CustomerCategory._tx_from_json(_category1)

            return category1

        def _p_category2(_tx_v: Any) -> CustomerCategory | Unset:
            _category2 = _tx_v
            category2: CustomerCategory | Unset
            if isinstance(_category2, Unset):
                category2 = UNSET
            else:
                category2 = CustomerCategory._tx_from_json(_category2)

            return category2

        def _p_category3(_tx_v: Any) -> CustomerCategory | Unset:
            _category3 = _tx_v
            category3: CustomerCategory | Unset
            if isinstance(_category3, Unset):
                category3 = UNSET
            else:
                category3 = CustomerCategory._tx_from_json(_category3)

            return category3

        def _p_invoices_due_in_type(_tx_v: Any) -> CustomerInvoicesDueInType | Unset:
            _invoices_due_in_type = _tx_v
            invoices_due_in_type: CustomerInvoicesDueInType | Unset
            if isinstance(_invoices_due_in_type, Unset):
                invoices_due_in_type = UNSET
            else:
                invoices_due_in_type = CustomerInvoicesDueInType(_invoices_due_in_type)

            return invoices_due_in_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_bank_account_presentation(_tx_v: Any) -> list[CompanyBankAccountPresentation] | Unset:
            _bank_account_presentation = _tx_v
            bank_account_presentation: list[CompanyBankAccountPresentation] | Unset = UNSET
            if _bank_account_presentation is not UNSET:
                bank_account_presentation = []
                for bank_account_presentation_item_data in _bank_account_presentation:
                    if bank_account_presentation_item_data is None:
                        continue
                    bank_account_presentation_item = CompanyBankAccountPresentation._tx_from_json(
                        bank_account_presentation_item_data
                    )

                    bank_account_presentation.append(bank_account_presentation_item)

            return bank_account_presentation

        def _p_ledger_account(_tx_v: Any) -> Account | Unset:
            _ledger_account = _tx_v
            ledger_account: Account | Unset
            if isinstance(_ledger_account, Unset):
                ledger_account = UNSET
            else:
                ledger_account = Account._tx_from_json(_ledger_account)

            return ledger_account

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "organization_number": ("organizationNumber", None),
            "global_location_number": ("globalLocationNumber", None),
            "supplier_number": ("supplierNumber", None),
            "customer_number": ("customerNumber", None),
            "is_supplier": ("isSupplier", None),
            "is_customer": ("isCustomer", None),
            "is_inactive": ("isInactive", None),
            "account_manager": ("accountManager", _p_account_manager),
            "department": ("department", _p_department),
            "email": ("email", None),
            "invoice_email": ("invoiceEmail", None),
            "overdue_notice_email": ("overdueNoticeEmail", None),
            "bank_accounts": ("bankAccounts", _p_bank_accounts),
            "phone_number": ("phoneNumber", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "description": ("description", None),
            "language": ("language", _p_language),
            "display_name": ("displayName", None),
            "is_private_individual": ("isPrivateIndividual", None),
            "single_customer_invoice": ("singleCustomerInvoice", None),
            "invoice_send_method": ("invoiceSendMethod", _p_invoice_send_method),
            "email_attachment_type": ("emailAttachmentType", _p_email_attachment_type),
            "postal_address": ("postalAddress", _p_postal_address),
            "physical_address": ("physicalAddress", _p_physical_address),
            "delivery_address": ("deliveryAddress", _p_delivery_address),
            "category1": ("category1", _p_category1),
            "category2": ("category2", _p_category2),
            "category3": ("category3", _p_category3),
            "invoices_due_in": ("invoicesDueIn", None),
            "invoices_due_in_type": ("invoicesDueInType", _p_invoices_due_in_type),
            "currency": ("currency", _p_currency),
            "bank_account_presentation": ("bankAccountPresentation", _p_bank_account_presentation),
            "ledger_account": ("ledgerAccount", _p_ledger_account),
            "is_factoring": ("isFactoring", None),
            "invoice_send_sms_notification": ("invoiceSendSMSNotification", None),
            "invoice_sms_notification_number": ("invoiceSMSNotificationNumber", None),
            "is_automatic_soft_reminder_enabled": ("isAutomaticSoftReminderEnabled", None),
            "is_automatic_reminder_enabled": ("isAutomaticReminderEnabled", None),
            "is_automatic_notice_of_debt_collection_enabled": ("isAutomaticNoticeOfDebtCollectionEnabled", None),
            "discount_percentage": ("discountPercentage", None),
            "website": ("website", None),
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
