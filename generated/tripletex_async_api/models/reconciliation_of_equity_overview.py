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
    from ..models.change_of_equity import ChangeOfEquity
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ReconciliationOfEquityOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("changeOfEquities", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationOfEquityOverview(LazyModel):
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
        self._tx_load()
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
        """A ReconciliationOfEquityOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change_of_equity import ChangeOfEquity  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_change_of_equities(_tx_v: Any) -> list[ChangeOfEquity] | Unset:
            _change_of_equities = _tx_v
            change_of_equities: list[ChangeOfEquity] | Unset = UNSET
            if _change_of_equities is not UNSET:
                change_of_equities = []
                for change_of_equities_item_data in _change_of_equities:
                    if change_of_equities_item_data is None:
                        continue
                    change_of_equities_item = ChangeOfEquity._tx_from_json(change_of_equities_item_data)

                    change_of_equities.append(change_of_equities_item)

            return change_of_equities

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "changeOfEquities",
                "openingEquity",
                "closingEquity",
                "calculatedClosingEquity",
                "closingEquityDiff",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "change_of_equities": ("changeOfEquities", _p_change_of_equities),
            "opening_equity": ("openingEquity", None),
            "closing_equity": ("closingEquity", None),
            "calculated_closing_equity": ("calculatedClosingEquity", None),
            "closing_equity_diff": ("closingEquityDiff", None),
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
