from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_transaction_share_class import ShareholderTransactionShareClass
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ShareholderTransaction")


@_attrs_define
class ShareholderTransaction:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        transaction_group_id (int | Unset): [read-only]
        foundation_group_id (int | Unset): [read-only]
        date (str | Unset): [read-only]
        time (str | Unset): [read-only]
        share_class (ShareholderTransactionShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        name (str | Unset): [read-only]
        counterpart (str | Unset): [read-only]
        role (str | Unset): [read-only]
        number_of_shares (float | Unset): [read-only]
        remuneration (float | Unset): [read-only]
        number_of_shares_before (float | Unset): [read-only]
        number_of_shares_after (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    transaction_group_id: int | Unset = UNSET
    foundation_group_id: int | Unset = UNSET
    date: str | Unset = UNSET
    time: str | Unset = UNSET
    share_class: ShareholderTransactionShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    counterpart: str | Unset = UNSET
    role: str | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    remuneration: float | Unset = UNSET
    number_of_shares_before: float | Unset = UNSET
    number_of_shares_after: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        transaction_group_id = self.transaction_group_id

        foundation_group_id = self.foundation_group_id

        date = self.date

        time = self.time

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        type_ = self.type_

        name = self.name

        counterpart = self.counterpart

        role = self.role

        number_of_shares = self.number_of_shares

        remuneration = self.remuneration

        number_of_shares_before = self.number_of_shares_before

        number_of_shares_after = self.number_of_shares_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if transaction_group_id is not UNSET and not _in_request:
            field_dict["transactionGroupId"] = transaction_group_id
        if foundation_group_id is not UNSET and not _in_request:
            field_dict["foundationGroupId"] = foundation_group_id
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if time is not UNSET and not _in_request:
            field_dict["time"] = time
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if counterpart is not UNSET and not _in_request:
            field_dict["counterpart"] = counterpart
        if role is not UNSET and not _in_request:
            field_dict["role"] = role
        if number_of_shares is not UNSET and not _in_request:
            field_dict["numberOfShares"] = number_of_shares
        if remuneration is not UNSET and not _in_request:
            field_dict["remuneration"] = remuneration
        if number_of_shares_before is not UNSET and not _in_request:
            field_dict["numberOfSharesBefore"] = number_of_shares_before
        if number_of_shares_after is not UNSET and not _in_request:
            field_dict["numberOfSharesAfter"] = number_of_shares_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        transaction_group_id = d.pop("transactionGroupId", UNSET)

        foundation_group_id = d.pop("foundationGroupId", UNSET)

        date = d.pop("date", UNSET)

        time = d.pop("time", UNSET)

        _share_class = d.pop("shareClass", UNSET)
        share_class: ShareholderTransactionShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = ShareholderTransactionShareClass(_share_class)

        share_class_display_name = d.pop("shareClassDisplayName", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        counterpart = d.pop("counterpart", UNSET)

        role = d.pop("role", UNSET)

        number_of_shares = d.pop("numberOfShares", UNSET)

        remuneration = d.pop("remuneration", UNSET)

        number_of_shares_before = d.pop("numberOfSharesBefore", UNSET)

        number_of_shares_after = d.pop("numberOfSharesAfter", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            transaction_group_id=transaction_group_id,
            foundation_group_id=foundation_group_id,
            date=date,
            time=time,
            share_class=share_class,
            share_class_display_name=share_class_display_name,
            type_=type_,
            name=name,
            counterpart=counterpart,
            role=role,
            number_of_shares=number_of_shares,
            remuneration=remuneration,
            number_of_shares_before=number_of_shares_before,
            number_of_shares_after=number_of_shares_after,
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
