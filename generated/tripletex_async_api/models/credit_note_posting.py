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

T = TypeVar("T", bound="CreditNotePosting")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class CreditNotePosting(LazyModel):
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
        self._tx_load()
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
        """A CreditNotePosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "postingId",
                "voucherId",
                "voucherNumber",
                "invoiceNumber",
                "invoiceDate",
                "amountCurrency",
                "voucherDetailsUrl",
                "posted",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "posting_id": ("postingId", None),
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "amount_currency": ("amountCurrency", None),
            "voucher_details_url": ("voucherDetailsUrl", None),
            "posted": ("posted", None),
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
