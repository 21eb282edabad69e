from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.resource_plan_employee import ResourcePlanEmployee


T = TypeVar("T", bound="ResourcePlanActivity")


@_attrs_define
class ResourcePlanActivity:
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
        from ..models.resource_plan_employee import ResourcePlanEmployee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        activity_id = d.pop("activityId", UNSET)

        activity_name = d.pop("activityName", UNSET)

        _employee_entries = d.pop("employeeEntries", UNSET)
        employee_entries: list[ResourcePlanEmployee] | Unset = UNSET
        if _employee_entries is not UNSET:
            employee_entries = []
            for employee_entries_item_data in _employee_entries:
                if employee_entries_item_data is None:
                    continue
                employee_entries_item = ResourcePlanEmployee.from_dict(employee_entries_item_data)

                employee_entries.append(employee_entries_item)

        _obj = cls(
            activity_id=activity_id,
            activity_name=activity_name,
            employee_entries=employee_entries,
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
