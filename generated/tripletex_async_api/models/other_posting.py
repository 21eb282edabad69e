from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_posting_status import OtherPostingStatus
from ..models.other_posting_type import OtherPostingType
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

T = TypeVar("T", bound="OtherPosting")


@_attrs_define
class OtherPosting(Model):
    """
    Attributes:
        id (int | Unset):
        voucher_id (int | Unset):
        voucher_number (str | Unset):
        voucher_url (str | Unset):
        voucher_pdf_url (str | Unset):
        customer_id (int | Unset):
        customer_name (str | Unset):
        customer_number (int | Unset):
        customer_url (str | Unset):
        project_name (str | Unset):
        project_number (str | Unset):
        project_url (str | Unset):
        description (str | Unset):
        sender_name (str | Unset):
        sender_message (str | Unset):
        status (OtherPostingStatus | Unset):
        type_ (OtherPostingType | Unset):
        date (str | Unset):
        amount (float | Unset):
        amount_currency (float | Unset):
        close_group_id (int | Unset):
        reference (str | Unset):
        currency_id (int | Unset):
        currency_code (str | Unset):
    """

    id: int | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number: str | Unset = UNSET
    voucher_url: str | Unset = UNSET
    voucher_pdf_url: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_number: int | Unset = UNSET
    customer_url: str | Unset = UNSET
    project_name: str | Unset = UNSET
    project_number: str | Unset = UNSET
    project_url: str | Unset = UNSET
    description: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    sender_message: str | Unset = UNSET
    status: OtherPostingStatus | Unset = UNSET
    type_: OtherPostingType | Unset = UNSET
    date: str | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    close_group_id: int | Unset = UNSET
    reference: str | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_url
        if _v is not UNSET and not _in_request:
            field_dict["voucherUrl"] = _v
        _v = self.voucher_pdf_url
        if _v is not UNSET and not _in_request:
            field_dict["voucherPdfUrl"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.customer_name
        if _v is not UNSET and not _in_request:
            field_dict["customerName"] = _v
        _v = self.customer_number
        if _v is not UNSET and not _in_request:
            field_dict["customerNumber"] = _v
        _v = self.customer_url
        if _v is not UNSET and not _in_request:
            field_dict["customerUrl"] = _v
        _v = self.project_name
        if _v is not UNSET and not _in_request:
            field_dict["projectName"] = _v
        _v = self.project_number
        if _v is not UNSET and not _in_request:
            field_dict["projectNumber"] = _v
        _v = self.project_url
        if _v is not UNSET and not _in_request:
            field_dict["projectUrl"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.sender_name
        if _v is not UNSET and not _in_request:
            field_dict["senderName"] = _v
        _v = self.sender_message
        if _v is not UNSET and not _in_request:
            field_dict["senderMessage"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.date
        if _v is not UNSET and not _in_request:
            field_dict["date"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountCurrency"] = _v
        _v = self.close_group_id
        if _v is not UNSET and not _in_request:
            field_dict["closeGroupId"] = _v
        _v = self.reference
        if _v is not UNSET and not _in_request:
            field_dict["reference"] = _v
        _v = self.currency_id
        if _v is not UNSET and not _in_request:
            field_dict["currencyId"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OtherPosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OtherPosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(OtherPostingStatus)
        _e_type_: dict[Any, Any] = enum_members(OtherPostingType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "voucherId",
                "voucherNumber",
                "voucherUrl",
                "voucherPdfUrl",
                "customerId",
                "customerName",
                "customerNumber",
                "customerUrl",
                "projectName",
                "projectNumber",
                "projectUrl",
                "description",
                "senderName",
                "senderMessage",
                "status",
                "type",
                "date",
                "amount",
                "amountCurrency",
                "closeGroupId",
                "reference",
                "currencyId",
                "currencyCode",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "voucherUrl": "voucher_url",
            "voucherPdfUrl": "voucher_pdf_url",
            "customerId": "customer_id",
            "customerName": "customer_name",
            "customerNumber": "customer_number",
            "customerUrl": "customer_url",
            "projectName": "project_name",
            "projectNumber": "project_number",
            "projectUrl": "project_url",
            "description": "description",
            "senderName": "sender_name",
            "senderMessage": "sender_message",
            "date": "date",
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "closeGroupId": "close_group_id",
            "reference": "reference",
            "currencyId": "currency_id",
            "currencyCode": "currency_code",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.id = o.voucher_id = o.voucher_number = o.voucher_url = o.voucher_pdf_url = o.customer_id = (
                        o.customer_name
                    ) = o.customer_number = o.customer_url = o.project_name = o.project_number = o.project_url = (
                        o.description
                    ) = o.sender_name = o.sender_message = o.status = o.type_ = o.date = o.amount = (
                        o.amount_currency
                    ) = o.close_group_id = o.reference = o.currency_id = o.currency_code = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("voucherUrl")
                if v is None:
                    o.voucher_url = u
                    if "voucherUrl" not in d:
                        m += 1
                else:
                    o.voucher_url = v
                v = g("voucherPdfUrl")
                if v is None:
                    o.voucher_pdf_url = u
                    if "voucherPdfUrl" not in d:
                        m += 1
                else:
                    o.voucher_pdf_url = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("customerName")
                if v is None:
                    o.customer_name = u
                    if "customerName" not in d:
                        m += 1
                else:
                    o.customer_name = v
                v = g("customerNumber")
                if v is None:
                    o.customer_number = u
                    if "customerNumber" not in d:
                        m += 1
                else:
                    o.customer_number = v
                v = g("customerUrl")
                if v is None:
                    o.customer_url = u
                    if "customerUrl" not in d:
                        m += 1
                else:
                    o.customer_url = v
                v = g("projectName")
                if v is None:
                    o.project_name = u
                    if "projectName" not in d:
                        m += 1
                else:
                    o.project_name = v
                v = g("projectNumber")
                if v is None:
                    o.project_number = u
                    if "projectNumber" not in d:
                        m += 1
                else:
                    o.project_number = v
                v = g("projectUrl")
                if v is None:
                    o.project_url = u
                    if "projectUrl" not in d:
                        m += 1
                else:
                    o.project_url = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("senderName")
                if v is None:
                    o.sender_name = u
                    if "senderName" not in d:
                        m += 1
                else:
                    o.sender_name = v
                v = g("senderMessage")
                if v is None:
                    o.sender_message = u
                    if "senderMessage" not in d:
                        m += 1
                else:
                    o.sender_message = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(OtherPostingStatus, v)
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(OtherPostingType, v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                v = g("closeGroupId")
                if v is None:
                    o.close_group_id = u
                    if "closeGroupId" not in d:
                        m += 1
                else:
                    o.close_group_id = v
                v = g("reference")
                if v is None:
                    o.reference = u
                    if "reference" not in d:
                        m += 1
                else:
                    o.reference = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 24 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("voucher_url", "voucherUrl"),
            ("voucher_pdf_url", "voucherPdfUrl"),
            ("customer_id", "customerId"),
            ("customer_name", "customerName"),
            ("customer_number", "customerNumber"),
            ("customer_url", "customerUrl"),
            ("project_name", "projectName"),
            ("project_number", "projectNumber"),
            ("project_url", "projectUrl"),
            ("description", "description"),
            ("sender_name", "senderName"),
            ("sender_message", "senderMessage"),
            ("status", "status"),
            ("type_", "type"),
            ("date", "date"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("close_group_id", "closeGroupId"),
            ("reference", "reference"),
            ("currency_id", "currencyId"),
            ("currency_code", "currencyCode"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_url
            o.voucher_url = u if v is None else v
            v = s.voucher_pdf_url
            o.voucher_pdf_url = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.customer_name
            o.customer_name = u if v is None else v
            v = s.customer_number
            o.customer_number = u if v is None else v
            v = s.customer_url
            o.customer_url = u if v is None else v
            v = s.project_name
            o.project_name = u if v is None else v
            v = s.project_number
            o.project_number = u if v is None else v
            v = s.project_url
            o.project_url = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.sender_name
            o.sender_name = u if v is None else v
            v = s.sender_message
            o.sender_message = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(OtherPostingStatus, v)
            )
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(OtherPostingType, v)
            )
            v = s.date
            o.date = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.close_group_id
            o.close_group_id = u if v is None else v
            v = s.reference
            o.reference = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
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
