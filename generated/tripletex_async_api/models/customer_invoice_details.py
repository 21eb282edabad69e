from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_invoice_details_invoice_send_method import CustomerInvoiceDetailsInvoiceSendMethod
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

T = TypeVar("T", bound="CustomerInvoiceDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("invoiceSendMethod", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class CustomerInvoiceDetails(LazyModel):
    """
    Attributes:
        invoice_email (str | Unset):
        invoice_send_method (CustomerInvoiceDetailsInvoiceSendMethod | Unset): Define the invoicing method for the
            customer.<br>EMAIL: Send invoices as email.<br>EHF: Send invoices as EHF.<br>EFAKTURA: Send invoices as
            EFAKTURA.<br>AVTALEGIRO: Send invoices as AVTALEGIRO.<br>VIPPS: Send invoices through VIPPS.<br>PAPER: Send
            invoices as paper invoice.<br>MANUAL: User will have to send invocie manually.<br>
        other_invoice_receiver (bool | Unset): [read-only]
        invoice_receiver_name (str | Unset): [read-only]
    """

    invoice_email: str | Unset = UNSET
    invoice_send_method: CustomerInvoiceDetailsInvoiceSendMethod | Unset = UNSET
    other_invoice_receiver: bool | Unset = UNSET
    invoice_receiver_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_email = self.invoice_email

        invoice_send_method: str | Unset = UNSET
        if not isinstance(self.invoice_send_method, Unset):
            invoice_send_method = self.invoice_send_method.value

        other_invoice_receiver = self.other_invoice_receiver

        invoice_receiver_name = self.invoice_receiver_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if invoice_send_method is not UNSET:
            field_dict["invoiceSendMethod"] = invoice_send_method
        if other_invoice_receiver is not UNSET and not _in_request:
            field_dict["otherInvoiceReceiver"] = other_invoice_receiver
        if invoice_receiver_name is not UNSET and not _in_request:
            field_dict["invoiceReceiverName"] = invoice_receiver_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerInvoiceDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_invoice_send_method(_tx_v: Any) -> CustomerInvoiceDetailsInvoiceSendMethod | Unset:
            _invoice_send_method = _tx_v
            invoice_send_method: CustomerInvoiceDetailsInvoiceSendMethod | Unset
            if isinstance(_invoice_send_method, Unset):
                invoice_send_method = UNSET
            else:
                invoice_send_method = CustomerInvoiceDetailsInvoiceSendMethod(_invoice_send_method)

            return invoice_send_method

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceEmail",
                "invoiceSendMethod",
                "otherInvoiceReceiver",
                "invoiceReceiverName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_email": ("invoiceEmail", None),
            "invoice_send_method": ("invoiceSendMethod", _p_invoice_send_method),
            "other_invoice_receiver": ("otherInvoiceReceiver", None),
            "invoice_receiver_name": ("invoiceReceiverName", None),
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
