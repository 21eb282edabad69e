from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="LastPosted")


@_attrs_define
class LastPosted(Model):
    """
    Attributes:
        voucher_id (int | Unset):
        voucher_number (int | Unset):
        voucher_date (str | Unset):
        timestamp (str | Unset):
        supplier (str | Unset):
        amount (float | Unset):
        payment_status (str | Unset):
        posted_by_employee (str | Unset):
        actual_employee_id (int | Unset):
        automatically_posted (bool | Unset):
        comment_count (int | Unset):
        last_comment (str | Unset):
        company_id (int | Unset):
        has_attachment (bool | Unset):
        description (str | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.voucher_date
        if _v is not UNSET and not _in_request:
            field_dict["voucherDate"] = _v
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.supplier
        if _v is not UNSET and not _in_request:
            field_dict["supplier"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.payment_status
        if _v is not UNSET and not _in_request:
            field_dict["paymentStatus"] = _v
        _v = self.posted_by_employee
        if _v is not UNSET and not _in_request:
            field_dict["postedByEmployee"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = _v
        _v = self.automatically_posted
        if _v is not UNSET and not _in_request:
            field_dict["automaticallyPosted"] = _v
        _v = self.comment_count
        if _v is not UNSET and not _in_request:
            field_dict["commentCount"] = _v
        _v = self.last_comment
        if _v is not UNSET and not _in_request:
            field_dict["lastComment"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.has_attachment
        if _v is not UNSET and not _in_request:
            field_dict["hasAttachment"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LastPosted from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LastPosted.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "voucherDate": "voucher_date",
            "timestamp": "timestamp",
            "supplier": "supplier",
            "amount": "amount",
            "paymentStatus": "payment_status",
            "postedByEmployee": "posted_by_employee",
            "actualEmployeeId": "actual_employee_id",
            "automaticallyPosted": "automatically_posted",
            "commentCount": "comment_count",
            "lastComment": "last_comment",
            "companyId": "company_id",
            "hasAttachment": "has_attachment",
            "description": "description",
            "url": "url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.voucher_id = o.voucher_number = o.voucher_date = o.timestamp = o.supplier = o.amount = (
                        o.payment_status
                    ) = o.posted_by_employee = o.actual_employee_id = o.automatically_posted = o.comment_count = (
                        o.last_comment
                    ) = o.company_id = o.has_attachment = o.description = o.url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                v = g("voucherDate")
                if v is None:
                    o.voucher_date = u
                    if "voucherDate" not in d:
                        m += 1
                else:
                    o.voucher_date = v
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("paymentStatus")
                if v is None:
                    o.payment_status = u
                    if "paymentStatus" not in d:
                        m += 1
                else:
                    o.payment_status = v
                v = g("postedByEmployee")
                if v is None:
                    o.posted_by_employee = u
                    if "postedByEmployee" not in d:
                        m += 1
                else:
                    o.posted_by_employee = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                v = g("automaticallyPosted")
                if v is None:
                    o.automatically_posted = u
                    if "automaticallyPosted" not in d:
                        m += 1
                else:
                    o.automatically_posted = v
                v = g("commentCount")
                if v is None:
                    o.comment_count = u
                    if "commentCount" not in d:
                        m += 1
                else:
                    o.comment_count = v
                v = g("lastComment")
                if v is None:
                    o.last_comment = u
                    if "lastComment" not in d:
                        m += 1
                else:
                    o.last_comment = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("hasAttachment")
                if v is None:
                    o.has_attachment = u
                    if "hasAttachment" not in d:
                        m += 1
                else:
                    o.has_attachment = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 16 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("voucher_date", "voucherDate"),
            ("timestamp", "timestamp"),
            ("supplier", "supplier"),
            ("amount", "amount"),
            ("payment_status", "paymentStatus"),
            ("posted_by_employee", "postedByEmployee"),
            ("actual_employee_id", "actualEmployeeId"),
            ("automatically_posted", "automaticallyPosted"),
            ("comment_count", "commentCount"),
            ("last_comment", "lastComment"),
            ("company_id", "companyId"),
            ("has_attachment", "hasAttachment"),
            ("description", "description"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.voucher_date
            o.voucher_date = u if v is None else v
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.supplier
            o.supplier = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.payment_status
            o.payment_status = u if v is None else v
            v = s.posted_by_employee
            o.posted_by_employee = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.automatically_posted
            o.automatically_posted = u if v is None else v
            v = s.comment_count
            o.comment_count = u if v is None else v
            v = s.last_comment
            o.last_comment = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.has_attachment
            o.has_attachment = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.url
            o.url = u if v is None else v
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
