from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceHeaderExternalRead")


@_attrs_define
class IncomingInvoiceHeaderExternalRead:
    """The invoice header.

    Attributes:
        vendor_id (int | Unset): [read-only] Id of the vendor
        vendor_is_automated (bool | Unset): [read-only] Is vendor automated
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
        company_currency_id (int | Unset): [read-only] Company currency id
        description (str | Unset): [read-only] Description
        voucher_type_id (int | Unset): [read-only] Voucher type
        purchase_order_id (int | Unset): [read-only] Purchase order id
        note (str | Unset): [read-only] Note
    """

    vendor_id: int | Unset = UNSET
    vendor_is_automated: bool | Unset = UNSET
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
    company_currency_id: int | Unset = UNSET
    description: str | Unset = UNSET
    voucher_type_id: int | Unset = UNSET
    purchase_order_id: int | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        vendor_id = self.vendor_id

        vendor_is_automated = self.vendor_is_automated

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

        company_currency_id = self.company_currency_id

        description = self.description

        voucher_type_id = self.voucher_type_id

        purchase_order_id = self.purchase_order_id

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vendor_id is not UNSET and not _in_request:
            field_dict["vendorId"] = vendor_id
        if vendor_is_automated is not UNSET and not _in_request:
            field_dict["vendorIsAutomated"] = vendor_is_automated
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
        if company_currency_id is not UNSET and not _in_request:
            field_dict["companyCurrencyId"] = company_currency_id
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if voucher_type_id is not UNSET and not _in_request:
            field_dict["voucherTypeId"] = voucher_type_id
        if purchase_order_id is not UNSET and not _in_request:
            field_dict["purchaseOrderId"] = purchase_order_id
        if note is not UNSET and not _in_request:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        vendor_id = d.pop("vendorId", UNSET)

        vendor_is_automated = d.pop("vendorIsAutomated", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        invoice_date_is_automated = d.pop("invoiceDateIsAutomated", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_number_is_automated = d.pop("invoiceNumberIsAutomated", UNSET)

        invoice_amount = d.pop("invoiceAmount", UNSET)

        invoice_amount_is_automated = d.pop("invoiceAmountIsAutomated", UNSET)

        due_date = d.pop("dueDate", UNSET)

        due_date_is_automated = d.pop("dueDateIsAutomated", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        currency_is_automated = d.pop("currencyIsAutomated", UNSET)

        company_currency_id = d.pop("companyCurrencyId", UNSET)

        description = d.pop("description", UNSET)

        voucher_type_id = d.pop("voucherTypeId", UNSET)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)

        note = d.pop("note", UNSET)

        _obj = cls(
            vendor_id=vendor_id,
            vendor_is_automated=vendor_is_automated,
            invoice_date=invoice_date,
            invoice_date_is_automated=invoice_date_is_automated,
            invoice_number=invoice_number,
            invoice_number_is_automated=invoice_number_is_automated,
            invoice_amount=invoice_amount,
            invoice_amount_is_automated=invoice_amount_is_automated,
            due_date=due_date,
            due_date_is_automated=due_date_is_automated,
            currency_id=currency_id,
            currency_is_automated=currency_is_automated,
            company_currency_id=company_currency_id,
            description=description,
            voucher_type_id=voucher_type_id,
            purchase_order_id=purchase_order_id,
            note=note,
        )

        _obj.additional_properties = d
        return _obj

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
