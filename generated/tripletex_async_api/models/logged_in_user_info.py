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
    from ..models.company import Company
    from ..models.employee import Employee


T = TypeVar("T", bound="LoggedInUserInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("company", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class LoggedInUserInfo(LazyModel):
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
        self._tx_load()
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
        """A LoggedInUserInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        _tx_known: frozenset[str] = frozenset(
            (
                "employeeId",
                "actualEmployeeId",
                "employee",
                "companyId",
                "company",
                "language",
                "loggedInWithConnect",
                "employeeIsProxy",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee_id": ("employeeId", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "employee": ("employee", _p_employee),
            "company_id": ("companyId", None),
            "company": ("company", _p_company),
            "language": ("language", None),
            "logged_in_with_connect": ("loggedInWithConnect", None),
            "employee_is_proxy": ("employeeIsProxy", None),
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
