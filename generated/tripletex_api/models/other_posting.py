from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_posting_status import OtherPostingStatus
from ..models.other_posting_type import OtherPostingType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="OtherPosting")


@_attrs_define
class OtherPosting:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        voucher_id = d.pop("voucherId", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        voucher_url = d.pop("voucherUrl", UNSET)

        voucher_pdf_url = d.pop("voucherPdfUrl", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_name = d.pop("customerName", UNSET)

        customer_number = d.pop("customerNumber", UNSET)

        customer_url = d.pop("customerUrl", UNSET)

        project_name = d.pop("projectName", UNSET)

        project_number = d.pop("projectNumber", UNSET)

        project_url = d.pop("projectUrl", UNSET)

        description = d.pop("description", UNSET)

        sender_name = d.pop("senderName", UNSET)

        sender_message = d.pop("senderMessage", UNSET)

        _status = d.pop("status", UNSET)
        status: OtherPostingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OtherPostingStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: OtherPostingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OtherPostingType(_type_)

        date = d.pop("date", UNSET)

        amount = d.pop("amount", UNSET)

        amount_currency = d.pop("amountCurrency", UNSET)

        close_group_id = d.pop("closeGroupId", UNSET)

        reference = d.pop("reference", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        _obj = cls(
            id=id,
            voucher_id=voucher_id,
            voucher_number=voucher_number,
            voucher_url=voucher_url,
            voucher_pdf_url=voucher_pdf_url,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_number=customer_number,
            customer_url=customer_url,
            project_name=project_name,
            project_number=project_number,
            project_url=project_url,
            description=description,
            sender_name=sender_name,
            sender_message=sender_message,
            status=status,
            type_=type_,
            date=date,
            amount=amount,
            amount_currency=amount_currency,
            close_group_id=close_group_id,
            reference=reference,
            currency_id=currency_id,
            currency_code=currency_code,
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
