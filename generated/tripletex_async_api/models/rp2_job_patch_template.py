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

T = TypeVar("T", bound="RP2JobPatchTemplate")


@_attrs_define
class RP2JobPatchTemplate(Model):
    """
    Attributes:
        employee_ids (list[int] | Unset): List of employeeIds assigned to the job
        activity_id (int | Unset):
        project_id (int | Unset):
        date (str | Unset):
        duration_amount (float | Unset):
        duration_unit (str | Unset):
        description (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
    """

    employee_ids: list[int] | Unset = UNSET
    activity_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    date: str | Unset = UNSET
    duration_amount: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    description: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_ids
        if _v is not UNSET:
            field_dict["employeeIds"] = _v
        _v = self.activity_id
        if _v is not UNSET:
            field_dict["activityId"] = _v
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.duration_amount
        if _v is not UNSET:
            field_dict["durationAmount"] = _v
        _v = self.duration_unit
        if _v is not UNSET:
            field_dict["durationUnit"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.start_time
        if _v is not UNSET:
            field_dict["startTime"] = _v
        _v = self.end_time
        if _v is not UNSET:
            field_dict["endTime"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2JobPatchTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RP2JobPatchTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeIds",
                "activityId",
                "projectId",
                "date",
                "durationAmount",
                "durationUnit",
                "description",
                "startTime",
                "endTime",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "activityId": "activity_id",
            "projectId": "project_id",
            "date": "date",
            "durationAmount": "duration_amount",
            "durationUnit": "duration_unit",
            "description": "description",
            "startTime": "start_time",
            "endTime": "end_time",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.employee_ids = o.activity_id = o.project_id = o.date = o.duration_amount = o.duration_unit = (
                        o.description
                    ) = o.start_time = o.end_time = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employeeIds"
                v = g("employeeIds")
                if v is None:
                    o.employee_ids = u
                    if "employeeIds" not in d:
                        m += 1
                else:
                    o.employee_ids = v
                v = g("activityId")
                if v is None:
                    o.activity_id = u
                    if "activityId" not in d:
                        m += 1
                else:
                    o.activity_id = v
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("durationAmount")
                if v is None:
                    o.duration_amount = u
                    if "durationAmount" not in d:
                        m += 1
                else:
                    o.duration_amount = v
                v = g("durationUnit")
                if v is None:
                    o.duration_unit = u
                    if "durationUnit" not in d:
                        m += 1
                else:
                    o.duration_unit = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("startTime")
                if v is None:
                    o.start_time = u
                    if "startTime" not in d:
                        m += 1
                else:
                    o.start_time = v
                v = g("endTime")
                if v is None:
                    o.end_time = u
                    if "endTime" not in d:
                        m += 1
                else:
                    o.end_time = v
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
            ("employee_ids", "employeeIds"),
            ("activity_id", "activityId"),
            ("project_id", "projectId"),
            ("date", "date"),
            ("duration_amount", "durationAmount"),
            ("duration_unit", "durationUnit"),
            ("description", "description"),
            ("start_time", "startTime"),
            ("end_time", "endTime"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_ids
            o.employee_ids = u if v is None or v is u else v
            v = s.activity_id
            o.activity_id = u if v is None else v
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.duration_amount
            o.duration_amount = u if v is None else v
            v = s.duration_unit
            o.duration_unit = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.start_time
            o.start_time = u if v is None else v
            v = s.end_time
            o.end_time = u if v is None else v
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
