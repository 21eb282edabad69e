from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectOverallForecast")


@_attrs_define
class ProjectOverallForecast:
    """
    Attributes:
        original_hours (float | Unset):
        original_fee_per_hour (float | Unset):
        original_cost_per_hour (float | Unset):
        hours (float | Unset):
        fee_per_hour (float | Unset):
        cost_per_hour (float | Unset):
    """

    original_hours: float | Unset = UNSET
    original_fee_per_hour: float | Unset = UNSET
    original_cost_per_hour: float | Unset = UNSET
    hours: float | Unset = UNSET
    fee_per_hour: float | Unset = UNSET
    cost_per_hour: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        original_hours = self.original_hours

        original_fee_per_hour = self.original_fee_per_hour

        original_cost_per_hour = self.original_cost_per_hour

        hours = self.hours

        fee_per_hour = self.fee_per_hour

        cost_per_hour = self.cost_per_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_hours is not UNSET:
            field_dict["originalHours"] = original_hours
        if original_fee_per_hour is not UNSET:
            field_dict["originalFeePerHour"] = original_fee_per_hour
        if original_cost_per_hour is not UNSET:
            field_dict["originalCostPerHour"] = original_cost_per_hour
        if hours is not UNSET:
            field_dict["hours"] = hours
        if fee_per_hour is not UNSET:
            field_dict["feePerHour"] = fee_per_hour
        if cost_per_hour is not UNSET:
            field_dict["costPerHour"] = cost_per_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        original_hours = d.pop("originalHours", UNSET)

        original_fee_per_hour = d.pop("originalFeePerHour", UNSET)

        original_cost_per_hour = d.pop("originalCostPerHour", UNSET)

        hours = d.pop("hours", UNSET)

        fee_per_hour = d.pop("feePerHour", UNSET)

        cost_per_hour = d.pop("costPerHour", UNSET)

        _obj = cls(
            original_hours=original_hours,
            original_fee_per_hour=original_fee_per_hour,
            original_cost_per_hour=original_cost_per_hour,
            hours=hours,
            fee_per_hour=fee_per_hour,
            cost_per_hour=cost_per_hour,
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
