from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.employee_hours_status import EmployeeHoursStatus


T = TypeVar("T", bound="ActivityHoursStatus")


@_attrs_define
class ActivityHoursStatus:
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
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee_hours_status import EmployeeHoursStatus  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _activity = d.pop("activity", UNSET)
        activity: Activity | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = Activity.from_dict(_activity)

        _employees = d.pop("employees", UNSET)
        employees: list[EmployeeHoursStatus] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                if employees_item_data is None:
                    continue
                employees_item = EmployeeHoursStatus.from_dict(employees_item_data)

                employees.append(employees_item)

        budget_hours = d.pop("budgetHours", UNSET)

        total_hours = d.pop("totalHours", UNSET)

        remaining_hours = d.pop("remainingHours", UNSET)

        forecast_hours = d.pop("forecastHours", UNSET)

        deviation_hours = d.pop("deviationHours", UNSET)

        deviation_hours_validation_message = d.pop("deviationHoursValidationMessage", UNSET)

        sum_employee_budget_hours = d.pop("sumEmployeeBudgetHours", UNSET)

        sum_employee_budget_hours_validation_message = d.pop("sumEmployeeBudgetHoursValidationMessage", UNSET)

        sum_employee_total_hours = d.pop("sumEmployeeTotalHours", UNSET)

        sum_employee_remaining_hours = d.pop("sumEmployeeRemainingHours", UNSET)

        sum_employee_remaining_hours_validation_message = d.pop("sumEmployeeRemainingHoursValidationMessage", UNSET)

        sum_employee_forecast_hours = d.pop("sumEmployeeForecastHours", UNSET)

        sum_employee_forecast_hours_validation_message = d.pop("sumEmployeeForecastHoursValidationMessage", UNSET)

        sum_employee_deviation_hours = d.pop("sumEmployeeDeviationHours", UNSET)

        sum_employee_deviation_hours_validation_message = d.pop("sumEmployeeDeviationHoursValidationMessage", UNSET)

        _obj = cls(
            activity=activity,
            employees=employees,
            budget_hours=budget_hours,
            total_hours=total_hours,
            remaining_hours=remaining_hours,
            forecast_hours=forecast_hours,
            deviation_hours=deviation_hours,
            deviation_hours_validation_message=deviation_hours_validation_message,
            sum_employee_budget_hours=sum_employee_budget_hours,
            sum_employee_budget_hours_validation_message=sum_employee_budget_hours_validation_message,
            sum_employee_total_hours=sum_employee_total_hours,
            sum_employee_remaining_hours=sum_employee_remaining_hours,
            sum_employee_remaining_hours_validation_message=sum_employee_remaining_hours_validation_message,
            sum_employee_forecast_hours=sum_employee_forecast_hours,
            sum_employee_forecast_hours_validation_message=sum_employee_forecast_hours_validation_message,
            sum_employee_deviation_hours=sum_employee_deviation_hours,
            sum_employee_deviation_hours_validation_message=sum_employee_deviation_hours_validation_message,
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
