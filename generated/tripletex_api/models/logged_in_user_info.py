from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="LoggedInUserInfo")


@_attrs_define
class LoggedInUserInfo:
    """
    Attributes:
        employee_id (int | Unset): [read-only]
        actual_employee_id (int | Unset): [read-only]
        employee (Employee | Unset):
        company_id (int | Unset): [read-only]
        company (Company | Unset): Vendor of the product
        language (str | Unset): [read-only]
        logged_in_with_connect (bool | Unset): [read-only]
        employee_is_proxy (bool | Unset): [read-only]
    """

    employee_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    employee: Employee | Unset = UNSET
    company_id: int | Unset = UNSET
    company: Company | Unset = UNSET
    language: str | Unset = UNSET
    logged_in_with_connect: bool | Unset = UNSET
    employee_is_proxy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        actual_employee_id = self.actual_employee_id

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        company_id = self.company_id

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        language = self.language

        logged_in_with_connect = self.logged_in_with_connect

        employee_is_proxy = self.employee_is_proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if actual_employee_id is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = actual_employee_id
        if employee is not UNSET:
            field_dict["employee"] = employee
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if company is not UNSET:
            field_dict["company"] = company
        if language is not UNSET and not _in_request:
            field_dict["language"] = language
        if logged_in_with_connect is not UNSET and not _in_request:
            field_dict["loggedInWithConnect"] = logged_in_with_connect
        if employee_is_proxy is not UNSET and not _in_request:
            field_dict["employeeIsProxy"] = employee_is_proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_id = d.pop("employeeId", UNSET)

        actual_employee_id = d.pop("actualEmployeeId", UNSET)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        company_id = d.pop("companyId", UNSET)

        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        language = d.pop("language", UNSET)

        logged_in_with_connect = d.pop("loggedInWithConnect", UNSET)

        employee_is_proxy = d.pop("employeeIsProxy", UNSET)

        _obj = cls(
            employee_id=employee_id,
            actual_employee_id=actual_employee_id,
            employee=employee,
            company_id=company_id,
            company=company,
            language=language,
            logged_in_with_connect=logged_in_with_connect,
            employee_is_proxy=employee_is_proxy,
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
