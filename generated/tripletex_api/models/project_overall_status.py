from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.project_overall_status_hours import ProjectOverallStatusHours
    from ..models.project_overall_status_other import ProjectOverallStatusOther
    from ..models.project_overall_status_total import ProjectOverallStatusTotal


T = TypeVar("T", bound="ProjectOverallStatus")


@_attrs_define
class ProjectOverallStatus:
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
        from ..models.project_overall_status_hours import ProjectOverallStatusHours  # noqa: PLC0415
        from ..models.project_overall_status_other import ProjectOverallStatusOther  # noqa: PLC0415
        from ..models.project_overall_status_total import ProjectOverallStatusTotal  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _hours = d.pop("hours", UNSET)
        hours: ProjectOverallStatusHours | Unset
        if isinstance(_hours, Unset):
            hours = UNSET
        else:
            hours = ProjectOverallStatusHours.from_dict(_hours)

        _other = d.pop("other", UNSET)
        other: ProjectOverallStatusOther | Unset
        if isinstance(_other, Unset):
            other = UNSET
        else:
            other = ProjectOverallStatusOther.from_dict(_other)

        _total = d.pop("total", UNSET)
        total: ProjectOverallStatusTotal | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = ProjectOverallStatusTotal.from_dict(_total)

        remaining_fee_per_hour = d.pop("remainingFeePerHour", UNSET)

        remaining_cost_per_hour = d.pop("remainingCostPerHour", UNSET)

        remaining_hours = d.pop("remainingHours", UNSET)

        _obj = cls(
            hours=hours,
            other=other,
            total=total,
            remaining_fee_per_hour=remaining_fee_per_hour,
            remaining_cost_per_hour=remaining_cost_per_hour,
            remaining_hours=remaining_hours,
        )

        _obj.additional_properties = d
        return _obj

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
