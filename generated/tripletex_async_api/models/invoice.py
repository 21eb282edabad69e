from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_ehf_send_status import InvoiceEhfSendStatus
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
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.invoice_remark import InvoiceRemark
    from ..models.order import Order
    from ..models.order_line import OrderLine
    from ..models.posting import Posting
    from ..models.project_invoice_details import ProjectInvoiceDetails
    from ..models.reminder import Reminder
    from ..models.travel_expense import TravelExpense
    from ..models.voucher import Voucher


T = TypeVar("T", bound="Invoice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("customer", dict, False),
    ("orders", list, False),
    ("orderLines", list, False),
    ("travelReports", list, False),
    ("projectInvoiceDetails", list, False),
    ("voucher", dict, False),
    ("currency", dict, False),
    ("postings", list, False),
    ("reminders", list, False),
    ("invoiceRemark", dict, False),
    ("ehfSendStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Invoice(LazyModel):
    """Invoicing plans tied to the project

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        invoice_number (int | Unset): If value is set to 0, the invoice number will be generated.
        invoice_date (str | Unset):
        customer (Customer | Unset):
        credited_invoice (int | Unset): [read-only] The id of the original invoice if this is a credit note.
        is_credited (bool | Unset): [read-only]
        invoice_due_date (str | Unset):
        kid (str | Unset): KID - Kundeidentifikasjonsnummer.
        invoice_comment (str | Unset): [read-only] Comment text for the invoice. This was specified on the order as
            invoiceComment.
        comment (str | Unset): Comment text for the specific invoice.
        orders (list[Order] | Unset): Related orders. Only one order per invoice is supported at the moment.
        order_lines (list[OrderLine] | Unset): [read-only] Orderlines connected to the invoice.
        travel_reports (list[TravelExpense] | Unset): [read-only] Travel reports connected to the invoice.
        project_invoice_details (list[ProjectInvoiceDetails] | Unset): [read-only] ProjectInvoiceDetails contains
            additional information about the invoice, in particular invoices for projects. It contains information about the
            charged project, the fee amount, extra percent and amount, extra costs, travel expenses, invoice and project
            comments, akonto amount and values determining if extra costs, akonto and hours should be included.
            ProjectInvoiceDetails is an object which represents the relation between an invoice and a Project, Orderline and
            OrderOut object.
        voucher (Voucher | Unset):
        delivery_date (str | Unset): [read-only] The delivery date.
        amount (float | Unset): [read-only] In the company’s currency, typically NOK.
        amount_currency (float | Unset): [read-only] In the specified currency.
        amount_excluding_vat (float | Unset): [read-only] Amount excluding VAT (NOK).
        amount_excluding_vat_currency (float | Unset): [read-only] Amount excluding VAT in the specified currency.
        amount_roundoff (float | Unset): [read-only] Amount of round off to nearest integer.
        amount_roundoff_currency (float | Unset): [read-only] Amount of round off to nearest integer in the specified
            currency.
        amount_outstanding (float | Unset): [read-only] The amount outstanding based on the history collection,
            excluding reminders and any existing remits, in the invoice currency.
        amount_currency_outstanding (float | Unset): [read-only] The amountCurrency outstanding based on the history
            collection, excluding reminders and any existing remits, in the invoice currency.
        amount_outstanding_total (float | Unset): [read-only] The amount outstanding based on the history collection and
            including the last reminder and any existing remits. This is the total invoice balance including reminders and
            remittances, in the invoice currency.
        amount_currency_outstanding_total (float | Unset): [read-only] The amountCurrency outstanding based on the
            history collection and including the last reminder and any existing remits. This is the total invoice balance
            including reminders and remittances, in the invoice currency.
        sum_remits (float | Unset): [read-only] The sum of all open remittances of the invoice. Remittances are
            reimbursement payments back to the customer and are therefore relevant to the bookkeeping of the invoice in the
            accounts.
        currency (Currency | Unset):
        is_credit_note (bool | Unset): [read-only]
        is_charged (bool | Unset): [read-only]
        is_approved (bool | Unset): [read-only]
        postings (list[Posting] | Unset): [read-only] The invoice postings, which includes a posting for the invoice
            with a positive amount, and one or more posting for the payments with negative amounts.
        reminders (list[Reminder] | Unset): [read-only] Invoice debt collection and reminders.
        invoice_remarks (str | Unset): Deprecated Invoice remarks - please use the 'invoiceRemark' instead.
        invoice_remark (InvoiceRemark | Unset): Invoice remark - automatically stops reminder/notice of debt collection
            until specified date.
        payment_type_id (int | Unset): [BETA] Optional. Used to specify payment type for prepaid invoices. Payment type
            can be specified here, or as a parameter to the /invoice API endpoint.
        paid_amount (float | Unset): [BETA] Optional. Used to specify the prepaid amount of the invoice. The paid amount
            can be specified here, or as a parameter to the /invoice API endpoint.
        is_periodization_possible (bool | Unset): [read-only]
        document_id (int | Unset): [read-only]
        ehf_send_status (InvoiceEhfSendStatus | Unset): [Deprecated] EHF (Peppol) send status. This only shows status
            for historic EHFs.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    invoice_number: int | Unset = UNSET
    invoice_date: str | Unset = UNSET
    customer: Customer | Unset = UNSET
    credited_invoice: int | Unset = UNSET
    is_credited: bool | Unset = UNSET
    invoice_due_date: str | Unset = UNSET
    kid: str | Unset = UNSET
    invoice_comment: str | Unset = UNSET
    comment: str | Unset = UNSET
    orders: list[Order] | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
    travel_reports: list[TravelExpense] | Unset = UNSET
    project_invoice_details: list[ProjectInvoiceDetails] | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    delivery_date: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_excluding_vat: float | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    amount_roundoff: float | Unset = UNSET
    amount_roundoff_currency: float | Unset = UNSET
    amount_outstanding: float | Unset = UNSET
    amount_currency_outstanding: float | Unset = UNSET
    amount_outstanding_total: float | Unset = UNSET
    amount_currency_outstanding_total: float | Unset = UNSET
    sum_remits: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    is_charged: bool | Unset = UNSET
    is_approved: bool | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    reminders: list[Reminder] | Unset = UNSET
    invoice_remarks: str | Unset = UNSET
    invoice_remark: InvoiceRemark | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    is_periodization_possible: bool | Unset = UNSET
    document_id: int | Unset = UNSET
    ehf_send_status: InvoiceEhfSendStatus | Unset = UNSET
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

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        credited_invoice = self.credited_invoice

        is_credited = self.is_credited

        invoice_due_date = self.invoice_due_date

        kid = self.kid

        invoice_comment = self.invoice_comment

        comment = self.comment

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        order_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_lines, Unset):
            order_lines = []
            for order_lines_item_data in self.order_lines:
                order_lines_item = order_lines_item_data.to_dict()
                order_lines.append(order_lines_item)

        travel_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.travel_reports, Unset):
            travel_reports = []
            for travel_reports_item_data in self.travel_reports:
                travel_reports_item = travel_reports_item_data.to_dict()
                travel_reports.append(travel_reports_item)

        project_invoice_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_invoice_details, Unset):
            project_invoice_details = []
            for project_invoice_details_item_data in self.project_invoice_details:
                project_invoice_details_item = project_invoice_details_item_data.to_dict()
                project_invoice_details.append(project_invoice_details_item)

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        delivery_date = self.delivery_date

        amount = self.amount

        amount_currency = self.amount_currency

        amount_excluding_vat = self.amount_excluding_vat

        amount_excluding_vat_currency = self.amount_excluding_vat_currency

        amount_roundoff = self.amount_roundoff

        amount_roundoff_currency = self.amount_roundoff_currency

        amount_outstanding = self.amount_outstanding

        amount_currency_outstanding = self.amount_currency_outstanding

        amount_outstanding_total = self.amount_outstanding_total

        amount_currency_outstanding_total = self.amount_currency_outstanding_total

        sum_remits = self.sum_remits

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_credit_note = self.is_credit_note

        is_charged = self.is_charged

        is_approved = self.is_approved

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        reminders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reminders, Unset):
            reminders = []
            for reminders_item_data in self.reminders:
                reminders_item = reminders_item_data.to_dict()
                reminders.append(reminders_item)

        invoice_remarks = self.invoice_remarks

        invoice_remark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_remark, Unset):
            invoice_remark = self.invoice_remark.to_dict()

        payment_type_id = self.payment_type_id

        paid_amount = self.paid_amount

        is_periodization_possible = self.is_periodization_possible

        document_id = self.document_id

        ehf_send_status: str | Unset = UNSET
        if not isinstance(self.ehf_send_status, Unset):
            ehf_send_status = self.ehf_send_status.value

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
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if customer is not UNSET:
            field_dict["customer"] = customer
        if credited_invoice is not UNSET and not _in_request:
            field_dict["creditedInvoice"] = credited_invoice
        if is_credited is not UNSET and not _in_request:
            field_dict["isCredited"] = is_credited
        if invoice_due_date is not UNSET:
            field_dict["invoiceDueDate"] = invoice_due_date
        if kid is not UNSET:
            field_dict["kid"] = kid
        if invoice_comment is not UNSET and not _in_request:
            field_dict["invoiceComment"] = invoice_comment
        if comment is not UNSET:
            field_dict["comment"] = comment
        if orders is not UNSET:
            field_dict["orders"] = orders
        if order_lines is not UNSET and not _in_request:
            field_dict["orderLines"] = order_lines
        if travel_reports is not UNSET and not _in_request:
            field_dict["travelReports"] = travel_reports
        if project_invoice_details is not UNSET and not _in_request:
            field_dict["projectInvoiceDetails"] = project_invoice_details
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if delivery_date is not UNSET and not _in_request:
            field_dict["deliveryDate"] = delivery_date
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if amount_excluding_vat is not UNSET and not _in_request:
            field_dict["amountExcludingVat"] = amount_excluding_vat
        if amount_excluding_vat_currency is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = amount_excluding_vat_currency
        if amount_roundoff is not UNSET and not _in_request:
            field_dict["amountRoundoff"] = amount_roundoff
        if amount_roundoff_currency is not UNSET and not _in_request:
            field_dict["amountRoundoffCurrency"] = amount_roundoff_currency
        if amount_outstanding is not UNSET and not _in_request:
            field_dict["amountOutstanding"] = amount_outstanding
        if amount_currency_outstanding is not UNSET and not _in_request:
            field_dict["amountCurrencyOutstanding"] = amount_currency_outstanding
        if amount_outstanding_total is not UNSET and not _in_request:
            field_dict["amountOutstandingTotal"] = amount_outstanding_total
        if amount_currency_outstanding_total is not UNSET and not _in_request:
            field_dict["amountCurrencyOutstandingTotal"] = amount_currency_outstanding_total
        if sum_remits is not UNSET and not _in_request:
            field_dict["sumRemits"] = sum_remits
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_credit_note is not UNSET and not _in_request:
            field_dict["isCreditNote"] = is_credit_note
        if is_charged is not UNSET and not _in_request:
            field_dict["isCharged"] = is_charged
        if is_approved is not UNSET and not _in_request:
            field_dict["isApproved"] = is_approved
        if postings is not UNSET and not _in_request:
            field_dict["postings"] = postings
        if reminders is not UNSET and not _in_request:
            field_dict["reminders"] = reminders
        if invoice_remarks is not UNSET:
            field_dict["invoiceRemarks"] = invoice_remarks
        if invoice_remark is not UNSET:
            field_dict["invoiceRemark"] = invoice_remark
        if payment_type_id is not UNSET:
            field_dict["paymentTypeId"] = payment_type_id
        if paid_amount is not UNSET:
            field_dict["paidAmount"] = paid_amount
        if is_periodization_possible is not UNSET and not _in_request:
            field_dict["isPeriodizationPossible"] = is_periodization_possible
        if document_id is not UNSET and not _in_request:
            field_dict["documentId"] = document_id
        if ehf_send_status is not UNSET:
            field_dict["ehfSendStatus"] = ehf_send_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Invoice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.invoice_remark import InvoiceRemark  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.project_invoice_details import ProjectInvoiceDetails  # noqa: PLC0415
        from ..models.reminder import Reminder  # noqa: PLC0415
        from ..models.travel_expense import TravelExpense  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_orders(_tx_v: Any) -> list[Order] | Unset:
            _orders = _tx_v
            orders: list[Order] | Unset = UNSET
            if _orders is not UNSET:
                orders = []
                for orders_item_data in _orders:
                    if orders_item_data is None:
                        continue
                    orders_item = Order._tx_from_json(orders_item_data)

                    orders.append(orders_item)

            return orders

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

        def _p_project_invoice_details(_tx_v: Any) -> list[ProjectInvoiceDetails] | Unset:
            _project_invoice_details = _tx_v
            project_invoice_details: list[ProjectInvoiceDetails] | Unset = UNSET
            if _project_invoice_details is not UNSET:
                project_invoice_details = []
                for project_invoice_details_item_data in _project_invoice_details:
                    if project_invoice_details_item_data is None:
                        continue
                    project_invoice_details_item = ProjectInvoiceDetails._tx_from_json(
                        project_invoice_details_item_data
                    )

                    project_invoice_details.append(project_invoice_details_item)

            return project_invoice_details

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_postings(_tx_v: Any) -> list[Posting] | Unset:
            _postings = _tx_v
            postings: list[Posting] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = Posting._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        def _p_reminders(_tx_v: Any) -> list[Reminder] | Unset:
            _reminders = _tx_v
            reminders: list[Reminder] | Unset = UNSET
            if _reminders is not UNSET:
                reminders = []
                for reminders_item_data in _reminders:
                    if reminders_item_data is None:
                        continue
                    reminders_item = Reminder._tx_from_json(reminders_item_data)

                    reminders.append(reminders_item)

            return reminders

        def _p_invoice_remark(_tx_v: Any) -> InvoiceRemark | Unset:
            _invoice_remark = _tx_v
            invoice_remark: InvoiceRemark | Unset
            if isinstance(_invoice_remark, Unset):
                invoice_remark = UNSET
            else:
                invoice_remark = InvoiceRemark._tx_from_json(_invoice_remark)

            return invoice_remark

        def _p_ehf_send_status(_tx_v: Any) -> InvoiceEhfSendStatus | Unset:
            _ehf_send_status = _tx_v
            ehf_send_status: InvoiceEhfSendStatus | Unset
            if isinstance(_ehf_send_status, Unset):
                ehf_send_status = UNSET
            else:
                ehf_send_status = InvoiceEhfSendStatus(_ehf_send_status)

            return ehf_send_status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "invoiceNumber",
                "invoiceDate",
                "customer",
                "creditedInvoice",
                "isCredited",
                "invoiceDueDate",
                "kid",
                "invoiceComment",
                "comment",
                "orders",
                "orderLines",
                "travelReports",
                "projectInvoiceDetails",
                "voucher",
                "deliveryDate",
                "amount",
                "amountCurrency",
                "amountExcludingVat",
                "amountExcludingVatCurrency",
                "amountRoundoff",
                "amountRoundoffCurrency",
                "amountOutstanding",
                "amountCurrencyOutstanding",
                "amountOutstandingTotal",
                "amountCurrencyOutstandingTotal",
                "sumRemits",
                "currency",
                "isCreditNote",
                "isCharged",
                "isApproved",
                "postings",
                "reminders",
                "invoiceRemarks",
                "invoiceRemark",
                "paymentTypeId",
                "paidAmount",
                "isPeriodizationPossible",
                "documentId",
                "ehfSendStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "customer": ("customer", _p_customer),
            "credited_invoice": ("creditedInvoice", None),
            "is_credited": ("isCredited", None),
            "invoice_due_date": ("invoiceDueDate", None),
            "kid": ("kid", None),
            "invoice_comment": ("invoiceComment", None),
            "comment": ("comment", None),
            "orders": ("orders", _p_orders),
            "order_lines": ("orderLines", _p_order_lines),
            "travel_reports": ("travelReports", _p_travel_reports),
            "project_invoice_details": ("projectInvoiceDetails", _p_project_invoice_details),
            "voucher": ("voucher", _p_voucher),
            "delivery_date": ("deliveryDate", None),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "amount_excluding_vat": ("amountExcludingVat", None),
            "amount_excluding_vat_currency": ("amountExcludingVatCurrency", None),
            "amount_roundoff": ("amountRoundoff", None),
            "amount_roundoff_currency": ("amountRoundoffCurrency", None),
            "amount_outstanding": ("amountOutstanding", None),
            "amount_currency_outstanding": ("amountCurrencyOutstanding", None),
            "amount_outstanding_total": ("amountOutstandingTotal", None),
            "amount_currency_outstanding_total": ("amountCurrencyOutstandingTotal", None),
            "sum_remits": ("sumRemits", None),
            "currency": ("currency", _p_currency),
            "is_credit_note": ("isCreditNote", None),
            "is_charged": ("isCharged", None),
            "is_approved": ("isApproved", None),
            "postings": ("postings", _p_postings),
            "reminders": ("reminders", _p_reminders),
            "invoice_remarks": ("invoiceRemarks", None),
            "invoice_remark": ("invoiceRemark", _p_invoice_remark),
            "payment_type_id": ("paymentTypeId", None),
            "paid_amount": ("paidAmount", None),
            "is_periodization_possible": ("isPeriodizationPossible", None),
            "document_id": ("documentId", None),
            "ehf_send_status": ("ehfSendStatus", _p_ehf_send_status),
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
