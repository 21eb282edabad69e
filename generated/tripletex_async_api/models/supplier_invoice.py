from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.order_line import OrderLine
    from ..models.posting import Posting
    from ..models.supplier import Supplier
    from ..models.voucher import Voucher
    from ..models.voucher_approval_list_element import VoucherApprovalListElement


T = TypeVar("T", bound="SupplierInvoice")


@_attrs_define
class SupplierInvoice(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        invoice_number (str | Unset): Invoice number
        invoice_date (str | Unset):
        supplier (Supplier | Unset):
        invoice_due_date (str | Unset):
        kid_or_receiver_reference (str | Unset): KID or message
        voucher (Voucher | Unset):
        amount (float | Unset): In the company’s currency, typically NOK. Is 0 if value is missing.
        amount_currency (float | Unset): In the specified currency.
        amount_excluding_vat (float | Unset): Amount excluding VAT (NOK). Is 0 if value is missing.
        amount_excluding_vat_currency (float | Unset): Amount excluding VAT in the specified currency. Is 0 if value is
            missing.
        currency (Currency | Unset):
        is_credit_note (bool | Unset):
        order_lines (list[OrderLine] | Unset):
        payments (list[Posting] | Unset):
        original_invoice_document_id (int | Unset):
        approval_list_elements (list[VoucherApprovalListElement] | Unset):
        outstanding_amount (float | Unset): The amount outstanding on the invoice, in the invoice currency.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    invoice_due_date: str | Unset = UNSET
    kid_or_receiver_reference: str | Unset = UNSET
    voucher: Voucher | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    amount_excluding_vat: float | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    order_lines: list[OrderLine] | Unset = UNSET
    payments: list[Posting] | Unset = UNSET
    original_invoice_document_id: int | Unset = UNSET
    approval_list_elements: list[VoucherApprovalListElement] | Unset = UNSET
    outstanding_amount: float | Unset = UNSET
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
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.invoice_due_date
        if _v is not UNSET:
            field_dict["invoiceDueDate"] = _v
        _v = self.kid_or_receiver_reference
        if _v is not UNSET:
            field_dict["kidOrReceiverReference"] = _v
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.amount_excluding_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExcludingVat"] = _v
        _v = self.amount_excluding_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.is_credit_note
        if _v is not UNSET and not _in_request:
            field_dict["isCreditNote"] = _v
        _v = self.order_lines
        if _v is not UNSET and not _in_request:
            field_dict["orderLines"] = [_e.to_dict() for _e in _v]
        _v = self.payments
        if _v is not UNSET and not _in_request:
            field_dict["payments"] = [_e.to_dict() for _e in _v]
        _v = self.original_invoice_document_id
        if _v is not UNSET and not _in_request:
            field_dict["originalInvoiceDocumentId"] = _v
        _v = self.approval_list_elements
        if _v is not UNSET and not _in_request:
            field_dict["approvalListElements"] = [_e.to_dict() for _e in _v]
        _v = self.outstanding_amount
        if _v is not UNSET and not _in_request:
            field_dict["outstandingAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierInvoice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SupplierInvoice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.order_line import OrderLine  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415
        from ..models.voucher_approval_list_element import VoucherApprovalListElement  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "invoiceNumber",
                "invoiceDate",
                "supplier",
                "invoiceDueDate",
                "kidOrReceiverReference",
                "voucher",
                "amount",
                "amountCurrency",
                "amountExcludingVat",
                "amountExcludingVatCurrency",
                "currency",
                "isCreditNote",
                "orderLines",
                "payments",
                "originalInvoiceDocumentId",
                "approvalListElements",
                "outstandingAmount",
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
            "invoiceDueDate": "invoice_due_date",
            "kidOrReceiverReference": "kid_or_receiver_reference",
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "amountExcludingVat": "amount_excluding_vat",
            "amountExcludingVatCurrency": "amount_excluding_vat_currency",
            "isCreditNote": "is_credit_note",
            "originalInvoiceDocumentId": "original_invoice_document_id",
            "outstandingAmount": "outstanding_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.invoice_number = o.invoice_date = o.supplier = (
                        o.invoice_due_date
                    ) = o.kid_or_receiver_reference = o.voucher = o.amount = o.amount_currency = (
                        o.amount_excluding_vat
                    ) = o.amount_excluding_vat_currency = o.currency = o.is_credit_note = o.order_lines = o.payments = (
                        o.original_invoice_document_id
                    ) = o.approval_list_elements = o.outstanding_amount = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.invoice_number = o.invoice_date = o.supplier = (
                        o.invoice_due_date
                    ) = o.kid_or_receiver_reference = o.voucher = o.amount = o.amount_currency = (
                        o.amount_excluding_vat
                    ) = o.amount_excluding_vat_currency = o.currency = o.is_credit_note = o.order_lines = o.payments = (
                        o.original_invoice_document_id
                    ) = o.approval_list_elements = o.outstanding_amount = UNSET
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
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                v = g("invoiceDueDate")
                if v is None:
                    o.invoice_due_date = u
                    if "invoiceDueDate" not in d:
                        m += 1
                else:
                    o.invoice_due_date = v
                v = g("kidOrReceiverReference")
                if v is None:
                    o.kid_or_receiver_reference = u
                    if "kidOrReceiverReference" not in d:
                        m += 1
                else:
                    o.kid_or_receiver_reference = v
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
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
                k = "payments"
                v = g("payments")
                if v is None:
                    o.payments = u
                    if "payments" not in d:
                        m += 1
                else:
                    o.payments = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("originalInvoiceDocumentId")
                if v is None:
                    o.original_invoice_document_id = u
                    if "originalInvoiceDocumentId" not in d:
                        m += 1
                else:
                    o.original_invoice_document_id = v
                k = "approvalListElements"
                v = g("approvalListElements")
                if v is None:
                    o.approval_list_elements = u
                    if "approvalListElements" not in d:
                        m += 1
                else:
                    o.approval_list_elements = (
                        ([VoucherApprovalListElement._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("outstandingAmount")
                if v is None:
                    o.outstanding_amount = u
                    if "outstandingAmount" not in d:
                        m += 1
                else:
                    o.outstanding_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("supplier", "supplier"),
            ("invoice_due_date", "invoiceDueDate"),
            ("kid_or_receiver_reference", "kidOrReceiverReference"),
            ("voucher", "voucher"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("amount_excluding_vat", "amountExcludingVat"),
            ("amount_excluding_vat_currency", "amountExcludingVatCurrency"),
            ("currency", "currency"),
            ("is_credit_note", "isCreditNote"),
            ("order_lines", "orderLines"),
            ("payments", "payments"),
            ("original_invoice_document_id", "originalInvoiceDocumentId"),
            ("approval_list_elements", "approvalListElements"),
            ("outstanding_amount", "outstandingAmount"),
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
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.invoice_due_date
            o.invoice_due_date = u if v is None else v
            v = s.kid_or_receiver_reference
            o.kid_or_receiver_reference = u if v is None else v
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_excluding_vat
            o.amount_excluding_vat = u if v is None else v
            v = s.amount_excluding_vat_currency
            o.amount_excluding_vat_currency = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.is_credit_note
            o.is_credit_note = u if v is None else v
            v = s.order_lines
            o.order_lines = (
                u
                if v is None or v is u
                else ([OrderLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.payments
            o.payments = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.original_invoice_document_id
            o.original_invoice_document_id = u if v is None else v
            v = s.approval_list_elements
            o.approval_list_elements = (
                u
                if v is None or v is u
                else ([VoucherApprovalListElement._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.outstanding_amount
            o.outstanding_amount = u if v is None else v
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
