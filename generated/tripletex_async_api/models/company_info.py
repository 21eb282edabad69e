from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_info_dividend_type import CompanyInfoDividendType
from ..models.company_info_share_class import CompanyInfoShareClass
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
    from ..models.key_info import KeyInfo
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("shareClass", str, False),
    ("keyInfo", list, False),
    ("dividendType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CompanyInfo(LazyModel):
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
        self._tx_load()
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
        """A CompanyInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.key_info import KeyInfo  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_share_class(_tx_v: Any) -> CompanyInfoShareClass | Unset:
            _share_class = _tx_v
            share_class: CompanyInfoShareClass | Unset
            if isinstance(_share_class, Unset):
                share_class = UNSET
            else:
                share_class = CompanyInfoShareClass(_share_class)

            return share_class

        def _p_key_info(_tx_v: Any) -> list[KeyInfo] | Unset:
            _key_info = _tx_v
            key_info: list[KeyInfo] | Unset = UNSET
            if _key_info is not UNSET:
                key_info = []
                for key_info_item_data in _key_info:
                    if key_info_item_data is None:
                        continue
                    key_info_item = KeyInfo._tx_from_json(key_info_item_data)

                    key_info.append(key_info_item)

            return key_info

        def _p_dividend_type(_tx_v: Any) -> CompanyInfoDividendType | Unset:
            _dividend_type = _tx_v
            dividend_type: CompanyInfoDividendType | Unset
            if isinstance(_dividend_type, Unset):
                dividend_type = UNSET
            else:
                dividend_type = CompanyInfoDividendType(_dividend_type)

            return dividend_type

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "shareClass",
                "shareClassDisplayName",
                "keyInfo",
                "timestamp",
                "sumDividend",
                "numberOfShares",
                "hasRegisteredFoundationInfo",
                "isDeletable",
                "dividendType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "share_class": ("shareClass", _p_share_class),
            "share_class_display_name": ("shareClassDisplayName", None),
            "key_info": ("keyInfo", _p_key_info),
            "timestamp": ("timestamp", None),
            "sum_dividend": ("sumDividend", None),
            "number_of_shares": ("numberOfShares", None),
            "has_registered_foundation_info": ("hasRegisteredFoundationInfo", None),
            "is_deletable": ("isDeletable", None),
            "dividend_type": ("dividendType", _p_dividend_type),
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
