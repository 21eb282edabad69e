from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.company_info import CompanyInfo
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="CompanyInfoOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("companyInfo", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CompanyInfoOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        sum_opening_balance_share_capital (float | Unset): [read-only]
        sum_closing_balance_share_capital (float | Unset): [read-only]
        company_info (list[CompanyInfo] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    sum_opening_balance_share_capital: float | Unset = UNSET
    sum_closing_balance_share_capital: float | Unset = UNSET
    company_info: list[CompanyInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        sum_opening_balance_share_capital = self.sum_opening_balance_share_capital

        sum_closing_balance_share_capital = self.sum_closing_balance_share_capital

        company_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_info, Unset):
            company_info = []
            for company_info_item_data in self.company_info:
                company_info_item = company_info_item_data.to_dict()
                company_info.append(company_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if sum_opening_balance_share_capital is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceShareCapital"] = sum_opening_balance_share_capital
        if sum_closing_balance_share_capital is not UNSET and not _in_request:
            field_dict["sumClosingBalanceShareCapital"] = sum_closing_balance_share_capital
        if company_info is not UNSET:
            field_dict["companyInfo"] = company_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyInfoOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company_info import CompanyInfo  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_company_info(_tx_v: Any) -> list[CompanyInfo] | Unset:
            _company_info = _tx_v
            company_info: list[CompanyInfo] | Unset = UNSET
            if _company_info is not UNSET:
                company_info = []
                for company_info_item_data in _company_info:
                    if company_info_item_data is None:
                        continue
                    company_info_item = CompanyInfo._tx_from_json(company_info_item_data)

                    company_info.append(company_info_item)

            return company_info

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "sumOpeningBalanceShareCapital",
                "sumClosingBalanceShareCapital",
                "companyInfo",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "sum_opening_balance_share_capital": ("sumOpeningBalanceShareCapital", None),
            "sum_closing_balance_share_capital": ("sumClosingBalanceShareCapital", None),
            "company_info": ("companyInfo", _p_company_info),
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
