from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="IncomingInvoiceHistory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("date", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceHistory(LazyModel):
    """
    Attributes:
        date (datetime.date | Unset): [read-only]
        voucher_number (str | Unset): [read-only]
        invoice_number (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        payment_status (str | Unset): [read-only]
        url (str | Unset): [read-only]
        currency_code (str | Unset): [read-only]
    """

    date: datetime.date | Unset = UNSET
    voucher_number: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    amount: float | Unset = UNSET
    payment_status: str | Unset = UNSET
    url: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        voucher_number = self.voucher_number

        invoice_number = self.invoice_number

        amount = self.amount

        payment_status = self.payment_status

        url = self.url

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if payment_status is not UNSET and not _in_request:
            field_dict["paymentStatus"] = payment_status
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHistory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_date(_tx_v: Any) -> datetime.date | Unset:
            _date = _tx_v
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

            return date

        _tx_known: frozenset[str] = frozenset(
            (
                "date",
                "voucherNumber",
                "invoiceNumber",
                "amount",
                "paymentStatus",
                "url",
                "currencyCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "date": ("date", _p_date),
            "voucher_number": ("voucherNumber", None),
            "invoice_number": ("invoiceNumber", None),
            "amount": ("amount", None),
            "payment_status": ("paymentStatus", None),
            "url": ("url", None),
            "currency_code": ("currencyCode", None),
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
