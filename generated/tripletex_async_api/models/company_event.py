from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_event_share_class import CompanyEventShareClass
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

if TYPE_CHECKING:
    from ..models.event_shareholder_info import EventShareholderInfo
    from ..models.shareholder_register_data import ShareholderRegisterData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyEvent")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("date", dict, False),
    ("time", dict, False),
    ("shareClass", str, False),
    ("distributeManually", dict, False),
    ("distributedTotal", dict, False),
    ("shareholderInfo", list, False),
    ("paidUpPremium", dict, False),
    ("paidUpShareCapital", dict, False),
    ("foundationNumberOfShares", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CompanyEvent(LazyModel):
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
        self._tx_load()
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
        """A CompanyEvent from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.event_shareholder_info import EventShareholderInfo  # noqa: PLC0415
        from ..models.shareholder_register_data import ShareholderRegisterData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_date(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _date = _tx_v
            date: ShareholderRegisterData | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = ShareholderRegisterData._tx_from_json(_date)

            return date

        def _p_time(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _time = _tx_v
            time: ShareholderRegisterData | Unset
            if isinstance(_time, Unset):
                time = UNSET
            else:
                time = ShareholderRegisterData._tx_from_json(_time)

            return time

        def _p_share_class(_tx_v: Any) -> CompanyEventShareClass | Unset:
            _share_class = _tx_v
            share_class: CompanyEventShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = CompanyEventShareClass(_share_class)

            return share_class

        def _p_distribute_manually(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _distribute_manually = _tx_v
            distribute_manually: ShareholderRegisterData | Unset
            if isinstance(_distribute_manually, Unset):
                distribute_manually = UNSET
            else:
                distribute_manually = ShareholderRegisterData._tx_from_json(_distribute_manually)

            return distribute_manually

        def _p_distributed_total(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _distributed_total = _tx_v
            distributed_total: ShareholderRegisterData | Unset
            if isinstance(_distributed_total, Unset):
                distributed_total = UNSET
            else:
                distributed_total = ShareholderRegisterData._tx_from_json(_distributed_total)

            return distributed_total

        def _p_shareholder_info(_tx_v: Any) -> list[EventShareholderInfo] | Unset:
            _shareholder_info = _tx_v
            shareholder_info: list[EventShareholderInfo] | Unset = UNSET
            if _shareholder_info is not UNSET:
                shareholder_info = []
                for shareholder_info_item_data in _shareholder_info:
                    if shareholder_info_item_data is None:
                        continue
                    shareholder_info_item = EventShareholderInfo._tx_from_json(shareholder_info_item_data)

                    shareholder_info.append(shareholder_info_item)

            return shareholder_info

        def _p_paid_up_premium(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _paid_up_premium = _tx_v
            paid_up_premium: ShareholderRegisterData | Unset
            if isinstance(_paid_up_premium, Unset):
                paid_up_premium = UNSET
            else:
                paid_up_premium = ShareholderRegisterData._tx_from_json(_paid_up_premium)

            return paid_up_premium

        def _p_paid_up_share_capital(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _paid_up_share_capital = _tx_v
            paid_up_share_capital: ShareholderRegisterData | Unset
            if isinstance(_paid_up_share_capital, Unset):
                paid_up_share_capital = UNSET
            else:
                paid_up_share_capital = ShareholderRegisterData._tx_from_json(_paid_up_share_capital)

            return paid_up_share_capital

        def _p_foundation_number_of_shares(_tx_v: Any) -> ShareholderRegisterData | Unset:
            _foundation_number_of_shares = _tx_v
            foundation_number_of_shares: ShareholderRegisterData | Unset
            if isinstance(_foundation_number_of_shares, Unset):
                foundation_number_of_shares = UNSET
            else:
                foundation_number_of_shares = ShareholderRegisterData._tx_from_json(_foundation_number_of_shares)

            return foundation_number_of_shares

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "shareClassGroupId",
                "eventGroupId",
                "eventType",
                "date",
                "time",
                "shareClass",
                "shareClassDisplayName",
                "distributeManually",
                "distributedTotal",
                "numberOfShares",
                "distributedPerShare",
                "shareholderInfo",
                "paidUpPremium",
                "paidUpShareCapital",
                "foundationNumberOfShares",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "share_class_group_id": ("shareClassGroupId", None),
            "event_group_id": ("eventGroupId", None),
            "event_type": ("eventType", None),
            "date": ("date", _p_date),
            "time": ("time", _p_time),
            "share_class": ("shareClass", _p_share_class),
            "share_class_display_name": ("shareClassDisplayName", None),
            "distribute_manually": ("distributeManually", _p_distribute_manually),
            "distributed_total": ("distributedTotal", _p_distributed_total),
            "number_of_shares": ("numberOfShares", None),
            "distributed_per_share": ("distributedPerShare", None),
            "shareholder_info": ("shareholderInfo", _p_shareholder_info),
            "paid_up_premium": ("paidUpPremium", _p_paid_up_premium),
            "paid_up_share_capital": ("paidUpShareCapital", _p_paid_up_share_capital),
            "foundation_number_of_shares": ("foundationNumberOfShares", _p_foundation_number_of_shares),
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
