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
    from ..models.resource_plan_hours import ResourcePlanHours


T = TypeVar("T", bound="ResourcePlanEmployee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("hoursEntries", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ResourcePlanEmployee(LazyModel):
    """List of EmployeeResourcePlanDTO

    Attributes:
        employee_id (int | Unset):
        employee_name (str | Unset):
        budget (float | Unset):
        remaining (float | Unset):
        total_hours (float | Unset):
        total_allocated (float | Unset):
        hours_entries (list[ResourcePlanHours] | Unset): List of HoursResourcePlanDTO
    """

    employee_id: int | Unset = UNSET
    employee_name: str | Unset = UNSET
    budget: float | Unset = UNSET
    remaining: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    total_allocated: float | Unset = UNSET
    hours_entries: list[ResourcePlanHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        employee_name = self.employee_name

        budget = self.budget

        remaining = self.remaining

        total_hours = self.total_hours

        total_allocated = self.total_allocated

        hours_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours_entries, Unset):
            hours_entries = []
            for hours_entries_item_data in self.hours_entries:
                hours_entries_item = hours_entries_item_data.to_dict()
                hours_entries.append(hours_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if employee_name is not UNSET:
            field_dict["employeeName"] = employee_name
        if budget is not UNSET:
            field_dict["budget"] = budget
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if total_hours is not UNSET:
            field_dict["totalHours"] = total_hours
        if total_allocated is not UNSET:
            field_dict["totalAllocated"] = total_allocated
        if hours_entries is not UNSET:
            field_dict["hoursEntries"] = hours_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourcePlanEmployee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.resource_plan_hours import ResourcePlanHours  # noqa: PLC0415

        def _p_hours_entries(_tx_v: Any) -> list[ResourcePlanHours] | Unset:
            _hours_entries = _tx_v
            hours_entries: list[ResourcePlanHours] | Unset = UNSET
            if _hours_entries is not UNSET:
                hours_entries = []
                for hours_entries_item_data in _hours_entries:
                    if hours_entries_item_data is None:
                        continue
                    hours_entries_item = ResourcePlanHours._tx_from_json(hours_entries_item_data)

                    hours_entries.append(hours_entries_item)

            return hours_entries

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeId",
                "employeeName",
                "budget",
                "remaining",
                "totalHours",
                "totalAllocated",
                "hoursEntries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_id": ("employeeId", None),
            "employee_name": ("employeeName", None),
            "budget": ("budget", None),
            "remaining": ("remaining", None),
            "total_hours": ("totalHours", None),
            "total_allocated": ("totalAllocated", None),
            "hours_entries": ("hoursEntries", _p_hours_entries),
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
