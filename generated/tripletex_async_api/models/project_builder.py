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

T = TypeVar("T", bound="ProjectBuilder")


@_attrs_define
class ProjectBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        number (str | Unset):
        name (str | Unset):
        comment (str | Unset):
        employee_id (int | Unset):
        closed (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        project (bool | Unset):
        allow_time_tracking_for_participants_only (bool | Unset):
        internal (bool | Unset):
        delivery_address_id (int | Unset):
        currency_id (int | Unset):
        parent_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    number: str | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    closed: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    project: bool | Unset = UNSET
    allow_time_tracking_for_participants_only: bool | Unset = UNSET
    internal: bool | Unset = UNSET
    delivery_address_id: int | Unset = UNSET
    currency_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.closed
        if _v is not UNSET:
            field_dict["closed"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v
        _v = self.allow_time_tracking_for_participants_only
        if _v is not UNSET:
            field_dict["allowTimeTrackingForParticipantsOnly"] = _v
        _v = self.internal
        if _v is not UNSET:
            field_dict["internal"] = _v
        _v = self.delivery_address_id
        if _v is not UNSET:
            field_dict["deliveryAddressId"] = _v
        _v = self.currency_id
        if _v is not UNSET:
            field_dict["currencyId"] = _v
        _v = self.parent_id
        if _v is not UNSET:
            field_dict["parentId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "number",
                "name",
                "comment",
                "employeeId",
                "closed",
                "startDate",
                "endDate",
                "project",
                "allowTimeTrackingForParticipantsOnly",
                "internal",
                "deliveryAddressId",
                "currencyId",
                "parentId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "number": "number",
            "name": "name",
            "comment": "comment",
            "employeeId": "employee_id",
            "closed": "closed",
            "startDate": "start_date",
            "endDate": "end_date",
            "project": "project",
            "allowTimeTrackingForParticipantsOnly": "allow_time_tracking_for_participants_only",
            "internal": "internal",
            "deliveryAddressId": "delivery_address_id",
            "currencyId": "currency_id",
            "parentId": "parent_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.company_id = o.number = o.name = o.comment = o.employee_id = o.closed = o.start_date = (
                        o.end_date
                    ) = o.project = o.allow_time_tracking_for_participants_only = o.internal = o.delivery_address_id = (
                        o.currency_id
                    ) = o.parent_id = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("closed")
                if v is None:
                    o.closed = u
                    if "closed" not in d:
                        m += 1
                else:
                    o.closed = v
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
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = v
                v = g("allowTimeTrackingForParticipantsOnly")
                if v is None:
                    o.allow_time_tracking_for_participants_only = u
                    if "allowTimeTrackingForParticipantsOnly" not in d:
                        m += 1
                else:
                    o.allow_time_tracking_for_participants_only = v
                v = g("internal")
                if v is None:
                    o.internal = u
                    if "internal" not in d:
                        m += 1
                else:
                    o.internal = v
                v = g("deliveryAddressId")
                if v is None:
                    o.delivery_address_id = u
                    if "deliveryAddressId" not in d:
                        m += 1
                else:
                    o.delivery_address_id = v
                v = g("currencyId")
                if v is None:
                    o.currency_id = u
                    if "currencyId" not in d:
                        m += 1
                else:
                    o.currency_id = v
                v = g("parentId")
                if v is None:
                    o.parent_id = u
                    if "parentId" not in d:
                        m += 1
                else:
                    o.parent_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("number", "number"),
            ("name", "name"),
            ("comment", "comment"),
            ("employee_id", "employeeId"),
            ("closed", "closed"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("project", "project"),
            ("allow_time_tracking_for_participants_only", "allowTimeTrackingForParticipantsOnly"),
            ("internal", "internal"),
            ("delivery_address_id", "deliveryAddressId"),
            ("currency_id", "currencyId"),
            ("parent_id", "parentId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.closed
            o.closed = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.project
            o.project = u if v is None else v
            v = s.allow_time_tracking_for_participants_only
            o.allow_time_tracking_for_participants_only = u if v is None else v
            v = s.internal
            o.internal = u if v is None else v
            v = s.delivery_address_id
            o.delivery_address_id = u if v is None else v
            v = s.currency_id
            o.currency_id = u if v is None else v
            v = s.parent_id
            o.parent_id = u if v is None else v
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
