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

T = TypeVar("T", bound="ProjectInvoice")


@_attrs_define
class ProjectInvoice(Model):
    """Charged invoices for project

    Attributes:
        id (int | Unset):
        invoice_number (str | Unset):
        invoice_date (str | Unset):
        comment (str | Unset):
        amount_akonto_currency (float | Unset):
        amount_fee_currency (float | Unset):
        amount_expenses_currency (float | Unset):
        amount_ex_vat_currency (float | Unset):
    """

    id: int | Unset = UNSET
    invoice_number: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    comment: str | Unset = UNSET
    amount_akonto_currency: float | Unset = UNSET
    amount_fee_currency: float | Unset = UNSET
    amount_expenses_currency: float | Unset = UNSET
    amount_ex_vat_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.invoice_number
        if _v is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = _v
        _v = self.invoice_date
        if _v is not UNSET and not _in_request:
            field_dict["invoiceDate"] = _v
        _v = self.comment
        if _v is not UNSET and not _in_request:
            field_dict["comment"] = _v
        _v = self.amount_akonto_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountAkontoCurrency"] = _v
        _v = self.amount_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountFeeCurrency"] = _v
        _v = self.amount_expenses_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExpensesCurrency"] = _v
        _v = self.amount_ex_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExVatCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectInvoice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectInvoice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "invoiceNumber",
                "invoiceDate",
                "comment",
                "amountAkontoCurrency",
                "amountFeeCurrency",
                "amountExpensesCurrency",
                "amountExVatCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "invoiceNumber": "invoice_number",
            "invoiceDate": "invoice_date",
            "comment": "comment",
            "amountAkontoCurrency": "amount_akonto_currency",
            "amountFeeCurrency": "amount_fee_currency",
            "amountExpensesCurrency": "amount_expenses_currency",
            "amountExVatCurrency": "amount_ex_vat_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.invoice_number = o.invoice_date = o.comment = o.amount_akonto_currency = (
                        o.amount_fee_currency
                    ) = o.amount_expenses_currency = o.amount_ex_vat_currency = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
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
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("amountAkontoCurrency")
                if v is None:
                    o.amount_akonto_currency = u
                    if "amountAkontoCurrency" not in d:
                        m += 1
                else:
                    o.amount_akonto_currency = v
                v = g("amountFeeCurrency")
                if v is None:
                    o.amount_fee_currency = u
                    if "amountFeeCurrency" not in d:
                        m += 1
                else:
                    o.amount_fee_currency = v
                v = g("amountExpensesCurrency")
                if v is None:
                    o.amount_expenses_currency = u
                    if "amountExpensesCurrency" not in d:
                        m += 1
                else:
                    o.amount_expenses_currency = v
                v = g("amountExVatCurrency")
                if v is None:
                    o.amount_ex_vat_currency = u
                    if "amountExVatCurrency" not in d:
                        m += 1
                else:
                    o.amount_ex_vat_currency = v
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
            ("id", "id"),
            ("invoice_number", "invoiceNumber"),
            ("invoice_date", "invoiceDate"),
            ("comment", "comment"),
            ("amount_akonto_currency", "amountAkontoCurrency"),
            ("amount_fee_currency", "amountFeeCurrency"),
            ("amount_expenses_currency", "amountExpensesCurrency"),
            ("amount_ex_vat_currency", "amountExVatCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.invoice_date
            o.invoice_date = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.amount_akonto_currency
            o.amount_akonto_currency = u if v is None else v
            v = s.amount_fee_currency
            o.amount_fee_currency = u if v is None else v
            v = s.amount_expenses_currency
            o.amount_expenses_currency = u if v is None else v
            v = s.amount_ex_vat_currency
            o.amount_ex_vat_currency = u if v is None else v
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
