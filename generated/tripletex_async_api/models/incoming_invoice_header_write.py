from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="IncomingInvoiceHeaderWrite")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceHeaderWrite(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        vendor_is_automated = self.vendor_is_automated

        invoice_date = self.invoice_date

        invoice_date_is_automated = self.invoice_date_is_automated

        due_date = self.due_date

        due_date_is_automated = self.due_date_is_automated

        currency_id = self.currency_id

        currency_is_automated = self.currency_is_automated

        invoice_amount = self.invoice_amount

        invoice_amount_is_automated = self.invoice_amount_is_automated

        description = self.description

        invoice_number = self.invoice_number

        invoice_number_is_automated = self.invoice_number_is_automated

        voucher_type_id = self.voucher_type_id

        purchase_order_id = self.purchase_order_id

        include_attachments_on_re_invoice_order_lines = self.include_attachments_on_re_invoice_order_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if vendor_is_automated is not UNSET:
            field_dict["vendorIsAutomated"] = vendor_is_automated
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if invoice_date_is_automated is not UNSET:
            field_dict["invoiceDateIsAutomated"] = invoice_date_is_automated
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if due_date_is_automated is not UNSET:
            field_dict["dueDateIsAutomated"] = due_date_is_automated
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if currency_is_automated is not UNSET:
            field_dict["currencyIsAutomated"] = currency_is_automated
        if invoice_amount is not UNSET:
            field_dict["invoiceAmount"] = invoice_amount
        if invoice_amount_is_automated is not UNSET:
            field_dict["invoiceAmountIsAutomated"] = invoice_amount_is_automated
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_number_is_automated is not UNSET:
            field_dict["invoiceNumberIsAutomated"] = invoice_number_is_automated
        if voucher_type_id is not UNSET:
            field_dict["voucherTypeId"] = voucher_type_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if include_attachments_on_re_invoice_order_lines is not UNSET:
            field_dict["includeAttachmentsOnReInvoiceOrderLines"] = include_attachments_on_re_invoice_order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHeaderWrite from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor_id": ("vendorId", None),
            "vendor_is_automated": ("vendorIsAutomated", None),
            "invoice_date": ("invoiceDate", None),
            "invoice_date_is_automated": ("invoiceDateIsAutomated", None),
            "due_date": ("dueDate", None),
            "due_date_is_automated": ("dueDateIsAutomated", None),
            "currency_id": ("currencyId", None),
            "currency_is_automated": ("currencyIsAutomated", None),
            "invoice_amount": ("invoiceAmount", None),
            "invoice_amount_is_automated": ("invoiceAmountIsAutomated", None),
            "description": ("description", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_number_is_automated": ("invoiceNumberIsAutomated", None),
            "voucher_type_id": ("voucherTypeId", None),
            "purchase_order_id": ("purchaseOrderId", None),
            "include_attachments_on_re_invoice_order_lines": ("includeAttachmentsOnReInvoiceOrderLines", None),
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
