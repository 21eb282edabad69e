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

T = TypeVar("T", bound="RP2ProjectJob")


@_attrs_define
class RP2ProjectJob(Model):
    """
    Attributes:
        id (int | Unset):
        label (str | Unset):
        sub_label (str | Unset):
        duration (float | Unset):
        duration_unit (str | Unset):
        period_id (int | Unset):
        sub_period_id (int | Unset):
        start_date (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    sub_label: str | Unset = UNSET
    duration: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    period_id: int | Unset = UNSET
    sub_period_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.label
        if _v is not UNSET:
            field_dict["label"] = _v
        _v = self.sub_label
        if _v is not UNSET:
            field_dict["subLabel"] = _v
        _v = self.duration
        if _v is not UNSET:
            field_dict["duration"] = _v
        _v = self.duration_unit
        if _v is not UNSET:
            field_dict["durationUnit"] = _v
        _v = self.period_id
        if _v is not UNSET:
            field_dict["periodId"] = _v
        _v = self.sub_period_id
        if _v is not UNSET:
            field_dict["subPeriodId"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.start_time
        if _v is not UNSET:
            field_dict["startTime"] = _v
        _v = self.end_time
        if _v is not UNSET:
            field_dict["endTime"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2ProjectJob from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RP2ProjectJob.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "label",
                "subLabel",
                "duration",
                "durationUnit",
                "periodId",
                "subPeriodId",
                "startDate",
                "startTime",
                "endTime",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "label": "label",
            "subLabel": "sub_label",
            "duration": "duration",
            "durationUnit": "duration_unit",
            "periodId": "period_id",
            "subPeriodId": "sub_period_id",
            "startDate": "start_date",
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
                    o.id = o.label = o.sub_label = o.duration = o.duration_unit = o.period_id = o.sub_period_id = (
                        o.start_date
                    ) = o.start_time = o.end_time = UNSET
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
                v = g("label")
                if v is None:
                    o.label = u
                    if "label" not in d:
                        m += 1
                else:
                    o.label = v
                v = g("subLabel")
                if v is None:
                    o.sub_label = u
                    if "subLabel" not in d:
                        m += 1
                else:
                    o.sub_label = v
                v = g("duration")
                if v is None:
                    o.duration = u
                    if "duration" not in d:
                        m += 1
                else:
                    o.duration = v
                v = g("durationUnit")
                if v is None:
                    o.duration_unit = u
                    if "durationUnit" not in d:
                        m += 1
                else:
                    o.duration_unit = v
                v = g("periodId")
                if v is None:
                    o.period_id = u
                    if "periodId" not in d:
                        m += 1
                else:
                    o.period_id = v
                v = g("subPeriodId")
                if v is None:
                    o.sub_period_id = u
                    if "subPeriodId" not in d:
                        m += 1
                else:
                    o.sub_period_id = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
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
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("label", "label"),
            ("sub_label", "subLabel"),
            ("duration", "duration"),
            ("duration_unit", "durationUnit"),
            ("period_id", "periodId"),
            ("sub_period_id", "subPeriodId"),
            ("start_date", "startDate"),
            ("start_time", "startTime"),
            ("end_time", "endTime"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.label
            o.label = u if v is None else v
            v = s.sub_label
            o.sub_label = u if v is None else v
            v = s.duration
            o.duration = u if v is None else v
            v = s.duration_unit
            o.duration_unit = u if v is None else v
            v = s.period_id
            o.period_id = u if v is None else v
            v = s.sub_period_id
            o.sub_period_id = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
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
