from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_overview_item_report_type import VatReturnsOverviewItemReportType
from ..models.vat_returns_overview_item_status import VatReturnsOverviewItemStatus
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

T = TypeVar("T", bound="VatReturnsOverviewItem")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("status", str, False),
    ("reportType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class VatReturnsOverviewItem(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        start_date (str | Unset): [read-only]
        end_date (str | Unset): [read-only]
        due_date (str | Unset): [read-only]
        status (VatReturnsOverviewItemStatus | Unset): [read-only]
        voucher_id (int | Unset): [read-only]
        voucher_number (str | Unset): [read-only]
        amount (float | Unset): [read-only]
        is_paid (bool | Unset): [read-only]
        term (int | Unset): [read-only]
        term_display_name (str | Unset): [read-only]
        year (int | Unset): [read-only]
        report_type (VatReturnsOverviewItemReportType | Unset): [read-only]
        report_type_name (str | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        start_date = self.start_date

        end_date = self.end_date

        due_date = self.due_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        voucher_id = self.voucher_id

        voucher_number = self.voucher_number

        amount = self.amount

        is_paid = self.is_paid

        term = self.term

        term_display_name = self.term_display_name

        year = self.year

        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = self.report_type.value

        report_type_name = self.report_type_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date
        if due_date is not UNSET and not _in_request:
            field_dict["dueDate"] = due_date
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if voucher_id is not UNSET and not _in_request:
            field_dict["voucherId"] = voucher_id
        if voucher_number is not UNSET and not _in_request:
            field_dict["voucherNumber"] = voucher_number
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if is_paid is not UNSET and not _in_request:
            field_dict["isPaid"] = is_paid
        if term is not UNSET and not _in_request:
            field_dict["term"] = term
        if term_display_name is not UNSET and not _in_request:
            field_dict["termDisplayName"] = term_display_name
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if report_type is not UNSET and not _in_request:
            field_dict["reportType"] = report_type
        if report_type_name is not UNSET and not _in_request:
            field_dict["reportTypeName"] = report_type_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatReturnsOverviewItem from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> VatReturnsOverviewItemStatus | Unset:
            _status = _tx_v
            status: VatReturnsOverviewItemStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = VatReturnsOverviewItemStatus(_status)

            return status

        def _p_report_type(_tx_v: Any) -> VatReturnsOverviewItemReportType | Unset:
            _report_type = _tx_v
            report_type: VatReturnsOverviewItemReportType | Unset
            if isinstance(_report_type, Unset):
                report_type = UNSET
            else:
                report_type = VatReturnsOverviewItemReportType(_report_type)

            return report_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "due_date": ("dueDate", None),
            "status": ("status", _p_status),
            "voucher_id": ("voucherId", None),
            "voucher_number": ("voucherNumber", None),
            "amount": ("amount", None),
            "is_paid": ("isPaid", None),
            "term": ("term", None),
            "term_display_name": ("termDisplayName", None),
            "year": ("year", None),
            "report_type": ("reportType", _p_report_type),
            "report_type_name": ("reportTypeName", None),
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
