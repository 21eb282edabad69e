from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction


T = TypeVar("T", bound="IncomingInvoicePaymentHistory")


@_attrs_define
class IncomingInvoicePaymentHistory:
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
        from ..models.incoming_invoice_payment_history_transaction import IncomingInvoicePaymentHistoryTransaction  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        base_voucher_id = d.pop("baseVoucherId", UNSET)

        base_voucher_revision = d.pop("baseVoucherRevision", UNSET)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[IncomingInvoicePaymentHistoryTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                if transactions_item_data is None:
                    continue
                transactions_item = IncomingInvoicePaymentHistoryTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        remaining_amount_to_pay = d.pop("remainingAmountToPay", UNSET)

        remaining_amount_to_pay_currency = d.pop("remainingAmountToPayCurrency", UNSET)

        _obj = cls(
            base_voucher_id=base_voucher_id,
            base_voucher_revision=base_voucher_revision,
            transactions=transactions,
            remaining_amount_to_pay=remaining_amount_to_pay,
            remaining_amount_to_pay_currency=remaining_amount_to_pay_currency,
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
