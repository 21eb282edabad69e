from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.project_overall_status_hours import ProjectOverallStatusHours
    from ..models.project_overall_status_other import ProjectOverallStatusOther
    from ..models.project_overall_status_total import ProjectOverallStatusTotal


T = TypeVar("T", bound="ProjectOverallStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("hours", dict, False),
    ("other", dict, False),
    ("total", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectOverallStatus(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = self.hours.to_dict()

        other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other, Unset):
            other = self.other.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        remaining_fee_per_hour = self.remaining_fee_per_hour

        remaining_cost_per_hour = self.remaining_cost_per_hour

        remaining_hours = self.remaining_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if other is not UNSET:
            field_dict["other"] = other
        if total is not UNSET:
            field_dict["total"] = total
        if remaining_fee_per_hour is not UNSET:
            field_dict["remainingFeePerHour"] = remaining_fee_per_hour
        if remaining_cost_per_hour is not UNSET:
            field_dict["remainingCostPerHour"] = remaining_cost_per_hour
        if remaining_hours is not UNSET:
            field_dict["remainingHours"] = remaining_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOverallStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.project_overall_status_hours import ProjectOverallStatusHours  # noqa: PLC0415
        from ..models.project_overall_status_other import ProjectOverallStatusOther  # noqa: PLC0415
        from ..models.project_overall_status_total import ProjectOverallStatusTotal  # noqa: PLC0415

        def _p_hours(_tx_v: Any) -> ProjectOverallStatusHours | Unset:
            _hours = _tx_v
            hours: ProjectOverallStatusHours | Unset
            if isinstance(_hours, Unset):
                hours = UNSET
            else:
                hours = ProjectOverallStatusHours._tx_from_json(_hours)

            return hours

        def _p_other(_tx_v: Any) -> ProjectOverallStatusOther | Unset:
            _other = _tx_v
            other: ProjectOverallStatusOther | Unset
            if isinstance(_other, Unset):
                other = UNSET
            else:
                other = ProjectOverallStatusOther._tx_from_json(_other)

            return other

        def _p_total(_tx_v: Any) -> ProjectOverallStatusTotal | Unset:
            _total = _tx_v
            total: ProjectOverallStatusTotal | Unset
            if isinstance(_total, Unset):
                total = UNSET
            else:
                total = ProjectOverallStatusTotal._tx_from_json(_total)

            return total

        _tx_known: frozenset[str] = frozenset(
            (
                "hours",
                "other",
                "total",
                "remainingFeePerHour",
                "remainingCostPerHour",
                "remainingHours",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "hours": ("hours", _p_hours),
            "other": ("other", _p_other),
            "total": ("total", _p_total),
            "remaining_fee_per_hour": ("remainingFeePerHour", None),
            "remaining_cost_per_hour": ("remainingCostPerHour", None),
            "remaining_hours": ("remainingHours", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
