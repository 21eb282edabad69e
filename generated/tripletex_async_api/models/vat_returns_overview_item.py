from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_overview_item_report_type import VatReturnsOverviewItemReportType
from ..models.vat_returns_overview_item_status import VatReturnsOverviewItemStatus
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

T = TypeVar("T", bound="VatReturnsOverviewItem")


@_attrs_define
class VatReturnsOverviewItem(Model):
    """
    Attributes:
        id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        due_date (str | Unset):
        status (VatReturnsOverviewItemStatus | Unset):
        voucher_id (int | Unset):
        voucher_number (str | Unset):
        amount (float | Unset):
        is_paid (bool | Unset):
        term (int | Unset):
        term_display_name (str | Unset):
        year (int | Unset):
        report_type (VatReturnsOverviewItemReportType | Unset):
        report_type_name (str | Unset):
    """

    id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    status: VatReturnsOverviewItemStatus | Unset = UNSET
    voucher_id: int | Unset = UNSET
    voucher_number: str | Unset = UNSET
    amount: float | Unset = UNSET
    is_paid: bool | Unset = UNSET
    term: int | Unset = UNSET
    term_display_name: str | Unset = UNSET
    year: int | Unset = UNSET
    report_type: VatReturnsOverviewItemReportType | Unset = UNSET
    report_type_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.due_date
        if _v is not UNSET and not _in_request:
            field_dict["dueDate"] = _v
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.is_paid
        if _v is not UNSET and not _in_request:
            field_dict["isPaid"] = _v
        _v = self.term
        if _v is not UNSET and not _in_request:
            field_dict["term"] = _v
        _v = self.term_display_name
        if _v is not UNSET and not _in_request:
            field_dict["termDisplayName"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.report_type
        if _v is not UNSET and not _in_request:
            field_dict["reportType"] = _v._value_
        _v = self.report_type_name
        if _v is not UNSET and not _in_request:
            field_dict["reportTypeName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsOverviewItem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatReturnsOverviewItem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(VatReturnsOverviewItemStatus)
        _e_report_type: dict[Any, Any] = enum_members(VatReturnsOverviewItemReportType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "startDate",
                "endDate",
                "dueDate",
                "status",
                "voucherId",
                "voucherNumber",
                "amount",
                "isPaid",
                "term",
                "termDisplayName",
                "year",
                "reportType",
                "reportTypeName",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "startDate": "start_date",
            "endDate": "end_date",
            "dueDate": "due_date",
            "voucherId": "voucher_id",
            "voucherNumber": "voucher_number",
            "amount": "amount",
            "isPaid": "is_paid",
            "term": "term",
            "termDisplayName": "term_display_name",
            "year": "year",
            "reportTypeName": "report_type_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.start_date = o.end_date = o.due_date = o.status = o.voucher_id = o.voucher_number = (
                        o.amount
                    ) = o.is_paid = o.term = o.term_display_name = o.year = o.report_type = o.report_type_name = UNSET
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
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("dueDate")
                if v is None:
                    o.due_date = u
                    if "dueDate" not in d:
                        m += 1
                else:
                    o.due_date = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_ if (e_ := _e_status.get(v)) is not None else enum_value(VatReturnsOverviewItemStatus, v)
                    )
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
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("isPaid")
                if v is None:
                    o.is_paid = u
                    if "isPaid" not in d:
                        m += 1
                else:
                    o.is_paid = v
                v = g("term")
                if v is None:
                    o.term = u
                    if "term" not in d:
                        m += 1
                else:
                    o.term = v
                v = g("termDisplayName")
                if v is None:
                    o.term_display_name = u
                    if "termDisplayName" not in d:
                        m += 1
                else:
                    o.term_display_name = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                k = "reportType"
                v = g("reportType")
                if v is None:
                    o.report_type = u
                    if "reportType" not in d:
                        m += 1
                else:
                    o.report_type = (
                        e_
                        if (e_ := _e_report_type.get(v)) is not None
                        else enum_value(VatReturnsOverviewItemReportType, v)
                    )
                v = g("reportTypeName")
                if v is None:
                    o.report_type_name = u
                    if "reportTypeName" not in d:
                        m += 1
                else:
                    o.report_type_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("due_date", "dueDate"),
            ("status", "status"),
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("amount", "amount"),
            ("is_paid", "isPaid"),
            ("term", "term"),
            ("term_display_name", "termDisplayName"),
            ("year", "year"),
            ("report_type", "reportType"),
            ("report_type_name", "reportTypeName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.due_date
            o.due_date = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(VatReturnsOverviewItemStatus, v)
            )
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.is_paid
            o.is_paid = u if v is None else v
            v = s.term
            o.term = u if v is None else v
            v = s.term_display_name
            o.term_display_name = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.report_type
            o.report_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_report_type.get(v)) is not None
                else enum_value(VatReturnsOverviewItemReportType, v)
            )
            v = s.report_type_name
            o.report_type_name = u if v is None else v
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
