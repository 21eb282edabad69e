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
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="EmployeeTokenBundle")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employeeToken", dict, False),
    ("employee", dict, False),
    ("robotEmployee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class EmployeeTokenBundle(LazyModel):
    """
    Attributes:
        employee_token (EmployeeToken | Unset):
        employee (Employee | Unset):
        robot_employee (Employee | Unset):
    """

    employee_token: EmployeeToken | Unset = UNSET
    employee: Employee | Unset = UNSET
    robot_employee: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_token, Unset):
            employee_token = self.employee_token.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        robot_employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.robot_employee, Unset):
            robot_employee = self.robot_employee.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_token is not UNSET:
            field_dict["employeeToken"] = employee_token
        if employee is not UNSET:
            field_dict["employee"] = employee
        if robot_employee is not UNSET:
            field_dict["robotEmployee"] = robot_employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeTokenBundle from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        def _p_employee_token(_tx_v: Any) -> EmployeeToken | Unset:
            _employee_token = _tx_v
            employee_token: EmployeeToken | Unset
            if isinstance(_employee_token, Unset):
                employee_token = UNSET
            else:
                employee_token = EmployeeToken._tx_from_json(_employee_token)

            return employee_token

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_robot_employee(_tx_v: Any) -> Employee | Unset:
            _robot_employee = _tx_v
            robot_employee: Employee | Unset
            if isinstance(_robot_employee, Unset):
                robot_employee = UNSET
            else:
                robot_employee = Employee._tx_from_json(_robot_employee)

            return robot_employee

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeToken",
                "employee",
                "robotEmployee",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_token": ("employeeToken", _p_employee_token),
            "employee": ("employee", _p_employee),
            "robot_employee": ("robotEmployee", _p_robot_employee),
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
