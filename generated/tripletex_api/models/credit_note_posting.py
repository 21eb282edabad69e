from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CreditNotePosting")


@_attrs_define
class CreditNotePosting:
    """
    Attributes:
        posting_id (int | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number (str | Unset): [read-only]
        invoice_number (str | Unset): [read-only]
        invoice_date (str | Unset): [read-only]
        amount_currency (float | Unset): [read-only]
        voucher_details_url (str | Unset): [read-only]
        posted (bool | Unset):
    """

    posting_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    voucher_details_url: str | Unset = UNSET
    posted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        posting_id = self.posting_id

        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        amount_currency = self.amount_currency

        voucher_details_url = self.voucher_details_url

        posted = self.posted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if posting_id is not UNSET and not _in_request:
            field_dict["postingId"] = posting_id
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if voucher_details_url is not UNSET and not _in_request:
            field_dict["voucherDetailsUrl"] = voucher_details_url
        if posted is not UNSET:
            field_dict["posted"] = posted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        posting_id = d.pop("postingId", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        invoice_date = d.pop("invoiceDate", UNSET)

        amount_currency = d.pop("amountCurrency", UNSET)

        voucher_details_url = d.pop("voucherDetailsUrl", UNSET)

        posted = d.pop("posted", UNSET)

        _obj = cls(
            posting_id=posting_id,
            voucher_id=voucher_id,
            voucher_number=voucher_number,
            invoice_number=invoice_number,
            invoice_date=invoice_date,
            amount_currency=amount_currency,
            voucher_details_url=voucher_details_url,
            posted=posted,
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
