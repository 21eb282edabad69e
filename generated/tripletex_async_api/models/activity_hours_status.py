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
    from ..models.activity import Activity
    from ..models.employee_hours_status import EmployeeHoursStatus


T = TypeVar("T", bound="ActivityHoursStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("activity", dict, False),
    ("employees", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ActivityHoursStatus(LazyModel):
    """Activities

    Attributes:
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        employees (list[EmployeeHoursStatus] | Unset):
        budget_hours (float | Unset): [read-only]
        total_hours (float | Unset): [read-only]
        remaining_hours (float | Unset): [read-only]
        forecast_hours (float | Unset): [read-only]
        deviation_hours (float | Unset): [read-only]
        deviation_hours_validation_message (str | Unset): [read-only]
        sum_employee_budget_hours (float | Unset): [read-only]
        sum_employee_budget_hours_validation_message (str | Unset): [read-only]
        sum_employee_total_hours (float | Unset): [read-only]
        sum_employee_remaining_hours (float | Unset): [read-only]
        sum_employee_remaining_hours_validation_message (str | Unset): [read-only]
        sum_employee_forecast_hours (float | Unset): [read-only]
        sum_employee_forecast_hours_validation_message (str | Unset): [read-only]
        sum_employee_deviation_hours (float | Unset): [read-only]
        sum_employee_deviation_hours_validation_message (str | Unset): [read-only]
    """

    activity: Activity | Unset = UNSET
    employees: list[EmployeeHoursStatus] | Unset = UNSET
    budget_hours: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    remaining_hours: float | Unset = UNSET
    forecast_hours: float | Unset = UNSET
    deviation_hours: float | Unset = UNSET
    deviation_hours_validation_message: str | Unset = UNSET
    sum_employee_budget_hours: float | Unset = UNSET
    sum_employee_budget_hours_validation_message: str | Unset = UNSET
    sum_employee_total_hours: float | Unset = UNSET
    sum_employee_remaining_hours: float | Unset = UNSET
    sum_employee_remaining_hours_validation_message: str | Unset = UNSET
    sum_employee_forecast_hours: float | Unset = UNSET
    sum_employee_forecast_hours_validation_message: str | Unset = UNSET
    sum_employee_deviation_hours: float | Unset = UNSET
    sum_employee_deviation_hours_validation_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        budget_hours = self.budget_hours

        total_hours = self.total_hours

        remaining_hours = self.remaining_hours

        forecast_hours = self.forecast_hours

        deviation_hours = self.deviation_hours

        deviation_hours_validation_message = self.deviation_hours_validation_message

        sum_employee_budget_hours = self.sum_employee_budget_hours

        sum_employee_budget_hours_validation_message = self.sum_employee_budget_hours_validation_message

        sum_employee_total_hours = self.sum_employee_total_hours

        sum_employee_remaining_hours = self.sum_employee_remaining_hours

        sum_employee_remaining_hours_validation_message = self.sum_employee_remaining_hours_validation_message

        sum_employee_forecast_hours = self.sum_employee_forecast_hours

        sum_employee_forecast_hours_validation_message = self.sum_employee_forecast_hours_validation_message

        sum_employee_deviation_hours = self.sum_employee_deviation_hours

        sum_employee_deviation_hours_validation_message = self.sum_employee_deviation_hours_validation_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity is not UNSET:
            field_dict["activity"] = activity
        if employees is not UNSET:
            field_dict["employees"] = employees
        if budget_hours is not UNSET and not _in_request:
            field_dict["budgetHours"] = budget_hours
        if total_hours is not UNSET and not _in_request:
            field_dict["totalHours"] = total_hours
        if remaining_hours is not UNSET and not _in_request:
            field_dict["remainingHours"] = remaining_hours
        if forecast_hours is not UNSET and not _in_request:
            field_dict["forecastHours"] = forecast_hours
        if deviation_hours is not UNSET and not _in_request:
            field_dict["deviationHours"] = deviation_hours
        if deviation_hours_validation_message is not UNSET and not _in_request:
            field_dict["deviationHoursValidationMessage"] = deviation_hours_validation_message
        if sum_employee_budget_hours is not UNSET and not _in_request:
            field_dict["sumEmployeeBudgetHours"] = sum_employee_budget_hours
        if sum_employee_budget_hours_validation_message is not UNSET and not _in_request:
            field_dict["sumEmployeeBudgetHoursValidationMessage"] = sum_employee_budget_hours_validation_message
        if sum_employee_total_hours is not UNSET and not _in_request:
            field_dict["sumEmployeeTotalHours"] = sum_employee_total_hours
        if sum_employee_remaining_hours is not UNSET and not _in_request:
            field_dict["sumEmployeeRemainingHours"] = sum_employee_remaining_hours
        if sum_employee_remaining_hours_validation_message is not UNSET and not _in_request:
            field_dict["sumEmployeeRemainingHoursValidationMessage"] = sum_employee_remaining_hours_validation_message
        if sum_employee_forecast_hours is not UNSET and not _in_request:
            field_dict["sumEmployeeForecastHours"] = sum_employee_forecast_hours
        if sum_employee_forecast_hours_validation_message is not UNSET and not _in_request:
            field_dict["sumEmployeeForecastHoursValidationMessage"] = sum_employee_forecast_hours_validation_message
        if sum_employee_deviation_hours is not UNSET and not _in_request:
            field_dict["sumEmployeeDeviationHours"] = sum_employee_deviation_hours
        if sum_employee_deviation_hours_validation_message is not UNSET and not _in_request:
            field_dict["sumEmployeeDeviationHoursValidationMessage"] = sum_employee_deviation_hours_validation_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActivityHoursStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee_hours_status import EmployeeHoursStatus  # noqa: PLC0415

        def _p_activity(_tx_v: Any) -> Activity | Unset:
            _activity = _tx_v
            activity: Activity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = Activity._tx_from_json(_activity)

            return activity

        def _p_employees(_tx_v: Any) -> list[EmployeeHoursStatus] | Unset:
            _employees = _tx_v
            employees: list[EmployeeHoursStatus] | Unset = UNSET
            if _employees is not UNSET:
                employees = []
                for employees_item_data in _employees:
                    if employees_item_data is None:
                        continue
                    employees_item = EmployeeHoursStatus._tx_from_json(employees_item_data)

                    employees.append(employees_item)

            return employees

        _tx_known: frozenset[str] = frozenset(
            (
                "activity",
                "employees",
                "budgetHours",
                "totalHours",
                "remainingHours",
                "forecastHours",
                "deviationHours",
                "deviationHoursValidationMessage",
                "sumEmployeeBudgetHours",
                "sumEmployeeBudgetHoursValidationMessage",
                "sumEmployeeTotalHours",
                "sumEmployeeRemainingHours",
                "sumEmployeeRemainingHoursValidationMessage",
                "sumEmployeeForecastHours",
                "sumEmployeeForecastHoursValidationMessage",
                "sumEmployeeDeviationHours",
                "sumEmployeeDeviationHoursValidationMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "activity": ("activity", _p_activity),
            "employees": ("employees", _p_employees),
            "budget_hours": ("budgetHours", None),
            "total_hours": ("totalHours", None),
            "remaining_hours": ("remainingHours", None),
            "forecast_hours": ("forecastHours", None),
            "deviation_hours": ("deviationHours", None),
            "deviation_hours_validation_message": ("deviationHoursValidationMessage", None),
            "sum_employee_budget_hours": ("sumEmployeeBudgetHours", None),
            "sum_employee_budget_hours_validation_message": ("sumEmployeeBudgetHoursValidationMessage", None),
            "sum_employee_total_hours": ("sumEmployeeTotalHours", None),
            "sum_employee_remaining_hours": ("sumEmployeeRemainingHours", None),
            "sum_employee_remaining_hours_validation_message": ("sumEmployeeRemainingHoursValidationMessage", None),
            "sum_employee_forecast_hours": ("sumEmployeeForecastHours", None),
            "sum_employee_forecast_hours_validation_message": ("sumEmployeeForecastHoursValidationMessage", None),
            "sum_employee_deviation_hours": ("sumEmployeeDeviationHours", None),
            "sum_employee_deviation_hours_validation_message": ("sumEmployeeDeviationHoursValidationMessage", None),
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
