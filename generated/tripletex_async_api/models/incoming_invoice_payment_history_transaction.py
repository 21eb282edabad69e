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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.status import Status


T = TypeVar("T", bound="IncomingInvoicePaymentHistoryTransaction")


@_attrs_define
class IncomingInvoicePaymentHistoryTransaction(Model):
    """
    Attributes:
        type_ (IncomingInvoicePaymentHistoryTransactionType | Unset):
        payment_type (IncomingInvoicePaymentHistoryTransactionPaymentType | Unset):
        description (str | Unset):
        status (Status | Unset):
        base_voucher_id (int | Unset):
        posting_id (int | Unset):
        voucher_id (int | Unset):
        voucher_number_as_string (str | Unset):
        voucher_details_url (str | Unset):
        date (str | Unset):
        text1 (str | Unset):
        text2 (str | Unset):
        text3 (str | Unset):
        amount_negative (float | Unset):
        amount_currency_negative (float | Unset):
        currency_id (int | Unset):
        currency_code (str | Unset):
        is_deletable (bool | Unset):
        is_reversed (bool | Unset):
        delete_message (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.payment_type
        if _v is not UNSET and not _in_request:
            field_dict["paymentType"] = _v._value_
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v.to_dict()
        _v = self.base_voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["baseVoucherId"] = _v
        _v = self.posting_id
        if _v is not UNSET and not _in_request:
            field_dict["postingId"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumberAsString"] = _v
        _v = self.voucher_details_url
        if _v is not UNSET and not _in_request:
            field_dict["voucherDetailsUrl"] = _v
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.text1
        if _v is not UNSET and not _in_request:
            field_dict["text1"] = _v
        _v = self.text2
        if _v is not UNSET and not _in_request:
            field_dict["text2"] = _v
        _v = self.text3
        if _v is not UNSET and not _in_request:
            field_dict["text3"] = _v
        _v = self.amount_negative
        if _v is not UNSET and not _in_request:
            field_dict["amountNegative"] = _v
        _v = self.amount_currency_negative
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrencyNegative"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        _v = self.is_deletable
        if _v is not UNSET and not _in_request:
            field_dict["isDeletable"] = _v
        _v = self.is_reversed
        if _v is not UNSET and not _in_request:
            field_dict["isReversed"] = _v
        _v = self.delete_message
        if _v is not UNSET and not _in_request:
            field_dict["deleteMessage"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoicePaymentHistoryTransaction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoicePaymentHistoryTransaction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.status import Status  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(IncomingInvoicePaymentHistoryTransactionType)
        _e_payment_type: dict[Any, Any] = enum_members(IncomingInvoicePaymentHistoryTransactionPaymentType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "description": "description",
            "baseVoucherId": "base_voucher_id",
            "postingId": "posting_id",
            "voucherId": "voucher_id",
            "voucherNumberAsString": "voucher_number_as_string",
            "voucherDetailsUrl": "voucher_details_url",
            "date": "date",
            "text1": "text1",
            "text2": "text2",
            "text3": "text3",
            "amountNegative": "amount_negative",
            "amountCurrencyNegative": "amount_currency_negative",
            "currencyId": "currency_id",
            "currencyCode": "currency_code",
            "isDeletable": "is_deletable",
            "isReversed": "is_reversed",
            "deleteMessage": "delete_message",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.type_ = o.payment_type = o.description = o.status = o.base_voucher_id = o.posting_id = (
                        o.voucher_id
                    ) = o.voucher_number_as_string = o.voucher_details_url = o.date = o.text1 = o.text2 = o.text3 = (
                        o.amount_negative
                    ) = o.amount_currency_negative = o.currency_id = o.currency_code = o.is_deletable = (
                        o.is_reversed
                    ) = o.delete_message = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = (
                        e_
                        if (e_ := _e_type_.get(v)) is not None
                        else enum_value(IncomingInvoicePaymentHistoryTransactionType, v)
                    )
                k = "paymentType"
                v = g("paymentType")
                if v is None:
                    o.payment_type = u
                    if "paymentType" not in d:
                        m += 1
                else:
                    o.payment_type = (
                        e_
                        if (e_ := _e_payment_type.get(v)) is not None
                        else enum_value(IncomingInvoicePaymentHistoryTransactionPaymentType, v)
                    )
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = Status._tx_parse(v)
                v = g("baseVoucherId")
                if v is None:
                    o.base_voucher_id = u
                    if "baseVoucherId" not in d:
                        m += 1
                else:
                    o.base_voucher_id = v
                v = g("postingId")
                if v is None:
                    o.posting_id = u
                    if "postingId" not in d:
                        m += 1
                else:
                    o.posting_id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumberAsString")
                if v is None:
                    o.voucher_number_as_string = u
                    if "voucherNumberAsString" not in d:
                        m += 1
                else:
                    o.voucher_number_as_string = v
                v = g("voucherDetailsUrl")
                if v is None:
                    o.voucher_details_url = u
                    if "voucherDetailsUrl" not in d:
                        m += 1
                else:
                    o.voucher_details_url = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("text1")
                if v is None:
                    o.text1 = u
                    if "text1" not in d:
                        m += 1
                else:
                    o.text1 = v
                v = g("text2")
                if v is None:
                    o.text2 = u
                    if "text2" not in d:
                        m += 1
                else:
                    o.text2 = v
                v = g("text3")
                if v is None:
                    o.text3 = u
                    if "text3" not in d:
                        m += 1
                else:
                    o.text3 = v
                v = g("amountNegative")
                if v is None:
                    o.amount_negative = u
                    if "amountNegative" not in d:
                        m += 1
                else:
                    o.amount_negative = v
                v = g("amountCurrencyNegative")
                if v is None:
                    o.amount_currency_negative = u
                    if "amountCurrencyNegative" not in d:
                        m += 1
                else:
                    o.amount_currency_negative = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("isDeletable")
                if v is None:
                    o.is_deletable = u
                    if "isDeletable" not in d:
                        m += 1
                else:
                    o.is_deletable = v
                v = g("isReversed")
                if v is None:
                    o.is_reversed = u
                    if "isReversed" not in d:
                        m += 1
                else:
                    o.is_reversed = v
                v = g("deleteMessage")
                if v is None:
                    o.delete_message = u
                    if "deleteMessage" not in d:
                        m += 1
                else:
                    o.delete_message = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("type_", "type"),
            ("payment_type", "paymentType"),
            ("description", "description"),
            ("status", "status"),
            ("base_voucher_id", "baseVoucherId"),
            ("posting_id", "postingId"),
            ("voucher_id", "voucherId"),
            ("voucher_number_as_string", "voucherNumberAsString"),
            ("voucher_details_url", "voucherDetailsUrl"),
            ("date", "date"),
            ("text1", "text1"),
            ("text2", "text2"),
            ("text3", "text3"),
            ("amount_negative", "amountNegative"),
            ("amount_currency_negative", "amountCurrencyNegative"),
            ("currency_id", "currencyId"),
            ("currency_code", "currencyCode"),
            ("is_deletable", "isDeletable"),
            ("is_reversed", "isReversed"),
            ("delete_message", "deleteMessage"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(IncomingInvoicePaymentHistoryTransactionType, v)
            )
            v = s.payment_type
            o.payment_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_type.get(v)) is not None
                else enum_value(IncomingInvoicePaymentHistoryTransactionPaymentType, v)
            )
            v = s.description
            o.description = u if v is None else v
            v = s.status
            o.status = u if v is None or v is u else Status._tx_parse(v)
            v = s.base_voucher_id
            o.base_voucher_id = u if v is None else v
            v = s.posting_id
            o.posting_id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number_as_string
            o.voucher_number_as_string = u if v is None else v
            v = s.voucher_details_url
            o.voucher_details_url = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.text1
            o.text1 = u if v is None else v
            v = s.text2
            o.text2 = u if v is None else v
            v = s.text3
            o.text3 = u if v is None else v
            v = s.amount_negative
            o.amount_negative = u if v is None else v
            v = s.amount_currency_negative
            o.amount_currency_negative = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.is_deletable
            o.is_deletable = u if v is None else v
            v = s.is_reversed
            o.is_reversed = u if v is None else v
            v = s.delete_message
            o.delete_message = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
