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
    from ..models.permanent_differences import PermanentDifferences
    from ..models.temporary_differences import TemporaryDifferences
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="DifferencesOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("permanentDifferencesAdditions", list, False),
    ("permanentDifferencesDeductions", list, False),
    ("temporaryDifferences", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DifferencesOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        permanent_differences_additions (list[PermanentDifferences] | Unset):
        permanent_differences_deductions (list[PermanentDifferences] | Unset):
        temporary_differences (list[TemporaryDifferences] | Unset):
        sum_additions (float | Unset): [read-only]
        sum_deductions (float | Unset): [read-only]
        sum_changes (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    permanent_differences_additions: list[PermanentDifferences] | Unset = UNSET
    permanent_differences_deductions: list[PermanentDifferences] | Unset = UNSET
    temporary_differences: list[TemporaryDifferences] | Unset = UNSET
    sum_additions: float | Unset = UNSET
    sum_deductions: float | Unset = UNSET
    sum_changes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        permanent_differences_additions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permanent_differences_additions, Unset):
            permanent_differences_additions = []
            for permanent_differences_additions_item_data in self.permanent_differences_additions:
                permanent_differences_additions_item = permanent_differences_additions_item_data.to_dict()
                permanent_differences_additions.append(permanent_differences_additions_item)

        permanent_differences_deductions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permanent_differences_deductions, Unset):
            permanent_differences_deductions = []
            for permanent_differences_deductions_item_data in self.permanent_differences_deductions:
                permanent_differences_deductions_item = permanent_differences_deductions_item_data.to_dict()
                permanent_differences_deductions.append(permanent_differences_deductions_item)

        temporary_differences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.temporary_differences, Unset):
            temporary_differences = []
            for temporary_differences_item_data in self.temporary_differences:
                temporary_differences_item = temporary_differences_item_data.to_dict()
                temporary_differences.append(temporary_differences_item)

        sum_additions = self.sum_additions

        sum_deductions = self.sum_deductions

        sum_changes = self.sum_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if permanent_differences_additions is not UNSET:
            field_dict["permanentDifferencesAdditions"] = permanent_differences_additions
        if permanent_differences_deductions is not UNSET:
            field_dict["permanentDifferencesDeductions"] = permanent_differences_deductions
        if temporary_differences is not UNSET:
            field_dict["temporaryDifferences"] = temporary_differences
        if sum_additions is not UNSET and not _in_request:
            field_dict["sumAdditions"] = sum_additions
        if sum_deductions is not UNSET and not _in_request:
            field_dict["sumDeductions"] = sum_deductions
        if sum_changes is not UNSET and not _in_request:
            field_dict["sumChanges"] = sum_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DifferencesOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.permanent_differences import PermanentDifferences  # noqa: PLC0415
        from ..models.temporary_differences import TemporaryDifferences  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_permanent_differences_additions(_tx_v: Any) -> list[PermanentDifferences] | Unset:
            _permanent_differences_additions = _tx_v
            permanent_differences_additions: list[PermanentDifferences] | Unset = UNSET
            if _permanent_differences_additions is not UNSET:
                permanent_differences_additions = []
                for permanent_differences_additions_item_data in _permanent_differences_additions:
                    if permanent_differences_additions_item_data is None:
                        continue
                    permanent_differences_additions_item = PermanentDifferences._tx_from_json(
                        permanent_differences_additions_item_data
                    )

                    permanent_differences_additions.append(permanent_differences_additions_item)

            return permanent_differences_additions

        def _p_permanent_differences_deductions(_tx_v: Any) -> list[PermanentDifferences] | Unset:
            _permanent_differences_deductions = _tx_v
            permanent_differences_deductions: list[PermanentDifferences] | Unset = UNSET
            if _permanent_differences_deductions is not UNSET:
                permanent_differences_deductions = []
                for permanent_differences_deductions_item_data in _permanent_differences_deductions:
                    if permanent_differences_deductions_item_data is None:
                        continue
                    permanent_differences_deductions_item = PermanentDifferences._tx_from_json(
                        permanent_differences_deductions_item_data
                    )

                    permanent_differences_deductions.append(permanent_differences_deductions_item)

            return permanent_differences_deductions

        def _p_temporary_differences(_tx_v: Any) -> list[TemporaryDifferences] | Unset:
            _temporary_differences = _tx_v
            temporary_differences: list[TemporaryDifferences] | Unset = UNSET
            if _temporary_differences is not UNSET:
                temporary_differences = []
                for temporary_differences_item_data in _temporary_differences:
                    if temporary_differences_item_data is None:
                        continue
                    temporary_differences_item = TemporaryDifferences._tx_from_json(temporary_differences_item_data)

                    temporary_differences.append(temporary_differences_item)

            return temporary_differences

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "permanentDifferencesAdditions",
                "permanentDifferencesDeductions",
                "temporaryDifferences",
                "sumAdditions",
                "sumDeductions",
                "sumChanges",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "permanent_differences_additions": ("permanentDifferencesAdditions", _p_permanent_differences_additions),
            "permanent_differences_deductions": ("permanentDifferencesDeductions", _p_permanent_differences_deductions),
            "temporary_differences": ("temporaryDifferences", _p_temporary_differences),
            "sum_additions": ("sumAdditions", None),
            "sum_deductions": ("sumDeductions", None),
            "sum_changes": ("sumChanges", None),
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
