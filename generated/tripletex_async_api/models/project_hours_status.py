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
    from ..models.activity_hours_status import ActivityHoursStatus


T = TypeVar("T", bound="ProjectHoursStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("activities", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ProjectHoursStatus(LazyModel):
    """
    Attributes:
        activity_budget_hours (float | Unset): [read-only]
        activity_budget_hours_validation_message (str | Unset): [read-only]
        activity_total_hours (float | Unset): [read-only]
        activity_remaining_hours (float | Unset): [read-only]
        activity_forecast_hours (float | Unset): [read-only]
        activity_deviation_hours (float | Unset): [read-only]
        activity_deviation_hours_validation_message (str | Unset): [read-only]
        employee_budget_hours (float | Unset): [read-only]
        employee_total_hours (float | Unset): [read-only]
        employee_remaining_hours (float | Unset): [read-only]
        employee_forecast_hours (float | Unset): [read-only]
        employee_deviation_hours (float | Unset): [read-only]
        employee_deviation_hours_validation_message (str | Unset): [read-only]
        project_remaining_hours (float | Unset): [read-only]
        activities (list[ActivityHoursStatus] | Unset):
    """

    activity_budget_hours: float | Unset = UNSET
    activity_budget_hours_validation_message: str | Unset = UNSET
    activity_total_hours: float | Unset = UNSET
    activity_remaining_hours: float | Unset = UNSET
    activity_forecast_hours: float | Unset = UNSET
    activity_deviation_hours: float | Unset = UNSET
    activity_deviation_hours_validation_message: str | Unset = UNSET
    employee_budget_hours: float | Unset = UNSET
    employee_total_hours: float | Unset = UNSET
    employee_remaining_hours: float | Unset = UNSET
    employee_forecast_hours: float | Unset = UNSET
    employee_deviation_hours: float | Unset = UNSET
    employee_deviation_hours_validation_message: str | Unset = UNSET
    project_remaining_hours: float | Unset = UNSET
    activities: list[ActivityHoursStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        activity_budget_hours = self.activity_budget_hours

        activity_budget_hours_validation_message = self.activity_budget_hours_validation_message

        activity_total_hours = self.activity_total_hours

        activity_remaining_hours = self.activity_remaining_hours

        activity_forecast_hours = self.activity_forecast_hours

        activity_deviation_hours = self.activity_deviation_hours

        activity_deviation_hours_validation_message = self.activity_deviation_hours_validation_message

        employee_budget_hours = self.employee_budget_hours

        employee_total_hours = self.employee_total_hours

        employee_remaining_hours = self.employee_remaining_hours

        employee_forecast_hours = self.employee_forecast_hours

        employee_deviation_hours = self.employee_deviation_hours

        employee_deviation_hours_validation_message = self.employee_deviation_hours_validation_message

        project_remaining_hours = self.project_remaining_hours

        activities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activities, Unset):
            activities = []
            for activities_item_data in self.activities:
                activities_item = activities_item_data.to_dict()
                activities.append(activities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_budget_hours is not UNSET and not _in_request:
            field_dict["activityBudgetHours"] = activity_budget_hours
        if activity_budget_hours_validation_message is not UNSET and not _in_request:
            field_dict["activityBudgetHoursValidationMessage"] = activity_budget_hours_validation_message
        if activity_total_hours is not UNSET and not _in_request:
            field_dict["activityTotalHours"] = activity_total_hours
        if activity_remaining_hours is not UNSET and not _in_request:
            field_dict["activityRemainingHours"] = activity_remaining_hours
        if activity_forecast_hours is not UNSET and not _in_request:
            field_dict["activityForecastHours"] = activity_forecast_hours
        if activity_deviation_hours is not UNSET and not _in_request:
            field_dict["activityDeviationHours"] = activity_deviation_hours
        if activity_deviation_hours_validation_message is not UNSET and not _in_request:
            field_dict["activityDeviationHoursValidationMessage"] = activity_deviation_hours_validation_message
        if employee_budget_hours is not UNSET and not _in_request:
            field_dict["employeeBudgetHours"] = employee_budget_hours
        if employee_total_hours is not UNSET and not _in_request:
            field_dict["employeeTotalHours"] = employee_total_hours
        if employee_remaining_hours is not UNSET and not _in_request:
            field_dict["employeeRemainingHours"] = employee_remaining_hours
        if employee_forecast_hours is not UNSET and not _in_request:
            field_dict["employeeForecastHours"] = employee_forecast_hours
        if employee_deviation_hours is not UNSET and not _in_request:
            field_dict["employeeDeviationHours"] = employee_deviation_hours
        if employee_deviation_hours_validation_message is not UNSET and not _in_request:
            field_dict["employeeDeviationHoursValidationMessage"] = employee_deviation_hours_validation_message
        if project_remaining_hours is not UNSET and not _in_request:
            field_dict["projectRemainingHours"] = project_remaining_hours
        if activities is not UNSET:
            field_dict["activities"] = activities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectHoursStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity_hours_status import ActivityHoursStatus  # noqa: PLC0415

        def _p_activities(_tx_v: Any) -> list[ActivityHoursStatus] | Unset:
            _activities = _tx_v
            activities: list[ActivityHoursStatus] | Unset = UNSET
            if _activities is not UNSET:
                activities = []
                for activities_item_data in _activities:
                    if activities_item_data is None:
                        continue
                    activities_item = ActivityHoursStatus._tx_from_json(activities_item_data)

                    activities.append(activities_item)

            return activities

        _tx_known: frozenset[str] = frozenset(
            (
                "activityBudgetHours",
                "activityBudgetHoursValidationMessage",
                "activityTotalHours",
                "activityRemainingHours",
                "activityForecastHours",
                "activityDeviationHours",
                "activityDeviationHoursValidationMessage",
                "employeeBudgetHours",
                "employeeTotalHours",
                "employeeRemainingHours",
                "employeeForecastHours",
                "employeeDeviationHours",
                "employeeDeviationHoursValidationMessage",
                "projectRemainingHours",
                "activities",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "activity_budget_hours": ("activityBudgetHours", None),
            "activity_budget_hours_validation_message": ("activityBudgetHoursValidationMessage", None),
            "activity_total_hours": ("activityTotalHours", None),
            "activity_remaining_hours": ("activityRemainingHours", None),
            "activity_forecast_hours": ("activityForecastHours", None),
            "activity_deviation_hours": ("activityDeviationHours", None),
            "activity_deviation_hours_validation_message": ("activityDeviationHoursValidationMessage", None),
            "employee_budget_hours": ("employeeBudgetHours", None),
            "employee_total_hours": ("employeeTotalHours", None),
            "employee_remaining_hours": ("employeeRemainingHours", None),
            "employee_forecast_hours": ("employeeForecastHours", None),
            "employee_deviation_hours": ("employeeDeviationHours", None),
            "employee_deviation_hours_validation_message": ("employeeDeviationHoursValidationMessage", None),
            "project_remaining_hours": ("projectRemainingHours", None),
            "activities": ("activities", _p_activities),
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
