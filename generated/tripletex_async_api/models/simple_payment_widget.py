from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.payment_widget_payment_type import PaymentWidgetPaymentType


T = TypeVar("T", bound="SimplePaymentWidget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("paymentTypes", list, False),
    ("selectedPaymentType", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SimplePaymentWidget(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        payment_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_types, Unset):
            payment_types = []
            for payment_types_item_data in self.payment_types:
                payment_types_item = payment_types_item_data.to_dict()
                payment_types.append(payment_types_item)

        selected_payment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_payment_type, Unset):
            selected_payment_type = self.selected_payment_type.to_dict()

        date = self.date

        amount = self.amount

        bank_account = self.bank_account

        kid = self.kid

        read_only_bank_account = self.read_only_bank_account

        read_only_kid = self.read_only_kid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_types is not UNSET:
            field_dict["paymentTypes"] = payment_types
        if selected_payment_type is not UNSET:
            field_dict["selectedPaymentType"] = selected_payment_type
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account
        if kid is not UNSET:
            field_dict["kid"] = kid
        if read_only_bank_account is not UNSET:
            field_dict["readOnlyBankAccount"] = read_only_bank_account
        if read_only_kid is not UNSET:
            field_dict["readOnlyKid"] = read_only_kid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SimplePaymentWidget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.payment_widget_payment_type import PaymentWidgetPaymentType  # noqa: PLC0415

        def _p_payment_types(_tx_v: Any) -> list[PaymentWidgetPaymentType] | Unset:
            _payment_types = _tx_v
            payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
            if _payment_types is not UNSET:
                payment_types = []
                for payment_types_item_data in _payment_types:
                    if payment_types_item_data is None:
                        continue
                    payment_types_item = PaymentWidgetPaymentType._tx_from_json(payment_types_item_data)

                    payment_types.append(payment_types_item)

            return payment_types

        def _p_selected_payment_type(_tx_v: Any) -> PaymentWidgetPaymentType | Unset:
            _selected_payment_type = _tx_v
            selected_payment_type: PaymentWidgetPaymentType | Unset
            if isinstance(_selected_payment_type, Unset):
                selected_payment_type = UNSET
            else:
                selected_payment_type = PaymentWidgetPaymentType._tx_from_json(_selected_payment_type)

            return selected_payment_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payment_types": ("paymentTypes", _p_payment_types),
            "selected_payment_type": ("selectedPaymentType", _p_selected_payment_type),
            "date": ("date", None),
            "amount": ("amount", None),
            "bank_account": ("bankAccount", None),
            "kid": ("kid", None),
            "read_only_bank_account": ("readOnlyBankAccount", None),
            "read_only_kid": ("readOnlyKid", None),
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
