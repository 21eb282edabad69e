from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_role_model_dto_role import EmployeeRoleModelDTORole
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeRoleModelDTO")


@_attrs_define
class EmployeeRoleModelDTO:
    """
    Attributes:
        company_id (int | Unset):
        customer_id (int | Unset):
        employee_id (int | Unset):
        has_access (bool | Unset):
        role (EmployeeRoleModelDTORole | Unset):
    """

    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    has_access: bool | Unset = UNSET
    role: EmployeeRoleModelDTORole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        customer_id = self.customer_id

        employee_id = self.employee_id

        has_access = self.has_access

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if has_access is not UNSET:
            field_dict["hasAccess"] = has_access
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        has_access = d.pop("hasAccess", UNSET)

        _role = d.pop("role", UNSET)
        role: EmployeeRoleModelDTORole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = EmployeeRoleModelDTORole(_role)

        _obj = cls(
            company_id=company_id,
            customer_id=customer_id,
            employee_id=employee_id,
            has_access=has_access,
            role=role,
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
