from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="EmployeeCompany")


@_attrs_define
class EmployeeCompany:
    """
    Attributes:
        is_default (bool | Unset):
        company (Company | Unset): Vendor of the product
        employee (Employee | Unset):
        is_suspended (bool | Unset):
    """

    is_default: bool | Unset = UNSET
    company: Company | Unset = UNSET
    employee: Employee | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        is_default = self.is_default

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        is_suspended = self.is_suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if company is not UNSET:
            field_dict["company"] = company
        if employee is not UNSET:
            field_dict["employee"] = employee
        if is_suspended is not UNSET:
            field_dict["isSuspended"] = is_suspended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_default = d.pop("isDefault", UNSET)

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        is_suspended = d.pop("isSuspended", UNSET)

        _obj = cls(
            is_default=is_default,
            company=company,
            employee=employee,
            is_suspended=is_suspended,
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
