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

T = TypeVar("T", bound="ActivityBuilder")


@_attrs_define
class ActivityBuilder(Model):
    """
    Attributes:
        company_id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        number (int | Unset):
        general (bool | Unset):
        project_activity (bool | Unset):
        allow_timetracking (bool | Unset):
        task (bool | Unset):
        chargeable (bool | Unset):
        disabled (bool | Unset):
    """

    company_id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    number: int | Unset = UNSET
    general: bool | Unset = UNSET
    project_activity: bool | Unset = UNSET
    allow_timetracking: bool | Unset = UNSET
    task: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.general
        if _v is not UNSET:
            field_dict["general"] = _v
        _v = self.project_activity
        if _v is not UNSET:
            field_dict["projectActivity"] = _v
        _v = self.allow_timetracking
        if _v is not UNSET:
            field_dict["allowTimetracking"] = _v
        _v = self.task
        if _v is not UNSET:
            field_dict["task"] = _v
        _v = self.chargeable
        if _v is not UNSET:
            field_dict["chargeable"] = _v
        _v = self.disabled
        if _v is not UNSET:
            field_dict["disabled"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActivityBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ActivityBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "companyId",
                "name",
                "description",
                "number",
                "general",
                "projectActivity",
                "allowTimetracking",
                "task",
                "chargeable",
                "disabled",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "name": "name",
            "description": "description",
            "number": "number",
            "general": "general",
            "projectActivity": "project_activity",
            "allowTimetracking": "allow_timetracking",
            "task": "task",
            "chargeable": "chargeable",
            "disabled": "disabled",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.company_id = o.name = o.description = o.number = o.general = o.project_activity = (
                        o.allow_timetracking
                    ) = o.task = o.chargeable = o.disabled = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("general")
                if v is None:
                    o.general = u
                    if "general" not in d:
                        m += 1
                else:
                    o.general = v
                v = g("projectActivity")
                if v is None:
                    o.project_activity = u
                    if "projectActivity" not in d:
                        m += 1
                else:
                    o.project_activity = v
                v = g("allowTimetracking")
                if v is None:
                    o.allow_timetracking = u
                    if "allowTimetracking" not in d:
                        m += 1
                else:
                    o.allow_timetracking = v
                v = g("task")
                if v is None:
                    o.task = u
                    if "task" not in d:
                        m += 1
                else:
                    o.task = v
                v = g("chargeable")
                if v is None:
                    o.chargeable = u
                    if "chargeable" not in d:
                        m += 1
                else:
                    o.chargeable = v
                v = g("disabled")
                if v is None:
                    o.disabled = u
                    if "disabled" not in d:
                        m += 1
                else:
                    o.disabled = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("name", "name"),
            ("description", "description"),
            ("number", "number"),
            ("general", "general"),
            ("project_activity", "projectActivity"),
            ("allow_timetracking", "allowTimetracking"),
            ("task", "task"),
            ("chargeable", "chargeable"),
            ("disabled", "disabled"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.general
            o.general = u if v is None else v
            v = s.project_activity
            o.project_activity = u if v is None else v
            v = s.allow_timetracking
            o.allow_timetracking = u if v is None else v
            v = s.task
            o.task = u if v is None else v
            v = s.chargeable
            o.chargeable = u if v is None else v
            v = s.disabled
            o.disabled = u if v is None else v
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
