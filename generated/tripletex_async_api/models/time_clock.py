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
    from ..models.activity import Activity
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.project import Project
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="TimeClock")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employee", dict, False),
    ("project", dict, False),
    ("activity", dict, False),
    ("timesheetEntry", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TimeClock(LazyModel):
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
        """A TimeClock from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415

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

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_activity(_tx_v: Any) -> Activity | Unset:
            _activity = _tx_v
            activity: Activity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = Activity._tx_from_json(_activity)

            return activity

        def _p_timesheet_entry(_tx_v: Any) -> TimesheetEntry | Unset:
            _timesheet_entry = _tx_v
            timesheet_entry: TimesheetEntry | Unset
            if isinstance(_timesheet_entry, Unset):
                timesheet_entry = UNSET
            else:
                timesheet_entry = TimesheetEntry._tx_from_json(_timesheet_entry)

            return timesheet_entry

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "project",
                "activity",
                "timesheetEntry",
                "date",
                "timeStart",
                "timeStop",
                "hoursStart",
                "lunchBreakDuration",
                "newTimeSheetEntryComment",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employee": ("employee", _p_employee),
            "project": ("project", _p_project),
            "activity": ("activity", _p_activity),
            "timesheet_entry": ("timesheetEntry", _p_timesheet_entry),
            "date": ("date", None),
            "time_start": ("timeStart", None),
            "time_stop": ("timeStop", None),
            "hours_start": ("hoursStart", None),
            "lunch_break_duration": ("lunchBreakDuration", None),
            "new_time_sheet_entry_comment": ("newTimeSheetEntryComment", None),
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
