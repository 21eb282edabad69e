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

T = TypeVar("T", bound="IncomingInvoiceHeaderRead")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceHeaderRead(LazyModel):
    """The invoice header.

    Attributes:
        vendor_id (int | Unset): [read-only] Id of the vendor
        vendor_is_automated (bool | Unset): [read-only] Is vendor automated
        voucher_number (int | Unset): [read-only] Voucher number
        voucher_temp_number (int | Unset): [read-only] Voucher number
        voucher_year (int | Unset): [read-only] Voucher number
        invoice_date (str | Unset): [read-only] Invoice date
        invoice_date_is_automated (bool | Unset): [read-only] Is invoice date automated
        invoice_number (str | Unset): [read-only] Invoice number
        invoice_number_is_automated (bool | Unset): [read-only] Is invoice number automated
        invoice_amount (float | Unset): [read-only] Invoice amount
        invoice_amount_is_automated (bool | Unset): [read-only] Is invoice amount automated
        due_date (str | Unset): [read-only] Due date
        due_date_is_automated (bool | Unset): [read-only] Is due date automated
        currency_id (int | Unset): [read-only] Currency id
        currency_is_automated (bool | Unset): [read-only] Is currency automated
        description (str | Unset): [read-only] Description
        voucher_type_id (int | Unset): [read-only] Voucher type
        purchase_order_id (int | Unset): [read-only] Purchase order id
        changed_at (str | Unset): [read-only] Last changed date of the header
        note (str | Unset): [read-only] Note
        edi_document_id (int | Unset): [read-only] edi document id
        attachment_id (int | Unset): [read-only] main attachment id.
        include_attachments_on_re_invoice_order_lines (bool | Unset): [read-only] Include receipts when re-invoicing
    """

    vendor_id: int | Unset = UNSET
    vendor_is_automated: bool | Unset = UNSET
    voucher_number: int | Unset = UNSET
    voucher_temp_number: int | Unset = UNSET
    voucher_year: int | Unset = UNSET
    invoice_date: str | Unset = UNSET
    invoice_date_is_automated: bool | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_number_is_automated: bool | Unset = UNSET
    invoice_amount: float | Unset = UNSET
    invoice_amount_is_automated: bool | Unset = UNSET
    due_date: str | Unset = UNSET
    due_date_is_automated: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_is_automated: bool | Unset = UNSET
    description: str | Unset = UNSET
    voucher_type_id: int | Unset = UNSET
    purchase_order_id: int | Unset = UNSET
    changed_at: str | Unset = UNSET
    note: str | Unset = UNSET
    edi_document_id: int | Unset = UNSET
    attachment_id: int | Unset = UNSET
    include_attachments_on_re_invoice_order_lines: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        vendor_is_automated = self.vendor_is_automated

        voucher_number = self.voucher_number

        voucher_temp_number = self.voucher_temp_number

        voucher_year = self.voucher_year

        invoice_date = self.invoice_date

        invoice_date_is_automated = self.invoice_date_is_automated

        invoice_number = self.invoice_number

        invoice_number_is_automated = self.invoice_number_is_automated

        invoice_amount = self.invoice_amount

        invoice_amount_is_automated = self.invoice_amount_is_automated

        due_date = self.due_date

        due_date_is_automated = self.due_date_is_automated

        currency_id = self.currency_id

        currency_is_automated = self.currency_is_automated

        description = self.description

        voucher_type_id = self.voucher_type_id

        purchase_order_id = self.purchase_order_id

        changed_at = self.changed_at

        note = self.note

        edi_document_id = self.edi_document_id

        attachment_id = self.attachment_id

        include_attachments_on_re_invoice_order_lines = self.include_attachments_on_re_invoice_order_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET and not _in_request:
            field_dict["vendorId"] = vendor_id
        if vendor_is_automated is not UNSET and not _in_request:
            field_dict["vendorIsAutomated"] = vendor_is_automated
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_temp_number is not UNSET and not _in_request:
            field_dict["voucherTempNumber"] = voucher_temp_number
        if voucher_year is not UNSET and not _in_request:
            field_dict["voucherYear"] = voucher_year
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if invoice_date_is_automated is not UNSET and not _in_request:
            field_dict["invoiceDateIsAutomated"] = invoice_date_is_automated
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_number_is_automated is not UNSET and not _in_request:
            field_dict["invoiceNumberIsAutomated"] = invoice_number_is_automated
        if invoice_amount is not UNSET and not _in_request:
            field_dict["invoiceAmount"] = invoice_amount
        if invoice_amount_is_automated is not UNSET and not _in_request:
            field_dict["invoiceAmountIsAutomated"] = invoice_amount_is_automated
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if due_date_is_automated is not UNSET and not _in_request:
            field_dict["dueDateIsAutomated"] = due_date_is_automated
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if currency_is_automated is not UNSET and not _in_request:
            field_dict["currencyIsAutomated"] = currency_is_automated
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if voucher_type_id is not UNSET and not _in_request:
            field_dict["voucherTypeId"] = voucher_type_id
        if purchase_order_id is not UNSET and not _in_request:
            field_dict["purchaseOrderId"] = purchase_order_id
        if changed_at is not UNSET and not _in_request:
            field_dict["changedAt"] = changed_at
        if note is not UNSET and not _in_request:
            field_dict["note"] = note
        if edi_document_id is not UNSET and not _in_request:
            field_dict["ediDocumentId"] = edi_document_id
        if attachment_id is not UNSET and not _in_request:
            field_dict["attachmentId"] = attachment_id
        if include_attachments_on_re_invoice_order_lines is not UNSET and not _in_request:
            field_dict["includeAttachmentsOnReInvoiceOrderLines"] = include_attachments_on_re_invoice_order_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHeaderRead from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "vendorId",
                "vendorIsAutomated",
                "voucherNumber",
                "voucherTempNumber",
                "voucherYear",
                "invoiceDate",
                "invoiceDateIsAutomated",
                "invoiceNumber",
                "invoiceNumberIsAutomated",
                "invoiceAmount",
                "invoiceAmountIsAutomated",
                "dueDate",
                "dueDateIsAutomated",
                "currencyId",
                "currencyIsAutomated",
                "description",
                "voucherTypeId",
                "purchaseOrderId",
                "changedAt",
                "note",
                "ediDocumentId",
                "attachmentId",
                "includeAttachmentsOnReInvoiceOrderLines",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor_id": ("vendorId", None),
            "vendor_is_automated": ("vendorIsAutomated", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_temp_number": ("voucherTempNumber", None),
            "voucher_year": ("voucherYear", None),
            "invoice_date": ("invoiceDate", None),
            "invoice_date_is_automated": ("invoiceDateIsAutomated", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_number_is_automated": ("invoiceNumberIsAutomated", None),
            "invoice_amount": ("invoiceAmount", None),
            "invoice_amount_is_automated": ("invoiceAmountIsAutomated", None),
            "due_date": ("dueDate", None),
            "due_date_is_automated": ("dueDateIsAutomated", None),
            "currency_id": ("currencyId", None),
            "currency_is_automated": ("currencyIsAutomated", None),
            "description": ("description", None),
            "voucher_type_id": ("voucherTypeId", None),
            "purchase_order_id": ("purchaseOrderId", None),
            "changed_at": ("changedAt", None),
            "note": ("note", None),
            "edi_document_id": ("ediDocumentId", None),
            "attachment_id": ("attachmentId", None),
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
