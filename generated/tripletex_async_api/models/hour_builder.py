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

T = TypeVar("T", bound="HourBuilder")


@_attrs_define
class HourBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        date (str | Unset):
        project_id (int | Unset):
        activity_id (int | Unset):
        hours (float | Unset):
        comment (str | Unset):
        invoice_id (int | Unset):
        approved (bool | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    date: str | Unset = UNSET
    project_id: int | Unset = UNSET
    activity_id: int | Unset = UNSET
    hours: float | Unset = UNSET
    comment: str | Unset = UNSET
    invoice_id: int | Unset = UNSET
    approved: bool | Unset = UNSET
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
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.activity_id
        if _v is not UNSET:
            field_dict["activityId"] = _v
        _v = self.hours
        if _v is not UNSET:
            field_dict["hours"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.invoice_id
        if _v is not UNSET:
            field_dict["invoiceId"] = _v
        _v = self.approved
        if _v is not UNSET:
            field_dict["approved"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A HourBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``HourBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "employeeId",
                "date",
                "projectId",
                "activityId",
                "hours",
                "comment",
                "invoiceId",
                "approved",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "employeeId": "employee_id",
            "date": "date",
            "projectId": "project_id",
            "activityId": "activity_id",
            "hours": "hours",
            "comment": "comment",
            "invoiceId": "invoice_id",
            "approved": "approved",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.employee_id = o.date = o.project_id = o.activity_id = o.hours = o.comment = (
                        o.invoice_id
                    ) = o.approved = UNSET
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
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("activityId")
                if v is None:
                    o.activity_id = u
                    if "activityId" not in d:
                        m += 1
                else:
                    o.activity_id = v
                v = g("hours")
                if v is None:
                    o.hours = u
                    if "hours" not in d:
                        m += 1
                else:
                    o.hours = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("approved")
                if v is None:
                    o.approved = u
                    if "approved" not in d:
                        m += 1
                else:
                    o.approved = v
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
            ("date", "date"),
            ("project_id", "projectId"),
            ("activity_id", "activityId"),
            ("hours", "hours"),
            ("comment", "comment"),
            ("invoice_id", "invoiceId"),
            ("approved", "approved"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.activity_id
            o.activity_id = u if v is None else v
            v = s.hours
            o.hours = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.approved
            o.approved = u if v is None else v
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
