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
    from ..models.invoice import Invoice
    from ..models.project import Project
    from ..models.time_clock import TimeClock


T = TypeVar("T", bound="TimesheetEntry")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("project", dict, False),
    ("activity", dict, False),
    ("employee", dict, False),
    ("timeClocks", list, False),
    ("invoice", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TimesheetEntry(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        project (Project | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        date (str | Unset):
        hours (float | Unset):
        chargeable_hours (float | Unset): [read-only]
        employee (Employee | Unset):
        time_clocks (list[TimeClock] | Unset): [read-only] Link to stop watches on this hour.
        comment (str | Unset):
        locked (bool | Unset): [read-only] Indicates if the hour can be changed.
        chargeable (bool | Unset): [read-only]
        invoice (Invoice | Unset): Invoicing plans tied to the project
        hourly_rate (float | Unset): [read-only]
        hourly_cost (float | Unset): [read-only]
        hourly_cost_percentage (float | Unset): [read-only]
        project_chargeable_hours (float | Unset): Number of chargeable hours on an activity connected to a project.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    project: Project | Unset = UNSET
    activity: Activity | Unset = UNSET
    date: str | Unset = UNSET
    hours: float | Unset = UNSET
    chargeable_hours: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    time_clocks: list[TimeClock] | Unset = UNSET
    comment: str | Unset = UNSET
    locked: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    hourly_rate: float | Unset = UNSET
    hourly_cost: float | Unset = UNSET
    hourly_cost_percentage: float | Unset = UNSET
    project_chargeable_hours: float | Unset = UNSET
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

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        date = self.date

        hours = self.hours

        chargeable_hours = self.chargeable_hours

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        time_clocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_clocks, Unset):
            time_clocks = []
            for time_clocks_item_data in self.time_clocks:
                time_clocks_item = time_clocks_item_data.to_dict()
                time_clocks.append(time_clocks_item)

        comment = self.comment

        locked = self.locked

        chargeable = self.chargeable

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        hourly_rate = self.hourly_rate

        hourly_cost = self.hourly_cost

        hourly_cost_percentage = self.hourly_cost_percentage

        project_chargeable_hours = self.project_chargeable_hours

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
        if project is not UNSET:
            field_dict["project"] = project
        if activity is not UNSET:
            field_dict["activity"] = activity
        if date is not UNSET:
            field_dict["date"] = date
        if hours is not UNSET:
            field_dict["hours"] = hours
        if chargeable_hours is not UNSET and not _in_request:
            field_dict["chargeableHours"] = chargeable_hours
        if employee is not UNSET:
            field_dict["employee"] = employee
        if time_clocks is not UNSET and not _in_request:
            field_dict["timeClocks"] = time_clocks
        if comment is not UNSET:
            field_dict["comment"] = comment
        if locked is not UNSET and not _in_request:
            field_dict["locked"] = locked
        if chargeable is not UNSET and not _in_request:
            field_dict["chargeable"] = chargeable
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if hourly_rate is not UNSET and not _in_request:
            field_dict["hourlyRate"] = hourly_rate
        if hourly_cost is not UNSET and not _in_request:
            field_dict["hourlyCost"] = hourly_cost
        if hourly_cost_percentage is not UNSET and not _in_request:
            field_dict["hourlyCostPercentage"] = hourly_cost_percentage
        if project_chargeable_hours is not UNSET:
            field_dict["projectChargeableHours"] = project_chargeable_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimesheetEntry from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.time_clock import TimeClock  # noqa: PLC0415

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

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_time_clocks(_tx_v: Any) -> list[TimeClock] | Unset:
            _time_clocks = _tx_v
            time_clocks: list[TimeClock] | Unset = UNSET
            if _time_clocks is not UNSET:
                time_clocks = []
                for time_clocks_item_data in _time_clocks:
                    if time_clocks_item_data is None:
                        continue
                    time_clocks_item = TimeClock._tx_from_json(time_clocks_item_data)

                    time_clocks.append(time_clocks_item)

            return time_clocks

        def _p_invoice(_tx_v: Any) -> Invoice | Unset:
            _invoice = _tx_v
            invoice: Invoice | Unset
            if isinstance(_invoice, Unset):
                invoice = UNSET
            else:
                invoice = Invoice._tx_from_json(_invoice)

            return invoice

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "project",
                "activity",
                "date",
                "hours",
                "chargeableHours",
                "employee",
                "timeClocks",
                "comment",
                "locked",
                "chargeable",
                "invoice",
                "hourlyRate",
                "hourlyCost",
                "hourlyCostPercentage",
                "projectChargeableHours",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "project": ("project", _p_project),
            "activity": ("activity", _p_activity),
            "date": ("date", None),
            "hours": ("hours", None),
            "chargeable_hours": ("chargeableHours", None),
            "employee": ("employee", _p_employee),
            "time_clocks": ("timeClocks", _p_time_clocks),
            "comment": ("comment", None),
            "locked": ("locked", None),
            "chargeable": ("chargeable", None),
            "invoice": ("invoice", _p_invoice),
            "hourly_rate": ("hourlyRate", None),
            "hourly_cost": ("hourlyCost", None),
            "hourly_cost_percentage": ("hourlyCostPercentage", None),
            "project_chargeable_hours": ("projectChargeableHours", None),
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
