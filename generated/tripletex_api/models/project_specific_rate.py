from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.project_hourly_rate import ProjectHourlyRate


T = TypeVar("T", bound="ProjectSpecificRate")


@_attrs_define
class ProjectSpecificRate:
    """Project specific rates if hourlyRateModel is TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        hourly_rate (float | Unset):
        hourly_cost_percentage (float | Unset):
        project_hourly_rate (ProjectHourlyRate | Unset): Project Rate Types tied to the project.
        employee (Employee | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    hourly_rate: float | Unset = UNSET
    hourly_cost_percentage: float | Unset = UNSET
    project_hourly_rate: ProjectHourlyRate | Unset = UNSET
    employee: Employee | Unset = UNSET
    activity: Activity | Unset = UNSET
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

        hourly_rate = self.hourly_rate

        hourly_cost_percentage = self.hourly_cost_percentage

        project_hourly_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_hourly_rate, Unset):
            project_hourly_rate = self.project_hourly_rate.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

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
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if hourly_cost_percentage is not UNSET:
            field_dict["hourlyCostPercentage"] = hourly_cost_percentage
        if project_hourly_rate is not UNSET:
            field_dict["projectHourlyRate"] = project_hourly_rate
        if employee is not UNSET:
            field_dict["employee"] = employee
        if activity is not UNSET:
            field_dict["activity"] = activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project_hourly_rate import ProjectHourlyRate  # noqa: PLC0415

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

        hourly_rate = d.pop("hourlyRate", UNSET)

        hourly_cost_percentage = d.pop("hourlyCostPercentage", UNSET)

        _project_hourly_rate = d.pop("projectHourlyRate", UNSET)
        project_hourly_rate: ProjectHourlyRate | Unset
        if isinstance(_project_hourly_rate, Unset):
            project_hourly_rate = UNSET
        else:
            project_hourly_rate = ProjectHourlyRate.from_dict(_project_hourly_rate)

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
            id=id,
            version=version,
            changes=changes,
            url=url,
            hourly_rate=hourly_rate,
            hourly_cost_percentage=hourly_cost_percentage,
            project_hourly_rate=project_hourly_rate,
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
