from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_v2_payment_type_type_of_payment import SalaryV2PaymentTypeTypeOfPayment
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
    from ..models.currency import Currency


T = TypeVar("T", bound="SalaryV2PaymentType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("typeOfPayment", str, False),
    ("currency", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2PaymentType(LazyModel):
    """Payment type in use, or default payment type

    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        type_of_payment (SalaryV2PaymentTypeTypeOfPayment | Unset): [read-only]
        currency (Currency | Unset):
        account_id (int | Unset): [read-only]
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    type_of_payment: SalaryV2PaymentTypeTypeOfPayment | Unset = UNSET
    currency: Currency | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        type_of_payment: str | Unset = UNSET
        if not isinstance(self.type_of_payment, Unset):
            type_of_payment = self.type_of_payment.value

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if type_of_payment is not UNSET and not _in_request:
            field_dict["typeOfPayment"] = type_of_payment
        if currency is not UNSET:
            field_dict["currency"] = currency
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2PaymentType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_type_of_payment(_tx_v: Any) -> SalaryV2PaymentTypeTypeOfPayment | Unset:
            _type_of_payment = _tx_v
            type_of_payment: SalaryV2PaymentTypeTypeOfPayment | Unset
            if isinstance(_type_of_payment, Unset):
                type_of_payment = UNSET
            else:
                type_of_payment = SalaryV2PaymentTypeTypeOfPayment(_type_of_payment)

            return type_of_payment

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "typeOfPayment",
                "currency",
                "accountId",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "display_name": ("displayName", None),
            "type_of_payment": ("typeOfPayment", _p_type_of_payment),
            "currency": ("currency", _p_currency),
            "account_id": ("accountId", None),
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
