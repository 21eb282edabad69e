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

T = TypeVar("T", bound="InvoiceReserve")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class InvoiceReserve(LazyModel):
    """
    Attributes:
        invoice_akonto_reserve_amount_currency (float | Unset): [read-only] The total amount reserved for akonto
            invoices in the project
        invoice_extracosts_reserve_currency (float | Unset): [read-only] The total amount reserved for extra costs in
            the project
        invoice_fee_reserve_currency (float | Unset): [read-only] The total amount reserved for fees in the project
        invoice_reserve_total_amount_currency (float | Unset): [read-only] The total amount reserved for the project in
            the specified currency
        currency_code (str | Unset): [read-only] The currency code for the reserved amounts
    """

    invoice_akonto_reserve_amount_currency: float | Unset = UNSET
    invoice_extracosts_reserve_currency: float | Unset = UNSET
    invoice_fee_reserve_currency: float | Unset = UNSET
    invoice_reserve_total_amount_currency: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_akonto_reserve_amount_currency = self.invoice_akonto_reserve_amount_currency

        invoice_extracosts_reserve_currency = self.invoice_extracosts_reserve_currency

        invoice_fee_reserve_currency = self.invoice_fee_reserve_currency

        invoice_reserve_total_amount_currency = self.invoice_reserve_total_amount_currency

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_akonto_reserve_amount_currency is not UNSET and not _in_request:
            field_dict["invoiceAkontoReserveAmountCurrency"] = invoice_akonto_reserve_amount_currency
        if invoice_extracosts_reserve_currency is not UNSET and not _in_request:
            field_dict["invoiceExtracostsReserveCurrency"] = invoice_extracosts_reserve_currency
        if invoice_fee_reserve_currency is not UNSET and not _in_request:
            field_dict["invoiceFeeReserveCurrency"] = invoice_fee_reserve_currency
        if invoice_reserve_total_amount_currency is not UNSET and not _in_request:
            field_dict["invoiceReserveTotalAmountCurrency"] = invoice_reserve_total_amount_currency
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceReserve from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceAkontoReserveAmountCurrency",
                "invoiceExtracostsReserveCurrency",
                "invoiceFeeReserveCurrency",
                "invoiceReserveTotalAmountCurrency",
                "currencyCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_akonto_reserve_amount_currency": ("invoiceAkontoReserveAmountCurrency", None),
            "invoice_extracosts_reserve_currency": ("invoiceExtracostsReserveCurrency", None),
            "invoice_fee_reserve_currency": ("invoiceFeeReserveCurrency", None),
            "invoice_reserve_total_amount_currency": ("invoiceReserveTotalAmountCurrency", None),
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
