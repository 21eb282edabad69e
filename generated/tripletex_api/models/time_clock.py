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
    from ..models.project import Project
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="TimeClock")


@_attrs_define
class TimeClock:
    """Link to stop watches on this hour.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (Employee | Unset):
        project (Project | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        timesheet_entry (TimesheetEntry | Unset):
        date (str | Unset):
        time_start (str | Unset):
        time_stop (str | Unset):
        hours_start (float | Unset):
        lunch_break_duration (float | Unset):
        new_time_sheet_entry_comment (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    project: Project | Unset = UNSET
    activity: Activity | Unset = UNSET
    timesheet_entry: TimesheetEntry | Unset = UNSET
    date: str | Unset = UNSET
    time_start: str | Unset = UNSET
    time_stop: str | Unset = UNSET
    hours_start: float | Unset = UNSET
    lunch_break_duration: float | Unset = UNSET
    new_time_sheet_entry_comment: str | Unset = UNSET
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

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        timesheet_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timesheet_entry, Unset):
            timesheet_entry = self.timesheet_entry.to_dict()

        date = self.date

        time_start = self.time_start

        time_stop = self.time_stop

        hours_start = self.hours_start

        lunch_break_duration = self.lunch_break_duration

        new_time_sheet_entry_comment = self.new_time_sheet_entry_comment

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
        if employee is not UNSET:
            field_dict["employee"] = employee
        if project is not UNSET:
            field_dict["project"] = project
        if activity is not UNSET:
            field_dict["activity"] = activity
        if timesheet_entry is not UNSET:
            field_dict["timesheetEntry"] = timesheet_entry
        if date is not UNSET:
            field_dict["date"] = date
        if time_start is not UNSET:
            field_dict["timeStart"] = time_start
        if time_stop is not UNSET:
            field_dict["timeStop"] = time_stop
        if hours_start is not UNSET:
            field_dict["hoursStart"] = hours_start
        if lunch_break_duration is not UNSET:
            field_dict["lunchBreakDuration"] = lunch_break_duration
        if new_time_sheet_entry_comment is not UNSET and not _in_request:
            field_dict["newTimeSheetEntryComment"] = new_time_sheet_entry_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415

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

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _activity = d.pop("activity", UNSET)
        activity: Activity | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = Activity.from_dict(_activity)

        _timesheet_entry = d.pop("timesheetEntry", UNSET)
        timesheet_entry: TimesheetEntry | Unset
        if isinstance(_timesheet_entry, Unset):
            timesheet_entry = UNSET
        else:
            timesheet_entry = TimesheetEntry.from_dict(_timesheet_entry)

        date = d.pop("date", UNSET)

        time_start = d.pop("timeStart", UNSET)

        time_stop = d.pop("timeStop", UNSET)

        hours_start = d.pop("hoursStart", UNSET)

        lunch_break_duration = d.pop("lunchBreakDuration", UNSET)

        new_time_sheet_entry_comment = d.pop("newTimeSheetEntryComment", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employee=employee,
            project=project,
            activity=activity,
            timesheet_entry=timesheet_entry,
            date=date,
            time_start=time_start,
            time_stop=time_stop,
            hours_start=hours_start,
            lunch_break_duration=lunch_break_duration,
            new_time_sheet_entry_comment=new_time_sheet_entry_comment,
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
