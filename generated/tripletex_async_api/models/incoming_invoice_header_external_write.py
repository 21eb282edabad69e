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

T = TypeVar("T", bound="IncomingInvoiceHeaderExternalWrite")


@_attrs_define
class IncomingInvoiceHeaderExternalWrite(Model):
    """The invoice header.

    Attributes:
        vendor_id (int | Unset): The Incoming invoice vendor
        invoice_date (str | Unset): The date the invoice was issued.
        due_date (str | Unset): The date the invoice is due.
        currency_id (int | Unset): Currency used in the invoice.
        invoice_amount (float | Unset): Amount including VAT.
        description (str | Unset): Description of the invoice.
        invoice_number (str | Unset): Number of the invoice
        voucher_type_id (int | Unset): Voucher type of the invoice.
        purchase_order_id (int | Unset): The purchase order that the invoice belongs to.
    """

    vendor_id: int | Unset = UNSET
    invoice_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    description: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    voucher_type_id: int | Unset = UNSET
    purchase_order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.invoice_date
        if _v is not UNSET:
            field_dict["invoiceDate"] = _v
        _v = self.due_date
        if _v is not UNSET:
            field_dict["dueDate"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.invoice_amount
        if _v is not UNSET:
            field_dict["invoiceAmount"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.voucher_type_id
        if _v is not UNSET:
            field_dict["voucherTypeId"] = _v
        _v = self.purchase_order_id
        if _v is not UNSET:
            field_dict["purchaseOrderId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHeaderExternalWrite from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceHeaderExternalWrite.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "vendorId",
                "invoiceDate",
                "dueDate",
                "currencyId",
                "invoiceAmount",
                "description",
                "invoiceNumber",
                "voucherTypeId",
                "purchaseOrderId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "vendorId": "vendor_id",
            "invoiceDate": "invoice_date",
            "dueDate": "due_date",
            "currencyId": "currency_id",
            "invoiceAmount": "invoice_amount",
            "description": "description",
            "invoiceNumber": "invoice_number",
            "voucherTypeId": "voucher_type_id",
            "purchaseOrderId": "purchase_order_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.vendor_id = o.invoice_date = o.due_date = o.currency_id = o.invoice_amount = o.description = (
                        o.invoice_number
                    ) = o.voucher_type_id = o.purchase_order_id = UNSET
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
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("invoiceAmount")
                if v is None:
                    o.invoice_amount = u
                    if "invoiceAmount" not in d:
                        m += 1
                else:
                    o.invoice_amount = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("vendor_id", "vendorId"),
            ("invoice_date", "invoiceDate"),
            ("due_date", "dueDate"),
            ("currency_id", "currencyId"),
            ("invoice_amount", "invoiceAmount"),
            ("description", "description"),
            ("invoice_number", "invoiceNumber"),
            ("voucher_type_id", "voucherTypeId"),
            ("purchase_order_id", "purchaseOrderId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.invoice_amount
            o.invoice_amount = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.voucher_type_id
            o.voucher_type_id = u if v is None else v
            v = s.purchase_order_id
            o.purchase_order_id = u if v is None else v
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
