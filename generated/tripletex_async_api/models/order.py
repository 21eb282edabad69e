from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_invoices_due_in_type import OrderInvoicesDueInType
from ..models.order_order_line_sorting import OrderOrderLineSorting
from ..models.order_status import OrderStatus
from ..models.order_subscription_duration_type import OrderSubscriptionDurationType
from ..models.order_subscription_invoicing_time_in_advance_or_arrears import (
    OrderSubscriptionInvoicingTimeInAdvanceOrArrears,
)
from ..models.order_subscription_invoicing_time_type import OrderSubscriptionInvoicingTimeType
from ..models.order_subscription_periods_on_invoice_type import OrderSubscriptionPeriodsOnInvoiceType
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
    from ..models.accounting_dimension_value import AccountingDimensionValue
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.delivery_address import DeliveryAddress
    from ..models.department import Department
    from ..models.document import Document
    from ..models.employee import Employee
    from ..models.invoice import Invoice
    from ..models.order_group import OrderGroup
    from ..models.order_line import OrderLine
    from ..models.project import Project
    from ..models.travel_expense import TravelExpense


T = TypeVar("T", bound="Order")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("customer", dict, False),
    ("contact", dict, False),
    ("attn", dict, False),
    ("ourContact", dict, False),
    ("ourContactEmployee", dict, False),
    ("department", dict, False),
    ("project", dict, False),
    ("currency", dict, False),
    ("status", str, False),
    ("invoicesDueInType", str, False),
    ("deliveryAddress", dict, False),
    ("orderLineSorting", str, False),
    ("orderGroups", list, False),
    ("orderLines", list, False),
    ("subscriptionDurationType", str, False),
    ("subscriptionPeriodsOnInvoiceType", str, False),
    ("subscriptionInvoicingTimeInAdvanceOrArrears", str, False),
    ("subscriptionInvoicingTimeType", str, False),
    ("preliminaryInvoice", dict, False),
    ("attachment", list, False),
    ("travelReports", list, False),
    ("accountingDimensionValues", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Order(LazyModel):
    """Related orders. Only one order per invoice is supported at the moment.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        customer (Customer | Unset):
        contact (Contact | Unset): If the contact is not an employee
        attn (Contact | Unset): If the contact is not an employee
        display_name (str | Unset): [read-only]
        receiver_email (str | Unset):
        overdue_notice_email (str | Unset):
        number (str | Unset):
        reference (str | Unset):
        our_contact (Contact | Unset): If the contact is not an employee
        our_contact_employee (Employee | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        order_date (str | Unset):
        project (Project | Unset):
        invoice_comment (str | Unset): Comment to be displayed in the invoice based on this order. Can be also found in
            Invoice.invoiceComment on Invoice objects.
        currency (Currency | Unset):
        invoices_due_in (int | Unset): Number of days/months in which invoices created from this order is due
        status (OrderStatus | Unset): Logistics only
        invoices_due_in_type (OrderInvoicesDueInType | Unset): Set the time unit of invoicesDueIn. The special case
            RECURRING_DAY_OF_MONTH enables the due date to be fixed to a specific day of the month, in this case the fixed
            due date will automatically be set as standard on all invoices created from this order. Note that when
            RECURRING_DAY_OF_MONTH is set, the due date will be set to the last day of month if "31" is set in
            invoicesDueIn.
        is_show_open_posts_on_invoices (bool | Unset): Show account statement - open posts on invoices created from this
            order
        is_closed (bool | Unset): Denotes if this order is closed. A closed order can no longer be invoiced unless it is
            opened again.
        delivery_date (str | Unset):
        delivery_address (DeliveryAddress | Unset): Delivery address of this order. This can be a new or existing
            address
            (useful to know, especially if the delivery is to a private person: if 'deliveryAddress.name' is set, we ignore
            the state of 'customer.id')
        delivery_comment (str | Unset):
        is_prioritize_amounts_including_vat (bool | Unset):
        order_line_sorting (OrderOrderLineSorting | Unset):
        order_groups (list[OrderGroup] | Unset): Order line groups
        order_lines (list[OrderLine] | Unset): Order lines tied to the order. New OrderLines may be embedded here, in
            some endpoints.
        is_subscription (bool | Unset): If true, the order is a subscription, which enables periodical invoicing of
            order lines. First, create an order with isSubscription=true, then approve it for subscription invoicing with
            the :approveSubscriptionInvoice method.
        subscription_duration (int | Unset): Number of months/years the subscription shall run
        subscription_duration_type (OrderSubscriptionDurationType | Unset): The time unit of subscriptionDuration
        subscription_periods_on_invoice (int | Unset): Number of periods on each invoice
        subscription_periods_on_invoice_type (OrderSubscriptionPeriodsOnInvoiceType | Unset): [read-only] The time unit
            of subscriptionPeriodsOnInvoice
        subscription_invoicing_time_in_advance_or_arrears (OrderSubscriptionInvoicingTimeInAdvanceOrArrears | Unset):
            Invoicing in advance/in arrears
        subscription_invoicing_time (int | Unset): Number of days/months invoicing in advance/in arrears
        subscription_invoicing_time_type (OrderSubscriptionInvoicingTimeType | Unset): The time unit of
            subscriptionInvoicingTime
        is_subscription_auto_invoicing (bool | Unset): Automatic invoicing. Starts when the subscription is approved
        preliminary_invoice (Invoice | Unset): Invoicing plans tied to the project
        attachment (list[Document] | Unset): [read-only] [BETA] Attachments belonging to this order
        send_method_description (str | Unset): Description of how this invoice will be sent
        can_create_backorder (bool | Unset): [read-only]
        invoice_on_account_vat_high (bool | Unset): Is the on account(a konto) amounts including vat
        total_invoiced_on_account_amount_absolute_currency (float | Unset): [read-only] Amount paid on account(a konto)
        invoice_send_sms_notification (bool | Unset): [read-only] Is sms-notification on/off
        invoice_sms_notification_number (str | Unset): The phone number of the receiver of sms notifications. Must be a
            norwegian phone number
        mark_up_order_lines (float | Unset): Set mark-up (%) for order lines.
        discount_percentage (float | Unset): Default discount percentage for order lines.
        customer_name (str | Unset): [read-only]
        project_manager_name_and_number (str | Unset): [read-only]
        travel_reports (list[TravelExpense] | Unset): [read-only] Travel reports connected to the order.
        accounting_dimension_values (list[AccountingDimensionValue] | Unset): [read-only] Free dimensions for the
            project connected to the order.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    contact: Contact | Unset = UNSET
    attn: Contact | Unset = UNSET
    display_name: str | Unset = UNSET
    receiver_email: str | Unset = UNSET
    overdue_notice_email: str | Unset = UNSET
    number: str | Unset = UNSET
    reference: str | Unset = UNSET
    our_contact: Contact | Unset = UNSET
    our_contact_employee: Employee | Unset = UNSET
    department: Department | Unset = UNSET
    order_date: str | Unset = UNSET
    project: Project | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    invoices_due_in: int | Unset = UNSET
    status: OrderStatus | Unset = UNSET
    invoices_due_in_type: OrderInvoicesDueInType | Unset = UNSET
    is_show_open_posts_on_invoices: bool | Unset = UNSET
    is_closed: bool | Unset = UNSET
    delivery_date: str | Unset = UNSET
    delivery_address: DeliveryAddress | Unset = UNSET
    delivery_comment: str | Unset = UNSET
    is_prioritize_amounts_including_vat: bool | Unset = UNSET
    order_line_sorting: OrderOrderLineSorting | Unset = UNSET
    order_groups: list[OrderGroup] | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
    is_subscription: bool | Unset = UNSET
    subscription_duration: int | Unset = UNSET
    subscription_duration_type: OrderSubscriptionDurationType | Unset = UNSET
    subscription_periods_on_invoice: int | Unset = UNSET
    subscription_periods_on_invoice_type: OrderSubscriptionPeriodsOnInvoiceType | Unset = UNSET
    subscription_invoicing_time_in_advance_or_arrears: OrderSubscriptionInvoicingTimeInAdvanceOrArrears | Unset = UNSET
    subscription_invoicing_time: int | Unset = UNSET
    subscription_invoicing_time_type: OrderSubscriptionInvoicingTimeType | Unset = UNSET
    is_subscription_auto_invoicing: bool | Unset = UNSET
    preliminary_invoice: Invoice | Unset = UNSET
    attachment: list[Document] | Unset = UNSET
    send_method_description: str | Unset = UNSET
    can_create_backorder: bool | Unset = UNSET
    invoice_on_account_vat_high: bool | Unset = UNSET
    total_invoiced_on_account_amount_absolute_currency: float | Unset = UNSET
    invoice_send_sms_notification: bool | Unset = UNSET
    invoice_sms_notification_number: str | Unset = UNSET
    mark_up_order_lines: float | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    customer_name: str | Unset = UNSET
    project_manager_name_and_number: str | Unset = UNSET
    travel_reports: list[TravelExpense] | Unset = UNSET
    accounting_dimension_values: list[AccountingDimensionValue] | Unset = UNSET
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

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        attn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attn, Unset):
            attn = self.attn.to_dict()

        display_name = self.display_name

        receiver_email = self.receiver_email

        overdue_notice_email = self.overdue_notice_email

        number = self.number

        reference = self.reference

        our_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.our_contact, Unset):
            our_contact = self.our_contact.to_dict()

        our_contact_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.our_contact_employee, Unset):
            our_contact_employee = self.our_contact_employee.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        order_date = self.order_date

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        invoice_comment = self.invoice_comment

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        invoices_due_in = self.invoices_due_in

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        invoices_due_in_type: str | Unset = UNSET
        if not isinstance(self.invoices_due_in_type, Unset):
            invoices_due_in_type = self.invoices_due_in_type.value

        is_show_open_posts_on_invoices = self.is_show_open_posts_on_invoices

        is_closed = self.is_closed

        delivery_date = self.delivery_date

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_comment = self.delivery_comment

        is_prioritize_amounts_including_vat = self.is_prioritize_amounts_including_vat

        order_line_sorting: str | Unset = UNSET
        if not isinstance(self.order_line_sorting, Unset):
            order_line_sorting = self.order_line_sorting.value

        order_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_groups, Unset):
            order_groups = []
            for order_groups_item_data in self.order_groups:
                order_groups_item = order_groups_item_data.to_dict()
                order_groups.append(order_groups_item)

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        is_subscription = self.is_subscription

        subscription_duration = self.subscription_duration

        subscription_duration_type: str | Unset = UNSET
        if not isinstance(self.subscription_duration_type, Unset):
            subscription_duration_type = self.subscription_duration_type.value

        subscription_periods_on_invoice = self.subscription_periods_on_invoice

        subscription_periods_on_invoice_type: str | Unset = UNSET
        if not isinstance(self.subscription_periods_on_invoice_type, Unset):
            subscription_periods_on_invoice_type = self.subscription_periods_on_invoice_type.value

        subscription_invoicing_time_in_advance_or_arrears: str | Unset = UNSET
        if not isinstance(self.subscription_invoicing_time_in_advance_or_arrears, Unset):
            subscription_invoicing_time_in_advance_or_arrears = (
                self.subscription_invoicing_time_in_advance_or_arrears.value
            )

        subscription_invoicing_time = self.subscription_invoicing_time

        subscription_invoicing_time_type: str | Unset = UNSET
        if not isinstance(self.subscription_invoicing_time_type, Unset):
            subscription_invoicing_time_type = self.subscription_invoicing_time_type.value

        is_subscription_auto_invoicing = self.is_subscription_auto_invoicing

        preliminary_invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preliminary_invoice, Unset):
            preliminary_invoice = self.preliminary_invoice.to_dict()

        attachment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = []
            for attachment_item_data in self.attachment:
                attachment_item = attachment_item_data.to_dict()
                attachment.append(attachment_item)

        send_method_description = self.send_method_description

        can_create_backorder = self.can_create_backorder

        invoice_on_account_vat_high = self.invoice_on_account_vat_high

        total_invoiced_on_account_amount_absolute_currency = self.total_invoiced_on_account_amount_absolute_currency

        invoice_send_sms_notification = self.invoice_send_sms_notification

        invoice_sms_notification_number = self.invoice_sms_notification_number

        mark_up_order_lines = self.mark_up_order_lines

        discount_percentage = self.discount_percentage

        customer_name = self.customer_name

        project_manager_name_and_number = self.project_manager_name_and_number

        travel_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.travel_reports, Unset):
            travel_reports = []
            for travel_reports_item_data in self.travel_reports:
                travel_reports_item = travel_reports_item_data.to_dict()
                travel_reports.append(travel_reports_item)

        accounting_dimension_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accounting_dimension_values, Unset):
            accounting_dimension_values = []
            for accounting_dimension_values_item_data in self.accounting_dimension_values:
                accounting_dimension_values_item = accounting_dimension_values_item_data.to_dict()
                accounting_dimension_values.append(accounting_dimension_values_item)

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
        if customer is not UNSET:
            field_dict["customer"] = customer
        if contact is not UNSET:
            field_dict["contact"] = contact
        if attn is not UNSET:
            field_dict["attn"] = attn
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if receiver_email is not UNSET:
            field_dict["receiverEmail"] = receiver_email
        if overdue_notice_email is not UNSET:
            field_dict["overdueNoticeEmail"] = overdue_notice_email
        if number is not UNSET:
            field_dict["number"] = number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if our_contact is not UNSET:
            field_dict["ourContact"] = our_contact
        if our_contact_employee is not UNSET:
            field_dict["ourContactEmployee"] = our_contact_employee
        if department is not UNSET:
            field_dict["department"] = department
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if project is not UNSET:
            field_dict["project"] = project
        if invoice_comment is not UNSET:
            field_dict["invoiceComment"] = invoice_comment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoices_due_in is not UNSET:
            field_dict["invoicesDueIn"] = invoices_due_in
        if status is not UNSET:
            field_dict["status"] = status
        if invoices_due_in_type is not UNSET:
            field_dict["invoicesDueInType"] = invoices_due_in_type
        if is_show_open_posts_on_invoices is not UNSET:
            field_dict["isShowOpenPostsOnInvoices"] = is_show_open_posts_on_invoices
        if is_closed is not UNSET:
            field_dict["isClosed"] = is_closed
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_comment is not UNSET:
            field_dict["deliveryComment"] = delivery_comment
        if is_prioritize_amounts_including_vat is not UNSET:
            field_dict["isPrioritizeAmountsIncludingVat"] = is_prioritize_amounts_including_vat
        if order_line_sorting is not UNSET:
            field_dict["orderLineSorting"] = order_line_sorting
        if order_groups is not UNSET:
            field_dict["orderGroups"] = order_groups
        if order_lines is not UNSET:
            field_dict["orderLines"] = order_lines
        if is_subscription is not UNSET:
            field_dict["isSubscription"] = is_subscription
        if subscription_duration is not UNSET:
            field_dict["subscriptionDuration"] = subscription_duration
        if subscription_duration_type is not UNSET:
            field_dict["subscriptionDurationType"] = subscription_duration_type
        if subscription_periods_on_invoice is not UNSET:
            field_dict["subscriptionPeriodsOnInvoice"] = subscription_periods_on_invoice
        if subscription_periods_on_invoice_type is not UNSET and not _in_request:
            field_dict["subscriptionPeriodsOnInvoiceType"] = subscription_periods_on_invoice_type
        if subscription_invoicing_time_in_advance_or_arrears is not UNSET:
            field_dict["subscriptionInvoicingTimeInAdvanceOrArrears"] = (
                subscription_invoicing_time_in_advance_or_arrears
            )
        if subscription_invoicing_time is not UNSET:
            field_dict["subscriptionInvoicingTime"] = subscription_invoicing_time
        if subscription_invoicing_time_type is not UNSET:
            field_dict["subscriptionInvoicingTimeType"] = subscription_invoicing_time_type
        if is_subscription_auto_invoicing is not UNSET:
            field_dict["isSubscriptionAutoInvoicing"] = is_subscription_auto_invoicing
        if preliminary_invoice is not UNSET:
            field_dict["preliminaryInvoice"] = preliminary_invoice
        if attachment is not UNSET and not _in_request:
            field_dict["attachment"] = attachment
        if send_method_description is not UNSET:
            field_dict["sendMethodDescription"] = send_method_description
        if can_create_backorder is not UNSET and not _in_request:
            field_dict["canCreateBackorder"] = can_create_backorder
        if invoice_on_account_vat_high is not UNSET:
            field_dict["invoiceOnAccountVatHigh"] = invoice_on_account_vat_high
        if total_invoiced_on_account_amount_absolute_currency is not UNSET and not _in_request:
            field_dict["totalInvoicedOnAccountAmountAbsoluteCurrency"] = (
                total_invoiced_on_account_amount_absolute_currency
            )
        if invoice_send_sms_notification is not UNSET and not _in_request:
            field_dict["invoiceSendSMSNotification"] = invoice_send_sms_notification
        if invoice_sms_notification_number is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = invoice_sms_notification_number
        if mark_up_order_lines is not UNSET:
            field_dict["markUpOrderLines"] = mark_up_order_lines
        if discount_percentage is not UNSET:
            field_dict["discountPercentage"] = discount_percentage
        if customer_name is not UNSET and not _in_request:
            field_dict["customerName"] = customer_name
        if project_manager_name_and_number is not UNSET and not _in_request:
            field_dict["projectManagerNameAndNumber"] = project_manager_name_and_number
        if travel_reports is not UNSET and not _in_request:
            field_dict["travelReports"] = travel_reports
        if accounting_dimension_values is not UNSET and not _in_request:
            field_dict["accountingDimensionValues"] = accounting_dimension_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Order from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accounting_dimension_value import AccountingDimensionValue  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.order_group import OrderGroup  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415

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

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_contact(_tx_v: Any) -> Contact | Unset:
            _contact = _tx_v
            contact: Contact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = Contact._tx_from_json(_contact)

            return contact

        def _p_attn(_tx_v: Any) -> Contact | Unset:
            _attn = _tx_v
            attn: Contact | Unset
            if isinstance(_attn, Unset):
                attn = UNSET
            else:
                attn = Contact._tx_from_json(_attn)

            return attn

        def _p_our_contact(_tx_v: Any) -> Contact | Unset:
            _our_contact = _tx_v
            our_contact: Contact | Unset
            if isinstance(_our_contact, Unset):
                our_contact = UNSET
            else:
                our_contact = Contact._tx_from_json(_our_contact)

            return our_contact

        def _p_our_contact_employee(_tx_v: Any) -> Employee | Unset:
            _our_contact_employee = _tx_v
            our_contact_employee: Employee | Unset
            if isinstance(_our_contact_employee, Unset):
                our_contact_employee = UNSET
            else:
                our_contact_employee = Employee._tx_from_json(_our_contact_employee)

            return our_contact_employee

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_status(_tx_v: Any) -> OrderStatus | Unset:
            _status = _tx_v
            status: OrderStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = OrderStatus(_status)

            return status

        def _p_invoices_due_in_type(_tx_v: Any) -> OrderInvoicesDueInType | Unset:
            _invoices_due_in_type = _tx_v
            invoices_due_in_type: OrderInvoicesDueInType | Unset
            if isinstance(_invoices_due_in_type, Unset):
                invoices_due_in_type = UNSET
            else:
                invoices_due_in_type = OrderInvoicesDueInType(_invoices_due_in_type)

            return invoices_due_in_type

        def _p_delivery_address(_tx_v: Any) -> DeliveryAddress | Unset:
            _delivery_address = _tx_v
            delivery_address: DeliveryAddress | Unset
            if isinstance(_delivery_address, Unset):
                delivery_address = UNSET
            else:
                delivery_address = DeliveryAddress._tx_from_json(_delivery_address)

            return delivery_address

        def _p_order_line_sorting(_tx_v: Any) -> OrderOrderLineSorting | Unset:
            _order_line_sorting = _tx_v
            order_line_sorting: OrderOrderLineSorting | Unset
            if isinstance(_order_line_sorting, Unset):
                order_line_sorting = UNSET
            else:
                order_line_sorting = OrderOrderLineSorting(_order_line_sorting)

            return order_line_sorting

        def _p_order_groups(_tx_v: Any) -> list[OrderGroup] | Unset:
            _order_groups = _tx_v
            order_groups: list[OrderGroup] | Unset = UNSET
            if _order_groups is not UNSET:
                order_groups = []
                for order_groups_item_data in _order_groups:
                    if order_groups_item_data is None:
                        continue
                    order_groups_item = OrderGroup._tx_from_json(order_groups_item_data)

                    order_groups.append(order_groups_item)

            return order_groups

        def _p_order_lines(_tx_v: Any) -> list[OrderLine] | Unset:
            _order_lines = _tx_v
            order_lines: list[OrderLine] | Unset = UNSET
            if _order_lines is not UNSET:
                order_lines = []
                for order_lines_item_data in _order_lines:
                    if order_lines_item_data is None:
                        continue
                    order_lines_item = OrderLine._tx_from_json(order_lines_item_data)

                    order_lines.append(order_lines_item)

            return order_lines

        def _p_subscription_duration_type(_tx_v: Any) -> OrderSubscriptionDurationType | Unset:
            _subscription_duration_type = _tx_v
            subscription_duration_type: OrderSubscriptionDurationType | Unset
            if isinstance(_subscription_duration_type, Unset):
                subscription_duration_type = UNSET
            else:
                subscription_duration_type = OrderSubscriptionDurationType(_subscription_duration_type)

            return subscription_duration_type

        def _p_subscription_periods_on_invoice_type(_tx_v: Any) -> OrderSubscriptionPeriodsOnInvoiceType | Unset:
            _subscription_periods_on_invoice_type = _tx_v
            subscription_periods_on_invoice_type: OrderSubscriptionPeriodsOnInvoiceType | Unset
            if isinstance(_subscription_periods_on_invoice_type, Unset):
                subscription_periods_on_invoice_type = UNSET
            else:
                subscription_periods_on_invoice_type = OrderSubscriptionPeriodsOnInvoiceType(
                    _subscription_periods_on_invoice_type
                )

            return subscription_periods_on_invoice_type

        def _p_subscription_invoicing_time_in_advance_or_arrears(
            _tx_v: Any,
        ) -> OrderSubscriptionInvoicingTimeInAdvanceOrArrears | Unset:
            _subscription_invoicing_time_in_advance_or_arrears = _tx_v
            subscription_invoicing_time_in_advance_or_arrears: OrderSubscriptionInvoicingTimeInAdvanceOrArrears | Unset
            if isinstance(_subscription_invoicing_time_in_advance_or_arrears, Unset):
                subscription_invoicing_time_in_advance_or_arrears = UNSET
            else:
                subscription_invoicing_time_in_advance_or_arrears = OrderSubscriptionInvoicingTimeInAdvanceOrArrears(
                    _subscription_invoicing_time_in_advance_or_arrears
                )

            return subscription_invoicing_time_in_advance_or_arrears

        def _p_subscription_invoicing_time_type(_tx_v: Any) -> OrderSubscriptionInvoicingTimeType | Unset:
            _subscription_invoicing_time_type = _tx_v
            subscription_invoicing_time_type: OrderSubscriptionInvoicingTimeType | Unset
            if isinstance(_subscription_invoicing_time_type, Unset):
                subscription_invoicing_time_type = UNSET
            else:
                subscription_invoicing_time_type = OrderSubscriptionInvoicingTimeType(_subscription_invoicing_time_type)

            return subscription_invoicing_time_type

        def _p_preliminary_invoice(_tx_v: Any) -> Invoice | Unset:
            _preliminary_invoice = _tx_v
            preliminary_invoice: Invoice | Unset
            if isinstance(_preliminary_invoice, Unset):
                preliminary_invoice = UNSET
            else:
                preliminary_invoice = Invoice._tx_from_json(_preliminary_invoice)

            return preliminary_invoice

        def _p_attachment(_tx_v: Any) -> list[Document] | Unset:
            _attachment = _tx_v
            attachment: list[Document] | Unset = UNSET
            if _attachment is not UNSET:
                attachment = []
                for attachment_item_data in _attachment:
                    if attachment_item_data is None:
                        continue
                    attachment_item = Document._tx_from_json(attachment_item_data)

                    attachment.append(attachment_item)

            return attachment

        def _p_travel_reports(_tx_v: Any) -> list[TravelExpense] | Unset:
            _travel_reports = _tx_v
            travel_reports: list[TravelExpense] | Unset = UNSET
            if _travel_reports is not UNSET:
                travel_reports = []
                for travel_reports_item_data in _travel_reports:
                    if travel_reports_item_data is None:
                        continue
                    travel_reports_item = TravelExpense._tx_from_json(travel_reports_item_data)

                    travel_reports.append(travel_reports_item)

            return travel_reports

        def _p_accounting_dimension_values(_tx_v: Any) -> list[AccountingDimensionValue] | Unset:
            _accounting_dimension_values = _tx_v
            accounting_dimension_values: list[AccountingDimensionValue] | Unset = UNSET
            if _accounting_dimension_values is not UNSET:
                accounting_dimension_values = []
                for accounting_dimension_values_item_data in _accounting_dimension_values:
                    if accounting_dimension_values_item_data is None:
                        continue
                    accounting_dimension_values_item = AccountingDimensionValue._tx_from_json(
                        accounting_dimension_values_item_data
                    )

                    accounting_dimension_values.append(accounting_dimension_values_item)

            return accounting_dimension_values

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "customer",
                "contact",
                "attn",
                "displayName",
                "receiverEmail",
                "overdueNoticeEmail",
                "number",
                "reference",
                "ourContact",
                "ourContactEmployee",
                "department",
                "orderDate",
                "project",
                "invoiceComment",
                "currency",
                "invoicesDueIn",
                "status",
                "invoicesDueInType",
                "isShowOpenPostsOnInvoices",
                "isClosed",
                "deliveryDate",
                "deliveryAddress",
                "deliveryComment",
                "isPrioritizeAmountsIncludingVat",
                "orderLineSorting",
                "orderGroups",
                "orderLines",
                "isSubscription",
                "subscriptionDuration",
                "subscriptionDurationType",
                "subscriptionPeriodsOnInvoice",
                "subscriptionPeriodsOnInvoiceType",
                "subscriptionInvoicingTimeInAdvanceOrArrears",
                "subscriptionInvoicingTime",
                "subscriptionInvoicingTimeType",
                "isSubscriptionAutoInvoicing",
                "preliminaryInvoice",
                "attachment",
                "sendMethodDescription",
                "canCreateBackorder",
                "invoiceOnAccountVatHigh",
                "totalInvoicedOnAccountAmountAbsoluteCurrency",
                "invoiceSendSMSNotification",
                "invoiceSMSNotificationNumber",
                "markUpOrderLines",
                "discountPercentage",
                "customerName",
                "projectManagerNameAndNumber",
                "travelReports",
                "accountingDimensionValues",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "customer": ("customer", _p_customer),
            "contact": ("contact", _p_contact),
            "attn": ("attn", _p_attn),
            "display_name": ("displayName", None),
            "receiver_email": ("receiverEmail", None),
            "overdue_notice_email": ("overdueNoticeEmail", None),
            "number": ("number", None),
            "reference": ("reference", None),
            "our_contact": ("ourContact", _p_our_contact),
            "our_contact_employee": ("ourContactEmployee", _p_our_contact_employee),
            "department": ("department", _p_department),
            "order_date": ("orderDate", None),
            "project": ("project", _p_project),
            "invoice_comment": ("invoiceComment", None),
            "currency": ("currency", _p_currency),
            "invoices_due_in": ("invoicesDueIn", None),
            "status": ("status", _p_status),
            "invoices_due_in_type": ("invoicesDueInType", _p_invoices_due_in_type),
            "is_show_open_posts_on_invoices": ("isShowOpenPostsOnInvoices", None),
            "is_closed": ("isClosed", None),
            "delivery_date": ("deliveryDate", None),
            "delivery_address": ("deliveryAddress", _p_delivery_address),
            "delivery_comment": ("deliveryComment", None),
            "is_prioritize_amounts_including_vat": ("isPrioritizeAmountsIncludingVat", None),
            "order_line_sorting": ("orderLineSorting", _p_order_line_sorting),
            "order_groups": ("orderGroups", _p_order_groups),
            "order_lines": ("orderLines", _p_order_lines),
            "is_subscription": ("isSubscription", None),
            "subscription_duration": ("subscriptionDuration", None),
            "subscription_duration_type": ("subscriptionDurationType", _p_subscription_duration_type),
            "subscription_periods_on_invoice": ("subscriptionPeriodsOnInvoice", None),
            "subscription_periods_on_invoice_type": (
                "subscriptionPeriodsOnInvoiceType",
                _p_subscription_periods_on_invoice_type,
            ),
            "subscription_invoicing_time_in_advance_or_arrears": (
                "subscriptionInvoicingTimeInAdvanceOrArrears",
                _p_subscription_invoicing_time_in_advance_or_arrears,
            ),
            "subscription_invoicing_time": ("subscriptionInvoicingTime", None),
            "subscription_invoicing_time_type": ("subscriptionInvoicingTimeType", _p_subscription_invoicing_time_type),
            "is_subscription_auto_invoicing": ("isSubscriptionAutoInvoicing", None),
            "preliminary_invoice": ("preliminaryInvoice", _p_preliminary_invoice),
            "attachment": ("attachment", _p_attachment),
            "send_method_description": ("sendMethodDescription", None),
            "can_create_backorder": ("canCreateBackorder", None),
            "invoice_on_account_vat_high": ("invoiceOnAccountVatHigh", None),
            "total_invoiced_on_account_amount_absolute_currency": (
                "totalInvoicedOnAccountAmountAbsoluteCurrency",
                None,
            ),
            "invoice_send_sms_notification": ("invoiceSendSMSNotification", None),
            "invoice_sms_notification_number": ("invoiceSMSNotificationNumber", None),
            "mark_up_order_lines": ("markUpOrderLines", None),
            "discount_percentage": ("discountPercentage", None),
            "customer_name": ("customerName", None),
            "project_manager_name_and_number": ("projectManagerNameAndNumber", None),
            "travel_reports": ("travelReports", _p_travel_reports),
            "accounting_dimension_values": ("accountingDimensionValues", _p_accounting_dimension_values),
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
