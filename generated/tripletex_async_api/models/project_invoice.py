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

T = TypeVar("T", bound="ProjectInvoice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectInvoice(LazyModel):
    """Charged invoices for project

    Attributes:
        id (int | Unset): [read-only]
        invoice_number (str | Unset): [read-only]
        invoice_date (str | Unset): [read-only]
        comment (str | Unset): [read-only]
        amount_akonto_currency (float | Unset): [read-only]
        amount_fee_currency (float | Unset): [read-only]
        amount_expenses_currency (float | Unset): [read-only]
        amount_ex_vat_currency (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        invoice_number = self.invoice_number

        invoice_date = self.invoice_date

        comment = self.comment

        amount_akonto_currency = self.amount_akonto_currency

        amount_fee_currency = self.amount_fee_currency

        amount_expenses_currency = self.amount_expenses_currency

        amount_ex_vat_currency = self.amount_ex_vat_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if invoice_number is not UNSET and not _in_request:
            field_dict["invoiceNumber"] = invoice_number
        if invoice_date is not UNSET and not _in_request:
            field_dict["invoiceDate"] = invoice_date
        if comment is not UNSET and not _in_request:
            field_dict["comment"] = comment
        if amount_akonto_currency is not UNSET and not _in_request:
            field_dict["amountAkontoCurrency"] = amount_akonto_currency
        if amount_fee_currency is not UNSET and not _in_request:
            field_dict["amountFeeCurrency"] = amount_fee_currency
        if amount_expenses_currency is not UNSET and not _in_request:
            field_dict["amountExpensesCurrency"] = amount_expenses_currency
        if amount_ex_vat_currency is not UNSET and not _in_request:
            field_dict["amountExVatCurrency"] = amount_ex_vat_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectInvoice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "invoice_number": ("invoiceNumber", None),
            "invoice_date": ("invoiceDate", None),
            "comment": ("comment", None),
            "amount_akonto_currency": ("amountAkontoCurrency", None),
            "amount_fee_currency": ("amountFeeCurrency", None),
            "amount_expenses_currency": ("amountExpensesCurrency", None),
            "amount_ex_vat_currency": ("amountExVatCurrency", None),
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
