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

T = TypeVar("T", bound="RP2EmployeeBookedTime")


@_attrs_define
class RP2EmployeeBookedTime(Model):
    """
    Attributes:
        employee_id (int | Unset):
        period_id (int | Unset):
        duration (float | Unset):
        duration_unit (str | Unset):
    """

    employee_id: int | Unset = UNSET
    period_id: int | Unset = UNSET
    duration: float | Unset = UNSET
    duration_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.period_id
        if _v is not UNSET:
            field_dict["periodId"] = _v
        _v = self.duration
        if _v is not UNSET:
            field_dict["duration"] = _v
        _v = self.duration_unit
        if _v is not UNSET:
            field_dict["durationUnit"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RP2EmployeeBookedTime from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RP2EmployeeBookedTime.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeId",
                "periodId",
                "duration",
                "durationUnit",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employeeId")
                if v is None:
                    o.employee_id = u
                    if "employeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                v = g("periodId")
                if v is None:
                    o.period_id = u
                    if "periodId" not in d:
                        m += 1
                else:
                    o.period_id = v
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_id", "employeeId"),
            ("period_id", "periodId"),
            ("duration", "duration"),
            ("duration_unit", "durationUnit"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.period_id
            o.period_id = u if v is None else v
            v = s.duration
            o.duration = u if v is None else v
            v = s.duration_unit
            o.duration_unit = u if v is None else v
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
