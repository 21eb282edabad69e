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
    from ..models.resource_plan_employee import ResourcePlanEmployee


T = TypeVar("T", bound="ResourcePlanActivity")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("employeeEntries", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ResourcePlanActivity(LazyModel):
    """List of ActivityResourcePlanDTO

    Attributes:
        activity_id (int | Unset):
        activity_name (str | Unset):
        employee_entries (list[ResourcePlanEmployee] | Unset): List of EmployeeResourcePlanDTO
    """

    activity_id: int | Unset = UNSET
    activity_name: str | Unset = UNSET
    employee_entries: list[ResourcePlanEmployee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        activity_id = self.activity_id

        activity_name = self.activity_name

        employee_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employee_entries, Unset):
            employee_entries = []
            for employee_entries_item_data in self.employee_entries:
                employee_entries_item = employee_entries_item_data.to_dict()
                employee_entries.append(employee_entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if activity_name is not UNSET:
            field_dict["activityName"] = activity_name
        if employee_entries is not UNSET:
            field_dict["employeeEntries"] = employee_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourcePlanActivity from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.resource_plan_employee import ResourcePlanEmployee  # noqa: PLC0415

        def _p_employee_entries(_tx_v: Any) -> list[ResourcePlanEmployee] | Unset:
            _employee_entries = _tx_v
            employee_entries: list[ResourcePlanEmployee] | Unset = UNSET
            if _employee_entries is not UNSET:
                employee_entries = []
                for employee_entries_item_data in _employee_entries:
                    if employee_entries_item_data is None:
                        continue
                    employee_entries_item = ResourcePlanEmployee._tx_from_json(employee_entries_item_data)

                    employee_entries.append(employee_entries_item)

            return employee_entries

        _tx_known: frozenset[str] = frozenset(
            (
                "activityId",
                "activityName",
                "employeeEntries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "activity_id": ("activityId", None),
            "activity_name": ("activityName", None),
            "employee_entries": ("employeeEntries", _p_employee_entries),
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
