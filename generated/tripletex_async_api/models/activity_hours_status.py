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
    from ..models.activity import Activity
    from ..models.employee_hours_status import EmployeeHoursStatus


T = TypeVar("T", bound="ActivityHoursStatus")


@_attrs_define
class ActivityHoursStatus(Model):
    """Activities

    Attributes:
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        employees (list[EmployeeHoursStatus] | Unset):
        budget_hours (float | Unset):
        total_hours (float | Unset):
        remaining_hours (float | Unset):
        forecast_hours (float | Unset):
        deviation_hours (float | Unset):
        deviation_hours_validation_message (str | Unset):
        sum_employee_budget_hours (float | Unset):
        sum_employee_budget_hours_validation_message (str | Unset):
        sum_employee_total_hours (float | Unset):
        sum_employee_remaining_hours (float | Unset):
        sum_employee_remaining_hours_validation_message (str | Unset):
        sum_employee_forecast_hours (float | Unset):
        sum_employee_forecast_hours_validation_message (str | Unset):
        sum_employee_deviation_hours (float | Unset):
        sum_employee_deviation_hours_validation_message (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.activity
        if _v is not UNSET:
            field_dict["activity"] = _v.to_dict()
        _v = self.employees
        if _v is not UNSET:
            field_dict["employees"] = [_e.to_dict() for _e in _v]
        _v = self.budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["budgetHours"] = _v
        _v = self.total_hours
        if _v is not UNSET and not _in_request:
            field_dict["totalHours"] = _v
        _v = self.remaining_hours
        if _v is not UNSET and not _in_request:
            field_dict["remainingHours"] = _v
        _v = self.forecast_hours
        if _v is not UNSET and not _in_request:
            field_dict["forecastHours"] = _v
        _v = self.deviation_hours
        if _v is not UNSET and not _in_request:
            field_dict["deviationHours"] = _v
        _v = self.deviation_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["deviationHoursValidationMessage"] = _v
        _v = self.sum_employee_budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeBudgetHours"] = _v
        _v = self.sum_employee_budget_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeBudgetHoursValidationMessage"] = _v
        _v = self.sum_employee_total_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeTotalHours"] = _v
        _v = self.sum_employee_remaining_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeRemainingHours"] = _v
        _v = self.sum_employee_remaining_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeRemainingHoursValidationMessage"] = _v
        _v = self.sum_employee_forecast_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeForecastHours"] = _v
        _v = self.sum_employee_forecast_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeForecastHoursValidationMessage"] = _v
        _v = self.sum_employee_deviation_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeDeviationHours"] = _v
        _v = self.sum_employee_deviation_hours_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["sumEmployeeDeviationHoursValidationMessage"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ActivityHoursStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ActivityHoursStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee_hours_status import EmployeeHoursStatus  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "budgetHours": "budget_hours",
            "totalHours": "total_hours",
            "remainingHours": "remaining_hours",
            "forecastHours": "forecast_hours",
            "deviationHours": "deviation_hours",
            "deviationHoursValidationMessage": "deviation_hours_validation_message",
            "sumEmployeeBudgetHours": "sum_employee_budget_hours",
            "sumEmployeeBudgetHoursValidationMessage": "sum_employee_budget_hours_validation_message",
            "sumEmployeeTotalHours": "sum_employee_total_hours",
            "sumEmployeeRemainingHours": "sum_employee_remaining_hours",
            "sumEmployeeRemainingHoursValidationMessage": "sum_employee_remaining_hours_validation_message",
            "sumEmployeeForecastHours": "sum_employee_forecast_hours",
            "sumEmployeeForecastHoursValidationMessage": "sum_employee_forecast_hours_validation_message",
            "sumEmployeeDeviationHours": "sum_employee_deviation_hours",
            "sumEmployeeDeviationHoursValidationMessage": "sum_employee_deviation_hours_validation_message",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.activity = o.employees = o.budget_hours = o.total_hours = o.remaining_hours = o.forecast_hours = (
                        o.deviation_hours
                    ) = o.deviation_hours_validation_message = o.sum_employee_budget_hours = (
                        o.sum_employee_budget_hours_validation_message
                    ) = o.sum_employee_total_hours = o.sum_employee_remaining_hours = (
                        o.sum_employee_remaining_hours_validation_message
                    ) = o.sum_employee_forecast_hours = o.sum_employee_forecast_hours_validation_message = (
                        o.sum_employee_deviation_hours
                    ) = o.sum_employee_deviation_hours_validation_message = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "activity"
                v = g("activity")
                if v is None:
                    o.activity = u
                    if "activity" not in d:
                        m += 1
                else:
                    o.activity = Activity._tx_parse(v)
                k = "employees"
                v = g("employees")
                if v is None:
                    o.employees = u
                    if "employees" not in d:
                        m += 1
                else:
                    o.employees = (
                        ([EmployeeHoursStatus._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("budgetHours")
                if v is None:
                    o.budget_hours = u
                    if "budgetHours" not in d:
                        m += 1
                else:
                    o.budget_hours = v
                v = g("totalHours")
                if v is None:
                    o.total_hours = u
                    if "totalHours" not in d:
                        m += 1
                else:
                    o.total_hours = v
                v = g("remainingHours")
                if v is None:
                    o.remaining_hours = u
                    if "remainingHours" not in d:
                        m += 1
                else:
                    o.remaining_hours = v
                v = g("forecastHours")
                if v is None:
                    o.forecast_hours = u
                    if "forecastHours" not in d:
                        m += 1
                else:
                    o.forecast_hours = v
                v = g("deviationHours")
                if v is None:
                    o.deviation_hours = u
                    if "deviationHours" not in d:
                        m += 1
                else:
                    o.deviation_hours = v
                v = g("deviationHoursValidationMessage")
                if v is None:
                    o.deviation_hours_validation_message = u
                    if "deviationHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.deviation_hours_validation_message = v
                v = g("sumEmployeeBudgetHours")
                if v is None:
                    o.sum_employee_budget_hours = u
                    if "sumEmployeeBudgetHours" not in d:
                        m += 1
                else:
                    o.sum_employee_budget_hours = v
                v = g("sumEmployeeBudgetHoursValidationMessage")
                if v is None:
                    o.sum_employee_budget_hours_validation_message = u
                    if "sumEmployeeBudgetHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.sum_employee_budget_hours_validation_message = v
                v = g("sumEmployeeTotalHours")
                if v is None:
                    o.sum_employee_total_hours = u
                    if "sumEmployeeTotalHours" not in d:
                        m += 1
                else:
                    o.sum_employee_total_hours = v
                v = g("sumEmployeeRemainingHours")
                if v is None:
                    o.sum_employee_remaining_hours = u
                    if "sumEmployeeRemainingHours" not in d:
                        m += 1
                else:
                    o.sum_employee_remaining_hours = v
                v = g("sumEmployeeRemainingHoursValidationMessage")
                if v is None:
                    o.sum_employee_remaining_hours_validation_message = u
                    if "sumEmployeeRemainingHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.sum_employee_remaining_hours_validation_message = v
                v = g("sumEmployeeForecastHours")
                if v is None:
                    o.sum_employee_forecast_hours = u
                    if "sumEmployeeForecastHours" not in d:
                        m += 1
                else:
                    o.sum_employee_forecast_hours = v
                v = g("sumEmployeeForecastHoursValidationMessage")
                if v is None:
                    o.sum_employee_forecast_hours_validation_message = u
                    if "sumEmployeeForecastHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.sum_employee_forecast_hours_validation_message = v
                v = g("sumEmployeeDeviationHours")
                if v is None:
                    o.sum_employee_deviation_hours = u
                    if "sumEmployeeDeviationHours" not in d:
                        m += 1
                else:
                    o.sum_employee_deviation_hours = v
                v = g("sumEmployeeDeviationHoursValidationMessage")
                if v is None:
                    o.sum_employee_deviation_hours_validation_message = u
                    if "sumEmployeeDeviationHoursValidationMessage" not in d:
                        m += 1
                else:
                    o.sum_employee_deviation_hours_validation_message = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 17 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("activity", "activity"),
            ("employees", "employees"),
            ("budget_hours", "budgetHours"),
            ("total_hours", "totalHours"),
            ("remaining_hours", "remainingHours"),
            ("forecast_hours", "forecastHours"),
            ("deviation_hours", "deviationHours"),
            ("deviation_hours_validation_message", "deviationHoursValidationMessage"),
            ("sum_employee_budget_hours", "sumEmployeeBudgetHours"),
            ("sum_employee_budget_hours_validation_message", "sumEmployeeBudgetHoursValidationMessage"),
            ("sum_employee_total_hours", "sumEmployeeTotalHours"),
            ("sum_employee_remaining_hours", "sumEmployeeRemainingHours"),
            ("sum_employee_remaining_hours_validation_message", "sumEmployeeRemainingHoursValidationMessage"),
            ("sum_employee_forecast_hours", "sumEmployeeForecastHours"),
            ("sum_employee_forecast_hours_validation_message", "sumEmployeeForecastHoursValidationMessage"),
            ("sum_employee_deviation_hours", "sumEmployeeDeviationHours"),
            ("sum_employee_deviation_hours_validation_message", "sumEmployeeDeviationHoursValidationMessage"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.activity
            o.activity = u if v is None or v is u else Activity._tx_parse(v)
            v = s.employees
            o.employees = (
                u
                if v is None or v is u
                else ([EmployeeHoursStatus._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.budget_hours
            o.budget_hours = u if v is None else v
            v = s.total_hours
            o.total_hours = u if v is None else v
            v = s.remaining_hours
            o.remaining_hours = u if v is None else v
            v = s.forecast_hours
            o.forecast_hours = u if v is None else v
            v = s.deviation_hours
            o.deviation_hours = u if v is None else v
            v = s.deviation_hours_validation_message
            o.deviation_hours_validation_message = u if v is None else v
            v = s.sum_employee_budget_hours
            o.sum_employee_budget_hours = u if v is None else v
            v = s.sum_employee_budget_hours_validation_message
            o.sum_employee_budget_hours_validation_message = u if v is None else v
            v = s.sum_employee_total_hours
            o.sum_employee_total_hours = u if v is None else v
            v = s.sum_employee_remaining_hours
            o.sum_employee_remaining_hours = u if v is None else v
            v = s.sum_employee_remaining_hours_validation_message
            o.sum_employee_remaining_hours_validation_message = u if v is None else v
            v = s.sum_employee_forecast_hours
            o.sum_employee_forecast_hours = u if v is None else v
            v = s.sum_employee_forecast_hours_validation_message
            o.sum_employee_forecast_hours_validation_message = u if v is None else v
            v = s.sum_employee_deviation_hours
            o.sum_employee_deviation_hours = u if v is None else v
            v = s.sum_employee_deviation_hours_validation_message
            o.sum_employee_deviation_hours_validation_message = u if v is None else v
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
