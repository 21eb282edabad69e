from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_event_share_class import CompanyEventShareClass
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.event_shareholder_info import EventShareholderInfo
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyEvent")


@_attrs_define
class CompanyEvent:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        share_class_group_id (int | Unset): [read-only]
        event_group_id (int | Unset): [read-only]
        event_type (str | Unset): [read-only]
        date (ShareholderRegisterData | Unset):
        time (ShareholderRegisterData | Unset):
        share_class (CompanyEventShareClass | Unset): [read-only]
        share_class_display_name (str | Unset): [read-only]
        distribute_manually (ShareholderRegisterData | Unset):
        distributed_total (ShareholderRegisterData | Unset):
        number_of_shares (float | Unset): [read-only]
        distributed_per_share (float | Unset): [read-only]
        shareholder_info (list[EventShareholderInfo] | Unset): [read-only]
        paid_up_premium (ShareholderRegisterData | Unset):
        paid_up_share_capital (ShareholderRegisterData | Unset):
        foundation_number_of_shares (ShareholderRegisterData | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    share_class_group_id: int | Unset = UNSET
    event_group_id: int | Unset = UNSET
    event_type: str | Unset = UNSET
    date: ShareholderRegisterData | Unset = UNSET
    time: ShareholderRegisterData | Unset = UNSET
    share_class: CompanyEventShareClass | Unset = UNSET
    share_class_display_name: str | Unset = UNSET
    distribute_manually: ShareholderRegisterData | Unset = UNSET
    distributed_total: ShareholderRegisterData | Unset = UNSET
    number_of_shares: float | Unset = UNSET
    distributed_per_share: float | Unset = UNSET
    shareholder_info: list[EventShareholderInfo] | Unset = UNSET
    paid_up_premium: ShareholderRegisterData | Unset = UNSET
    paid_up_share_capital: ShareholderRegisterData | Unset = UNSET
    foundation_number_of_shares: ShareholderRegisterData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        share_class_group_id = self.share_class_group_id

        event_group_id = self.event_group_id

        event_type = self.event_type

        date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.to_dict()

        time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time, Unset):
            time = self.time.to_dict()

        share_class: str | Unset = UNSET
        if not isinstance(self.share_class, Unset):
            share_class = self.share_class.value

        share_class_display_name = self.share_class_display_name

        distribute_manually: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribute_manually, Unset):
            distribute_manually = self.distribute_manually.to_dict()

        distributed_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distributed_total, Unset):
            distributed_total = self.distributed_total.to_dict()

        number_of_shares = self.number_of_shares

        distributed_per_share = self.distributed_per_share

        shareholder_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shareholder_info, Unset):
            shareholder_info = []
            for shareholder_info_item_data in self.shareholder_info:
                shareholder_info_item = shareholder_info_item_data.to_dict()
                shareholder_info.append(shareholder_info_item)

        paid_up_premium: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_up_premium, Unset):
            paid_up_premium = self.paid_up_premium.to_dict()

        paid_up_share_capital: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_up_share_capital, Unset):
            paid_up_share_capital = self.paid_up_share_capital.to_dict()

        foundation_number_of_shares: dict[str, Any] | Unset = UNSET
        if not isinstance(self.foundation_number_of_shares, Unset):
            foundation_number_of_shares = self.foundation_number_of_shares.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if share_class_group_id is not UNSET and not _in_request:
            field_dict["shareClassGroupId"] = share_class_group_id
        if event_group_id is not UNSET and not _in_request:
            field_dict["eventGroupId"] = event_group_id
        if event_type is not UNSET and not _in_request:
            field_dict["eventType"] = event_type
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if share_class is not UNSET and not _in_request:
            field_dict["shareClass"] = share_class
        if share_class_display_name is not UNSET and not _in_request:
            field_dict["shareClassDisplayName"] = share_class_display_name
        if distribute_manually is not UNSET:
            field_dict["distributeManually"] = distribute_manually
        if distributed_total is not UNSET:
            field_dict["distributedTotal"] = distributed_total
        if number_of_shares is not UNSET and not _in_request:
            field_dict["numberOfShares"] = number_of_shares
        if distributed_per_share is not UNSET and not _in_request:
            field_dict["distributedPerShare"] = distributed_per_share
        if shareholder_info is not UNSET and not _in_request:
            field_dict["shareholderInfo"] = shareholder_info
        if paid_up_premium is not UNSET:
            field_dict["paidUpPremium"] = paid_up_premium
        if paid_up_share_capital is not UNSET:
            field_dict["paidUpShareCapital"] = paid_up_share_capital
        if foundation_number_of_shares is not UNSET:
            field_dict["foundationNumberOfShares"] = foundation_number_of_shares

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.event_shareholder_info import EventShareholderInfo  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        share_class_group_id = d.pop("shareClassGroupId", UNSET)

        event_group_id = d.pop("eventGroupId", UNSET)

        event_type = d.pop("eventType", UNSET)

        _date = d.pop("date", UNSET)
        date: ShareholderRegisterData | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = ShareholderRegisterData.from_dict(_date)

        _time = d.pop("time", UNSET)
        time: ShareholderRegisterData | Unset
        if isinstance(_time, Unset):
            time = UNSET
        else:
            time = ShareholderRegisterData.from_dict(_time)

        _share_class = d.pop("shareClass", UNSET)
        share_class: CompanyEventShareClass | Unset
        if isinstance(_share_class, Unset):
            share_class = UNSET
        else:
            share_class = CompanyEventShareClass(_share_class)

        share_class_display_name = d.pop("shareClassDisplayName", UNSET)

        _distribute_manually = d.pop("distributeManually", UNSET)
        distribute_manually: ShareholderRegisterData | Unset
        if isinstance(_distribute_manually, Unset):
            distribute_manually = UNSET
        else:
            distribute_manually = ShareholderRegisterData.from_dict(_distribute_manually)

        _distributed_total = d.pop("distributedTotal", UNSET)
        distributed_total: ShareholderRegisterData | Unset
        if isinstance(_distributed_total, Unset):
            distributed_total = UNSET
        else:
            distributed_total = ShareholderRegisterData.from_dict(_distributed_total)

        number_of_shares = d.pop("numberOfShares", UNSET)

        distributed_per_share = d.pop("distributedPerShare", UNSET)

        _shareholder_info = d.pop("shareholderInfo", UNSET)
        shareholder_info: list[EventShareholderInfo] | Unset = UNSET
        if _shareholder_info is not UNSET:
            shareholder_info = []
            for shareholder_info_item_data in _shareholder_info:
                if shareholder_info_item_data is None:
                    continue
                shareholder_info_item = EventShareholderInfo.from_dict(shareholder_info_item_data)

                shareholder_info.append(shareholder_info_item)

        _paid_up_premium = d.pop("paidUpPremium", UNSET)
        paid_up_premium: ShareholderRegisterData | Unset
        if isinstance(_paid_up_premium, Unset):
            paid_up_premium = UNSET
        else:
            paid_up_premium = ShareholderRegisterData.from_dict(_paid_up_premium)

        _paid_up_share_capital = d.pop("paidUpShareCapital", UNSET)
        paid_up_share_capital: ShareholderRegisterData | Unset
        if isinstance(_paid_up_share_capital, Unset):
            paid_up_share_capital = UNSET
        else:
            paid_up_share_capital = ShareholderRegisterData.from_dict(_paid_up_share_capital)

        _foundation_number_of_shares = d.pop("foundationNumberOfShares", UNSET)
        foundation_number_of_shares: ShareholderRegisterData | Unset
        if isinstance(_foundation_number_of_shares, Unset):
            foundation_number_of_shares = UNSET
        else:
            foundation_number_of_shares = ShareholderRegisterData.from_dict(_foundation_number_of_shares)

        _obj = cls(
            year_end_report=year_end_report,
            share_class_group_id=share_class_group_id,
            event_group_id=event_group_id,
            event_type=event_type,
            date=date,
            time=time,
            share_class=share_class,
            share_class_display_name=share_class_display_name,
            distribute_manually=distribute_manually,
            distributed_total=distributed_total,
            number_of_shares=number_of_shares,
            distributed_per_share=distributed_per_share,
            shareholder_info=shareholder_info,
            paid_up_premium=paid_up_premium,
            paid_up_share_capital=paid_up_share_capital,
            foundation_number_of_shares=foundation_number_of_shares,
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
