from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectOverallStatusPermissions")


@_attrs_define
class ProjectOverallStatusPermissions:
    """
    Attributes:
        has_budget_access (bool | Unset): [read-only]
        has_project_forecast_access (bool | Unset): [read-only]
        has_reference_fee_access (bool | Unset): [read-only]
        has_income_access (bool | Unset): [read-only]
        has_hour_cost_access (bool | Unset): [read-only]
        has_left_hours_write_access (bool | Unset): [read-only]
        has_left_fee_rate_write_access (bool | Unset): [read-only]
        has_left_hour_cost_rate_write_access (bool | Unset): [read-only]
    """

    has_budget_access: bool | Unset = UNSET
    has_project_forecast_access: bool | Unset = UNSET
    has_reference_fee_access: bool | Unset = UNSET
    has_income_access: bool | Unset = UNSET
    has_hour_cost_access: bool | Unset = UNSET
    has_left_hours_write_access: bool | Unset = UNSET
    has_left_fee_rate_write_access: bool | Unset = UNSET
    has_left_hour_cost_rate_write_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        has_budget_access = self.has_budget_access

        has_project_forecast_access = self.has_project_forecast_access

        has_reference_fee_access = self.has_reference_fee_access

        has_income_access = self.has_income_access

        has_hour_cost_access = self.has_hour_cost_access

        has_left_hours_write_access = self.has_left_hours_write_access

        has_left_fee_rate_write_access = self.has_left_fee_rate_write_access

        has_left_hour_cost_rate_write_access = self.has_left_hour_cost_rate_write_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_budget_access is not UNSET and not _in_request:
            field_dict["hasBudgetAccess"] = has_budget_access
        if has_project_forecast_access is not UNSET and not _in_request:
            field_dict["hasProjectForecastAccess"] = has_project_forecast_access
        if has_reference_fee_access is not UNSET and not _in_request:
            field_dict["hasReferenceFeeAccess"] = has_reference_fee_access
        if has_income_access is not UNSET and not _in_request:
            field_dict["hasIncomeAccess"] = has_income_access
        if has_hour_cost_access is not UNSET and not _in_request:
            field_dict["hasHourCostAccess"] = has_hour_cost_access
        if has_left_hours_write_access is not UNSET and not _in_request:
            field_dict["hasLeftHoursWriteAccess"] = has_left_hours_write_access
        if has_left_fee_rate_write_access is not UNSET and not _in_request:
            field_dict["hasLeftFeeRateWriteAccess"] = has_left_fee_rate_write_access
        if has_left_hour_cost_rate_write_access is not UNSET and not _in_request:
            field_dict["hasLeftHourCostRateWriteAccess"] = has_left_hour_cost_rate_write_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        has_budget_access = d.pop("hasBudgetAccess", UNSET)

        has_project_forecast_access = d.pop("hasProjectForecastAccess", UNSET)

        has_reference_fee_access = d.pop("hasReferenceFeeAccess", UNSET)

        has_income_access = d.pop("hasIncomeAccess", UNSET)

        has_hour_cost_access = d.pop("hasHourCostAccess", UNSET)

        has_left_hours_write_access = d.pop("hasLeftHoursWriteAccess", UNSET)

        has_left_fee_rate_write_access = d.pop("hasLeftFeeRateWriteAccess", UNSET)

        has_left_hour_cost_rate_write_access = d.pop("hasLeftHourCostRateWriteAccess", UNSET)

        _obj = cls(
            has_budget_access=has_budget_access,
            has_project_forecast_access=has_project_forecast_access,
            has_reference_fee_access=has_reference_fee_access,
            has_income_access=has_income_access,
            has_hour_cost_access=has_hour_cost_access,
            has_left_hours_write_access=has_left_hours_write_access,
            has_left_fee_rate_write_access=has_left_fee_rate_write_access,
            has_left_hour_cost_rate_write_access=has_left_hour_cost_rate_write_access,
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
