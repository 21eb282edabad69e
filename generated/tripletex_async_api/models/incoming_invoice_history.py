from __future__ import annotations

import datetime
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
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingInvoiceHistory")


@_attrs_define
class IncomingInvoiceHistory(Model):
    """
    Attributes:
        date (datetime.date | Unset):
        voucher_number (str | Unset):
        invoice_number (str | Unset):
        amount (float | Unset):
        payment_status (str | Unset):
        url (str | Unset):
        currency_code (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.payment_status
        if _v is not UNSET and not _in_request:
            field_dict["paymentStatus"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceHistory from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceHistory.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__

        def _c_date(_tx_v: Any) -> Any:
            _date = _tx_v
            date: datetime.date | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.date.fromisoformat(_date)

            return date

        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "date"
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = _c_date(v)
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("paymentStatus")
                if v is None:
                    o.payment_status = u
                    if "paymentStatus" not in d:
                        m += 1
                else:
                    o.payment_status = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("date", "date"),
            ("voucher_number", "voucherNumber"),
            ("invoice_number", "invoiceNumber"),
            ("amount", "amount"),
            ("payment_status", "paymentStatus"),
            ("url", "url"),
            ("currency_code", "currencyCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.date
            o.date = u if v is None or v is u else _c_date(v)
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.payment_status
            o.payment_status = u if v is None else v
            v = s.url
            o.url = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
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
