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

T = TypeVar("T", bound="InvoiceBuilder")


@_attrs_define
class InvoiceBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        number (int | Unset):
        project_id (int | Unset):
        date (str | Unset):
        approved (bool | Unset):
        charged (bool | Unset):
        history (str | Unset):
        comment (str | Unset):
        expense (bool | Unset):
        term_of_payment (str | Unset):
        amount (float | Unset):
        amount_currency (int | Unset):
        amount_ex_vat (float | Unset):
        amount_ex_vat_currency (int | Unset):
        vendor_id (int | Unset):
        vendor_invoice_number (int | Unset):
        currency_id (int | Unset):
        voucher_id (int | Unset):
        kid (str | Unset):
        external_number_series (bool | Unset):
    """

    company_id: int | Unset = UNSET
    number: int | Unset = UNSET
    project_id: int | Unset = UNSET
    date: str | Unset = UNSET
    approved: bool | Unset = UNSET
    charged: bool | Unset = UNSET
    history: str | Unset = UNSET
    comment: str | Unset = UNSET
    expense: bool | Unset = UNSET
    term_of_payment: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: int | Unset = UNSET
    amount_ex_vat: float | Unset = UNSET
    amount_ex_vat_currency: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    vendor_invoice_number: int | Unset = UNSET
    currency_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    kid: str | Unset = UNSET
    external_number_series: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.approved
        if _v is not UNSET:
            field_dict["approved"] = _v
        _v = self.charged
        if _v is not UNSET:
            field_dict["charged"] = _v
        _v = self.history
        if _v is not UNSET:
            field_dict["history"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.expense
        if _v is not UNSET:
            field_dict["expense"] = _v
        _v = self.term_of_payment
        if _v is not UNSET:
            field_dict["termOfPayment"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.amount_ex_vat
        if _v is not UNSET:
            field_dict["amountExVat"] = _v
        _v = self.amount_ex_vat_currency
        if _v is not UNSET:
            field_dict["amountExVatCurrency"] = _v
        _v = self.vendor_id
        if _v is not UNSET:
            field_dict["vendorId"] = _v
        _v = self.vendor_invoice_number
        if _v is not UNSET:
            field_dict["vendorInvoiceNumber"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.voucher_id
        if _v is not UNSET:
            field_dict["voucherId"] = _v
        _v = self.kid
        if _v is not UNSET:
            field_dict["kid"] = _v
        _v = self.external_number_series
        if _v is not UNSET:
            field_dict["externalNumberSeries"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "number",
                "projectId",
                "date",
                "approved",
                "charged",
                "history",
                "comment",
                "expense",
                "termOfPayment",
                "amount",
                "amountCurrency",
                "amountExVat",
                "amountExVatCurrency",
                "vendorId",
                "vendorInvoiceNumber",
                "currencyId",
                "voucherId",
                "kid",
                "externalNumberSeries",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "number": "number",
            "projectId": "project_id",
            "date": "date",
            "approved": "approved",
            "charged": "charged",
            "history": "history",
            "comment": "comment",
            "expense": "expense",
            "termOfPayment": "term_of_payment",
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "amountExVat": "amount_ex_vat",
            "amountExVatCurrency": "amount_ex_vat_currency",
            "vendorId": "vendor_id",
            "vendorInvoiceNumber": "vendor_invoice_number",
            "currencyId": "currency_id",
            "voucherId": "voucher_id",
            "kid": "kid",
            "externalNumberSeries": "external_number_series",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.company_id = o.number = o.project_id = o.date = o.approved = o.charged = o.history = o.comment = (
                        o.expense
                    ) = o.term_of_payment = o.amount = o.amount_currency = o.amount_ex_vat = (
                        o.amount_ex_vat_currency
                    ) = o.vendor_id = o.vendor_invoice_number = o.currency_id = o.voucher_id = o.kid = (
                        o.external_number_series
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("approved")
                if v is None:
                    o.approved = u
                    if "approved" not in d:
                        m += 1
                else:
                    o.approved = v
                v = g("charged")
                if v is None:
                    o.charged = u
                    if "charged" not in d:
                        m += 1
                else:
                    o.charged = v
                v = g("history")
                if v is None:
                    o.history = u
                    if "history" not in d:
                        m += 1
                else:
                    o.history = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("expense")
                if v is None:
                    o.expense = u
                    if "expense" not in d:
                        m += 1
                else:
                    o.expense = v
                v = g("termOfPayment")
                if v is None:
                    o.term_of_payment = u
                    if "termOfPayment" not in d:
                        m += 1
                else:
                    o.term_of_payment = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("amountExVat")
                if v is None:
                    o.amount_ex_vat = u
                    if "amountExVat" not in d:
                        m += 1
                else:
                    o.amount_ex_vat = v
                v = g("amountExVatCurrency")
                if v is None:
                    o.amount_ex_vat_currency = u
                    if "amountExVatCurrency" not in d:
                        m += 1
                else:
                    o.amount_ex_vat_currency = v
                v = g("vendorId")
                if v is None:
                    o.vendor_id = u
                    if "vendorId" not in d:
                        m += 1
                else:
                    o.vendor_id = v
                v = g("vendorInvoiceNumber")
                if v is None:
                    o.vendor_invoice_number = u
                    if "vendorInvoiceNumber" not in d:
                        m += 1
                else:
                    o.vendor_invoice_number = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("externalNumberSeries")
                if v is None:
                    o.external_number_series = u
                    if "externalNumberSeries" not in d:
                        m += 1
                else:
                    o.external_number_series = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("number", "number"),
            ("project_id", "projectId"),
            ("date", "date"),
            ("approved", "approved"),
            ("charged", "charged"),
            ("history", "history"),
            ("comment", "comment"),
            ("expense", "expense"),
            ("term_of_payment", "termOfPayment"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("amount_ex_vat", "amountExVat"),
            ("amount_ex_vat_currency", "amountExVatCurrency"),
            ("vendor_id", "vendorId"),
            ("vendor_invoice_number", "vendorInvoiceNumber"),
            ("currency_id", "currencyId"),
            ("voucher_id", "voucherId"),
            ("kid", "kid"),
            ("external_number_series", "externalNumberSeries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.approved
            o.approved = u if v is None else v
            v = s.charged
            o.charged = u if v is None else v
            v = s.history
            o.history = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.expense
            o.expense = u if v is None else v
            v = s.term_of_payment
            o.term_of_payment = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.amount_ex_vat
            o.amount_ex_vat = u if v is None else v
            v = s.amount_ex_vat_currency
            o.amount_ex_vat_currency = u if v is None else v
            v = s.vendor_id
            o.vendor_id = u if v is None else v
            v = s.vendor_invoice_number
            o.vendor_invoice_number = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.external_number_series
            o.external_number_series = u if v is None else v
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
