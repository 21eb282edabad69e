from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="PaymentCardInfoDetails")


@_attrs_define
class PaymentCardInfoDetails:
    """Amount of payments for approval

    Attributes:
        amount (float | Unset): [read-only]
        currency (Currency | Unset):
        number_of_payments (int | Unset): [read-only]
    """

    amount: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    number_of_payments: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        amount = self.amount

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        number_of_payments = self.number_of_payments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if number_of_payments is not UNSET and not _in_request:
            field_dict["numberOfPayments"] = number_of_payments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        number_of_payments = d.pop("numberOfPayments", UNSET)

        _obj = cls(
            amount=amount,
            currency=currency,
            number_of_payments=number_of_payments,
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
