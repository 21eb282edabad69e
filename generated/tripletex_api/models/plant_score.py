from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore


T = TypeVar("T", bound="PlantScore")


@_attrs_define
class PlantScore:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.time_sheet_monthly_score import TimeSheetMonthlyScore  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _employee_id = d.pop("employeeId", UNSET)
        employee_id: Employee | Unset
        if isinstance(_employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = Employee.from_dict(_employee_id)

        current_score = d.pop("currentScore", UNSET)

        current_streak = d.pop("currentStreak", UNSET)

        longest_streak = d.pop("longestStreak", UNSET)

        _monthly_scores = d.pop("monthlyScores", UNSET)
        monthly_scores: list[TimeSheetMonthlyScore] | Unset = UNSET
        if _monthly_scores is not UNSET:
            monthly_scores = []
            for monthly_scores_item_data in _monthly_scores:
                if monthly_scores_item_data is None:
                    continue
                monthly_scores_item = TimeSheetMonthlyScore.from_dict(monthly_scores_item_data)

                monthly_scores.append(monthly_scores_item)

        planted_trees_this_month = d.pop("plantedTreesThisMonth", UNSET)

        total_planted_trees = d.pop("totalPlantedTrees", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employee_id=employee_id,
            current_score=current_score,
            current_streak=current_streak,
            longest_streak=longest_streak,
            monthly_scores=monthly_scores,
            planted_trees_this_month=planted_trees_this_month,
            total_planted_trees=total_planted_trees,
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
