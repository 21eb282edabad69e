from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_returns_overview_item_report_type import VatReturnsOverviewItemReportType
from ..models.vat_returns_overview_item_status import VatReturnsOverviewItemStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VatReturnsOverviewItem")


@_attrs_define
class VatReturnsOverviewItem:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        due_date = d.pop("dueDate", UNSET)

        _status = d.pop("status", UNSET)
        status: VatReturnsOverviewItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VatReturnsOverviewItemStatus(_status)

        voucher_id = d.pop("voucherId", UNSET)

        voucher_number = d.pop("voucherNumber", UNSET)

        amount = d.pop("amount", UNSET)

        is_paid = d.pop("isPaid", UNSET)

        term = d.pop("term", UNSET)

        term_display_name = d.pop("termDisplayName", UNSET)

        year = d.pop("year", UNSET)

        _report_type = d.pop("reportType", UNSET)
        report_type: VatReturnsOverviewItemReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        else:
            report_type = VatReturnsOverviewItemReportType(_report_type)

        report_type_name = d.pop("reportTypeName", UNSET)

        _obj = cls(
            id=id,
            start_date=start_date,
            end_date=end_date,
            due_date=due_date,
            status=status,
            voucher_id=voucher_id,
            voucher_number=voucher_number,
            amount=amount,
            is_paid=is_paid,
            term=term,
            term_display_name=term_display_name,
            year=year,
            report_type=report_type,
            report_type_name=report_type_name,
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
