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

T = TypeVar("T", bound="IncomingInvoicePaymentExternalWrite")


@_attrs_define
class IncomingInvoicePaymentExternalWrite(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.payment_type_client_uu_id
        if _v is not UNSET:
            field_dict["paymentTypeClientUUId"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.payment_date
        if _v is not UNSET:
            field_dict["paymentDate"] = _v
        _v = self.creditor_iban_or_bban
        if _v is not UNSET:
            field_dict["creditorIbanOrBban"] = _v
        _v = self.kid_or_receiver_reference
        if _v is not UNSET:
            field_dict["kidOrReceiverReference"] = _v
        _v = self.use_default_payment_type
        if _v is not UNSET:
            field_dict["useDefaultPaymentType"] = _v
        _v = self.partial_payment
        if _v is not UNSET:
            field_dict["partialPayment"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentExternalWrite from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePaymentExternalWrite.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("paymentTypeClientUUId")
                if v is None:
                    o.payment_type_client_uu_id = u
                    if "paymentTypeClientUUId" not in d:
                        m += 1
                else:
                    o.payment_type_client_uu_id = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("paymentDate")
                if v is None:
                    o.payment_date = u
                    if "paymentDate" not in d:
                        m += 1
                else:
                    o.payment_date = v
                v = g("creditorIbanOrBban")
                if v is None:
                    o.creditor_iban_or_bban = u
                    if "creditorIbanOrBban" not in d:
                        m += 1
                else:
                    o.creditor_iban_or_bban = v
                v = g("kidOrReceiverReference")
                if v is None:
                    o.kid_or_receiver_reference = u
                    if "kidOrReceiverReference" not in d:
                        m += 1
                else:
                    o.kid_or_receiver_reference = v
                v = g("useDefaultPaymentType")
                if v is None:
                    o.use_default_payment_type = u
                    if "useDefaultPaymentType" not in d:
                        m += 1
                else:
                    o.use_default_payment_type = v
                v = g("partialPayment")
                if v is None:
                    o.partial_payment = u
                    if "partialPayment" not in d:
                        m += 1
                else:
                    o.partial_payment = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("payment_type_client_uu_id", "paymentTypeClientUUId"),
            ("amount_currency", "amountCurrency"),
            ("payment_date", "paymentDate"),
            ("creditor_iban_or_bban", "creditorIbanOrBban"),
            ("kid_or_receiver_reference", "kidOrReceiverReference"),
            ("use_default_payment_type", "useDefaultPaymentType"),
            ("partial_payment", "partialPayment"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payment_type_client_uu_id
            o.payment_type_client_uu_id = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.payment_date
            o.payment_date = u if v is None else v
            v = s.creditor_iban_or_bban
            o.creditor_iban_or_bban = u if v is None else v
            v = s.kid_or_receiver_reference
            o.kid_or_receiver_reference = u if v is None else v
            v = s.use_default_payment_type
            o.use_default_payment_type = u if v is None else v
            v = s.partial_payment
            o.partial_payment = u if v is None else v
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
