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
    serializing_request_body,
)

T = TypeVar("T", bound="CreditNotePosting")


@_attrs_define
class CreditNotePosting(Model):
    """
    Attributes:
        posting_id (int | Unset):
        voucher_id (int | Unset):
        voucher_number (str | Unset):
        invoice_number (str | Unset):
        invoice_date (str | Unset):
        amount_currency (float | Unset):
        voucher_details_url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.posting_id
        if _v is not UNSET and not _in_request:
            field_dict["postingId"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDate"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.voucher_details_url
        if _v is not UNSET and not _in_request:
            field_dict["voucherDetailsUrl"] = _v
        _v = self.posted
        if _v is not UNSET:
            field_dict["posted"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CreditNotePosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CreditNotePosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "postingId": "posting_id",
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "invoiceNumber": "invoice_number",
            "invoiceDate": "invoice_date",
            "amountCurrency": "amount_currency",
            "voucherDetailsUrl": "voucher_details_url",
            "posted": "posted",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.posting_id = o.voucher_id = o.voucher_number = o.invoice_number = o.invoice_date = (
                        o.amount_currency
                    ) = o.voucher_details_url = o.posted = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("postingId")
                if v is None:
                    o.posting_id = u
                    if "postingId" not in d:
                        m += 1
                else:
                    o.posting_id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
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
                v = g("invoiceDate")
                if v is None:
                    o.invoice_date = u
                    if "invoiceDate" not in d:
                        m += 1
                else:
                    o.invoice_date = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("voucherDetailsUrl")
                if v is None:
                    o.voucher_details_url = u
                    if "voucherDetailsUrl" not in d:
                        m += 1
                else:
                    o.voucher_details_url = v
                v = g("posted")
                if v is None:
                    o.posted = u
                    if "posted" not in d:
                        m += 1
                else:
                    o.posted = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("posting_id", "postingId"),
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_date", "invoiceDate"),
            ("amount_currency", "amountCurrency"),
            ("voucher_details_url", "voucherDetailsUrl"),
            ("posted", "posted"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.posting_id
            o.posting_id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.voucher_details_url
            o.voucher_details_url = u if v is None else v
            v = s.posted
            o.posted = u if v is None else v
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
