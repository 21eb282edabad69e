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

T = TypeVar("T", bound="LastPosted")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class LastPosted(LazyModel):
    """
    Attributes:
        voucher_id (int | Unset): [read-only]
        voucher_number (int | Unset): [read-only]
        voucher_date (str | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        supplier (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        payment_status (str | Unset): [read-only]
        posted_by_employee (str | Unset): [read-only]
        actual_employee_id (int | Unset): [read-only]
        automatically_posted (bool | Unset): [read-only]
        comment_count (int | Unset): [read-only]
        last_comment (str | Unset): [read-only]
        company_id (int | Unset): [read-only]
        has_attachment (bool | Unset): [read-only]
        description (str | Unset): [read-only]
        url (str | Unset): [read-only]
    """

    voucher_id: int | Unset = UNSET
    voucher_number: int | Unset = UNSET
    voucher_date: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    supplier: str | Unset = UNSET
    amount: float | Unset = UNSET
    payment_status: str | Unset = UNSET
    posted_by_employee: str | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    automatically_posted: bool | Unset = UNSET
    comment_count: int | Unset = UNSET
    last_comment: str | Unset = UNSET
    company_id: int | Unset = UNSET
    has_attachment: bool | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        voucher_date = self.voucher_date

        timestamp = self.timestamp

        supplier = self.supplier

        amount = self.amount

        payment_status = self.payment_status

        posted_by_employee = self.posted_by_employee

        actual_employee_id = self.actual_employee_id

        automatically_posted = self.automatically_posted

        comment_count = self.comment_count

        last_comment = self.last_comment

        company_id = self.company_id

        has_attachment = self.has_attachment

        description = self.description

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if voucher_date is not UNSET and not _in_request:
            field_dict["voucherDate"] = voucher_date
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if supplier is not UNSET and not _in_request:
            field_dict["supplier"] = supplier
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if payment_status is not UNSET and not _in_request:
            field_dict["paymentStatus"] = payment_status
        if posted_by_employee is not UNSET and not _in_request:
            field_dict["postedByEmployee"] = posted_by_employee
        if actual_employee_id is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = actual_employee_id
        if automatically_posted is not UNSET and not _in_request:
            field_dict["automaticallyPosted"] = automatically_posted
        if comment_count is not UNSET and not _in_request:
            field_dict["commentCount"] = comment_count
        if last_comment is not UNSET and not _in_request:
            field_dict["lastComment"] = last_comment
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if has_attachment is not UNSET and not _in_request:
            field_dict["hasAttachment"] = has_attachment
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if url is not UNSET and not _in_request:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LastPosted from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "voucherId",
                "voucherNumber",
                "voucherDate",
                "timestamp",
                "supplier",
                "amount",
                "paymentStatus",
                "postedByEmployee",
                "actualEmployeeId",
                "automaticallyPosted",
                "commentCount",
                "lastComment",
                "companyId",
                "hasAttachment",
                "description",
                "url",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "voucher_date": ("voucherDate", None),
            "timestamp": ("timestamp", None),
            "supplier": ("supplier", None),
            "amount": ("amount", None),
            "payment_status": ("paymentStatus", None),
            "posted_by_employee": ("postedByEmployee", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "automatically_posted": ("automaticallyPosted", None),
            "comment_count": ("commentCount", None),
            "last_comment": ("lastComment", None),
            "company_id": ("companyId", None),
            "has_attachment": ("hasAttachment", None),
            "description": ("description", None),
            "url": ("url", None),
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
