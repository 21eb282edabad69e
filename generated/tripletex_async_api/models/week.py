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
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.timesheet_entry import TimesheetEntry


T = TypeVar("T", bound="Week")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employee", dict, False),
    ("timesheetEntries", list, False),
    ("approvedBy", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Week(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (Employee | Unset):
        timesheet_entries (list[TimesheetEntry] | Unset): [read-only]
        year (int | Unset): [read-only]
        week (int | Unset): [read-only]
        completed (bool | Unset): [read-only]
        approved (bool | Unset): [read-only]
        approved_by (Employee | Unset):
        approved_date (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    timesheet_entries: list[TimesheetEntry] | Unset = UNSET
    year: int | Unset = UNSET
    week: int | Unset = UNSET
    completed: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    approved_by: Employee | Unset = UNSET
    approved_date: str | Unset = UNSET
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

        timesheet_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.timesheet_entries, Unset):
            timesheet_entries = []
            for timesheet_entries_item_data in self.timesheet_entries:
                timesheet_entries_item = timesheet_entries_item_data.to_dict()
                timesheet_entries.append(timesheet_entries_item)

        year = self.year

        week = self.week

        completed = self.completed

        approved = self.approved

        approved_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.approved_by, Unset):
            approved_by = self.approved_by.to_dict()

        approved_date = self.approved_date

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
        if timesheet_entries is not UNSET and not _in_request:
            field_dict["timesheetEntries"] = timesheet_entries
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if week is not UNSET and not _in_request:
            field_dict["week"] = week
        if completed is not UNSET and not _in_request:
            field_dict["completed"] = completed
        if approved is not UNSET and not _in_request:
            field_dict["approved"] = approved
        if approved_by is not UNSET:
            field_dict["approvedBy"] = approved_by
        if approved_date is not UNSET and not _in_request:
            field_dict["approvedDate"] = approved_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Week from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
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

        def _p_timesheet_entries(_tx_v: Any) -> list[TimesheetEntry] | Unset:
            _timesheet_entries = _tx_v
            timesheet_entries: list[TimesheetEntry] | Unset = UNSET
            if _timesheet_entries is not UNSET:
                timesheet_entries = []
                for timesheet_entries_item_data in _timesheet_entries:
                    if timesheet_entries_item_data is None:
                        continue
                    timesheet_entries_item = TimesheetEntry._tx_from_json(timesheet_entries_item_data)

                    timesheet_entries.append(timesheet_entries_item)

            return timesheet_entries

        def _p_approved_by(_tx_v: Any) -> Employee | Unset:
            _approved_by = _tx_v
            approved_by: Employee | Unset
            if isinstance(_approved_by, Unset):
                approved_by = UNSET
            else:
                approved_by = Employee._tx_from_json(_approved_by)

            return approved_by

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "timesheetEntries",
                "year",
                "week",
                "completed",
                "approved",
                "approvedBy",
                "approvedDate",
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
            "timesheet_entries": ("timesheetEntries", _p_timesheet_entries),
            "year": ("year", None),
            "week": ("week", None),
            "completed": ("completed", None),
            "approved": ("approved", None),
            "approved_by": ("approvedBy", _p_approved_by),
            "approved_date": ("approvedDate", None),
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
