from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="PostingRuleBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class PostingRuleBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        sync_id (int | Unset):
        description (str | Unset):
        debit_account_id (int | Unset):
        customer_id (int | Unset):
        vendor_id (int | Unset):
        payment_in (bool | Unset):
        payment_out (bool | Unset):
        disabled (bool | Unset):
        inactive (bool | Unset):
        show_incoming_invoice (bool | Unset):
        show_wage_payment (bool | Unset):
        show_vat_returns (bool | Unset):
        show_wage_period_transaction (bool | Unset):
        show_order_invoice (bool | Unset):
    """

    company_id: int | Unset = UNSET
    sync_id: int | Unset = UNSET
    description: str | Unset = UNSET
    debit_account_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    vendor_id: int | Unset = UNSET
    payment_in: bool | Unset = UNSET
    payment_out: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    inactive: bool | Unset = UNSET
    show_incoming_invoice: bool | Unset = UNSET
    show_wage_payment: bool | Unset = UNSET
    show_vat_returns: bool | Unset = UNSET
    show_wage_period_transaction: bool | Unset = UNSET
    show_order_invoice: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        sync_id = self.sync_id

        description = self.description

        debit_account_id = self.debit_account_id

        customer_id = self.customer_id

        vendor_id = self.vendor_id

        payment_in = self.payment_in

        payment_out = self.payment_out

        disabled = self.disabled

        inactive = self.inactive

        show_incoming_invoice = self.show_incoming_invoice

        show_wage_payment = self.show_wage_payment

        show_vat_returns = self.show_vat_returns

        show_wage_period_transaction = self.show_wage_period_transaction

        show_order_invoice = self.show_order_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if sync_id is not UNSET:
            field_dict["syncId"] = sync_id
        if description is not UNSET:
            field_dict["description"] = description
        if debit_account_id is not UNSET:
            field_dict["debitAccountId"] = debit_account_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if vendor_id is not UNSET:
            field_dict["vendorId"] = vendor_id
        if payment_in is not UNSET:
            field_dict["paymentIn"] = payment_in
        if payment_out is not UNSET:
            field_dict["paymentOut"] = payment_out
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if show_incoming_invoice is not UNSET:
            field_dict["showIncomingInvoice"] = show_incoming_invoice
        if show_wage_payment is not UNSET:
            field_dict["showWagePayment"] = show_wage_payment
        if show_vat_returns is not UNSET:
            field_dict["showVatReturns"] = show_vat_returns
        if show_wage_period_transaction is not UNSET:
            field_dict["showWagePeriodTransaction"] = show_wage_period_transaction
        if show_order_invoice is not UNSET:
            field_dict["showOrderInvoice"] = show_order_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PostingRuleBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "syncId",
                "description",
                "debitAccountId",
                "customerId",
                "vendorId",
                "paymentIn",
                "paymentOut",
                "disabled",
                "inactive",
                "showIncomingInvoice",
                "showWagePayment",
                "showVatReturns",
                "showWagePeriodTransaction",
                "showOrderInvoice",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "sync_id": ("syncId", None),
            "description": ("description", None),
            "debit_account_id": ("debitAccountId", None),
            "customer_id": ("customerId", None),
            "vendor_id": ("vendorId", None),
            "payment_in": ("paymentIn", None),
            "payment_out": ("paymentOut", None),
            "disabled": ("disabled", None),
            "inactive": ("inactive", None),
            "show_incoming_invoice": ("showIncomingInvoice", None),
            "show_wage_payment": ("showWagePayment", None),
            "show_vat_returns": ("showVatReturns", None),
            "show_wage_period_transaction": ("showWagePeriodTransaction", None),
            "show_order_invoice": ("showOrderInvoice", None),
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
