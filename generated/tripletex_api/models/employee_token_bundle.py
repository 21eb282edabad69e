from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employee import Employee
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="EmployeeTokenBundle")


@_attrs_define
class EmployeeTokenBundle:
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
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee_token = d.pop("employeeToken", UNSET)
        employee_token: EmployeeToken | Unset
        if isinstance(_employee_token, Unset):
            employee_token = UNSET
        else:
            employee_token = EmployeeToken.from_dict(_employee_token)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _robot_employee = d.pop("robotEmployee", UNSET)
        robot_employee: Employee | Unset
        if isinstance(_robot_employee, Unset):
            robot_employee = UNSET
        else:
            robot_employee = Employee.from_dict(_robot_employee)

        _obj = cls(
            employee_token=employee_token,
            employee=employee,
            robot_employee=robot_employee,
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
