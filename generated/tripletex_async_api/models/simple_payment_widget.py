from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.payment_widget_payment_type import PaymentWidgetPaymentType


T = TypeVar("T", bound="SimplePaymentWidget")


@_attrs_define
class SimplePaymentWidget(Model):
    """
    Attributes:
        payment_types (list[PaymentWidgetPaymentType] | Unset): List of payment types used in this Payment Widget
        selected_payment_type (PaymentWidgetPaymentType | Unset): Default payment type for this Advanced Payment Widget
        date (str | Unset): Date of the payment to be registered in the Payment Widget
        amount (float | Unset): Amount of the payment to be registered in the Payment Widget
        bank_account (str | Unset): Bank account used to register payment in the Payment Widget
        kid (str | Unset): Kid used to register payment in the Payment Widget
        read_only_bank_account (bool | Unset): Field for making the bank account field readOnly in the Payment Widget
        read_only_kid (bool | Unset): Field for making the kid field readOnly in the Payment Widget
    """

    payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
    selected_payment_type: PaymentWidgetPaymentType | Unset = UNSET
    date: str | Unset = UNSET
    amount: float | Unset = UNSET
    bank_account: str | Unset = UNSET
    kid: str | Unset = UNSET
    read_only_bank_account: bool | Unset = UNSET
    read_only_kid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.payment_types
        if _v is not UNSET:
            field_dict["paymentTypes"] = [_e.to_dict() for _e in _v]
        _v = self.selected_payment_type
        if _v is not UNSET:
            field_dict["selectedPaymentType"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.bank_account
        if _v is not UNSET:
            field_dict["bankAccount"] = _v
        _v = self.kid
        if _v is not UNSET:
            field_dict["kid"] = _v
        _v = self.read_only_bank_account
        if _v is not UNSET:
            field_dict["readOnlyBankAccount"] = _v
        _v = self.read_only_kid
        if _v is not UNSET:
            field_dict["readOnlyKid"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SimplePaymentWidget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SimplePaymentWidget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.payment_widget_payment_type import PaymentWidgetPaymentType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "paymentTypes",
                "selectedPaymentType",
                "date",
                "amount",
                "bankAccount",
                "kid",
                "readOnlyBankAccount",
                "readOnlyKid",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "date": "date",
            "amount": "amount",
            "bankAccount": "bank_account",
            "kid": "kid",
            "readOnlyBankAccount": "read_only_bank_account",
            "readOnlyKid": "read_only_kid",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.payment_types = o.selected_payment_type = o.date = o.amount = o.bank_account = o.kid = (
                        o.read_only_bank_account
                    ) = o.read_only_kid = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "paymentTypes"
                v = g("paymentTypes")
                if v is None:
                    o.payment_types = u
                    if "paymentTypes" not in d:
                        m += 1
                else:
                    o.payment_types = (
                        ([PaymentWidgetPaymentType._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "selectedPaymentType"
                v = g("selectedPaymentType")
                if v is None:
                    o.selected_payment_type = u
                    if "selectedPaymentType" not in d:
                        m += 1
                else:
                    o.selected_payment_type = PaymentWidgetPaymentType._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("bankAccount")
                if v is None:
                    o.bank_account = u
                    if "bankAccount" not in d:
                        m += 1
                else:
                    o.bank_account = v
                v = g("kid")
                if v is None:
                    o.kid = u
                    if "kid" not in d:
                        m += 1
                else:
                    o.kid = v
                v = g("readOnlyBankAccount")
                if v is None:
                    o.read_only_bank_account = u
                    if "readOnlyBankAccount" not in d:
                        m += 1
                else:
                    o.read_only_bank_account = v
                v = g("readOnlyKid")
                if v is None:
                    o.read_only_kid = u
                    if "readOnlyKid" not in d:
                        m += 1
                else:
                    o.read_only_kid = v
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
            ("payment_types", "paymentTypes"),
            ("selected_payment_type", "selectedPaymentType"),
            ("date", "date"),
            ("amount", "amount"),
            ("bank_account", "bankAccount"),
            ("kid", "kid"),
            ("read_only_bank_account", "readOnlyBankAccount"),
            ("read_only_kid", "readOnlyKid"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.payment_types
            o.payment_types = (
                u
                if v is None or v is u
                else ([PaymentWidgetPaymentType._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.selected_payment_type
            o.selected_payment_type = u if v is None or v is u else PaymentWidgetPaymentType._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.bank_account
            o.bank_account = u if v is None else v
            v = s.kid
            o.kid = u if v is None else v
            v = s.read_only_bank_account
            o.read_only_bank_account = u if v is None else v
            v = s.read_only_kid
            o.read_only_kid = u if v is None else v
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
