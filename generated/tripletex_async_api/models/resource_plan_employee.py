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
)

if TYPE_CHECKING:
    from ..models.resource_plan_hours import ResourcePlanHours


T = TypeVar("T", bound="ResourcePlanEmployee")


@_attrs_define
class ResourcePlanEmployee(Model):
    """List of EmployeeResourcePlanDTO

    Attributes:
        employee_id (int | Unset):
        employee_name (str | Unset):
        budget (float | Unset):
        remaining (float | Unset):
        total_hours (float | Unset):
        total_allocated (float | Unset):
        hours_entries (list[ResourcePlanHours] | Unset): List of HoursResourcePlanDTO
    """

    employee_id: int | Unset = UNSET
    employee_name: str | Unset = UNSET
    budget: float | Unset = UNSET
    remaining: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    total_allocated: float | Unset = UNSET
    hours_entries: list[ResourcePlanHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.employee_id
        if _v is not UNSET:
            field_dict["employeeId"] = _v
        _v = self.employee_name
        if _v is not UNSET:
            field_dict["employeeName"] = _v
        _v = self.budget
        if _v is not UNSET:
            field_dict["budget"] = _v
        _v = self.remaining
        if _v is not UNSET:
            field_dict["remaining"] = _v
        _v = self.total_hours
        if _v is not UNSET:
            field_dict["totalHours"] = _v
        _v = self.total_allocated
        if _v is not UNSET:
            field_dict["totalAllocated"] = _v
        _v = self.hours_entries
        if _v is not UNSET:
            field_dict["hoursEntries"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourcePlanEmployee from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResourcePlanEmployee.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.resource_plan_hours import ResourcePlanHours  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employeeId",
                "employeeName",
                "budget",
                "remaining",
                "totalHours",
                "totalAllocated",
                "hoursEntries",
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
                v = g("employeeName")
                if v is None:
                    o.employee_name = u
                    if "employeeName" not in d:
                        m += 1
                else:
                    o.employee_name = v
                v = g("budget")
                if v is None:
                    o.budget = u
                    if "budget" not in d:
                        m += 1
                else:
                    o.budget = v
                v = g("remaining")
                if v is None:
                    o.remaining = u
                    if "remaining" not in d:
                        m += 1
                else:
                    o.remaining = v
                v = g("totalHours")
                if v is None:
                    o.total_hours = u
                    if "totalHours" not in d:
                        m += 1
                else:
                    o.total_hours = v
                v = g("totalAllocated")
                if v is None:
                    o.total_allocated = u
                    if "totalAllocated" not in d:
                        m += 1
                else:
                    o.total_allocated = v
                k = "hoursEntries"
                v = g("hoursEntries")
                if v is None:
                    o.hours_entries = u
                    if "hoursEntries" not in d:
                        m += 1
                else:
                    o.hours_entries = (
                        ([ResourcePlanHours._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee_id", "employeeId"),
            ("employee_name", "employeeName"),
            ("budget", "budget"),
            ("remaining", "remaining"),
            ("total_hours", "totalHours"),
            ("total_allocated", "totalAllocated"),
            ("hours_entries", "hoursEntries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.employee_name
            o.employee_name = u if v is None else v
            v = s.budget
            o.budget = u if v is None else v
            v = s.remaining
            o.remaining = u if v is None else v
            v = s.total_hours
            o.total_hours = u if v is None else v
            v = s.total_allocated
            o.total_allocated = u if v is None else v
            v = s.hours_entries
            o.hours_entries = (
                u
                if v is None or v is u
                else ([ResourcePlanHours._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
