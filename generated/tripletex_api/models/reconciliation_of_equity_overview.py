from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change_of_equity import ChangeOfEquity
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ReconciliationOfEquityOverview")


@_attrs_define
class ReconciliationOfEquityOverview:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        change_of_equities (list[ChangeOfEquity] | Unset):
        opening_equity (float | Unset): [read-only]
        closing_equity (float | Unset): [read-only]
        calculated_closing_equity (float | Unset): [read-only]
        closing_equity_diff (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    change_of_equities: list[ChangeOfEquity] | Unset = UNSET
    opening_equity: float | Unset = UNSET
    closing_equity: float | Unset = UNSET
    calculated_closing_equity: float | Unset = UNSET
    closing_equity_diff: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        change_of_equities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.change_of_equities, Unset):
            change_of_equities = []
            for change_of_equities_item_data in self.change_of_equities:
                change_of_equities_item = change_of_equities_item_data.to_dict()
                change_of_equities.append(change_of_equities_item)

        opening_equity = self.opening_equity

        closing_equity = self.closing_equity

        calculated_closing_equity = self.calculated_closing_equity

        closing_equity_diff = self.closing_equity_diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if change_of_equities is not UNSET:
            field_dict["changeOfEquities"] = change_of_equities
        if opening_equity is not UNSET and not _in_request:
            field_dict["openingEquity"] = opening_equity
        if closing_equity is not UNSET and not _in_request:
            field_dict["closingEquity"] = closing_equity
        if calculated_closing_equity is not UNSET and not _in_request:
            field_dict["calculatedClosingEquity"] = calculated_closing_equity
        if closing_equity_diff is not UNSET and not _in_request:
            field_dict["closingEquityDiff"] = closing_equity_diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change_of_equity import ChangeOfEquity  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _change_of_equities = d.pop("changeOfEquities", UNSET)
        change_of_equities: list[ChangeOfEquity] | Unset = UNSET
        if _change_of_equities is not UNSET:
            change_of_equities = []
            for change_of_equities_item_data in _change_of_equities:
                if change_of_equities_item_data is None:
                    continue
                change_of_equities_item = ChangeOfEquity.from_dict(change_of_equities_item_data)

                change_of_equities.append(change_of_equities_item)

        opening_equity = d.pop("openingEquity", UNSET)

        closing_equity = d.pop("closingEquity", UNSET)

        calculated_closing_equity = d.pop("calculatedClosingEquity", UNSET)

        closing_equity_diff = d.pop("closingEquityDiff", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            change_of_equities=change_of_equities,
            opening_equity=opening_equity,
            closing_equity=closing_equity,
            calculated_closing_equity=calculated_closing_equity,
            closing_equity_diff=closing_equity_diff,
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
