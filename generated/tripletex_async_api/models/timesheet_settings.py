from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.change import Change


T = TypeVar("T", bound="TimesheetSettings")


@_attrs_define
class TimesheetSettings(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        time_clock (bool | Unset):
        timesheet_completed (bool | Unset):
        flex_balance (bool | Unset):
        vacation_balance (bool | Unset):
        show_detailed_time_sheet (bool | Unset):
        require_comments_on_registered_hours_all_projects (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.time_clock
        if _v is not UNSET and not _in_request:
            field_dict["timeClock"] = _v
        _v = self.timesheet_completed
        if _v is not UNSET and not _in_request:
            field_dict["timesheetCompleted"] = _v
        _v = self.flex_balance
        if _v is not UNSET and not _in_request:
            field_dict["flexBalance"] = _v
        _v = self.vacation_balance
        if _v is not UNSET and not _in_request:
            field_dict["vacationBalance"] = _v
        _v = self.show_detailed_time_sheet
        if _v is not UNSET and not _in_request:
            field_dict["showDetailedTimeSheet"] = _v
        _v = self.require_comments_on_registered_hours_all_projects
        if _v is not UNSET and not _in_request:
            field_dict["requireCommentsOnRegisteredHoursAllProjects"] = _v
        _v = self.default_project_activity
        if _v is not UNSET:
            field_dict["defaultProjectActivity"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimesheetSettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimesheetSettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "timeClock": "time_clock",
            "timesheetCompleted": "timesheet_completed",
            "flexBalance": "flex_balance",
            "vacationBalance": "vacation_balance",
            "showDetailedTimeSheet": "show_detailed_time_sheet",
            "requireCommentsOnRegisteredHoursAllProjects": "require_comments_on_registered_hours_all_projects",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.time_clock = o.timesheet_completed = o.flex_balance = (
                        o.vacation_balance
                    ) = o.show_detailed_time_sheet = o.require_comments_on_registered_hours_all_projects = (
                        o.default_project_activity
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.time_clock = o.timesheet_completed = o.flex_balance = (
                        o.vacation_balance
                    ) = o.show_detailed_time_sheet = o.require_comments_on_registered_hours_all_projects = (
                        o.default_project_activity
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("timeClock")
                if v is None:
                    o.time_clock = u
                    if "timeClock" not in d:
                        m += 1
                else:
                    o.time_clock = v
                v = g("timesheetCompleted")
                if v is None:
                    o.timesheet_completed = u
                    if "timesheetCompleted" not in d:
                        m += 1
                else:
                    o.timesheet_completed = v
                v = g("flexBalance")
                if v is None:
                    o.flex_balance = u
                    if "flexBalance" not in d:
                        m += 1
                else:
                    o.flex_balance = v
                v = g("vacationBalance")
                if v is None:
                    o.vacation_balance = u
                    if "vacationBalance" not in d:
                        m += 1
                else:
                    o.vacation_balance = v
                v = g("showDetailedTimeSheet")
                if v is None:
                    o.show_detailed_time_sheet = u
                    if "showDetailedTimeSheet" not in d:
                        m += 1
                else:
                    o.show_detailed_time_sheet = v
                v = g("requireCommentsOnRegisteredHoursAllProjects")
                if v is None:
                    o.require_comments_on_registered_hours_all_projects = u
                    if "requireCommentsOnRegisteredHoursAllProjects" not in d:
                        m += 1
                else:
                    o.require_comments_on_registered_hours_all_projects = v
                k = "defaultProjectActivity"
                v = g("defaultProjectActivity")
                if v is None:
                    o.default_project_activity = u
                    if "defaultProjectActivity" not in d:
                        m += 1
                else:
                    o.default_project_activity = Activity._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("time_clock", "timeClock"),
            ("timesheet_completed", "timesheetCompleted"),
            ("flex_balance", "flexBalance"),
            ("vacation_balance", "vacationBalance"),
            ("show_detailed_time_sheet", "showDetailedTimeSheet"),
            ("require_comments_on_registered_hours_all_projects", "requireCommentsOnRegisteredHoursAllProjects"),
            ("default_project_activity", "defaultProjectActivity"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.time_clock
            o.time_clock = u if v is None else v
            v = s.timesheet_completed
            o.timesheet_completed = u if v is None else v
            v = s.flex_balance
            o.flex_balance = u if v is None else v
            v = s.vacation_balance
            o.vacation_balance = u if v is None else v
            v = s.show_detailed_time_sheet
            o.show_detailed_time_sheet = u if v is None else v
            v = s.require_comments_on_registered_hours_all_projects
            o.require_comments_on_registered_hours_all_projects = u if v is None else v
            v = s.default_project_activity
            o.default_project_activity = u if v is None or v is u else Activity._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
