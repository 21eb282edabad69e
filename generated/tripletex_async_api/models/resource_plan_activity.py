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
    from ..models.resource_plan_employee import ResourcePlanEmployee


T = TypeVar("T", bound="ResourcePlanActivity")


@_attrs_define
class ResourcePlanActivity(Model):
    """List of ActivityResourcePlanDTO

    Attributes:
        activity_id (int | Unset):
        activity_name (str | Unset):
        employee_entries (list[ResourcePlanEmployee] | Unset): List of EmployeeResourcePlanDTO
    """

    activity_id: int | Unset = UNSET
    activity_name: str | Unset = UNSET
    employee_entries: list[ResourcePlanEmployee] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.activity_id
        if _v is not UNSET:
            field_dict["activityId"] = _v
        _v = self.activity_name
        if _v is not UNSET:
            field_dict["activityName"] = _v
        _v = self.employee_entries
        if _v is not UNSET:
            field_dict["employeeEntries"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourcePlanActivity from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResourcePlanActivity.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.resource_plan_employee import ResourcePlanEmployee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "activityId",
                "activityName",
                "employeeEntries",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("activityId")
                if v is None:
                    o.activity_id = u
                    if "activityId" not in d:
                        m += 1
                else:
                    o.activity_id = v
                v = g("activityName")
                if v is None:
                    o.activity_name = u
                    if "activityName" not in d:
                        m += 1
                else:
                    o.activity_name = v
                k = "employeeEntries"
                v = g("employeeEntries")
                if v is None:
                    o.employee_entries = u
                    if "employeeEntries" not in d:
                        m += 1
                else:
                    o.employee_entries = (
                        ([ResourcePlanEmployee._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("activity_id", "activityId"),
            ("activity_name", "activityName"),
            ("employee_entries", "employeeEntries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.activity_id
            o.activity_id = u if v is None else v
            v = s.activity_name
            o.activity_name = u if v is None else v
            v = s.employee_entries
            o.employee_entries = (
                u
                if v is None or v is u
                else ([ResourcePlanEmployee._tx_parse(e) for e in v if e is not None] if v else [])
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
