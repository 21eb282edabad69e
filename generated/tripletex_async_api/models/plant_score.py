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
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore


T = TypeVar("T", bound="PlantScore")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employeeId", dict, False),
    ("monthlyScores", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PlantScore(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee_id (Employee | Unset):
        current_score (float | Unset):
        current_streak (float | Unset):
        longest_streak (float | Unset):
        monthly_scores (list[TimeSheetMonthlyScore] | Unset):
        planted_trees_this_month (float | Unset):
        total_planted_trees (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee_id: Employee | Unset = UNSET
    current_score: float | Unset = UNSET
    current_streak: float | Unset = UNSET
    longest_streak: float | Unset = UNSET
    monthly_scores: list[TimeSheetMonthlyScore] | Unset = UNSET
    planted_trees_this_month: float | Unset = UNSET
    total_planted_trees: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        employee_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = self.employee_id.to_dict()

        current_score = self.current_score

        current_streak = self.current_streak

        longest_streak = self.longest_streak

        monthly_scores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monthly_scores, Unset):
            monthly_scores = []
            for monthly_scores_item_data in self.monthly_scores:
                monthly_scores_item = monthly_scores_item_data.to_dict()
                monthly_scores.append(monthly_scores_item)

        planted_trees_this_month = self.planted_trees_this_month

        total_planted_trees = self.total_planted_trees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if current_score is not UNSET:
            field_dict["currentScore"] = current_score
        if current_streak is not UNSET:
            field_dict["currentStreak"] = current_streak
        if longest_streak is not UNSET:
            field_dict["longestStreak"] = longest_streak
        if monthly_scores is not UNSET:
            field_dict["monthlyScores"] = monthly_scores
        if planted_trees_this_month is not UNSET:
            field_dict["plantedTreesThisMonth"] = planted_trees_this_month
        if total_planted_trees is not UNSET:
            field_dict["totalPlantedTrees"] = total_planted_trees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PlantScore from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_employee_id(_tx_v: Any) -> Employee | Unset:
            _employee_id = _tx_v
            employee_id: Employee | Unset
            if isinstance(_employee_id, Unset):
                employee_id = UNSET
            else:
                employee_id = Employee._tx_from_json(_employee_id)

            return employee_id

        def _p_monthly_scores(_tx_v: Any) -> list[TimeSheetMonthlyScore] | Unset:
            _monthly_scores = _tx_v
            monthly_scores: list[TimeSheetMonthlyScore] | Unset = UNSET
            if _monthly_scores is not UNSET:
                monthly_scores = []
                for monthly_scores_item_data in _monthly_scores:
                    if monthly_scores_item_data is None:
                        continue
                    monthly_scores_item = TimeSheetMonthlyScore._tx_from_json(monthly_scores_item_data)

                    monthly_scores.append(monthly_scores_item)

            return monthly_scores

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employeeId",
                "currentScore",
                "currentStreak",
                "longestStreak",
                "monthlyScores",
                "plantedTreesThisMonth",
                "totalPlantedTrees",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employee_id": ("employeeId", _p_employee_id),
            "current_score": ("currentScore", None),
            "current_streak": ("currentStreak", None),
            "longest_streak": ("longestStreak", None),
            "monthly_scores": ("monthlyScores", _p_monthly_scores),
            "planted_trees_this_month": ("plantedTreesThisMonth", None),
            "total_planted_trees": ("totalPlantedTrees", None),
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
