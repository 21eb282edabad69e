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


T = TypeVar("T", bound="TimesheetSettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("defaultProjectActivity", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TimesheetSettings(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        time_clock (bool | Unset): [read-only]
        timesheet_completed (bool | Unset): [read-only]
        flex_balance (bool | Unset): [read-only]
        vacation_balance (bool | Unset): [read-only]
        show_detailed_time_sheet (bool | Unset): [read-only]
        require_comments_on_registered_hours_all_projects (bool | Unset): [read-only]
        default_project_activity (Activity | Unset): Add existing project activity or create new project specific
            activity
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    time_clock: bool | Unset = UNSET
    timesheet_completed: bool | Unset = UNSET
    flex_balance: bool | Unset = UNSET
    vacation_balance: bool | Unset = UNSET
    show_detailed_time_sheet: bool | Unset = UNSET
    require_comments_on_registered_hours_all_projects: bool | Unset = UNSET
    default_project_activity: Activity | Unset = UNSET
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

        time_clock = self.time_clock

        timesheet_completed = self.timesheet_completed

        flex_balance = self.flex_balance

        vacation_balance = self.vacation_balance

        show_detailed_time_sheet = self.show_detailed_time_sheet

        require_comments_on_registered_hours_all_projects = self.require_comments_on_registered_hours_all_projects

        default_project_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_project_activity, Unset):
            default_project_activity = self.default_project_activity.to_dict()

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
        if time_clock is not UNSET and not _in_request:
            field_dict["timeClock"] = time_clock
        if timesheet_completed is not UNSET and not _in_request:
            field_dict["timesheetCompleted"] = timesheet_completed
        if flex_balance is not UNSET and not _in_request:
            field_dict["flexBalance"] = flex_balance
        if vacation_balance is not UNSET and not _in_request:
            field_dict["vacationBalance"] = vacation_balance
        if show_detailed_time_sheet is not UNSET and not _in_request:
            field_dict["showDetailedTimeSheet"] = show_detailed_time_sheet
        if require_comments_on_registered_hours_all_projects is not UNSET and not _in_request:
            field_dict["requireCommentsOnRegisteredHoursAllProjects"] = (
                require_comments_on_registered_hours_all_projects
            )
        if default_project_activity is not UNSET:
            field_dict["defaultProjectActivity"] = default_project_activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimesheetSettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        def _p_default_project_activity(_tx_v: Any) -> Activity | Unset:
            _default_project_activity = _tx_v
            default_project_activity: Activity | Unset
            if isinstance(_default_project_activity, Unset):
                default_project_activity = UNSET
            else:
                default_project_activity = Activity._tx_from_json(_default_project_activity)

            return default_project_activity

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "timeClock",
                "timesheetCompleted",
                "flexBalance",
                "vacationBalance",
                "showDetailedTimeSheet",
                "requireCommentsOnRegisteredHoursAllProjects",
                "defaultProjectActivity",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "time_clock": ("timeClock", None),
            "timesheet_completed": ("timesheetCompleted", None),
            "flex_balance": ("flexBalance", None),
            "vacation_balance": ("vacationBalance", None),
            "show_detailed_time_sheet": ("showDetailedTimeSheet", None),
            "require_comments_on_registered_hours_all_projects": ("requireCommentsOnRegisteredHoursAllProjects", None),
            "default_project_activity": ("defaultProjectActivity", _p_default_project_activity),
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
