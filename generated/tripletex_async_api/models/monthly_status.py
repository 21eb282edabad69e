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
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.flex_summary import FlexSummary
    from ..models.hour_summary import HourSummary
    from ..models.timesheet_entry import TimesheetEntry
    from ..models.vacation_summary import VacationSummary


T = TypeVar("T", bound="MonthlyStatus")


@_attrs_define
class MonthlyStatus(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employee (Employee | Unset):
        timesheet_entries (list[TimesheetEntry] | Unset):
        approved_date (str | Unset):
        completed (bool | Unset):
        approved_by (Employee | Unset):
        approved (bool | Unset):
        approved_until_date (str | Unset):
        month_year (str | Unset):
        hours_payout (float | Unset):
        vacation_payout (float | Unset):
        hour_summary (HourSummary | Unset):
        flex_summary (FlexSummary | Unset):
        vacation_summary (VacationSummary | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    timesheet_entries: list[TimesheetEntry] | Unset = UNSET
    approved_date: str | Unset = UNSET
    completed: bool | Unset = UNSET
    approved_by: Employee | Unset = UNSET
    approved: bool | Unset = UNSET
    approved_until_date: str | Unset = UNSET
    month_year: str | Unset = UNSET
    hours_payout: float | Unset = UNSET
    vacation_payout: float | Unset = UNSET
    hour_summary: HourSummary | Unset = UNSET
    flex_summary: FlexSummary | Unset = UNSET
    vacation_summary: VacationSummary | Unset = UNSET
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
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.timesheet_entries
        if _v is not UNSET and not _in_request:
            field_dict["timesheetEntries"] = [_e.to_dict() for _e in _v]
        _v = self.approved_date
        if _v is not UNSET and not _in_request:
            field_dict["approvedDate"] = _v
        _v = self.completed
        if _v is not UNSET and not _in_request:
            field_dict["completed"] = _v
        _v = self.approved_by
        if _v is not UNSET:
            field_dict["approvedBy"] = _v.to_dict()
        _v = self.approved
        if _v is not UNSET and not _in_request:
            field_dict["approved"] = _v
        _v = self.approved_until_date
        if _v is not UNSET and not _in_request:
            field_dict["approvedUntilDate"] = _v
        _v = self.month_year
        if _v is not UNSET and not _in_request:
            field_dict["monthYear"] = _v
        _v = self.hours_payout
        if _v is not UNSET:
            field_dict["hoursPayout"] = _v
        _v = self.vacation_payout
        if _v is not UNSET:
            field_dict["vacationPayout"] = _v
        _v = self.hour_summary
        if _v is not UNSET:
            field_dict["hourSummary"] = _v.to_dict()
        _v = self.flex_summary
        if _v is not UNSET:
            field_dict["flexSummary"] = _v.to_dict()
        _v = self.vacation_summary
        if _v is not UNSET:
            field_dict["vacationSummary"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MonthlyStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MonthlyStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.flex_summary import FlexSummary  # noqa: PLC0415
        from ..models.hour_summary import HourSummary  # noqa: PLC0415
        from ..models.timesheet_entry import TimesheetEntry  # noqa: PLC0415
        from ..models.vacation_summary import VacationSummary  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "timesheetEntries",
                "approvedDate",
                "completed",
                "approvedBy",
                "approved",
                "approvedUntilDate",
                "monthYear",
                "hoursPayout",
                "vacationPayout",
                "hourSummary",
                "flexSummary",
                "vacationSummary",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "approvedDate": "approved_date",
            "completed": "completed",
            "approved": "approved",
            "approvedUntilDate": "approved_until_date",
            "monthYear": "month_year",
            "hoursPayout": "hours_payout",
            "vacationPayout": "vacation_payout",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee = o.timesheet_entries = o.approved_date = (
                        o.completed
                    ) = o.approved_by = o.approved = o.approved_until_date = o.month_year = o.hours_payout = (
                        o.vacation_payout
                    ) = o.hour_summary = o.flex_summary = o.vacation_summary = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee = o.timesheet_entries = o.approved_date = (
                        o.completed
                    ) = o.approved_by = o.approved = o.approved_until_date = o.month_year = o.hours_payout = (
                        o.vacation_payout
                    ) = o.hour_summary = o.flex_summary = o.vacation_summary = UNSET
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
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                k = "timesheetEntries"
                v = g("timesheetEntries")
                if v is None:
                    o.timesheet_entries = u
                    if "timesheetEntries" not in d:
                        m += 1
                else:
                    o.timesheet_entries = (
                        ([TimesheetEntry._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("approvedDate")
                if v is None:
                    o.approved_date = u
                    if "approvedDate" not in d:
                        m += 1
                else:
                    o.approved_date = v
                v = g("completed")
                if v is None:
                    o.completed = u
                    if "completed" not in d:
                        m += 1
                else:
                    o.completed = v
                k = "approvedBy"
                v = g("approvedBy")
                if v is None:
                    o.approved_by = u
                    if "approvedBy" not in d:
                        m += 1
                else:
                    o.approved_by = Employee._tx_parse(v)
                v = g("approved")
                if v is None:
                    o.approved = u
                    if "approved" not in d:
                        m += 1
                else:
                    o.approved = v
                v = g("approvedUntilDate")
                if v is None:
                    o.approved_until_date = u
                    if "approvedUntilDate" not in d:
                        m += 1
                else:
                    o.approved_until_date = v
                v = g("monthYear")
                if v is None:
                    o.month_year = u
                    if "monthYear" not in d:
                        m += 1
                else:
                    o.month_year = v
                v = g("hoursPayout")
                if v is None:
                    o.hours_payout = u
                    if "hoursPayout" not in d:
                        m += 1
                else:
                    o.hours_payout = v
                v = g("vacationPayout")
                if v is None:
                    o.vacation_payout = u
                    if "vacationPayout" not in d:
                        m += 1
                else:
                    o.vacation_payout = v
                k = "hourSummary"
                v = g("hourSummary")
                if v is None:
                    o.hour_summary = u
                    if "hourSummary" not in d:
                        m += 1
                else:
                    o.hour_summary = HourSummary._tx_parse(v)
                k = "flexSummary"
                v = g("flexSummary")
                if v is None:
                    o.flex_summary = u
                    if "flexSummary" not in d:
                        m += 1
                else:
                    o.flex_summary = FlexSummary._tx_parse(v)
                k = "vacationSummary"
                v = g("vacationSummary")
                if v is None:
                    o.vacation_summary = u
                    if "vacationSummary" not in d:
                        m += 1
                else:
                    o.vacation_summary = VacationSummary._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("employee", "employee"),
            ("timesheet_entries", "timesheetEntries"),
            ("approved_date", "approvedDate"),
            ("completed", "completed"),
            ("approved_by", "approvedBy"),
            ("approved", "approved"),
            ("approved_until_date", "approvedUntilDate"),
            ("month_year", "monthYear"),
            ("hours_payout", "hoursPayout"),
            ("vacation_payout", "vacationPayout"),
            ("hour_summary", "hourSummary"),
            ("flex_summary", "flexSummary"),
            ("vacation_summary", "vacationSummary"),
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
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.timesheet_entries
            o.timesheet_entries = (
                u
                if v is None or v is u
                else ([TimesheetEntry._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.approved_date
            o.approved_date = u if v is None else v
            v = s.completed
            o.completed = u if v is None else v
            v = s.approved_by
            o.approved_by = u if v is None or v is u else Employee._tx_parse(v)
            v = s.approved
            o.approved = u if v is None else v
            v = s.approved_until_date
            o.approved_until_date = u if v is None else v
            v = s.month_year
            o.month_year = u if v is None else v
            v = s.hours_payout
            o.hours_payout = u if v is None else v
            v = s.vacation_payout
            o.vacation_payout = u if v is None else v
            v = s.hour_summary
            o.hour_summary = u if v is None or v is u else HourSummary._tx_parse(v)
            v = s.flex_summary
            o.flex_summary = u if v is None or v is u else FlexSummary._tx_parse(v)
            v = s.vacation_summary
            o.vacation_summary = u if v is None or v is u else VacationSummary._tx_parse(v)
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
