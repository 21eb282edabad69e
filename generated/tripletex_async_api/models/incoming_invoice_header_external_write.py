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

T = TypeVar("T", bound="IncomingInvoiceHeaderExternalWrite")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceHeaderExternalWrite(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        invoice_date = self.invoice_date

        due_date = self.due_date

        currency_id = self.currency_id

        invoice_amount = self.invoice_amount

        description = self.description

        invoice_number = self.invoice_number

        voucher_type_id = self.voucher_type_id

        purchase_order_id = self.purchase_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if invoice_amount is not UNSET:
            field_dict["invoiceAmount"] = invoice_amount
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if voucher_type_id is not UNSET:
            field_dict["voucherTypeId"] = voucher_type_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHeaderExternalWrite from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "vendor_id": ("vendorId", None),
            "invoice_date": ("invoiceDate", None),
            "due_date": ("dueDate", None),
            "currency_id": ("currencyId", None),
            "invoice_amount": ("invoiceAmount", None),
            "description": ("description", None),
            "invoice_number": ("invoiceNumber", None),
            "voucher_type_id": ("voucherTypeId", None),
            "purchase_order_id": ("purchaseOrderId", None),
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
