from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_plan_budget_period_type import ResourcePlanBudgetPeriodType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.resource_plan_activity import ResourcePlanActivity


T = TypeVar("T", bound="ResourcePlanBudget")


@_attrs_define
class ResourcePlanBudget(Model):
    """
    Attributes:
        project_id (int | Unset):
        project_name (str | Unset):
        period_start (str | Unset):
        period_end (str | Unset):
        period_type (ResourcePlanBudgetPeriodType | Unset):
        activity_entries (list[ResourcePlanActivity] | Unset): List of ActivityResourcePlanDTO
    """

    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    period_start: str | Unset = UNSET
    period_end: str | Unset = UNSET
    period_type: ResourcePlanBudgetPeriodType | Unset = UNSET
    activity_entries: list[ResourcePlanActivity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.project_id
        if _v is not UNSET:
            field_dict["projectId"] = _v
        _v = self.project_name
        if _v is not UNSET:
            field_dict["projectName"] = _v
        _v = self.period_start
        if _v is not UNSET:
            field_dict["periodStart"] = _v
        _v = self.period_end
        if _v is not UNSET:
            field_dict["periodEnd"] = _v
        _v = self.period_type
        if _v is not UNSET:
            field_dict["periodType"] = _v._value_
        _v = self.activity_entries
        if _v is not UNSET:
            field_dict["activityEntries"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResourcePlanBudget from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResourcePlanBudget.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.resource_plan_activity import ResourcePlanActivity  # noqa: PLC0415

        _new = object.__new__
        _e_period_type: dict[Any, Any] = enum_members(ResourcePlanBudgetPeriodType)
        _known: frozenset[str] = frozenset(
            (
                "projectId",
                "projectName",
                "periodStart",
                "periodEnd",
                "periodType",
                "activityEntries",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("projectId")
                if v is None:
                    o.project_id = u
                    if "projectId" not in d:
                        m += 1
                else:
                    o.project_id = v
                v = g("projectName")
                if v is None:
                    o.project_name = u
                    if "projectName" not in d:
                        m += 1
                else:
                    o.project_name = v
                v = g("periodStart")
                if v is None:
                    o.period_start = u
                    if "periodStart" not in d:
                        m += 1
                else:
                    o.period_start = v
                v = g("periodEnd")
                if v is None:
                    o.period_end = u
                    if "periodEnd" not in d:
                        m += 1
                else:
                    o.period_end = v
                k = "periodType"
                v = g("periodType")
                if v is None:
                    o.period_type = u
                    if "periodType" not in d:
                        m += 1
                else:
                    o.period_type = (
                        e_ if (e_ := _e_period_type.get(v)) is not None else enum_value(ResourcePlanBudgetPeriodType, v)
                    )
                k = "activityEntries"
                v = g("activityEntries")
                if v is None:
                    o.activity_entries = u
                    if "activityEntries" not in d:
                        m += 1
                else:
                    o.activity_entries = (
                        ([ResourcePlanActivity._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("project_id", "projectId"),
            ("project_name", "projectName"),
            ("period_start", "periodStart"),
            ("period_end", "periodEnd"),
            ("period_type", "periodType"),
            ("activity_entries", "activityEntries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.project_id
            o.project_id = u if v is None else v
            v = s.project_name
            o.project_name = u if v is None else v
            v = s.period_start
            o.period_start = u if v is None else v
            v = s.period_end
            o.period_end = u if v is None else v
            v = s.period_type
            o.period_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_period_type.get(v)) is not None
                else enum_value(ResourcePlanBudgetPeriodType, v)
            )
            v = s.activity_entries
            o.activity_entries = (
                u
                if v is None or v is u
                else ([ResourcePlanActivity._tx_parse(e) for e in v if e is not None] if v else [])
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
