from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.activity_hours_status import ActivityHoursStatus


T = TypeVar("T", bound="ProjectHoursStatus")


@_attrs_define
class ProjectHoursStatus(Model):
    """
    Attributes:
        activity_budget_hours (float | Unset):
        activity_budget_hours_validation_message (str | Unset):
        activity_total_hours (float | Unset):
        activity_remaining_hours (float | Unset):
        activity_forecast_hours (float | Unset):
        activity_deviation_hours (float | Unset):
        activity_deviation_hours_validation_message (str | Unset):
        employee_budget_hours (float | Unset):
        employee_total_hours (float | Unset):
        employee_remaining_hours (float | Unset):
        employee_forecast_hours (float | Unset):
        employee_deviation_hours (float | Unset):
        employee_deviation_hours_validation_message (str | Unset):
        project_remaining_hours (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.activity_budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["activityBudgetHours"] = _v
        _v = self.activity_budget_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["activityBudgetHoursValidationMessage"] = _v
        _v = self.activity_total_hours
        if _v is not UNSET and not _in_request:
            field_dict["activityTotalHours"] = _v
        _v = self.activity_remaining_hours
        if _v is not UNSET and not _in_request:
            field_dict["activityRemainingHours"] = _v
        _v = self.activity_forecast_hours
        if _v is not UNSET and not _in_request:
            field_dict["activityForecastHours"] = _v
        _v = self.activity_deviation_hours
        if _v is not UNSET and not _in_request:
            field_dict["activityDeviationHours"] = _v
        _v = self.activity_deviation_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["activityDeviationHoursValidationMessage"] = _v
        _v = self.employee_budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["employeeBudgetHours"] = _v
        _v = self.employee_total_hours
        if _v is not UNSET and not _in_request:
            field_dict["employeeTotalHours"] = _v
        _v = self.employee_remaining_hours
        if _v is not UNSET and not _in_request:
            field_dict["employeeRemainingHours"] = _v
        _v = self.employee_forecast_hours
        if _v is not UNSET and not _in_request:
            field_dict["employeeForecastHours"] = _v
        _v = self.employee_deviation_hours
        if _v is not UNSET and not _in_request:
            field_dict["employeeDeviationHours"] = _v
        _v = self.employee_deviation_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["employeeDeviationHoursValidationMessage"] = _v
        _v = self.project_remaining_hours
        if _v is not UNSET and not _in_request:
            field_dict["projectRemainingHours"] = _v
        _v = self.activities
        if _v is not UNSET:
            field_dict["activities"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectHoursStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectHoursStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity_hours_status import ActivityHoursStatus  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "activityBudgetHours": "activity_budget_hours",
            "activityBudgetHoursValidationMessage": "activity_budget_hours_validation_message",
            "activityTotalHours": "activity_total_hours",
            "activityRemainingHours": "activity_remaining_hours",
            "activityForecastHours": "activity_forecast_hours",
            "activityDeviationHours": "activity_deviation_hours",
            "activityDeviationHoursValidationMessage": "activity_deviation_hours_validation_message",
            "employeeBudgetHours": "employee_budget_hours",
            "employeeTotalHours": "employee_total_hours",
            "employeeRemainingHours": "employee_remaining_hours",
            "employeeForecastHours": "employee_forecast_hours",
            "employeeDeviationHours": "employee_deviation_hours",
            "employeeDeviationHoursValidationMessage": "employee_deviation_hours_validation_message",
            "projectRemainingHours": "project_remaining_hours",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.activity_budget_hours = o.activity_budget_hours_validation_message = o.activity_total_hours = (
                        o.activity_remaining_hours
                    ) = o.activity_forecast_hours = o.activity_deviation_hours = (
                        o.activity_deviation_hours_validation_message
                    ) = o.employee_budget_hours = o.employee_total_hours = o.employee_remaining_hours = (
                        o.employee_forecast_hours
                    ) = o.employee_deviation_hours = o.employee_deviation_hours_validation_message = (
                        o.project_remaining_hours
                    ) = o.activities = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("activityBudgetHours")
                if v is None:
                    o.activity_budget_hours = u
                    if "activityBudgetHours" not in d:
                        m += 1
                else:
                    o.activity_budget_hours = v
                v = g("activityBudgetHoursValidationMessage")
                if v is None:
                    o.activity_budget_hours_validation_message = u
                    if "activityBudgetHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.activity_budget_hours_validation_message = v
                v = g("activityTotalHours")
                if v is None:
                    o.activity_total_hours = u
                    if "activityTotalHours" not in d:
                        m += 1
                else:
                    o.activity_total_hours = v
                v = g("activityRemainingHours")
                if v is None:
                    o.activity_remaining_hours = u
                    if "activityRemainingHours" not in d:
                        m += 1
                else:
                    o.activity_remaining_hours = v
                v = g("activityForecastHours")
                if v is None:
                    o.activity_forecast_hours = u
                    if "activityForecastHours" not in d:
                        m += 1
                else:
                    o.activity_forecast_hours = v
                v = g("activityDeviationHours")
                if v is None:
                    o.activity_deviation_hours = u
                    if "activityDeviationHours" not in d:
                        m += 1
                else:
                    o.activity_deviation_hours = v
                v = g("activityDeviationHoursValidationMessage")
                if v is None:
                    o.activity_deviation_hours_validation_message = u
                    if "activityDeviationHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.activity_deviation_hours_validation_message = v
                v = g("employeeBudgetHours")
                if v is None:
                    o.employee_budget_hours = u
                    if "employeeBudgetHours" not in d:
                        m += 1
                else:
                    o.employee_budget_hours = v
                v = g("employeeTotalHours")
                if v is None:
                    o.employee_total_hours = u
                    if "employeeTotalHours" not in d:
                        m += 1
                else:
                    o.employee_total_hours = v
                v = g("employeeRemainingHours")
                if v is None:
                    o.employee_remaining_hours = u
                    if "employeeRemainingHours" not in d:
                        m += 1
                else:
                    o.employee_remaining_hours = v
                v = g("employeeForecastHours")
                if v is None:
                    o.employee_forecast_hours = u
                    if "employeeForecastHours" not in d:
                        m += 1
                else:
                    o.employee_forecast_hours = v
                v = g("employeeDeviationHours")
                if v is None:
                    o.employee_deviation_hours = u
                    if "employeeDeviationHours" not in d:
                        m += 1
                else:
                    o.employee_deviation_hours = v
                v = g("employeeDeviationHoursValidationMessage")
                if v is None:
                    o.employee_deviation_hours_validation_message = u
                    if "employeeDeviationHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.employee_deviation_hours_validation_message = v
                v = g("projectRemainingHours")
                if v is None:
                    o.project_remaining_hours = u
                    if "projectRemainingHours" not in d:
                        m += 1
                else:
                    o.project_remaining_hours = v
                k = "activities"
                v = g("activities")
                if v is None:
                    o.activities = u
                    if "activities" not in d:
                        m += 1
                else:
                    o.activities = (
                        ([ActivityHoursStatus._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("activity_budget_hours", "activityBudgetHours"),
            ("activity_budget_hours_validation_message", "activityBudgetHoursValidationMessage"),
            ("activity_total_hours", "activityTotalHours"),
            ("activity_remaining_hours", "activityRemainingHours"),
            ("activity_forecast_hours", "activityForecastHours"),
            ("activity_deviation_hours", "activityDeviationHours"),
            ("activity_deviation_hours_validation_message", "activityDeviationHoursValidationMessage"),
            ("employee_budget_hours", "employeeBudgetHours"),
            ("employee_total_hours", "employeeTotalHours"),
            ("employee_remaining_hours", "employeeRemainingHours"),
            ("employee_forecast_hours", "employeeForecastHours"),
            ("employee_deviation_hours", "employeeDeviationHours"),
            ("employee_deviation_hours_validation_message", "employeeDeviationHoursValidationMessage"),
            ("project_remaining_hours", "projectRemainingHours"),
            ("activities", "activities"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.activity_budget_hours
            o.activity_budget_hours = u if v is None else v
            v = s.activity_budget_hours_validation_message
            o.activity_budget_hours_validation_message = u if v is None else v
            v = s.activity_total_hours
            o.activity_total_hours = u if v is None else v
            v = s.activity_remaining_hours
            o.activity_remaining_hours = u if v is None else v
            v = s.activity_forecast_hours
            o.activity_forecast_hours = u if v is None else v
            v = s.activity_deviation_hours
            o.activity_deviation_hours = u if v is None else v
            v = s.activity_deviation_hours_validation_message
            o.activity_deviation_hours_validation_message = u if v is None else v
            v = s.employee_budget_hours
            o.employee_budget_hours = u if v is None else v
            v = s.employee_total_hours
            o.employee_total_hours = u if v is None else v
            v = s.employee_remaining_hours
            o.employee_remaining_hours = u if v is None else v
            v = s.employee_forecast_hours
            o.employee_forecast_hours = u if v is None else v
            v = s.employee_deviation_hours
            o.employee_deviation_hours = u if v is None else v
            v = s.employee_deviation_hours_validation_message
            o.employee_deviation_hours_validation_message = u if v is None else v
            v = s.project_remaining_hours
            o.project_remaining_hours = u if v is None else v
            v = s.activities
            o.activities = (
                u
                if v is None or v is u
                else ([ActivityHoursStatus._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
