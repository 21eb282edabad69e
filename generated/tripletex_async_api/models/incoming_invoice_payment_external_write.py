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

T = TypeVar("T", bound="IncomingInvoicePaymentExternalWrite")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoicePaymentExternalWrite(LazyModel):
    """
    Attributes:
        payment_type_client_uu_id (str | Unset): Payment type client UUID.
        amount_currency (float | Unset): Amount in currency.
        payment_date (str | Unset): Payment date.
        creditor_iban_or_bban (str | Unset): Creditor IBAN or BBAN.
        kid_or_receiver_reference (str | Unset): KID or receiver reference.
        use_default_payment_type (bool | Unset): Set paymentType to last type for vendor, autopay, ztl or first
            available other type
        partial_payment (bool | Unset): Set to true to allow multiple payments registered.
    """

    payment_type_client_uu_id: str | Unset = UNSET
    amount_currency: float | Unset = UNSET
    payment_date: str | Unset = UNSET
    creditor_iban_or_bban: str | Unset = UNSET
    kid_or_receiver_reference: str | Unset = UNSET
    use_default_payment_type: bool | Unset = UNSET
    partial_payment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payment_type_client_uu_id = self.payment_type_client_uu_id

        amount_currency = self.amount_currency

        payment_date = self.payment_date

        creditor_iban_or_bban = self.creditor_iban_or_bban

        kid_or_receiver_reference = self.kid_or_receiver_reference

        use_default_payment_type = self.use_default_payment_type

        partial_payment = self.partial_payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type_client_uu_id is not UNSET:
            field_dict["paymentTypeClientUUId"] = payment_type_client_uu_id
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if creditor_iban_or_bban is not UNSET:
            field_dict["creditorIbanOrBban"] = creditor_iban_or_bban
        if kid_or_receiver_reference is not UNSET:
            field_dict["kidOrReceiverReference"] = kid_or_receiver_reference
        if use_default_payment_type is not UNSET:
            field_dict["useDefaultPaymentType"] = use_default_payment_type
        if partial_payment is not UNSET:
            field_dict["partialPayment"] = partial_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentExternalWrite from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "paymentTypeClientUUId",
                "amountCurrency",
                "paymentDate",
                "creditorIbanOrBban",
                "kidOrReceiverReference",
                "useDefaultPaymentType",
                "partialPayment",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payment_type_client_uu_id": ("paymentTypeClientUUId", None),
            "amount_currency": ("amountCurrency", None),
            "payment_date": ("paymentDate", None),
            "creditor_iban_or_bban": ("creditorIbanOrBban", None),
            "kid_or_receiver_reference": ("kidOrReceiverReference", None),
            "use_default_payment_type": ("useDefaultPaymentType", None),
            "partial_payment": ("partialPayment", None),
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
