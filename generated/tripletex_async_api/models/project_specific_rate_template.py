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
    from ..models.employee import Employee


T = TypeVar("T", bound="ProjectSpecificRateTemplate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("activity", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectSpecificRateTemplate(LazyModel):
    """Project specific rates if hourlyRateModel is TYPE_PROJECT_SPECIFIC_HOURLY_RATES.

    Attributes:
        hourly_rate (float | Unset):
        hourly_cost_percentage (float | Unset):
        employee (Employee | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
    """

    hourly_rate: float | Unset = UNSET
    hourly_cost_percentage: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    activity: Activity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        hourly_rate = self.hourly_rate

        hourly_cost_percentage = self.hourly_cost_percentage

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if hourly_cost_percentage is not UNSET:
            field_dict["hourlyCostPercentage"] = hourly_cost_percentage
        if employee is not UNSET:
            field_dict["employee"] = employee
        if activity is not UNSET:
            field_dict["activity"] = activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectSpecificRateTemplate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_activity(_tx_v: Any) -> Activity | Unset:
            _activity = _tx_v
            activity: Activity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = Activity._tx_from_json(_activity)

            return activity

        _tx_known: frozenset[str] = frozenset(
            (
                "hourlyRate",
                "hourlyCostPercentage",
                "employee",
                "activity",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "hourly_rate": ("hourlyRate", None),
            "hourly_cost_percentage": ("hourlyCostPercentage", None),
            "employee": ("employee", _p_employee),
            "activity": ("activity", _p_activity),
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
