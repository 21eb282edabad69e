from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.payment_widget_payment_type import PaymentWidgetPaymentType


T = TypeVar("T", bound="SimplePaymentWidget")


@_attrs_define
class SimplePaymentWidget:
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
        from ..models.payment_widget_payment_type import PaymentWidgetPaymentType  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _payment_types = d.pop("paymentTypes", UNSET)
        payment_types: list[PaymentWidgetPaymentType] | Unset = UNSET
        if _payment_types is not UNSET:
            payment_types = []
            for payment_types_item_data in _payment_types:
                if payment_types_item_data is None:
                    continue
                payment_types_item = PaymentWidgetPaymentType.from_dict(payment_types_item_data)

                payment_types.append(payment_types_item)

        _selected_payment_type = d.pop("selectedPaymentType", UNSET)
        selected_payment_type: PaymentWidgetPaymentType | Unset
        if isinstance(_selected_payment_type, Unset):
            selected_payment_type = UNSET
        else:
            selected_payment_type = PaymentWidgetPaymentType.from_dict(_selected_payment_type)

        date = d.pop("date", UNSET)

        amount = d.pop("amount", UNSET)

        bank_account = d.pop("bankAccount", UNSET)

        kid = d.pop("kid", UNSET)

        read_only_bank_account = d.pop("readOnlyBankAccount", UNSET)

        read_only_kid = d.pop("readOnlyKid", UNSET)

        _obj = cls(
            payment_types=payment_types,
            selected_payment_type=selected_payment_type,
            date=date,
            amount=amount,
            bank_account=bank_account,
            kid=kid,
            read_only_bank_account=read_only_bank_account,
            read_only_kid=read_only_kid,
        )

        _obj.additional_properties = d
        return _obj

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
