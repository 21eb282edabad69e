from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.change import Change


T = TypeVar("T", bound="TimesheetSettings")


@_attrs_define
class TimesheetSettings:
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
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

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

        time_clock = d.pop("timeClock", UNSET)

        timesheet_completed = d.pop("timesheetCompleted", UNSET)

        flex_balance = d.pop("flexBalance", UNSET)

        vacation_balance = d.pop("vacationBalance", UNSET)

        show_detailed_time_sheet = d.pop("showDetailedTimeSheet", UNSET)

        require_comments_on_registered_hours_all_projects = d.pop("requireCommentsOnRegisteredHoursAllProjects", UNSET)

        _default_project_activity = d.pop("defaultProjectActivity", UNSET)
        default_project_activity: Activity | Unset
        if isinstance(_default_project_activity, Unset):
            default_project_activity = UNSET
        else:
            default_project_activity = Activity.from_dict(_default_project_activity)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            time_clock=time_clock,
            timesheet_completed=timesheet_completed,
            flex_balance=flex_balance,
            vacation_balance=vacation_balance,
            show_detailed_time_sheet=show_detailed_time_sheet,
            require_comments_on_registered_hours_all_projects=require_comments_on_registered_hours_all_projects,
            default_project_activity=default_project_activity,
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
