from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_widget_payment_type_payment_integration import PaymentWidgetPaymentTypePaymentIntegration
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PaymentWidgetPaymentType")


@_attrs_define
class PaymentWidgetPaymentType:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        unique_id = d.pop("uniqueId", UNSET)

        payment_type_id = d.pop("paymentTypeId", UNSET)

        payment_type_value = d.pop("paymentTypeValue", UNSET)

        _payment_integration = d.pop("paymentIntegration", UNSET)
        payment_integration: PaymentWidgetPaymentTypePaymentIntegration | Unset
        if isinstance(_payment_integration, Unset):
            payment_integration = UNSET
        else:
            payment_integration = PaymentWidgetPaymentTypePaymentIntegration(_payment_integration)

        currency_id = d.pop("currencyId", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        is_default = d.pop("isDefault", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        payment_type_description = d.pop("paymentTypeDescription", UNSET)

        bank_account = d.pop("bankAccount", UNSET)

        _obj = cls(
            unique_id=unique_id,
            payment_type_id=payment_type_id,
            payment_type_value=payment_type_value,
            payment_integration=payment_integration,
            currency_id=currency_id,
            currency_code=currency_code,
            is_default=is_default,
            account_number=account_number,
            payment_type_description=payment_type_description,
            bank_account=bank_account,
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
