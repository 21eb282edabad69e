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
    from ..models.project import Project


T = TypeVar("T", bound="ProjectActivity")


@_attrs_define
class ProjectActivity(Model):
    """Project Activities

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        project (Project | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        is_closed (bool | Unset):
        budget_hours (float | Unset): Set budget hours
        budget_hourly_rate_currency (float | Unset): Set budget hourly rate
        budget_fee_currency (float | Unset): Set budget fee
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    activity: Activity | Unset = UNSET
    project: Project | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    is_closed: bool | Unset = UNSET
    budget_hours: float | Unset = UNSET
    budget_hourly_rate_currency: float | Unset = UNSET
    budget_fee_currency: float | Unset = UNSET
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
        _v = self.activity
        if _v is not UNSET:
            field_dict["activity"] = _v.to_dict()
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v.to_dict()
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.is_closed
        if _v is not UNSET:
            field_dict["isClosed"] = _v
        _v = self.budget_hours
        if _v is not UNSET:
            field_dict["budgetHours"] = _v
        _v = self.budget_hourly_rate_currency
        if _v is not UNSET:
            field_dict["budgetHourlyRateCurrency"] = _v
        _v = self.budget_fee_currency
        if _v is not UNSET:
            field_dict["budgetFeeCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectActivity from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectActivity.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "activity",
                "project",
                "startDate",
                "endDate",
                "isClosed",
                "budgetHours",
                "budgetHourlyRateCurrency",
                "budgetFeeCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "startDate": "start_date",
            "endDate": "end_date",
            "isClosed": "is_closed",
            "budgetHours": "budget_hours",
            "budgetHourlyRateCurrency": "budget_hourly_rate_currency",
            "budgetFeeCurrency": "budget_fee_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.activity = o.project = o.start_date = o.end_date = (
                        o.is_closed
                    ) = o.budget_hours = o.budget_hourly_rate_currency = o.budget_fee_currency = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.activity = o.project = o.start_date = o.end_date = (
                        o.is_closed
                    ) = o.budget_hours = o.budget_hourly_rate_currency = o.budget_fee_currency = UNSET
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
                k = "activity"
                v = g("activity")
                if v is None:
                    o.activity = u
                    if "activity" not in d:
                        m += 1
                else:
                    o.activity = Activity._tx_parse(v)
                k = "project"
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = Project._tx_parse(v)
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("isClosed")
                if v is None:
                    o.is_closed = u
                    if "isClosed" not in d:
                        m += 1
                else:
                    o.is_closed = v
                v = g("budgetHours")
                if v is None:
                    o.budget_hours = u
                    if "budgetHours" not in d:
                        m += 1
                else:
                    o.budget_hours = v
                v = g("budgetHourlyRateCurrency")
                if v is None:
                    o.budget_hourly_rate_currency = u
                    if "budgetHourlyRateCurrency" not in d:
                        m += 1
                else:
                    o.budget_hourly_rate_currency = v
                v = g("budgetFeeCurrency")
                if v is None:
                    o.budget_fee_currency = u
                    if "budgetFeeCurrency" not in d:
                        m += 1
                else:
                    o.budget_fee_currency = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("activity", "activity"),
            ("project", "project"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("is_closed", "isClosed"),
            ("budget_hours", "budgetHours"),
            ("budget_hourly_rate_currency", "budgetHourlyRateCurrency"),
            ("budget_fee_currency", "budgetFeeCurrency"),
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
            v = s.activity
            o.activity = u if v is None or v is u else Activity._tx_parse(v)
            v = s.project
            o.project = u if v is None or v is u else Project._tx_parse(v)
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.is_closed
            o.is_closed = u if v is None else v
            v = s.budget_hours
            o.budget_hours = u if v is None else v
            v = s.budget_hourly_rate_currency
            o.budget_hourly_rate_currency = u if v is None else v
            v = s.budget_fee_currency
            o.budget_fee_currency = u if v is None else v
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
