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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="EmployeeHoursStatus")


@_attrs_define
class EmployeeHoursStatus(Model):
    """
    Attributes:
        employee (Employee | Unset):
        budget_hours (float | Unset):
        total_hours (float | Unset):
        remaining_hours (float | Unset):
        forecast_hours (float | Unset):
        deviation_hours (float | Unset):
        deviation_hours_validation_message (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeHoursStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeHoursStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
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
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee", "employee"),
            ("budget_hours", "budgetHours"),
            ("total_hours", "totalHours"),
            ("remaining_hours", "remainingHours"),
            ("forecast_hours", "forecastHours"),
            ("deviation_hours", "deviationHours"),
            ("deviation_hours_validation_message", "deviationHoursValidationMessage"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
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
