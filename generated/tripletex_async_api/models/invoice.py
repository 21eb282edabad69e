from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_ehf_send_status import InvoiceEhfSendStatus
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


@_attrs_define
class Invoice(Model):
    """Invoicing plans tied to the project

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        invoice_number (int | Unset): If value is set to 0, the invoice number will be generated.
        invoice_date (str | Unset):
        customer (Customer | Unset):
        credited_invoice (int | Unset): The id of the original invoice if this is a credit note.
        is_credited (bool | Unset):
        invoice_due_date (str | Unset):
        kid (str | Unset): KID - Kundeidentifikasjonsnummer.
        invoice_comment (str | Unset): Comment text for the invoice. This was specified on the order as invoiceComment.
        comment (str | Unset): Comment text for the specific invoice.
        orders (list[Order] | Unset): Related orders. Only one order per invoice is supported at the moment.
        order_lines (list[OrderLine] | Unset): Orderlines connected to the invoice.
        travel_reports (list[TravelExpense] | Unset): Travel reports connected to the invoice.
        project_invoice_details (list[ProjectInvoiceDetails] | Unset): ProjectInvoiceDetails contains additional
            information about the invoice, in particular invoices for projects. It contains information about the charged
            project, the fee amount, extra percent and amount, extra costs, travel expenses, invoice and project comments,
            akonto amount and values determining if extra costs, akonto and hours should be included. ProjectInvoiceDetails
            is an object which represents the relation between an invoice and a Project, Orderline and OrderOut object.
        voucher (Voucher | Unset):
        delivery_date (str | Unset): The delivery date.
        amount (float | Unset): In the company’s currency, typically NOK.
        amount_currency (float | Unset): In the specified currency.
        amount_excluding_vat (float | Unset): Amount excluding VAT (NOK).
        amount_excluding_vat_currency (float | Unset): Amount excluding VAT in the specified currency.
        amount_roundoff (float | Unset): Amount of round off to nearest integer.
        amount_roundoff_currency (float | Unset): Amount of round off to nearest integer in the specified currency.
        amount_outstanding (float | Unset): The amount outstanding based on the history collection, excluding reminders
            and any existing remits, in the invoice currency.
        amount_currency_outstanding (float | Unset): The amountCurrency outstanding based on the history collection,
            excluding reminders and any existing remits, in the invoice currency.
        amount_outstanding_total (float | Unset): The amount outstanding based on the history collection and including
            the last reminder and any existing remits. This is the total invoice balance including reminders and
            remittances, in the invoice currency.
        amount_currency_outstanding_total (float | Unset): The amountCurrency outstanding based on the history
            collection and including the last reminder and any existing remits. This is the total invoice balance including
            reminders and remittances, in the invoice currency.
        sum_remits (float | Unset): The sum of all open remittances of the invoice. Remittances are reimbursement
            payments back to the customer and are therefore relevant to the bookkeeping of the invoice in the accounts.
        currency (Currency | Unset):
        is_credit_note (bool | Unset):
        is_charged (bool | Unset):
        is_approved (bool | Unset):
        postings (list[Posting] | Unset): The invoice postings, which includes a posting for the invoice with a positive
            amount, and one or more posting for the payments with negative amounts.
        reminders (list[Reminder] | Unset): Invoice debt collection and reminders.
        invoice_remarks (str | Unset): Deprecated Invoice remarks - please use the 'invoiceRemark' instead.
        invoice_remark (InvoiceRemark | Unset): Invoice remark - automatically stops reminder/notice of debt collection
            until specified date.
        payment_type_id (int | Unset): [BETA] Optional. Used to specify payment type for prepaid invoices. Payment type
            can be specified here, or as a parameter to the /invoice API endpoint.
        paid_amount (float | Unset): [BETA] Optional. Used to specify the prepaid amount of the invoice. The paid amount
            can be specified here, or as a parameter to the /invoice API endpoint.
        is_periodization_possible (bool | Unset):
        document_id (int | Unset):
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
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.credited_invoice
        if _v is not UNSET and not _in_request:
            field_dict["creditedInvoice"] = _v
        _v = self.is_credited
        if _v is not UNSET and not _in_request:
            field_dict["isCredited"] = _v
        _v = self.invoice_due_date
        if _v is not UNSET:
            field_dict["invoiceDueDate"] = _v
        _v = self.kid
        if _v is not UNSET:
            field_dict["kid"] = _v
        _v = self.invoice_comment
        if _v is not UNSET and not _in_request:
            field_dict["invoiceComment"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.orders
        if _v is not UNSET:
            field_dict["orders"] = [_e.to_dict() for _e in _v]
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.travel_reports
        if _v is not UNSET and not _in_request:
            field_dict["travelReports"] = [_e.to_dict() for _e in _v]
        _v = self.project_invoice_details
        if _v is not UNSET and not _in_request:
            field_dict["projectInvoiceDetails"] = [_e.to_dict() for _e in _v]
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.delivery_date
        if _v is not UNSET and not _in_request:
            field_dict["deliveryDate"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.amount_excluding_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExcludingVat"] = _v
        _v = self.amount_excluding_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = _v
        _v = self.amount_roundoff
        if _v is not UNSET and not _in_request:
            field_dict["amountRoundoff"] = _v
        _v = self.amount_roundoff_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountRoundoffCurrency"] = _v
        _v = self.amount_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["amountOutstanding"] = _v
        _v = self.amount_currency_outstanding
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrencyOutstanding"] = _v
        _v = self.amount_outstanding_total
        if _v is not UNSET and not _in_request:
            field_dict["amountOutstandingTotal"] = _v
        _v = self.amount_currency_outstanding_total
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrencyOutstandingTotal"] = _v
        _v = self.sum_remits
        if _v is not UNSET and not _in_request:
            field_dict["sumRemits"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.is_credit_note
        if _v is not UNSET and not _in_request:
            field_dict["isCreditNote"] = _v
        _v = self.is_charged
        if _v is not UNSET and not _in_request:
            field_dict["isCharged"] = _v
        _v = self.is_approved
        if _v is not UNSET and not _in_request:
            field_dict["isApproved"] = _v
        _v = self.postings
        if _v is not UNSET and not _in_request:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        _v = self.reminders
        if _v is not UNSET and not _in_request:
            field_dict["reminders"] = [_e.to_dict() for _e in _v]
        _v = self.invoice_remarks
        if _v is not UNSET:
            field_dict["invoiceRemarks"] = _v
        _v = self.invoice_remark
        if _v is not UNSET:
            field_dict["invoiceRemark"] = _v.to_dict()
        _v = self.payment_type_id
        if _v is not UNSET:
            field_dict["paymentTypeId"] = _v
        _v = self.paid_amount
        if _v is not UNSET:
            field_dict["paidAmount"] = _v
        _v = self.is_periodization_possible
        if _v is not UNSET and not _in_request:
            field_dict["isPeriodizationPossible"] = _v
        _v = self.document_id
        if _v is not UNSET and not _in_request:
            field_dict["documentId"] = _v
        _v = self.ehf_send_status
        if _v is not UNSET:
            field_dict["ehfSendStatus"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Invoice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Invoice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
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

        _new = object.__new__
        _e_ehf_send_status: dict[Any, Any] = enum_members(InvoiceEhfSendStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "invoiceNumber": "invoice_number",
            "invoiceDate": "invoice_date",
            "creditedInvoice": "credited_invoice",
            "isCredited": "is_credited",
            "invoiceDueDate": "invoice_due_date",
            "kid": "kid",
            "invoiceComment": "invoice_comment",
            "comment": "comment",
            "deliveryDate": "delivery_date",
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "amountExcludingVat": "amount_excluding_vat",
            "amountExcludingVatCurrency": "amount_excluding_vat_currency",
            "amountRoundoff": "amount_roundoff",
            "amountRoundoffCurrency": "amount_roundoff_currency",
            "amountOutstanding": "amount_outstanding",
            "amountCurrencyOutstanding": "amount_currency_outstanding",
            "amountOutstandingTotal": "amount_outstanding_total",
            "amountCurrencyOutstandingTotal": "amount_currency_outstanding_total",
            "sumRemits": "sum_remits",
            "isCreditNote": "is_credit_note",
            "isCharged": "is_charged",
            "isApproved": "is_approved",
            "invoiceRemarks": "invoice_remarks",
            "paymentTypeId": "payment_type_id",
            "paidAmount": "paid_amount",
            "isPeriodizationPossible": "is_periodization_possible",
            "documentId": "document_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.invoice_number = o.invoice_date = o.customer = (
                        o.credited_invoice
                    ) = o.is_credited = o.invoice_due_date = o.kid = o.invoice_comment = o.comment = o.orders = (
                        o.order_lines
                    ) = o.travel_reports = o.project_invoice_details = o.voucher = o.delivery_date = o.amount = (
                        o.amount_currency
                    ) = o.amount_excluding_vat = o.amount_excluding_vat_currency = o.amount_roundoff = (
                        o.amount_roundoff_currency
                    ) = o.amount_outstanding = o.amount_currency_outstanding = o.amount_outstanding_total = (
                        o.amount_currency_outstanding_total
                    ) = o.sum_remits = o.currency = o.is_credit_note = o.is_charged = o.is_approved = o.postings = (
                        o.reminders
                    ) = o.invoice_remarks = o.invoice_remark = o.payment_type_id = o.paid_amount = (
                        o.is_periodization_possible
                    ) = o.document_id = o.ehf_send_status = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 14 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.invoice_number = o.invoice_date = o.customer = (
                        o.credited_invoice
                    ) = o.is_credited = o.invoice_due_date = o.kid = o.invoice_comment = o.comment = o.orders = (
                        o.order_lines
                    ) = o.travel_reports = o.project_invoice_details = o.voucher = o.delivery_date = o.amount = (
                        o.amount_currency
                    ) = o.amount_excluding_vat = o.amount_excluding_vat_currency = o.amount_roundoff = (
                        o.amount_roundoff_currency
                    ) = o.amount_outstanding = o.amount_currency_outstanding = o.amount_outstanding_total = (
                        o.amount_currency_outstanding_total
                    ) = o.sum_remits = o.currency = o.is_credit_note = o.is_charged = o.is_approved = o.postings = (
                        o.reminders
                    ) = o.invoice_remarks = o.invoice_remark = o.payment_type_id = o.paid_amount = (
                        o.is_periodization_possible
                    ) = o.document_id = o.ehf_send_status = UNSET
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
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                v = g("creditedInvoice")
                if v is None:
                    o.credited_invoice = u
                    if "creditedInvoice" not in d:
                        m += 1
                else:
                    o.credited_invoice = v
                v = g("isCredited")
                if v is None:
                    o.is_credited = u
                    if "isCredited" not in d:
                        m += 1
                else:
                    o.is_credited = v
                v = g("invoiceDueDate")
                if v is None:
                    o.invoice_due_date = u
                    if "invoiceDueDate" not in d:
                        m += 1
                else:
                    o.invoice_due_date = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("invoiceComment")
                if v is None:
                    o.invoice_comment = u
                    if "invoiceComment" not in d:
                        m += 1
                else:
                    o.invoice_comment = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                k = "orders"
                v = g("orders")
                if v is None:
                    o.orders = u
                    if "orders" not in d:
                        m += 1
                else:
                    o.orders = (
                        ([Order._tx_parse(e) for e in v if e is not None] if v else [])
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
                k = "projectInvoiceDetails"
                v = g("projectInvoiceDetails")
                if v is None:
                    o.project_invoice_details = u
                    if "projectInvoiceDetails" not in d:
                        m += 1
                else:
                    o.project_invoice_details = (
                        ([ProjectInvoiceDetails._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                v = g("deliveryDate")
                if v is None:
                    o.delivery_date = u
                    if "deliveryDate" not in d:
                        m += 1
                else:
                    o.delivery_date = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("amountExcludingVat")
                if v is None:
                    o.amount_excluding_vat = u
                    if "amountExcludingVat" not in d:
                        m += 1
                else:
                    o.amount_excluding_vat = v
                v = g("amountExcludingVatCurrency")
                if v is None:
                    o.amount_excluding_vat_currency = u
                    if "amountExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.amount_excluding_vat_currency = v
                v = g("amountRoundoff")
                if v is None:
                    o.amount_roundoff = u
                    if "amountRoundoff" not in d:
                        m += 1
                else:
                    o.amount_roundoff = v
                v = g("amountRoundoffCurrency")
                if v is None:
                    o.amount_roundoff_currency = u
                    if "amountRoundoffCurrency" not in d:
                        m += 1
                else:
                    o.amount_roundoff_currency = v
                v = g("amountOutstanding")
                if v is None:
                    o.amount_outstanding = u
                    if "amountOutstanding" not in d:
                        m += 1
                else:
                    o.amount_outstanding = v
                v = g("amountCurrencyOutstanding")
                if v is None:
                    o.amount_currency_outstanding = u
                    if "amountCurrencyOutstanding" not in d:
                        m += 1
                else:
                    o.amount_currency_outstanding = v
                v = g("amountOutstandingTotal")
                if v is None:
                    o.amount_outstanding_total = u
                    if "amountOutstandingTotal" not in d:
                        m += 1
                else:
                    o.amount_outstanding_total = v
                v = g("amountCurrencyOutstandingTotal")
                if v is None:
                    o.amount_currency_outstanding_total = u
                    if "amountCurrencyOutstandingTotal" not in d:
                        m += 1
                else:
                    o.amount_currency_outstanding_total = v
                v = g("sumRemits")
                if v is None:
                    o.sum_remits = u
                    if "sumRemits" not in d:
                        m += 1
                else:
                    o.sum_remits = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("isCreditNote")
                if v is None:
                    o.is_credit_note = u
                    if "isCreditNote" not in d:
                        m += 1
                else:
                    o.is_credit_note = v
                v = g("isCharged")
                if v is None:
                    o.is_charged = u
                    if "isCharged" not in d:
                        m += 1
                else:
                    o.is_charged = v
                v = g("isApproved")
                if v is None:
                    o.is_approved = u
                    if "isApproved" not in d:
                        m += 1
                else:
                    o.is_approved = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "reminders"
                v = g("reminders")
                if v is None:
                    o.reminders = u
                    if "reminders" not in d:
                        m += 1
                else:
                    o.reminders = (
                        ([Reminder._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("invoiceRemarks")
                if v is None:
                    o.invoice_remarks = u
                    if "invoiceRemarks" not in d:
                        m += 1
                else:
                    o.invoice_remarks = v
                k = "invoiceRemark"
                v = g("invoiceRemark")
                if v is None:
                    o.invoice_remark = u
                    if "invoiceRemark" not in d:
                        m += 1
                else:
                    o.invoice_remark = InvoiceRemark._tx_parse(v)
                v = g("paymentTypeId")
                if v is None:
                    o.payment_type_id = u
                    if "paymentTypeId" not in d:
                        m += 1
                else:
                    o.payment_type_id = v
                v = g("paidAmount")
                if v is None:
                    o.paid_amount = u
                    if "paidAmount" not in d:
                        m += 1
                else:
                    o.paid_amount = v
                v = g("isPeriodizationPossible")
                if v is None:
                    o.is_periodization_possible = u
                    if "isPeriodizationPossible" not in d:
                        m += 1
                else:
                    o.is_periodization_possible = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                k = "ehfSendStatus"
                v = g("ehfSendStatus")
                if v is None:
                    o.ehf_send_status = u
                    if "ehfSendStatus" not in d:
                        m += 1
                else:
                    o.ehf_send_status = (
                        e_ if (e_ := _e_ehf_send_status.get(v)) is not None else enum_value(InvoiceEhfSendStatus, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 43 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("invoice_number", "invoiceNumber"),
            ("invoice_date", "invoiceDate"),
            ("customer", "customer"),
            ("credited_invoice", "creditedInvoice"),
            ("is_credited", "isCredited"),
            ("invoice_due_date", "invoiceDueDate"),
            ("kid", "kid"),
            ("invoice_comment", "invoiceComment"),
            ("comment", "comment"),
            ("orders", "orders"),
            ("order_lines", "orderLines"),
            ("travel_reports", "travelReports"),
            ("project_invoice_details", "projectInvoiceDetails"),
            ("voucher", "voucher"),
            ("delivery_date", "deliveryDate"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("amount_excluding_vat", "amountExcludingVat"),
            ("amount_excluding_vat_currency", "amountExcludingVatCurrency"),
            ("amount_roundoff", "amountRoundoff"),
            ("amount_roundoff_currency", "amountRoundoffCurrency"),
            ("amount_outstanding", "amountOutstanding"),
            ("amount_currency_outstanding", "amountCurrencyOutstanding"),
            ("amount_outstanding_total", "amountOutstandingTotal"),
            ("amount_currency_outstanding_total", "amountCurrencyOutstandingTotal"),
            ("sum_remits", "sumRemits"),
            ("currency", "currency"),
            ("is_credit_note", "isCreditNote"),
            ("is_charged", "isCharged"),
            ("is_approved", "isApproved"),
            ("postings", "postings"),
            ("reminders", "reminders"),
            ("invoice_remarks", "invoiceRemarks"),
            ("invoice_remark", "invoiceRemark"),
            ("payment_type_id", "paymentTypeId"),
            ("paid_amount", "paidAmount"),
            ("is_periodization_possible", "isPeriodizationPossible"),
            ("document_id", "documentId"),
            ("ehf_send_status", "ehfSendStatus"),
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
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.credited_invoice
            o.credited_invoice = u if v is None else v
            v = s.is_credited
            o.is_credited = u if v is None else v
            v = s.invoice_due_date
            o.invoice_due_date = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.invoice_comment
            o.invoice_comment = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.orders
            o.orders = (
                u
                if v is None or v is u
                else ([Order._tx_parse(e) for e in v if e is not None] if v else [])
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
            v = s.travel_reports
            o.travel_reports = (
                u
                if v is None or v is u
                else ([TravelExpense._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.project_invoice_details
            o.project_invoice_details = (
                u
                if v is None or v is u
                else ([ProjectInvoiceDetails._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.delivery_date
            o.delivery_date = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_excluding_vat
            o.amount_excluding_vat = u if v is None else v
            v = s.amount_excluding_vat_currency
            o.amount_excluding_vat_currency = u if v is None else v
            v = s.amount_roundoff
            o.amount_roundoff = u if v is None else v
            v = s.amount_roundoff_currency
            o.amount_roundoff_currency = u if v is None else v
            v = s.amount_outstanding
            o.amount_outstanding = u if v is None else v
            v = s.amount_currency_outstanding
            o.amount_currency_outstanding = u if v is None else v
            v = s.amount_outstanding_total
            o.amount_outstanding_total = u if v is None else v
            v = s.amount_currency_outstanding_total
            o.amount_currency_outstanding_total = u if v is None else v
            v = s.sum_remits
            o.sum_remits = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.is_credit_note
            o.is_credit_note = u if v is None else v
            v = s.is_charged
            o.is_charged = u if v is None else v
            v = s.is_approved
            o.is_approved = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.reminders
            o.reminders = (
                u
                if v is None or v is u
                else ([Reminder._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.invoice_remarks
            o.invoice_remarks = u if v is None else v
            v = s.invoice_remark
            o.invoice_remark = u if v is None or v is u else InvoiceRemark._tx_parse(v)
            v = s.payment_type_id
            o.payment_type_id = u if v is None else v
            v = s.paid_amount
            o.paid_amount = u if v is None else v
            v = s.is_periodization_possible
            o.is_periodization_possible = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.ehf_send_status
            o.ehf_send_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_ehf_send_status.get(v)) is not None
                else enum_value(InvoiceEhfSendStatus, v)
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
