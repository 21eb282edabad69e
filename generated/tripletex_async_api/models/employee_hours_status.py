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
    from ..models.employee import Employee


T = TypeVar("T", bound="EmployeeHoursStatus")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("employee", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class EmployeeHoursStatus(LazyModel):
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
        self._tx_load()
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
        """A EmployeeHoursStatus from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "budgetHours",
                "totalHours",
                "remainingHours",
                "forecastHours",
                "deviationHours",
                "deviationHoursValidationMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", _p_employee),
            "budget_hours": ("budgetHours", None),
            "total_hours": ("totalHours", None),
            "remaining_hours": ("remainingHours", None),
            "forecast_hours": ("forecastHours", None),
            "deviation_hours": ("deviationHours", None),
            "deviation_hours_validation_message": ("deviationHoursValidationMessage", None),
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
