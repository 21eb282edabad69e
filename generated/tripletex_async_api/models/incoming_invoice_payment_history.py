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
    from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction


T = TypeVar("T", bound="IncomingInvoicePaymentHistory")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("transactions", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoicePaymentHistory(LazyModel):
    """
    Attributes:
        base_voucher_id (int | Unset): [read-only]
        base_voucher_revision (int | Unset): [read-only]
        transactions (list[IncomingInvoicePaymentHistoryTransaction] | Unset): [read-only]
        remaining_amount_to_pay (float | Unset): [read-only]
        remaining_amount_to_pay_currency (float | Unset): [read-only]
    """

    base_voucher_id: int | Unset = UNSET
    base_voucher_revision: int | Unset = UNSET
    transactions: list[IncomingInvoicePaymentHistoryTransaction] | Unset = UNSET
    remaining_amount_to_pay: float | Unset = UNSET
    remaining_amount_to_pay_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        base_voucher_id = self.base_voucher_id

        base_voucher_revision = self.base_voucher_revision

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        remaining_amount_to_pay = self.remaining_amount_to_pay

        remaining_amount_to_pay_currency = self.remaining_amount_to_pay_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_voucher_id is not UNSET and not _in_request:
            field_dict["baseVoucherId"] = base_voucher_id
        if base_voucher_revision is not UNSET and not _in_request:
            field_dict["baseVoucherRevision"] = base_voucher_revision
        if transactions is not UNSET and not _in_request:
            field_dict["transactions"] = transactions
        if remaining_amount_to_pay is not UNSET and not _in_request:
            field_dict["remainingAmountToPay"] = remaining_amount_to_pay
        if remaining_amount_to_pay_currency is not UNSET and not _in_request:
            field_dict["remainingAmountToPayCurrency"] = remaining_amount_to_pay_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentHistory from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction  # noqa: PLC0415

        def _p_transactions(_tx_v: Any) -> list[IncomingInvoicePaymentHistoryTransaction] | Unset:
            _transactions = _tx_v
            transactions: list[IncomingInvoicePaymentHistoryTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = IncomingInvoicePaymentHistoryTransaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        _tx_known: frozenset[str] = frozenset(
            (
                "baseVoucherId",
                "baseVoucherRevision",
                "transactions",
                "remainingAmountToPay",
                "remainingAmountToPayCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "base_voucher_id": ("baseVoucherId", None),
            "base_voucher_revision": ("baseVoucherRevision", None),
            "transactions": ("transactions", _p_transactions),
            "remaining_amount_to_pay": ("remainingAmountToPay", None),
            "remaining_amount_to_pay_currency": ("remainingAmountToPayCurrency", None),
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
