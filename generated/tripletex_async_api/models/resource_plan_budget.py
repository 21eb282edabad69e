from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_plan_budget_period_type import ResourcePlanBudgetPeriodType
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
    from ..models.resource_plan_activity import ResourcePlanActivity


T = TypeVar("T", bound="ResourcePlanBudget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("periodType", str, False),
    ("activityEntries", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResourcePlanBudget(LazyModel):
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
        self._tx_load()
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
        """A ResourcePlanBudget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.resource_plan_activity import ResourcePlanActivity  # noqa: PLC0415

        def _p_period_type(_tx_v: Any) -> ResourcePlanBudgetPeriodType | Unset:
            _period_type = _tx_v
            period_type: ResourcePlanBudgetPeriodType | Unset
            if isinstance(_period_type, Unset):
                period_type = UNSET
            else:
                period_type = ResourcePlanBudgetPeriodType(_period_type)

            return period_type

        def _p_activity_entries(_tx_v: Any) -> list[ResourcePlanActivity] | Unset:
            _activity_entries = _tx_v
            activity_entries: list[ResourcePlanActivity] | Unset = UNSET
            if _activity_entries is not UNSET:
                activity_entries = []
                for activity_entries_item_data in _activity_entries:
                    if activity_entries_item_data is None:
                        continue
                    activity_entries_item = ResourcePlanActivity._tx_from_json(activity_entries_item_data)

                    activity_entries.append(activity_entries_item)

            return activity_entries

        _tx_known: frozenset[str] = frozenset(
            (
                "projectId",
                "projectName",
                "periodStart",
                "periodEnd",
                "periodType",
                "activityEntries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "project_id": ("projectId", None),
            "project_name": ("projectName", None),
            "period_start": ("periodStart", None),
            "period_end": ("periodEnd", None),
            "period_type": ("periodType", _p_period_type),
            "activity_entries": ("activityEntries", _p_activity_entries),
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
