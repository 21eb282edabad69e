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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.project_overall_status_hours import ProjectOverallStatusHours
    from ..models.project_overall_status_other import ProjectOverallStatusOther
    from ..models.project_overall_status_total import ProjectOverallStatusTotal


T = TypeVar("T", bound="ProjectOverallStatus")


@_attrs_define
class ProjectOverallStatus(Model):
    """
    Attributes:
        hours (ProjectOverallStatusHours | Unset):
        other (ProjectOverallStatusOther | Unset):
        total (ProjectOverallStatusTotal | Unset):
        remaining_fee_per_hour (float | Unset):
        remaining_cost_per_hour (float | Unset):
        remaining_hours (float | Unset):
    """

    hours: ProjectOverallStatusHours | Unset = UNSET
    other: ProjectOverallStatusOther | Unset = UNSET
    total: ProjectOverallStatusTotal | Unset = UNSET
    remaining_fee_per_hour: float | Unset = UNSET
    remaining_cost_per_hour: float | Unset = UNSET
    remaining_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.hours
        if _v is not UNSET:
            field_dict["hours"] = _v.to_dict()
        _v = self.other
        if _v is not UNSET:
            field_dict["other"] = _v.to_dict()
        _v = self.total
        if _v is not UNSET:
            field_dict["total"] = _v.to_dict()
        _v = self.remaining_fee_per_hour
        if _v is not UNSET:
            field_dict["remainingFeePerHour"] = _v
        _v = self.remaining_cost_per_hour
        if _v is not UNSET:
            field_dict["remainingCostPerHour"] = _v
        _v = self.remaining_hours
        if _v is not UNSET:
            field_dict["remainingHours"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverallStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectOverallStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.project_overall_status_hours import ProjectOverallStatusHours  # noqa: PLC0415
        from ..models.project_overall_status_other import ProjectOverallStatusOther  # noqa: PLC0415
        from ..models.project_overall_status_total import ProjectOverallStatusTotal  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hours",
                "other",
                "total",
                "remainingFeePerHour",
                "remainingCostPerHour",
                "remainingHours",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "hours"
                v = g("hours")
                if v is None:
                    o.hours = u
                    if "hours" not in d:
                        m += 1
                else:
                    o.hours = ProjectOverallStatusHours._tx_parse(v)
                k = "other"
                v = g("other")
                if v is None:
                    o.other = u
                    if "other" not in d:
                        m += 1
                else:
                    o.other = ProjectOverallStatusOther._tx_parse(v)
                k = "total"
                v = g("total")
                if v is None:
                    o.total = u
                    if "total" not in d:
                        m += 1
                else:
                    o.total = ProjectOverallStatusTotal._tx_parse(v)
                v = g("remainingFeePerHour")
                if v is None:
                    o.remaining_fee_per_hour = u
                    if "remainingFeePerHour" not in d:
                        m += 1
                else:
                    o.remaining_fee_per_hour = v
                v = g("remainingCostPerHour")
                if v is None:
                    o.remaining_cost_per_hour = u
                    if "remainingCostPerHour" not in d:
                        m += 1
                else:
                    o.remaining_cost_per_hour = v
                v = g("remainingHours")
                if v is None:
                    o.remaining_hours = u
                    if "remainingHours" not in d:
                        m += 1
                else:
                    o.remaining_hours = v
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
            ("hours", "hours"),
            ("other", "other"),
            ("total", "total"),
            ("remaining_fee_per_hour", "remainingFeePerHour"),
            ("remaining_cost_per_hour", "remainingCostPerHour"),
            ("remaining_hours", "remainingHours"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.hours
            o.hours = u if v is None or v is u else ProjectOverallStatusHours._tx_parse(v)
            v = s.other
            o.other = u if v is None or v is u else ProjectOverallStatusOther._tx_parse(v)
            v = s.total
            o.total = u if v is None or v is u else ProjectOverallStatusTotal._tx_parse(v)
            v = s.remaining_fee_per_hour
            o.remaining_fee_per_hour = u if v is None else v
            v = s.remaining_cost_per_hour
            o.remaining_cost_per_hour = u if v is None else v
            v = s.remaining_hours
            o.remaining_hours = u if v is None else v
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
