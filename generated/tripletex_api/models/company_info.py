from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_info_dividend_type import CompanyInfoDividendType
from ..models.company_info_share_class import CompanyInfoShareClass
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.key_info import KeyInfo
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyInfo")


@_attrs_define
class CompanyInfo:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): [read-only]
        share_class (CompanyInfoShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        key_info (list[KeyInfo] | Unset): [read-only]
        timestamp (str | Unset): [read-only]
        sum_dividend (float | Unset): [read-only]
        number_of_shares (float | Unset): [read-only]
        has_registered_foundation_info (bool | Unset): [read-only]
        is_deletable (bool | Unset): [read-only]
        dividend_type (CompanyInfoDividendType | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    share_class: CompanyInfoShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    key_info: list[KeyInfo] | Unset = UNSET
    timestamp: str | Unset = UNSET
    sum_dividend: float | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    has_registered_foundation_info: bool | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    dividend_type: CompanyInfoDividendType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        key_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.key_info, Unset):
            key_info = []
            for key_info_item_data in self.key_info:
                key_info_item = key_info_item_data.to_dict()
                key_info.append(key_info_item)

        timestamp = self.timestamp

        sum_dividend = self.sum_dividend

        number_of_shares = self.number_of_shares

        has_registered_foundation_info = self.has_registered_foundation_info

        is_deletable = self.is_deletable

        dividend_type: str | Unset = UNSET
        if not isinstance(self.dividend_type, Unset):
            dividend_type = self.dividend_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if key_info is not UNSET and not _in_request:
            field_dict["keyInfo"] = key_info
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if sum_dividend is not UNSET and not _in_request:
            field_dict["sumDividend"] = sum_dividend
        if number_of_shares is not UNSET and not _in_request:
            field_dict["numberOfShares"] = number_of_shares
        if has_registered_foundation_info is not UNSET and not _in_request:
            field_dict["hasRegisteredFoundationInfo"] = has_registered_foundation_info
        if is_deletable is not UNSET and not _in_request:
            field_dict["isDeletable"] = is_deletable
        if dividend_type is not UNSET:
            field_dict["dividendType"] = dividend_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.key_info import KeyInfo  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        _share_class = d.pop("shareClass", UNSET)
        share_class: CompanyInfoShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = CompanyInfoShareClass(_share_class)

        share_class_display_name = d.pop("shareClassDisplayName", UNSET)

        _key_info = d.pop("keyInfo", UNSET)
        key_info: list[KeyInfo] | Unset = UNSET
        if _key_info is not UNSET:
            key_info = []
            for key_info_item_data in _key_info:
                if key_info_item_data is None:
                    continue
                key_info_item = KeyInfo.from_dict(key_info_item_data)

                key_info.append(key_info_item)

        timestamp = d.pop("timestamp", UNSET)

        sum_dividend = d.pop("sumDividend", UNSET)

        number_of_shares = d.pop("numberOfShares", UNSET)

        has_registered_foundation_info = d.pop("hasRegisteredFoundationInfo", UNSET)

        is_deletable = d.pop("isDeletable", UNSET)

        _dividend_type = d.pop("dividendType", UNSET)
        dividend_type: CompanyInfoDividendType | Unset
        if isinstance(_dividend_type, Unset):
            dividend_type = UNSET
        else:
            dividend_type = CompanyInfoDividendType(_dividend_type)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            share_class=share_class,
            share_class_display_name=share_class_display_name,
            key_info=key_info,
            timestamp=timestamp,
            sum_dividend=sum_dividend,
            number_of_shares=number_of_shares,
            has_registered_foundation_info=has_registered_foundation_info,
            is_deletable=is_deletable,
            dividend_type=dividend_type,
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
