from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credit_note_details_preferred_customer_send_type import CreditNoteDetailsPreferredCustomerSendType
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

T = TypeVar("T", bound="CreditNoteDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("preferredCustomerSendType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class CreditNoteDetails(LazyModel):
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        is_credited (bool | Unset): [read-only]
        is_credit_note (bool | Unset): [read-only]
        is_subscription_invoice (bool | Unset): [read-only]
        customer_email (str | Unset): [read-only]
        preferred_customer_send_type (CreditNoteDetailsPreferredCustomerSendType | Unset): [read-only]
    """

    invoice_id: int | Unset = UNSET
    is_credited: bool | Unset = UNSET
    is_credit_note: bool | Unset = UNSET
    is_subscription_invoice: bool | Unset = UNSET
    customer_email: str | Unset = UNSET
    preferred_customer_send_type: CreditNoteDetailsPreferredCustomerSendType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        is_credited = self.is_credited

        is_credit_note = self.is_credit_note

        is_subscription_invoice = self.is_subscription_invoice

        customer_email = self.customer_email

        preferred_customer_send_type: str | Unset = UNSET
        if not isinstance(self.preferred_customer_send_type, Unset):
            preferred_customer_send_type = self.preferred_customer_send_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if is_credited is not UNSET and not _in_request:
            field_dict["isCredited"] = is_credited
        if is_credit_note is not UNSET and not _in_request:
            field_dict["isCreditNote"] = is_credit_note
        if is_subscription_invoice is not UNSET and not _in_request:
            field_dict["isSubscriptionInvoice"] = is_subscription_invoice
        if customer_email is not UNSET and not _in_request:
            field_dict["customerEmail"] = customer_email
        if preferred_customer_send_type is not UNSET and not _in_request:
            field_dict["preferredCustomerSendType"] = preferred_customer_send_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CreditNoteDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_preferred_customer_send_type(_tx_v: Any) -> CreditNoteDetailsPreferredCustomerSendType | Unset:
            _preferred_customer_send_type = _tx_v
            preferred_customer_send_type: CreditNoteDetailsPreferredCustomerSendType | Unset
            if isinstance(_preferred_customer_send_type, Unset):
                preferred_customer_send_type = UNSET
            else:
                preferred_customer_send_type = CreditNoteDetailsPreferredCustomerSendType(_preferred_customer_send_type)

            return preferred_customer_send_type

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "isCredited",
                "isCreditNote",
                "isSubscriptionInvoice",
                "customerEmail",
                "preferredCustomerSendType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoiceId", None),
            "is_credited": ("isCredited", None),
            "is_credit_note": ("isCreditNote", None),
            "is_subscription_invoice": ("isSubscriptionInvoice", None),
            "customer_email": ("customerEmail", None),
            "preferred_customer_send_type": ("preferredCustomerSendType", _p_preferred_customer_send_type),
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
