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

T = TypeVar("T", bound="InvoicePayment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class InvoicePayment(LazyModel):
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        payment_date (str | Unset): [read-only]
        payment_type_id (int | Unset): [read-only]
        paid_amount (float | Unset): [read-only]
        paid_amount_currency (float | Unset): [read-only]
    """

    invoice_id: int | Unset = UNSET
    payment_date: str | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    paid_amount_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        payment_date = self.payment_date

        payment_type_id = self.payment_type_id

        paid_amount = self.paid_amount

        paid_amount_currency = self.paid_amount_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if payment_date is not UNSET and not _in_request:
            field_dict["paymentDate"] = payment_date
        if payment_type_id is not UNSET and not _in_request:
            field_dict["paymentTypeId"] = payment_type_id
        if paid_amount is not UNSET and not _in_request:
            field_dict["paidAmount"] = paid_amount
        if paid_amount_currency is not UNSET and not _in_request:
            field_dict["paidAmountCurrency"] = paid_amount_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoicePayment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "paymentDate",
                "paymentTypeId",
                "paidAmount",
                "paidAmountCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoiceId", None),
            "payment_date": ("paymentDate", None),
            "payment_type_id": ("paymentTypeId", None),
            "paid_amount": ("paidAmount", None),
            "paid_amount_currency": ("paidAmountCurrency", None),
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
