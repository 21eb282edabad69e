from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_posting_status import OtherPostingStatus
from ..models.other_posting_type import OtherPostingType
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

T = TypeVar("T", bound="OtherPosting")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", str, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OtherPosting(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number (str | Unset): [read-only]
        voucher_url (str | Unset): [read-only]
        voucher_pdf_url (str | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        customer_name (str | Unset): [read-only]
        customer_number (int | Unset): [read-only]
        customer_url (str | Unset): [read-only]
        project_name (str | Unset): [read-only]
        project_number (str | Unset): [read-only]
        project_url (str | Unset): [read-only]
        description (str | Unset): [read-only]
        sender_name (str | Unset): [read-only]
        sender_message (str | Unset): [read-only]
        status (OtherPostingStatus | Unset): [read-only]
        type_ (OtherPostingType | Unset): [read-only]
        date (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        amount_currency (float | Unset): [read-only]
        close_group_id (int | Unset): [read-only]
        reference (str | Unset): [read-only]
        currency_id (int | Unset): [read-only]
        currency_code (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        voucher_url = self.voucher_url

        voucher_pdf_url = self.voucher_pdf_url

        customer_id = self.customer_id

        customer_name = self.customer_name

        customer_number = self.customer_number

        customer_url = self.customer_url

        project_name = self.project_name

        project_number = self.project_number

        project_url = self.project_url

        description = self.description

        sender_name = self.sender_name

        sender_message = self.sender_message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        date = self.date

        amount = self.amount

        amount_currency = self.amount_currency

        close_group_id = self.close_group_id

        reference = self.reference

        currency_id = self.currency_id

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_url is not UNSET and not _in_request:
            field_dict["voucherUrl"] = voucher_url
        if voucher_pdf_url is not UNSET and not _in_request:
            field_dict["voucherPdfUrl"] = voucher_pdf_url
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET and not _in_request:
            field_dict["customerName"] = customer_name
        if customer_number is not UNSET and not _in_request:
            field_dict["customerNumber"] = customer_number
        if customer_url is not UNSET and not _in_request:
            field_dict["customerUrl"] = customer_url
        if project_name is not UNSET and not _in_request:
            field_dict["projectName"] = project_name
        if project_number is not UNSET and not _in_request:
            field_dict["projectNumber"] = project_number
        if project_url is not UNSET and not _in_request:
            field_dict["projectUrl"] = project_url
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if sender_name is not UNSET and not _in_request:
            field_dict["senderName"] = sender_name
        if sender_message is not UNSET and not _in_request:
            field_dict["senderMessage"] = sender_message
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if close_group_id is not UNSET and not _in_request:
            field_dict["closeGroupId"] = close_group_id
        if reference is not UNSET and not _in_request:
            field_dict["reference"] = reference
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OtherPosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> OtherPostingStatus | Unset:
            _status = _tx_v
            status: OtherPostingStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = OtherPostingStatus(_status)

            return status

        def _p_type_(_tx_v: Any) -> OtherPostingType | Unset:
            _type_ = _tx_v
            type_: OtherPostingType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = OtherPostingType(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_url": ("voucherUrl", None),
            "voucher_pdf_url": ("voucherPdfUrl", None),
            "customer_id": ("customerId", None),
            "customer_name": ("customerName", None),
            "customer_number": ("customerNumber", None),
            "customer_url": ("customerUrl", None),
            "project_name": ("projectName", None),
            "project_number": ("projectNumber", None),
            "project_url": ("projectUrl", None),
            "description": ("description", None),
            "sender_name": ("senderName", None),
            "sender_message": ("senderMessage", None),
            "status": ("status", _p_status),
            "type_": ("type", _p_type_),
            "date": ("date", None),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "close_group_id": ("closeGroupId", None),
            "reference": ("reference", None),
            "currency_id": ("currencyId", None),
            "currency_code": ("currencyCode", None),
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
