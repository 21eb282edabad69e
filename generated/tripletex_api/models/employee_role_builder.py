from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeRoleBuilder")


@_attrs_define
class EmployeeRoleBuilder:
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        robot_employee_id (int | Unset):
        role_ids (list[int] | Unset):
        customer_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    robot_employee_id: int | Unset = UNSET
    role_ids: list[int] | Unset = UNSET
    customer_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        robot_employee_id = self.robot_employee_id

        role_ids: list[int] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        customer_id = self.customer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if robot_employee_id is not UNSET:
            field_dict["robotEmployeeId"] = robot_employee_id
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        robot_employee_id = d.pop("robotEmployeeId", UNSET)

        role_ids = cast(list[int], d.pop("roleIds", UNSET))

        customer_id = d.pop("customerId", UNSET)

        _obj = cls(
            company_id=company_id,
            employee_id=employee_id,
            robot_employee_id=robot_employee_id,
            role_ids=role_ids,
            customer_id=customer_id,
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
