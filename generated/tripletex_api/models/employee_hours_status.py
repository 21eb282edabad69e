from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="EmployeeHoursStatus")


@_attrs_define
class EmployeeHoursStatus:
    """
    Attributes:
        employee (Employee | Unset):
        budget_hours (float | Unset): [read-only]
        total_hours (float | Unset): [read-only]
        remaining_hours (float | Unset): [read-only]
        forecast_hours (float | Unset): [read-only]
        deviation_hours (float | Unset): [read-only]
        deviation_hours_validation_message (str | Unset): [read-only]
    """

    employee: Employee | Unset = UNSET
    budget_hours: float | Unset = UNSET
    total_hours: float | Unset = UNSET
    remaining_hours: float | Unset = UNSET
    forecast_hours: float | Unset = UNSET
    deviation_hours: float | Unset = UNSET
    deviation_hours_validation_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        budget_hours = self.budget_hours

        total_hours = self.total_hours

        remaining_hours = self.remaining_hours

        forecast_hours = self.forecast_hours

        deviation_hours = self.deviation_hours

        deviation_hours_validation_message = self.deviation_hours_validation_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        budget_hours = d.pop("budgetHours", UNSET)

        total_hours = d.pop("totalHours", UNSET)

        remaining_hours = d.pop("remainingHours", UNSET)

        forecast_hours = d.pop("forecastHours", UNSET)

        deviation_hours = d.pop("deviationHours", UNSET)

        deviation_hours_validation_message = d.pop("deviationHoursValidationMessage", UNSET)

        _obj = cls(
            employee=employee,
            budget_hours=budget_hours,
            total_hours=total_hours,
            remaining_hours=remaining_hours,
            forecast_hours=forecast_hours,
            deviation_hours=deviation_hours,
            deviation_hours_validation_message=deviation_hours_validation_message,
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
