from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_invoice_payment_history_transaction_payment_type import (
    IncomingInvoicePaymentHistoryTransactionPaymentType,
)
from ..models.incoming_invoice_payment_history_transaction_type import IncomingInvoicePaymentHistoryTransactionType
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
    from ..models.status import Status


T = TypeVar("T", bound="IncomingInvoicePaymentHistoryTransaction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("type", str, False),
    ("paymentType", str, False),
    ("status", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoicePaymentHistoryTransaction(LazyModel):
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
        self._tx_load()
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
        """A IncomingInvoicePaymentHistoryTransaction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.status import Status  # noqa: PLC0415

        def _p_type_(_tx_v: Any) -> IncomingInvoicePaymentHistoryTransactionType | Unset:
            _type_ = _tx_v
            type_: IncomingInvoicePaymentHistoryTransactionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = IncomingInvoicePaymentHistoryTransactionType(_type_)

            return type_

        def _p_payment_type(_tx_v: Any) -> IncomingInvoicePaymentHistoryTransactionPaymentType | Unset:
            _payment_type = _tx_v
            payment_type: IncomingInvoicePaymentHistoryTransactionPaymentType | Unset
            if isinstance(_payment_type, Unset):
                payment_type = UNSET
            else:
                payment_type = IncomingInvoicePaymentHistoryTransactionPaymentType(_payment_type)

            return payment_type

        def _p_status(_tx_v: Any) -> Status | Unset:
            _status = _tx_v
            status: Status | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = Status._tx_from_json(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "paymentType",
                "description",
                "status",
                "baseVoucherId",
                "postingId",
                "voucherId",
                "voucherNumberAsString",
                "voucherDetailsUrl",
                "date",
                "text1",
                "text2",
                "text3",
                "amountNegative",
                "amountCurrencyNegative",
                "currencyId",
                "currencyCode",
                "isDeletable",
                "isReversed",
                "deleteMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", _p_type_),
            "payment_type": ("paymentType", _p_payment_type),
            "description": ("description", None),
            "status": ("status", _p_status),
            "base_voucher_id": ("baseVoucherId", None),
            "posting_id": ("postingId", None),
            "voucher_id": ("voucherId", None),
            "voucher_number_as_string": ("voucherNumberAsString", None),
            "voucher_details_url": ("voucherDetailsUrl", None),
            "date": ("date", None),
            "text1": ("text1", None),
            "text2": ("text2", None),
            "text3": ("text3", None),
            "amount_negative": ("amountNegative", None),
            "amount_currency_negative": ("amountCurrencyNegative", None),
            "currency_id": ("currencyId", None),
            "currency_code": ("currencyCode", None),
            "is_deletable": ("isDeletable", None),
            "is_reversed": ("isReversed", None),
            "delete_message": ("deleteMessage", None),
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
