from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_plan_budget_period_type import ResourcePlanBudgetPeriodType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.resource_plan_activity import ResourcePlanActivity


T = TypeVar("T", bound="ResourcePlanBudget")


@_attrs_define
class ResourcePlanBudget:
    """
    Attributes:
        project_id (int | Unset):
        project_name (str | Unset):
        period_start (str | Unset):
        period_end (str | Unset):
        period_type (ResourcePlanBudgetPeriodType | Unset):
        activity_entries (list[ResourcePlanActivity] | Unset): List of ActivityResourcePlanDTO
    """

    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    period_start: str | Unset = UNSET
    period_end: str | Unset = UNSET
    period_type: ResourcePlanBudgetPeriodType | Unset = UNSET
    activity_entries: list[ResourcePlanActivity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        project_id = self.project_id

        project_name = self.project_name

        period_start = self.period_start

        period_end = self.period_end

        period_type: str | Unset = UNSET
        if not isinstance(self.period_type, Unset):
            period_type = self.period_type.value

        activity_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity_entries, Unset):
            activity_entries = []
            for activity_entries_item_data in self.activity_entries:
                activity_entries_item = activity_entries_item_data.to_dict()
                activity_entries.append(activity_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end
        if period_type is not UNSET:
            field_dict["periodType"] = period_type
        if activity_entries is not UNSET:
            field_dict["activityEntries"] = activity_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.resource_plan_activity import ResourcePlanActivity  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        project_id = d.pop("projectId", UNSET)

        project_name = d.pop("projectName", UNSET)

        period_start = d.pop("periodStart", UNSET)

        period_end = d.pop("periodEnd", UNSET)

        _period_type = d.pop("periodType", UNSET)
        period_type: ResourcePlanBudgetPeriodType | Unset
        if isinstance(_period_type, Unset):
            period_type = UNSET
        else:
            period_type = ResourcePlanBudgetPeriodType(_period_type)

        _activity_entries = d.pop("activityEntries", UNSET)
        activity_entries: list[ResourcePlanActivity] | Unset = UNSET
        if _activity_entries is not UNSET:
            activity_entries = []
            for activity_entries_item_data in _activity_entries:
                if activity_entries_item_data is None:
                    continue
                activity_entries_item = ResourcePlanActivity.from_dict(activity_entries_item_data)

                activity_entries.append(activity_entries_item)

        _obj = cls(
            project_id=project_id,
            project_name=project_name,
            period_start=period_start,
            period_end=period_end,
            period_type=period_type,
            activity_entries=activity_entries,
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
