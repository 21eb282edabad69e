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
    from ..models.employee import Employee
    from ..models.project import Project


T = TypeVar("T", bound="TimesheetAllocated")


@_attrs_define
class TimesheetAllocated(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employee (Employee | Unset):
        project (Project | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        date (str | Unset):
        hours (float | Unset):
        is_approved (bool | Unset):
        manager_comment (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    project: Project | Unset = UNSET
    activity: Activity | Unset = UNSET
    date: str | Unset = UNSET
    hours: float | Unset = UNSET
    is_approved: bool | Unset = UNSET
    manager_comment: str | Unset = UNSET
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
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.activity
        if _v is not UNSET:
            field_dict["activity"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.hours
        if _v is not UNSET:
            field_dict["hours"] = _v
        _v = self.is_approved
        if _v is not UNSET:
            field_dict["isApproved"] = _v
        _v = self.manager_comment
        if _v is not UNSET:
            field_dict["managerComment"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimesheetAllocated from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimesheetAllocated.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "project",
                "activity",
                "date",
                "hours",
                "isApproved",
                "managerComment",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "hours": "hours",
            "isApproved": "is_approved",
            "managerComment": "manager_comment",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employee = o.project = o.activity = o.date = o.hours = (
                        o.is_approved
                    ) = o.manager_comment = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employee = o.project = o.activity = o.date = o.hours = (
                        o.is_approved
                    ) = o.manager_comment = UNSET
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
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                k = "activity"
                v = g("activity")
                if v is None:
                    o.activity = u
                    if "activity" not in d:
                        m += 1
                else:
                    o.activity = Activity._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("hours")
                if v is None:
                    o.hours = u
                    if "hours" not in d:
                        m += 1
                else:
                    o.hours = v
                v = g("isApproved")
                if v is None:
                    o.is_approved = u
                    if "isApproved" not in d:
                        m += 1
                else:
                    o.is_approved = v
                v = g("managerComment")
                if v is None:
                    o.manager_comment = u
                    if "managerComment" not in d:
                        m += 1
                else:
                    o.manager_comment = v
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
            ("employee", "employee"),
            ("project", "project"),
            ("activity", "activity"),
            ("date", "date"),
            ("hours", "hours"),
            ("is_approved", "isApproved"),
            ("manager_comment", "managerComment"),
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
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.activity
            o.activity = u if v is None or v is u else Activity._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.hours
            o.hours = u if v is None else v
            v = s.is_approved
            o.is_approved = u if v is None else v
            v = s.manager_comment
            o.manager_comment = u if v is None else v
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
