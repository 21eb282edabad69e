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

T = TypeVar("T", bound="InvoiceReserve")


@_attrs_define
class InvoiceReserve(Model):
    """
    Attributes:
        invoice_akonto_reserve_amount_currency (float | Unset): The total amount reserved for akonto invoices in the
            project
        invoice_extracosts_reserve_currency (float | Unset): The total amount reserved for extra costs in the project
        invoice_fee_reserve_currency (float | Unset): The total amount reserved for fees in the project
        invoice_reserve_total_amount_currency (float | Unset): The total amount reserved for the project in the
            specified currency
        currency_code (str | Unset): The currency code for the reserved amounts
    """

    invoice_akonto_reserve_amount_currency: float | Unset = UNSET
    invoice_extracosts_reserve_currency: float | Unset = UNSET
    invoice_fee_reserve_currency: float | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_akonto_reserve_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceAkontoReserveAmountCurrency"] = _v
        _v = self.invoice_extracosts_reserve_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceExtracostsReserveCurrency"] = _v
        _v = self.invoice_fee_reserve_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceFeeReserveCurrency"] = _v
        _v = self.invoice_reserve_total_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceReserve from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceReserve.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "invoiceAkontoReserveAmountCurrency",
                "invoiceExtracostsReserveCurrency",
                "invoiceFeeReserveCurrency",
                "invoiceReserveTotalAmountCurrency",
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
                v = g("invoiceAkontoReserveAmountCurrency")
                if v is None:
                    o.invoice_akonto_reserve_amount_currency = u
                    if "invoiceAkontoReserveAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_akonto_reserve_amount_currency = v
                v = g("invoiceExtracostsReserveCurrency")
                if v is None:
                    o.invoice_extracosts_reserve_currency = u
                    if "invoiceExtracostsReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_extracosts_reserve_currency = v
                v = g("invoiceFeeReserveCurrency")
                if v is None:
                    o.invoice_fee_reserve_currency = u
                    if "invoiceFeeReserveCurrency" not in d:
                        m += 1
                else:
                    o.invoice_fee_reserve_currency = v
                v = g("invoiceReserveTotalAmountCurrency")
                if v is None:
                    o.invoice_reserve_total_amount_currency = u
                    if "invoiceReserveTotalAmountCurrency" not in d:
                        m += 1
                else:
                    o.invoice_reserve_total_amount_currency = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_akonto_reserve_amount_currency", "invoiceAkontoReserveAmountCurrency"),
            ("invoice_extracosts_reserve_currency", "invoiceExtracostsReserveCurrency"),
            ("invoice_fee_reserve_currency", "invoiceFeeReserveCurrency"),
            ("invoice_reserve_total_amount_currency", "invoiceReserveTotalAmountCurrency"),
            ("currency_code", "currencyCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_akonto_reserve_amount_currency
            o.invoice_akonto_reserve_amount_currency = u if v is None else v
            v = s.invoice_extracosts_reserve_currency
            o.invoice_extracosts_reserve_currency = u if v is None else v
            v = s.invoice_fee_reserve_currency
            o.invoice_fee_reserve_currency = u if v is None else v
            v = s.invoice_reserve_total_amount_currency
            o.invoice_reserve_total_amount_currency = u if v is None else v
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
