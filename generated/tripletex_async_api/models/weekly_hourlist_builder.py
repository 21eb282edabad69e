from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="WeeklyHourlistBuilder")


@_attrs_define
class WeeklyHourlistBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        week (int | Unset):
        year (int | Unset):
        completed (bool | Unset):
        approved (bool | Unset):
        approved_by (int | Unset):
        date (str | Unset):
        approved_until (str | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    week: int | Unset = UNSET
    year: int | Unset = UNSET
    completed: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    approved_by: int | Unset = UNSET
    date: str | Unset = UNSET
    approved_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.week
        if _v is not UNSET:
            field_dict["week"] = _v
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.completed
        if _v is not UNSET:
            field_dict["completed"] = _v
        _v = self.approved
        if _v is not UNSET:
            field_dict["approved"] = _v
        _v = self.approved_by
        if _v is not UNSET:
            field_dict["approvedBy"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.approved_until
        if _v is not UNSET:
            field_dict["approvedUntil"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WeeklyHourlistBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WeeklyHourlistBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "employeeId",
                "week",
                "year",
                "completed",
                "approved",
                "approvedBy",
                "date",
                "approvedUntil",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "employeeId": "employee_id",
            "week": "week",
            "year": "year",
            "completed": "completed",
            "approved": "approved",
            "approvedBy": "approved_by",
            "date": "date",
            "approvedUntil": "approved_until",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.employee_id = o.week = o.year = o.completed = o.approved = o.approved_by = (
                        o.date
                    ) = o.approved_until = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("week")
                if v is None:
                    o.week = u
                    if "week" not in d:
                        m += 1
                else:
                    o.week = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("completed")
                if v is None:
                    o.completed = u
                    if "completed" not in d:
                        m += 1
                else:
                    o.completed = v
                v = g("approved")
                if v is None:
                    o.approved = u
                    if "approved" not in d:
                        m += 1
                else:
                    o.approved = v
                v = g("approvedBy")
                if v is None:
                    o.approved_by = u
                    if "approvedBy" not in d:
                        m += 1
                else:
                    o.approved_by = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("approvedUntil")
                if v is None:
                    o.approved_until = u
                    if "approvedUntil" not in d:
                        m += 1
                else:
                    o.approved_until = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("employee_id", "employeeId"),
            ("week", "week"),
            ("year", "year"),
            ("completed", "completed"),
            ("approved", "approved"),
            ("approved_by", "approvedBy"),
            ("date", "date"),
            ("approved_until", "approvedUntil"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.week
            o.week = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.completed
            o.completed = u if v is None else v
            v = s.approved
            o.approved = u if v is None else v
            v = s.approved_by
            o.approved_by = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.approved_until
            o.approved_until = u if v is None else v
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
