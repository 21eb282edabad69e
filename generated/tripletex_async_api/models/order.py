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


@_attrs_define
class Order(Model):
    """Related orders. Only one order per invoice is supported at the moment.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        customer (Customer | Unset):
        contact (Contact | Unset): If the contact is not an employee
        attn (Contact | Unset): If the contact is not an employee
        display_name (str | Unset):
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
        subscription_periods_on_invoice_type (OrderSubscriptionPeriodsOnInvoiceType | Unset): The time unit of
            subscriptionPeriodsOnInvoice
        subscription_invoicing_time_in_advance_or_arrears (OrderSubscriptionInvoicingTimeInAdvanceOrArrears | Unset):
            Invoicing in advance/in arrears
        subscription_invoicing_time (int | Unset): Number of days/months invoicing in advance/in arrears
        subscription_invoicing_time_type (OrderSubscriptionInvoicingTimeType | Unset): The time unit of
            subscriptionInvoicingTime
        is_subscription_auto_invoicing (bool | Unset): Automatic invoicing. Starts when the subscription is approved
        preliminary_invoice (Invoice | Unset): Invoicing plans tied to the project
        attachment (list[Document] | Unset): [BETA] Attachments belonging to this order
        send_method_description (str | Unset): Description of how this invoice will be sent
        can_create_backorder (bool | Unset):
        invoice_on_account_vat_high (bool | Unset): Is the on account(a konto) amounts including vat
        total_invoiced_on_account_amount_absolute_currency (float | Unset): Amount paid on account(a konto)
        invoice_send_sms_notification (bool | Unset): Is sms-notification on/off
        invoice_sms_notification_number (str | Unset): The phone number of the receiver of sms notifications. Must be a
            norwegian phone number
        mark_up_order_lines (float | Unset): Set mark-up (%) for order lines.
        discount_percentage (float | Unset): Default discount percentage for order lines.
        customer_name (str | Unset):
        project_manager_name_and_number (str | Unset):
        travel_reports (list[TravelExpense] | Unset): Travel reports connected to the order.
        accounting_dimension_values (list[AccountingDimensionValue] | Unset): Free dimensions for the project connected
            to the order.
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
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.contact
        if _v is not UNSET:
            field_dict["contact"] = _v.to_dict()
        _v = self.attn
        if _v is not UNSET:
            field_dict["attn"] = _v.to_dict()
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.receiver_email
        if _v is not UNSET:
            field_dict["receiverEmail"] = _v
        _v = self.overdue_notice_email
        if _v is not UNSET:
            field_dict["overdueNoticeEmail"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.reference
        if _v is not UNSET:
            field_dict["reference"] = _v
        _v = self.our_contact
        if _v is not UNSET:
            field_dict["ourContact"] = _v.to_dict()
        _v = self.our_contact_employee
        if _v is not UNSET:
            field_dict["ourContactEmployee"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.order_date
        if _v is not UNSET:
            field_dict["orderDate"] = _v
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.invoice_comment
        if _v is not UNSET:
            field_dict["invoiceComment"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.invoices_due_in
        if _v is not UNSET:
            field_dict["invoicesDueIn"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.invoices_due_in_type
        if _v is not UNSET:
            field_dict["invoicesDueInType"] = _v._value_
        _v = self.is_show_open_posts_on_invoices
        if _v is not UNSET:
            field_dict["isShowOpenPostsOnInvoices"] = _v
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.delivery_date
        if _v is not UNSET:
            field_dict["deliveryDate"] = _v
        _v = self.delivery_address
        if _v is not UNSET:
            field_dict["deliveryAddress"] = _v.to_dict()
        _v = self.delivery_comment
        if _v is not UNSET:
            field_dict["deliveryComment"] = _v
        _v = self.is_prioritize_amounts_including_vat
        if _v is not UNSET:
            field_dict["isPrioritizeAmountsIncludingVat"] = _v
        _v = self.order_line_sorting
        if _v is not UNSET:
            field_dict["orderLineSorting"] = _v._value_
        _v = self.order_groups
        if _v is not UNSET:
            field_dict["orderGroups"] = [_e.to_dict() for _e in _v]
        _v = self.order_lines
        if _v is not UNSET:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.is_subscription
        if _v is not UNSET:
            field_dict["isSubscription"] = _v
        _v = self.subscription_duration
        if _v is not UNSET:
            field_dict["subscriptionDuration"] = _v
        _v = self.subscription_duration_type
        if _v is not UNSET:
            field_dict["subscriptionDurationType"] = _v._value_
        _v = self.subscription_periods_on_invoice
        if _v is not UNSET:
            field_dict["subscriptionPeriodsOnInvoice"] = _v
        _v = self.subscription_periods_on_invoice_type
        if _v is not UNSET and not _in_request:
            field_dict["subscriptionPeriodsOnInvoiceType"] = _v._value_
        _v = self.subscription_invoicing_time_in_advance_or_arrears
        if _v is not UNSET:
            field_dict["subscriptionInvoicingTimeInAdvanceOrArrears"] = _v._value_
        _v = self.subscription_invoicing_time
        if _v is not UNSET:
            field_dict["subscriptionInvoicingTime"] = _v
        _v = self.subscription_invoicing_time_type
        if _v is not UNSET:
            field_dict["subscriptionInvoicingTimeType"] = _v._value_
        _v = self.is_subscription_auto_invoicing
        if _v is not UNSET:
            field_dict["isSubscriptionAutoInvoicing"] = _v
        _v = self.preliminary_invoice
        if _v is not UNSET:
            field_dict["preliminaryInvoice"] = _v.to_dict()
        _v = self.attachment
        if _v is not UNSET and not _in_request:
            field_dict["attachment"] = [_e.to_dict() for _e in _v]
        _v = self.send_method_description
        if _v is not UNSET:
            field_dict["sendMethodDescription"] = _v
        _v = self.can_create_backorder
        if _v is not UNSET and not _in_request:
            field_dict["canCreateBackorder"] = _v
        _v = self.invoice_on_account_vat_high
        if _v is not UNSET:
            field_dict["invoiceOnAccountVatHigh"] = _v
        _v = self.total_invoiced_on_account_amount_absolute_currency
        if _v is not UNSET and not _in_request:
            field_dict["totalInvoicedOnAccountAmountAbsoluteCurrency"] = _v
        _v = self.invoice_send_sms_notification
        if _v is not UNSET and not _in_request:
            field_dict["invoiceSendSMSNotification"] = _v
        _v = self.invoice_sms_notification_number
        if _v is not UNSET:
            field_dict["invoiceSMSNotificationNumber"] = _v
        _v = self.mark_up_order_lines
        if _v is not UNSET:
            field_dict["markUpOrderLines"] = _v
        _v = self.discount_percentage
        if _v is not UNSET:
            field_dict["discountPercentage"] = _v
        _v = self.customer_name
        if _v is not UNSET and not _in_request:
            field_dict["customerName"] = _v
        _v = self.project_manager_name_and_number
        if _v is not UNSET and not _in_request:
            field_dict["projectManagerNameAndNumber"] = _v
        _v = self.travel_reports
        if _v is not UNSET and not _in_request:
            field_dict["travelReports"] = [_e.to_dict() for _e in _v]
        _v = self.accounting_dimension_values
        if _v is not UNSET and not _in_request:
            field_dict["accountingDimensionValues"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Order from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Order.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
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

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(OrderStatus)
        _e_invoices_due_in_type: dict[Any, Any] = enum_members(OrderInvoicesDueInType)
        _e_order_line_sorting: dict[Any, Any] = enum_members(OrderOrderLineSorting)
        _e_subscription_duration_type: dict[Any, Any] = enum_members(OrderSubscriptionDurationType)
        _e_subscription_periods_on_invoice_type: dict[Any, Any] = enum_members(OrderSubscriptionPeriodsOnInvoiceType)
        _e_subscription_invoicing_time_in_advance_or_arrears: dict[Any, Any] = enum_members(
            OrderSubscriptionInvoicingTimeInAdvanceOrArrears
        )
        _e_subscription_invoicing_time_type: dict[Any, Any] = enum_members(OrderSubscriptionInvoicingTimeType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "displayName": "display_name",
            "receiverEmail": "receiver_email",
            "overdueNoticeEmail": "overdue_notice_email",
            "number": "number",
            "reference": "reference",
            "orderDate": "order_date",
            "invoiceComment": "invoice_comment",
            "invoicesDueIn": "invoices_due_in",
            "isShowOpenPostsOnInvoices": "is_show_open_posts_on_invoices",
            "isClosed": "is_closed",
            "deliveryDate": "delivery_date",
            "deliveryComment": "delivery_comment",
            "isPrioritizeAmountsIncludingVat": "is_prioritize_amounts_including_vat",
            "isSubscription": "is_subscription",
            "subscriptionDuration": "subscription_duration",
            "subscriptionPeriodsOnInvoice": "subscription_periods_on_invoice",
            "subscriptionInvoicingTime": "subscription_invoicing_time",
            "isSubscriptionAutoInvoicing": "is_subscription_auto_invoicing",
            "sendMethodDescription": "send_method_description",
            "canCreateBackorder": "can_create_backorder",
            "invoiceOnAccountVatHigh": "invoice_on_account_vat_high",
            "totalInvoicedOnAccountAmountAbsoluteCurrency": "total_invoiced_on_account_amount_absolute_currency",
            "invoiceSendSMSNotification": "invoice_send_sms_notification",
            "invoiceSMSNotificationNumber": "invoice_sms_notification_number",
            "markUpOrderLines": "mark_up_order_lines",
            "discountPercentage": "discount_percentage",
            "customerName": "customer_name",
            "projectManagerNameAndNumber": "project_manager_name_and_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.customer = o.contact = o.attn = o.display_name = (
                        o.receiver_email
                    ) = o.overdue_notice_email = o.number = o.reference = o.our_contact = o.our_contact_employee = (
                        o.department
                    ) = o.order_date = o.project = o.invoice_comment = o.currency = o.invoices_due_in = o.status = (
                        o.invoices_due_in_type
                    ) = o.is_show_open_posts_on_invoices = o.is_closed = o.delivery_date = o.delivery_address = (
                        o.delivery_comment
                    ) = o.is_prioritize_amounts_including_vat = o.order_line_sorting = o.order_groups = (
                        o.order_lines
                    ) = o.is_subscription = o.subscription_duration = o.subscription_duration_type = (
                        o.subscription_periods_on_invoice
                    ) = o.subscription_periods_on_invoice_type = o.subscription_invoicing_time_in_advance_or_arrears = (
                        o.subscription_invoicing_time
                    ) = o.subscription_invoicing_time_type = o.is_subscription_auto_invoicing = (
                        o.preliminary_invoice
                    ) = o.attachment = o.send_method_description = o.can_create_backorder = (
                        o.invoice_on_account_vat_high
                    ) = o.total_invoiced_on_account_amount_absolute_currency = o.invoice_send_sms_notification = (
                        o.invoice_sms_notification_number
                    ) = o.mark_up_order_lines = o.discount_percentage = o.customer_name = (
                        o.project_manager_name_and_number
                    ) = o.travel_reports = o.accounting_dimension_values = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 18 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.customer = o.contact = o.attn = o.display_name = (
                        o.receiver_email
                    ) = o.overdue_notice_email = o.number = o.reference = o.our_contact = o.our_contact_employee = (
                        o.department
                    ) = o.order_date = o.project = o.invoice_comment = o.currency = o.invoices_due_in = o.status = (
                        o.invoices_due_in_type
                    ) = o.is_show_open_posts_on_invoices = o.is_closed = o.delivery_date = o.delivery_address = (
                        o.delivery_comment
                    ) = o.is_prioritize_amounts_including_vat = o.order_line_sorting = o.order_groups = (
                        o.order_lines
                    ) = o.is_subscription = o.subscription_duration = o.subscription_duration_type = (
                        o.subscription_periods_on_invoice
                    ) = o.subscription_periods_on_invoice_type = o.subscription_invoicing_time_in_advance_or_arrears = (
                        o.subscription_invoicing_time
                    ) = o.subscription_invoicing_time_type = o.is_subscription_auto_invoicing = (
                        o.preliminary_invoice
                    ) = o.attachment = o.send_method_description = o.can_create_backorder = (
                        o.invoice_on_account_vat_high
                    ) = o.total_invoiced_on_account_amount_absolute_currency = o.invoice_send_sms_notification = (
                        o.invoice_sms_notification_number
                    ) = o.mark_up_order_lines = o.discount_percentage = o.customer_name = (
                        o.project_manager_name_and_number
                    ) = o.travel_reports = o.accounting_dimension_values = UNSET
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
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "contact"
                v = g("contact")
                if v is None:
                    o.contact = u
                    if "contact" not in d:
                        m += 1
                else:
                    o.contact = Contact._tx_parse(v)
                k = "attn"
                v = g("attn")
                if v is None:
                    o.attn = u
                    if "attn" not in d:
                        m += 1
                else:
                    o.attn = Contact._tx_parse(v)
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("receiverEmail")
                if v is None:
                    o.receiver_email = u
                    if "receiverEmail" not in d:
                        m += 1
                else:
                    o.receiver_email = v
                v = g("overdueNoticeEmail")
                if v is None:
                    o.overdue_notice_email = u
                    if "overdueNoticeEmail" not in d:
                        m += 1
                else:
                    o.overdue_notice_email = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("reference")
                if v is None:
                    o.reference = u
                    if "reference" not in d:
                        m += 1
                else:
                    o.reference = v
                k = "ourContact"
                v = g("ourContact")
                if v is None:
                    o.our_contact = u
                    if "ourContact" not in d:
                        m += 1
                else:
                    o.our_contact = Contact._tx_parse(v)
                k = "ourContactEmployee"
                v = g("ourContactEmployee")
                if v is None:
                    o.our_contact_employee = u
                    if "ourContactEmployee" not in d:
                        m += 1
                else:
                    o.our_contact_employee = Employee._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                v = g("orderDate")
                if v is None:
                    o.order_date = u
                    if "orderDate" not in d:
                        m += 1
                else:
                    o.order_date = v
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("invoiceComment")
                if v is None:
                    o.invoice_comment = u
                    if "invoiceComment" not in d:
                        m += 1
                else:
                    o.invoice_comment = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("invoicesDueIn")
                if v is None:
                    o.invoices_due_in = u
                    if "invoicesDueIn" not in d:
                        m += 1
                else:
                    o.invoices_due_in = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(OrderStatus, v)
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
                        else enum_value(OrderInvoicesDueInType, v)
                    )
                v = g("isShowOpenPostsOnInvoices")
                if v is None:
                    o.is_show_open_posts_on_invoices = u
                    if "isShowOpenPostsOnInvoices" not in d:
                        m += 1
                else:
                    o.is_show_open_posts_on_invoices = v
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                v = g("deliveryDate")
                if v is None:
                    o.delivery_date = u
                    if "deliveryDate" not in d:
                        m += 1
                else:
                    o.delivery_date = v
                k = "deliveryAddress"
                v = g("deliveryAddress")
                if v is None:
                    o.delivery_address = u
                    if "deliveryAddress" not in d:
                        m += 1
                else:
                    o.delivery_address = DeliveryAddress._tx_parse(v)
                v = g("deliveryComment")
                if v is None:
                    o.delivery_comment = u
                    if "deliveryComment" not in d:
                        m += 1
                else:
                    o.delivery_comment = v
                v = g("isPrioritizeAmountsIncludingVat")
                if v is None:
                    o.is_prioritize_amounts_including_vat = u
                    if "isPrioritizeAmountsIncludingVat" not in d:
                        m += 1
                else:
                    o.is_prioritize_amounts_including_vat = v
                k = "orderLineSorting"
                v = g("orderLineSorting")
                if v is None:
                    o.order_line_sorting = u
                    if "orderLineSorting" not in d:
                        m += 1
                else:
                    o.order_line_sorting = (
                        e_ if (e_ := _e_order_line_sorting.get(v)) is not None else enum_value(OrderOrderLineSorting, v)
                    )
                k = "orderGroups"
                v = g("orderGroups")
                if v is None:
                    o.order_groups = u
                    if "orderGroups" not in d:
                        m += 1
                else:
                    o.order_groups = (
                        ([OrderGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "orderLines"
                v = g("orderLines")
                if v is None:
                    o.order_lines = u
                    if "orderLines" not in d:
                        m += 1
                else:
                    o.order_lines = (
                        ([OrderLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("isSubscription")
                if v is None:
                    o.is_subscription = u
                    if "isSubscription" not in d:
                        m += 1
                else:
                    o.is_subscription = v
                v = g("subscriptionDuration")
                if v is None:
                    o.subscription_duration = u
                    if "subscriptionDuration" not in d:
                        m += 1
                else:
                    o.subscription_duration = v
                k = "subscriptionDurationType"
                v = g("subscriptionDurationType")
                if v is None:
                    o.subscription_duration_type = u
                    if "subscriptionDurationType" not in d:
                        m += 1
                else:
                    o.subscription_duration_type = (
                        e_
                        if (e_ := _e_subscription_duration_type.get(v)) is not None
                        else enum_value(OrderSubscriptionDurationType, v)
                    )
                v = g("subscriptionPeriodsOnInvoice")
                if v is None:
                    o.subscription_periods_on_invoice = u
                    if "subscriptionPeriodsOnInvoice" not in d:
                        m += 1
                else:
                    o.subscription_periods_on_invoice = v
                k = "subscriptionPeriodsOnInvoiceType"
                v = g("subscriptionPeriodsOnInvoiceType")
                if v is None:
                    o.subscription_periods_on_invoice_type = u
                    if "subscriptionPeriodsOnInvoiceType" not in d:
                        m += 1
                else:
                    o.subscription_periods_on_invoice_type = (
                        e_
                        if (e_ := _e_subscription_periods_on_invoice_type.get(v)) is not None
                        else enum_value(OrderSubscriptionPeriodsOnInvoiceType, v)
                    )
                k = "subscriptionInvoicingTimeInAdvanceOrArrears"
                v = g("subscriptionInvoicingTimeInAdvanceOrArrears")
                if v is None:
                    o.subscription_invoicing_time_in_advance_or_arrears = u
                    if "subscriptionInvoicingTimeInAdvanceOrArrears" not in d:
                        m += 1
                else:
                    o.subscription_invoicing_time_in_advance_or_arrears = (
                        e_
                        if (e_ := _e_subscription_invoicing_time_in_advance_or_arrears.get(v)) is not None
                        else enum_value(OrderSubscriptionInvoicingTimeInAdvanceOrArrears, v)
                    )
                v = g("subscriptionInvoicingTime")
                if v is None:
                    o.subscription_invoicing_time = u
                    if "subscriptionInvoicingTime" not in d:
                        m += 1
                else:
                    o.subscription_invoicing_time = v
                k = "subscriptionInvoicingTimeType"
                v = g("subscriptionInvoicingTimeType")
                if v is None:
                    o.subscription_invoicing_time_type = u
                    if "subscriptionInvoicingTimeType" not in d:
                        m += 1
                else:
                    o.subscription_invoicing_time_type = (
                        e_
                        if (e_ := _e_subscription_invoicing_time_type.get(v)) is not None
                        else enum_value(OrderSubscriptionInvoicingTimeType, v)
                    )
                v = g("isSubscriptionAutoInvoicing")
                if v is None:
                    o.is_subscription_auto_invoicing = u
                    if "isSubscriptionAutoInvoicing" not in d:
                        m += 1
                else:
                    o.is_subscription_auto_invoicing = v
                k = "preliminaryInvoice"
                v = g("preliminaryInvoice")
                if v is None:
                    o.preliminary_invoice = u
                    if "preliminaryInvoice" not in d:
                        m += 1
                else:
                    o.preliminary_invoice = Invoice._tx_parse(v)
                k = "attachment"
                v = g("attachment")
                if v is None:
                    o.attachment = u
                    if "attachment" not in d:
                        m += 1
                else:
                    o.attachment = (
                        ([Document._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sendMethodDescription")
                if v is None:
                    o.send_method_description = u
                    if "sendMethodDescription" not in d:
                        m += 1
                else:
                    o.send_method_description = v
                v = g("canCreateBackorder")
                if v is None:
                    o.can_create_backorder = u
                    if "canCreateBackorder" not in d:
                        m += 1
                else:
                    o.can_create_backorder = v
                v = g("invoiceOnAccountVatHigh")
                if v is None:
                    o.invoice_on_account_vat_high = u
                    if "invoiceOnAccountVatHigh" not in d:
                        m += 1
                else:
                    o.invoice_on_account_vat_high = v
                v = g("totalInvoicedOnAccountAmountAbsoluteCurrency")
                if v is None:
                    o.total_invoiced_on_account_amount_absolute_currency = u
                    if "totalInvoicedOnAccountAmountAbsoluteCurrency" not in d:
                        m += 1
                else:
                    o.total_invoiced_on_account_amount_absolute_currency = v
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
                v = g("markUpOrderLines")
                if v is None:
                    o.mark_up_order_lines = u
                    if "markUpOrderLines" not in d:
                        m += 1
                else:
                    o.mark_up_order_lines = v
                v = g("discountPercentage")
                if v is None:
                    o.discount_percentage = u
                    if "discountPercentage" not in d:
                        m += 1
                else:
                    o.discount_percentage = v
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("projectManagerNameAndNumber")
                if v is None:
                    o.project_manager_name_and_number = u
                    if "projectManagerNameAndNumber" not in d:
                        m += 1
                else:
                    o.project_manager_name_and_number = v
                k = "travelReports"
                v = g("travelReports")
                if v is None:
                    o.travel_reports = u
                    if "travelReports" not in d:
                        m += 1
                else:
                    o.travel_reports = (
                        ([TravelExpense._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "accountingDimensionValues"
                v = g("accountingDimensionValues")
                if v is None:
                    o.accounting_dimension_values = u
                    if "accountingDimensionValues" not in d:
                        m += 1
                else:
                    o.accounting_dimension_values = (
                        ([AccountingDimensionValue._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 54 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("customer", "customer"),
            ("contact", "contact"),
            ("attn", "attn"),
            ("display_name", "displayName"),
            ("receiver_email", "receiverEmail"),
            ("overdue_notice_email", "overdueNoticeEmail"),
            ("number", "number"),
            ("reference", "reference"),
            ("our_contact", "ourContact"),
            ("our_contact_employee", "ourContactEmployee"),
            ("department", "department"),
            ("order_date", "orderDate"),
            ("project", "project"),
            ("invoice_comment", "invoiceComment"),
            ("currency", "currency"),
            ("invoices_due_in", "invoicesDueIn"),
            ("status", "status"),
            ("invoices_due_in_type", "invoicesDueInType"),
            ("is_show_open_posts_on_invoices", "isShowOpenPostsOnInvoices"),
            ("is_closed", "isClosed"),
            ("delivery_date", "deliveryDate"),
            ("delivery_address", "deliveryAddress"),
            ("delivery_comment", "deliveryComment"),
            ("is_prioritize_amounts_including_vat", "isPrioritizeAmountsIncludingVat"),
            ("order_line_sorting", "orderLineSorting"),
            ("order_groups", "orderGroups"),
            ("order_lines", "orderLines"),
            ("is_subscription", "isSubscription"),
            ("subscription_duration", "subscriptionDuration"),
            ("subscription_duration_type", "subscriptionDurationType"),
            ("subscription_periods_on_invoice", "subscriptionPeriodsOnInvoice"),
            ("subscription_periods_on_invoice_type", "subscriptionPeriodsOnInvoiceType"),
            ("subscription_invoicing_time_in_advance_or_arrears", "subscriptionInvoicingTimeInAdvanceOrArrears"),
            ("subscription_invoicing_time", "subscriptionInvoicingTime"),
            ("subscription_invoicing_time_type", "subscriptionInvoicingTimeType"),
            ("is_subscription_auto_invoicing", "isSubscriptionAutoInvoicing"),
            ("preliminary_invoice", "preliminaryInvoice"),
            ("attachment", "attachment"),
            ("send_method_description", "sendMethodDescription"),
            ("can_create_backorder", "canCreateBackorder"),
            ("invoice_on_account_vat_high", "invoiceOnAccountVatHigh"),
            ("total_invoiced_on_account_amount_absolute_currency", "totalInvoicedOnAccountAmountAbsoluteCurrency"),
            ("invoice_send_sms_notification", "invoiceSendSMSNotification"),
            ("invoice_sms_notification_number", "invoiceSMSNotificationNumber"),
            ("mark_up_order_lines", "markUpOrderLines"),
            ("discount_percentage", "discountPercentage"),
            ("customer_name", "customerName"),
            ("project_manager_name_and_number", "projectManagerNameAndNumber"),
            ("travel_reports", "travelReports"),
            ("accounting_dimension_values", "accountingDimensionValues"),
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
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.contact
            o.contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.attn
            o.attn = u if v is None or v is u else Contact._tx_parse(v)
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.receiver_email
            o.receiver_email = u if v is None else v
            v = s.overdue_notice_email
            o.overdue_notice_email = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.reference
            o.reference = u if v is None else v
            v = s.our_contact
            o.our_contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.our_contact_employee
            o.our_contact_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.order_date
            o.order_date = u if v is None else v
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.invoice_comment
            o.invoice_comment = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.invoices_due_in
            o.invoices_due_in = u if v is None else v
            v = s.status
            o.status = (
                u if v is None or v is u else e_ if (e_ := _e_status.get(v)) is not None else enum_value(OrderStatus, v)
            )
            v = s.invoices_due_in_type
            o.invoices_due_in_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoices_due_in_type.get(v)) is not None
                else enum_value(OrderInvoicesDueInType, v)
            )
            v = s.is_show_open_posts_on_invoices
            o.is_show_open_posts_on_invoices = u if v is None else v
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.delivery_date
            o.delivery_date = u if v is None else v
            v = s.delivery_address
            o.delivery_address = u if v is None or v is u else DeliveryAddress._tx_parse(v)
            v = s.delivery_comment
            o.delivery_comment = u if v is None else v
            v = s.is_prioritize_amounts_including_vat
            o.is_prioritize_amounts_including_vat = u if v is None else v
            v = s.order_line_sorting
            o.order_line_sorting = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_order_line_sorting.get(v)) is not None
                else enum_value(OrderOrderLineSorting, v)
            )
            v = s.order_groups
            o.order_groups = (
                u
                if v is None or v is u
                else ([OrderGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([OrderLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.is_subscription
            o.is_subscription = u if v is None else v
            v = s.subscription_duration
            o.subscription_duration = u if v is None else v
            v = s.subscription_duration_type
            o.subscription_duration_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_subscription_duration_type.get(v)) is not None
                else enum_value(OrderSubscriptionDurationType, v)
            )
            v = s.subscription_periods_on_invoice
            o.subscription_periods_on_invoice = u if v is None else v
            v = s.subscription_periods_on_invoice_type
            o.subscription_periods_on_invoice_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_subscription_periods_on_invoice_type.get(v)) is not None
                else enum_value(OrderSubscriptionPeriodsOnInvoiceType, v)
            )
            v = s.subscription_invoicing_time_in_advance_or_arrears
            o.subscription_invoicing_time_in_advance_or_arrears = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_subscription_invoicing_time_in_advance_or_arrears.get(v)) is not None
                else enum_value(OrderSubscriptionInvoicingTimeInAdvanceOrArrears, v)
            )
            v = s.subscription_invoicing_time
            o.subscription_invoicing_time = u if v is None else v
            v = s.subscription_invoicing_time_type
            o.subscription_invoicing_time_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_subscription_invoicing_time_type.get(v)) is not None
                else enum_value(OrderSubscriptionInvoicingTimeType, v)
            )
            v = s.is_subscription_auto_invoicing
            o.is_subscription_auto_invoicing = u if v is None else v
            v = s.preliminary_invoice
            o.preliminary_invoice = u if v is None or v is u else Invoice._tx_parse(v)
            v = s.attachment
            o.attachment = (
                u
                if v is None or v is u
                else ([Document._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.send_method_description
            o.send_method_description = u if v is None else v
            v = s.can_create_backorder
            o.can_create_backorder = u if v is None else v
            v = s.invoice_on_account_vat_high
            o.invoice_on_account_vat_high = u if v is None else v
            v = s.total_invoiced_on_account_amount_absolute_currency
            o.total_invoiced_on_account_amount_absolute_currency = u if v is None else v
            v = s.invoice_send_sms_notification
            o.invoice_send_sms_notification = u if v is None else v
            v = s.invoice_sms_notification_number
            o.invoice_sms_notification_number = u if v is None else v
            v = s.mark_up_order_lines
            o.mark_up_order_lines = u if v is None else v
            v = s.discount_percentage
            o.discount_percentage = u if v is None else v
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.project_manager_name_and_number
            o.project_manager_name_and_number = u if v is None else v
            v = s.travel_reports
            o.travel_reports = (
                u
                if v is None or v is u
                else ([TravelExpense._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounting_dimension_values
            o.accounting_dimension_values = (
                u
                if v is None or v is u
                else ([AccountingDimensionValue._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
