from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_widget_payment_type_payment_integration import PaymentWidgetPaymentTypePaymentIntegration
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

T = TypeVar("T", bound="PaymentWidgetPaymentType")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("paymentIntegration", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class PaymentWidgetPaymentType(LazyModel):
    """Default payment type for this Advanced Payment Widget

    Attributes:
        unique_id (str | Unset): Id corresponding to a Dropdown Type used in the Payment Widget's dropdown elements
        payment_type_id (int | Unset): Posting rule id or autoPay agreement id or ztl account id
        payment_type_value (str | Unset): Value of a Dropdown Type used in the Payment Widget's dropdown elements
        payment_integration (PaymentWidgetPaymentTypePaymentIntegration | Unset): The Payment Type (NETS, AUTOPAY,
            POSTING_RULE)
        currency_id (int | Unset): Payment type's currency id
        currency_code (str | Unset): Payment type's currency code
        is_default (bool | Unset): Is the default payment type
        account_number (str | Unset): Account number
        payment_type_description (str | Unset): Payment type description (agreement/posting rule/ztl account
            description)
        bank_account (str | Unset): Bank account number
    """

    unique_id: str | Unset = UNSET
    payment_type_id: int | Unset = UNSET
    payment_type_value: str | Unset = UNSET
    payment_integration: PaymentWidgetPaymentTypePaymentIntegration | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    account_number: str | Unset = UNSET
    payment_type_description: str | Unset = UNSET
    bank_account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        unique_id = self.unique_id

        payment_type_id = self.payment_type_id

        payment_type_value = self.payment_type_value

        payment_integration: str | Unset = UNSET
        if not isinstance(self.payment_integration, Unset):
            payment_integration = self.payment_integration.value

        currency_id = self.currency_id

        currency_code = self.currency_code

        is_default = self.is_default

        account_number = self.account_number

        payment_type_description = self.payment_type_description

        bank_account = self.bank_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if payment_type_id is not UNSET:
            field_dict["paymentTypeId"] = payment_type_id
        if payment_type_value is not UNSET:
            field_dict["paymentTypeValue"] = payment_type_value
        if payment_integration is not UNSET:
            field_dict["paymentIntegration"] = payment_integration
        if currency_id is not UNSET:
            field_dict["currencyId"] = currency_id
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if payment_type_description is not UNSET:
            field_dict["paymentTypeDescription"] = payment_type_description
        if bank_account is not UNSET:
            field_dict["bankAccount"] = bank_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentWidgetPaymentType from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_payment_integration(_tx_v: Any) -> PaymentWidgetPaymentTypePaymentIntegration | Unset:
            _payment_integration = _tx_v
            payment_integration: PaymentWidgetPaymentTypePaymentIntegration | Unset
            if isinstance(_payment_integration, Unset):
                payment_integration = UNSET
            else:
                payment_integration = PaymentWidgetPaymentTypePaymentIntegration(_payment_integration)

            return payment_integration

        _tx_known: frozenset[str] = frozenset(
            (
                "uniqueId",
                "paymentTypeId",
                "paymentTypeValue",
                "paymentIntegration",
                "currencyId",
                "currencyCode",
                "isDefault",
                "accountNumber",
                "paymentTypeDescription",
                "bankAccount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "unique_id": ("uniqueId", None),
            "payment_type_id": ("paymentTypeId", None),
            "payment_type_value": ("paymentTypeValue", None),
            "payment_integration": ("paymentIntegration", _p_payment_integration),
            "currency_id": ("currencyId", None),
            "currency_code": ("currencyCode", None),
            "is_default": ("isDefault", None),
            "account_number": ("accountNumber", None),
            "payment_type_description": ("paymentTypeDescription", None),
            "bank_account": ("bankAccount", None),
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
