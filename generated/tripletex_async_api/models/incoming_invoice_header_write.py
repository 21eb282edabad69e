from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="IncomingInvoiceHeaderWrite")


@_attrs_define
class IncomingInvoiceHeaderWrite(Model):
    """The invoice header.

    Attributes:
        vendor_id (int | Unset): The Incoming invoice draft vendor
        vendor_is_automated (bool | Unset): Indicates if the vendor is automated.
        invoice_date (str | Unset): The date the invoice was issued.
        invoice_date_is_automated (bool | Unset): Indicates if the invoice date is automated.
        due_date (str | Unset): The date the invoice is due.
        due_date_is_automated (bool | Unset): Indicates if the due date is automated.
        currency_id (int | Unset): Currency used in the invoice.
        currency_is_automated (bool | Unset): Indicates if the currency is automated.
        invoice_amount (float | Unset): Amount including VAT.
        invoice_amount_is_automated (bool | Unset): Indicates if the invoice amount is automated.
        description (str | Unset): Description of the invoice.
        invoice_number (str | Unset): If value is set to 0, the invoice number will be generated.
        invoice_number_is_automated (bool | Unset): Indicates if the invoice number is automated.
        voucher_type_id (int | Unset): Voucher type of the invoice.
        purchase_order_id (int | Unset): The purchase order that the invoice belongs to.
        include_attachments_on_re_invoice_order_lines (bool | Unset): Include receipts when re-invoicing
    """

    vendor_id: int | Unset = UNSET
    vendor_is_automated: bool | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_date_is_automated: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    due_date_is_automated: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_is_automated: bool | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    invoice_amount_is_automated: bool | Unset = UNSET
    description: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_number_is_automated: bool | Unset = UNSET
    voucher_type_id: int | Unset = UNSET
    purchase_order_id: int | Unset = UNSET
    include_attachments_on_re_invoice_order_lines: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.vendor_is_automated
        if _v is not UNSET:
            field_dict["vendorIsAutomated"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v
        _v = self.invoice_date_is_automated
        if _v is not UNSET:
            field_dict["invoiceDateIsAutomated"] = _v
        _v = self.due_date
        if _v is not UNSET:
            field_dict["dueDate"] = _v
        _v = self.due_date_is_automated
        if _v is not UNSET:
            field_dict["dueDateIsAutomated"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.currency_is_automated
        if _v is not UNSET:
            field_dict["currencyIsAutomated"] = _v
        _v = self.invoice_amount
        if _v is not UNSET:
            field_dict["invoiceAmount"] = _v
        _v = self.invoice_amount_is_automated
        if _v is not UNSET:
            field_dict["invoiceAmountIsAutomated"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_number_is_automated
        if _v is not UNSET:
            field_dict["invoiceNumberIsAutomated"] = _v
        _v = self.voucher_type_id
        if _v is not UNSET:
            field_dict["voucherTypeId"] = _v
        _v = self.purchase_order_id
        if _v is not UNSET:
            field_dict["purchaseOrderId"] = _v
        _v = self.include_attachments_on_re_invoice_order_lines
        if _v is not UNSET:
            field_dict["includeAttachmentsOnReInvoiceOrderLines"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHeaderWrite from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceHeaderWrite.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "vendorId",
                "vendorIsAutomated",
                "invoiceDate",
                "invoiceDateIsAutomated",
                "dueDate",
                "dueDateIsAutomated",
                "currencyId",
                "currencyIsAutomated",
                "invoiceAmount",
                "invoiceAmountIsAutomated",
                "description",
                "invoiceNumber",
                "invoiceNumberIsAutomated",
                "voucherTypeId",
                "purchaseOrderId",
                "includeAttachmentsOnReInvoiceOrderLines",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "vendorId": "vendor_id",
            "vendorIsAutomated": "vendor_is_automated",
            "invoiceDate": "invoice_date",
            "invoiceDateIsAutomated": "invoice_date_is_automated",
            "dueDate": "due_date",
            "dueDateIsAutomated": "due_date_is_automated",
            "currencyId": "currency_id",
            "currencyIsAutomated": "currency_is_automated",
            "invoiceAmount": "invoice_amount",
            "invoiceAmountIsAutomated": "invoice_amount_is_automated",
            "description": "description",
            "invoiceNumber": "invoice_number",
            "invoiceNumberIsAutomated": "invoice_number_is_automated",
            "voucherTypeId": "voucher_type_id",
            "purchaseOrderId": "purchase_order_id",
            "includeAttachmentsOnReInvoiceOrderLines": "include_attachments_on_re_invoice_order_lines",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.vendor_id = o.vendor_is_automated = o.invoice_date = o.invoice_date_is_automated = o.due_date = (
                        o.due_date_is_automated
                    ) = o.currency_id = o.currency_is_automated = o.invoice_amount = o.invoice_amount_is_automated = (
                        o.description
                    ) = o.invoice_number = o.invoice_number_is_automated = o.voucher_type_id = o.purchase_order_id = (
                        o.include_attachments_on_re_invoice_order_lines
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("vendorIsAutomated")
                if v is None:
                    o.vendor_is_automated = u
                    if "vendorIsAutomated" not in d:
                        m += 1
                else:
                    o.vendor_is_automated = v
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("invoiceDateIsAutomated")
                if v is None:
                    o.invoice_date_is_automated = u
                    if "invoiceDateIsAutomated" not in d:
                        m += 1
                else:
                    o.invoice_date_is_automated = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                v = g("dueDateIsAutomated")
                if v is None:
                    o.due_date_is_automated = u
                    if "dueDateIsAutomated" not in d:
                        m += 1
                else:
                    o.due_date_is_automated = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("currencyIsAutomated")
                if v is None:
                    o.currency_is_automated = u
                    if "currencyIsAutomated" not in d:
                        m += 1
                else:
                    o.currency_is_automated = v
                v = g("invoiceAmount")
                if v is None:
                    o.invoice_amount = u
                    if "invoiceAmount" not in d:
                        m += 1
                else:
                    o.invoice_amount = v
                v = g("invoiceAmountIsAutomated")
                if v is None:
                    o.invoice_amount_is_automated = u
                    if "invoiceAmountIsAutomated" not in d:
                        m += 1
                else:
                    o.invoice_amount_is_automated = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("invoiceNumberIsAutomated")
                if v is None:
                    o.invoice_number_is_automated = u
                    if "invoiceNumberIsAutomated" not in d:
                        m += 1
                else:
                    o.invoice_number_is_automated = v
                v = g("voucherTypeId")
                if v is None:
                    o.voucher_type_id = u
                    if "voucherTypeId" not in d:
                        m += 1
                else:
                    o.voucher_type_id = v
                v = g("purchaseOrderId")
                if v is None:
                    o.purchase_order_id = u
                    if "purchaseOrderId" not in d:
                        m += 1
                else:
                    o.purchase_order_id = v
                v = g("includeAttachmentsOnReInvoiceOrderLines")
                if v is None:
                    o.include_attachments_on_re_invoice_order_lines = u
                    if "includeAttachmentsOnReInvoiceOrderLines" not in d:
                        m += 1
                else:
                    o.include_attachments_on_re_invoice_order_lines = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vendor_id", "vendorId"),
            ("vendor_is_automated", "vendorIsAutomated"),
            ("invoice_date", "invoiceDate"),
            ("invoice_date_is_automated", "invoiceDateIsAutomated"),
            ("due_date", "dueDate"),
            ("due_date_is_automated", "dueDateIsAutomated"),
            ("currency_id", "currencyId"),
            ("currency_is_automated", "currencyIsAutomated"),
            ("invoice_amount", "invoiceAmount"),
            ("invoice_amount_is_automated", "invoiceAmountIsAutomated"),
            ("description", "description"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_number_is_automated", "invoiceNumberIsAutomated"),
            ("voucher_type_id", "voucherTypeId"),
            ("purchase_order_id", "purchaseOrderId"),
            ("include_attachments_on_re_invoice_order_lines", "includeAttachmentsOnReInvoiceOrderLines"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.vendor_is_automated
            o.vendor_is_automated = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.invoice_date_is_automated
            o.invoice_date_is_automated = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.due_date_is_automated
            o.due_date_is_automated = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.currency_is_automated
            o.currency_is_automated = u if v is None else v
            v = s.invoice_amount
            o.invoice_amount = u if v is None else v
            v = s.invoice_amount_is_automated
            o.invoice_amount_is_automated = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_number_is_automated
            o.invoice_number_is_automated = u if v is None else v
            v = s.voucher_type_id
            o.voucher_type_id = u if v is None else v
            v = s.purchase_order_id
            o.purchase_order_id = u if v is None else v
            v = s.include_attachments_on_re_invoice_order_lines
            o.include_attachments_on_re_invoice_order_lines = u if v is None else v
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
