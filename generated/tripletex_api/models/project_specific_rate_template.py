from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.employee import Employee


T = TypeVar("T", bound="ProjectSpecificRateTemplate")


@_attrs_define
class ProjectSpecificRateTemplate:
    """Project specific rates if hourlyRateModel is TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Attributes:
        hourly_rate (float | Unset):
        hourly_cost_percentage (float | Unset):
        employee (Employee | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
    """

    hourly_rate: float | Unset = UNSET
    hourly_cost_percentage: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    activity: Activity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        hourly_rate = self.hourly_rate

        hourly_cost_percentage = self.hourly_cost_percentage

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if hourly_cost_percentage is not UNSET:
            field_dict["hourlyCostPercentage"] = hourly_cost_percentage
        if employee is not UNSET:
            field_dict["employee"] = employee
        if activity is not UNSET:
            field_dict["activity"] = activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        hourly_rate = d.pop("hourlyRate", UNSET)

        hourly_cost_percentage = d.pop("hourlyCostPercentage", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _activity = d.pop("activity", UNSET)
        activity: Activity | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = Activity.from_dict(_activity)

        _obj = cls(
            hourly_rate=hourly_rate,
            hourly_cost_percentage=hourly_cost_percentage,
            employee=employee,
            activity=activity,
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
