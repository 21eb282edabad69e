from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_invoice_details_invoice_send_method import CustomerInvoiceDetailsInvoiceSendMethod
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="CustomerInvoiceDetails")


@_attrs_define
class CustomerInvoiceDetails(Model):
    """
    Attributes:
        invoice_email (str | Unset):
        invoice_send_method (CustomerInvoiceDetailsInvoiceSendMethod | Unset): Define the invoicing method for the
            customer.<br>EMAIL: Send invoices as email.<br>EHF: Send invoices as EHF.<br>EFAKTURA: Send invoices as
            EFAKTURA.<br>AVTALEGIRO: Send invoices as AVTALEGIRO.<br>VIPPS: Send invoices through VIPPS.<br>PAPER: Send
            invoices as paper invoice.<br>MANUAL: User will have to send invocie manually.<br>
        other_invoice_receiver (bool | Unset):
        invoice_receiver_name (str | Unset):
    """

    invoice_email: str | Unset = UNSET
    invoice_send_method: CustomerInvoiceDetailsInvoiceSendMethod | Unset = UNSET
    other_invoice_receiver: bool | Unset = UNSET
    invoice_receiver_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_email
        if _v is not UNSET:
            field_dict["invoiceEmail"] = _v
        _v = self.invoice_send_method
        if _v is not UNSET:
            field_dict["invoiceSendMethod"] = _v._value_
        _v = self.other_invoice_receiver
        if _v is not UNSET and not _in_request:
            field_dict["otherInvoiceReceiver"] = _v
        _v = self.invoice_receiver_name
        if _v is not UNSET and not _in_request:
            field_dict["invoiceReceiverName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CustomerInvoiceDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CustomerInvoiceDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_invoice_send_method: dict[Any, Any] = enum_members(CustomerInvoiceDetailsInvoiceSendMethod)
        _known: frozenset[str] = frozenset(
            (
                "invoiceEmail",
                "invoiceSendMethod",
                "otherInvoiceReceiver",
                "invoiceReceiverName",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("invoiceEmail")
                if v is None:
                    o.invoice_email = u
                    if "invoiceEmail" not in d:
                        m += 1
                else:
                    o.invoice_email = v
                k = "invoiceSendMethod"
                v = g("invoiceSendMethod")
                if v is None:
                    o.invoice_send_method = u
                    if "invoiceSendMethod" not in d:
                        m += 1
                else:
                    o.invoice_send_method = (
                        e_
                        if (e_ := _e_invoice_send_method.get(v)) is not None
                        else enum_value(CustomerInvoiceDetailsInvoiceSendMethod, v)
                    )
                v = g("otherInvoiceReceiver")
                if v is None:
                    o.other_invoice_receiver = u
                    if "otherInvoiceReceiver" not in d:
                        m += 1
                else:
                    o.other_invoice_receiver = v
                v = g("invoiceReceiverName")
                if v is None:
                    o.invoice_receiver_name = u
                    if "invoiceReceiverName" not in d:
                        m += 1
                else:
                    o.invoice_receiver_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_email", "invoiceEmail"),
            ("invoice_send_method", "invoiceSendMethod"),
            ("other_invoice_receiver", "otherInvoiceReceiver"),
            ("invoice_receiver_name", "invoiceReceiverName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_email
            o.invoice_email = u if v is None else v
            v = s.invoice_send_method
            o.invoice_send_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_invoice_send_method.get(v)) is not None
                else enum_value(CustomerInvoiceDetailsInvoiceSendMethod, v)
            )
            v = s.other_invoice_receiver
            o.other_invoice_receiver = u if v is None else v
            v = s.invoice_receiver_name
            o.invoice_receiver_name = u if v is None else v
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
