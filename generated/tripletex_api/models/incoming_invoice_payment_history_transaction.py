from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_payment_history_transaction_payment_type import (
    IncomingInvoicePaymentHistoryTransactionPaymentType,
)
from ..models.incoming_invoice_payment_history_transaction_type import IncomingInvoicePaymentHistoryTransactionType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.status import Status


T = TypeVar("T", bound="IncomingInvoicePaymentHistoryTransaction")


@_attrs_define
class IncomingInvoicePaymentHistoryTransaction:
    """
    Attributes:
        type_ (IncomingInvoicePaymentHistoryTransactionType | Unset): [read-only]
        payment_type (IncomingInvoicePaymentHistoryTransactionPaymentType | Unset): [read-only]
        description (str | Unset): [read-only]
        status (Status | Unset):
        base_voucher_id (int | Unset): [read-only]
        posting_id (int | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number_as_string (str | Unset): [read-only]
        voucher_details_url (str | Unset): [read-only]
        date (str | Unset): [read-only]
        text1 (str | Unset): [read-only]
        text2 (str | Unset): [read-only]
        text3 (str | Unset): [read-only]
        amount_negative (float | Unset): [read-only]
        amount_currency_negative (float | Unset): [read-only]
        currency_id (int | Unset): [read-only]
        currency_code (str | Unset): [read-only]
        is_deletable (bool | Unset): [read-only]
        is_reversed (bool | Unset): [read-only]
        delete_message (str | Unset): [read-only]
    """

    type_: IncomingInvoicePaymentHistoryTransactionType | Unset = UNSET
    payment_type: IncomingInvoicePaymentHistoryTransactionPaymentType | Unset = UNSET
    description: str | Unset = UNSET
    status: Status | Unset = UNSET
    base_voucher_id: int | Unset = UNSET
    posting_id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number_as_string: str | Unset = UNSET
    voucher_details_url: str | Unset = UNSET
    date: str | Unset = UNSET
    text1: str | Unset = UNSET
    text2: str | Unset = UNSET
    text3: str | Unset = UNSET
    amount_negative: float | Unset = UNSET
    amount_currency_negative: float | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    is_reversed: bool | Unset = UNSET
    delete_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.value

        description = self.description

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        base_voucher_id = self.base_voucher_id

        posting_id = self.posting_id

        voucher_id = self.voucher_id

        voucher_number_as_string = self.voucher_number_as_string

        voucher_details_url = self.voucher_details_url

        date = self.date

        text1 = self.text1

        text2 = self.text2

        text3 = self.text3

        amount_negative = self.amount_negative

        amount_currency_negative = self.amount_currency_negative

        currency_id = self.currency_id

        currency_code = self.currency_code

        is_deletable = self.is_deletable

        is_reversed = self.is_reversed

        delete_message = self.delete_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if payment_type is not UNSET and not _in_request:
            field_dict["paymentType"] = payment_type
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if base_voucher_id is not UNSET and not _in_request:
            field_dict["baseVoucherId"] = base_voucher_id
        if posting_id is not UNSET and not _in_request:
            field_dict["postingId"] = posting_id
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number_as_string is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = voucher_number_as_string
        if voucher_details_url is not UNSET and not _in_request:
            field_dict["voucherDetailsUrl"] = voucher_details_url
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if text1 is not UNSET and not _in_request:
            field_dict["text1"] = text1
        if text2 is not UNSET and not _in_request:
            field_dict["text2"] = text2
        if text3 is not UNSET and not _in_request:
            field_dict["text3"] = text3
        if amount_negative is not UNSET and not _in_request:
            field_dict["amountNegative"] = amount_negative
        if amount_currency_negative is not UNSET and not _in_request:
            field_dict["amountCurrencyNegative"] = amount_currency_negative
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code
        if is_deletable is not UNSET and not _in_request:
            field_dict["isDeletable"] = is_deletable
        if is_reversed is not UNSET and not _in_request:
            field_dict["isReversed"] = is_reversed
        if delete_message is not UNSET and not _in_request:
            field_dict["deleteMessage"] = delete_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.status import Status  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _type_ = d.pop("type", UNSET)
        type_: IncomingInvoicePaymentHistoryTransactionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = IncomingInvoicePaymentHistoryTransactionType(_type_)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: IncomingInvoicePaymentHistoryTransactionPaymentType | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = IncomingInvoicePaymentHistoryTransactionPaymentType(_payment_type)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_dict(_status)

        base_voucher_id = d.pop("baseVoucherId", UNSET)

        posting_id = d.pop("postingId", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        voucher_number_as_string = d.pop("voucherNumberAsString", UNSET)

        voucher_details_url = d.pop("voucherDetailsUrl", UNSET)

        date = d.pop("date", UNSET)

        text1 = d.pop("text1", UNSET)

        text2 = d.pop("text2", UNSET)

        text3 = d.pop("text3", UNSET)

        amount_negative = d.pop("amountNegative", UNSET)

        amount_currency_negative = d.pop("amountCurrencyNegative", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        is_deletable = d.pop("isDeletable", UNSET)

        is_reversed = d.pop("isReversed", UNSET)

        delete_message = d.pop("deleteMessage", UNSET)

        _obj = cls(
            type_=type_,
            payment_type=payment_type,
            description=description,
            status=status,
            base_voucher_id=base_voucher_id,
            posting_id=posting_id,
            voucher_id=voucher_id,
            voucher_number_as_string=voucher_number_as_string,
            voucher_details_url=voucher_details_url,
            date=date,
            text1=text1,
            text2=text2,
            text3=text3,
            amount_negative=amount_negative,
            amount_currency_negative=amount_currency_negative,
            currency_id=currency_id,
            currency_code=currency_code,
            is_deletable=is_deletable,
            is_reversed=is_reversed,
            delete_message=delete_message,
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
