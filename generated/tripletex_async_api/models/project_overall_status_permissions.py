from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProjectOverallStatusPermissions")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectOverallStatusPermissions(LazyModel):
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
        self._tx_load()
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
        """A ProjectOverallStatusPermissions from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "hasBudgetAccess",
                "hasProjectForecastAccess",
                "hasReferenceFeeAccess",
                "hasIncomeAccess",
                "hasHourCostAccess",
                "hasLeftHoursWriteAccess",
                "hasLeftFeeRateWriteAccess",
                "hasLeftHourCostRateWriteAccess",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "has_budget_access": ("hasBudgetAccess", None),
            "has_project_forecast_access": ("hasProjectForecastAccess", None),
            "has_reference_fee_access": ("hasReferenceFeeAccess", None),
            "has_income_access": ("hasIncomeAccess", None),
            "has_hour_cost_access": ("hasHourCostAccess", None),
            "has_left_hours_write_access": ("hasLeftHoursWriteAccess", None),
            "has_left_fee_rate_write_access": ("hasLeftFeeRateWriteAccess", None),
            "has_left_hour_cost_rate_write_access": ("hasLeftHourCostRateWriteAccess", None),
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
