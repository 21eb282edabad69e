from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="DepartmentBuilder")


@_attrs_define
class DepartmentBuilder:
    """
    Attributes:
        company_id (int | Unset):
        number (int | Unset):
        name (str | Unset):
        description (str | Unset):
        external_account_number (str | Unset):
        department_manager_employee_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    number: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    external_account_number: str | Unset = UNSET
    department_manager_employee_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        number = self.number

        name = self.name

        description = self.description

        external_account_number = self.external_account_number

        department_manager_employee_id = self.department_manager_employee_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if external_account_number is not UNSET:
            field_dict["externalAccountNumber"] = external_account_number
        if department_manager_employee_id is not UNSET:
            field_dict["departmentManagerEmployeeId"] = department_manager_employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        number = d.pop("number", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        external_account_number = d.pop("externalAccountNumber", UNSET)

        department_manager_employee_id = d.pop("departmentManagerEmployeeId", UNSET)

        _obj = cls(
            company_id=company_id,
            number=number,
            name=name,
            description=description,
            external_account_number=external_account_number,
            department_manager_employee_id=department_manager_employee_id,
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
