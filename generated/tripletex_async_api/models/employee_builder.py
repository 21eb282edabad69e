from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="EmployeeBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class EmployeeBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        user_id (int | Unset):
        department_id (int | Unset):
        number (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        description (str | Unset):
        login_end_date (str | Unset):
        employee_category_id (int | Unset):
        external (bool | Unset):
        customer_id (int | Unset):
        user_category (int | Unset):
        owner (bool | Unset):
        auditor (bool | Unset):
        accountant (bool | Unset):
        enkeltpersonsforetak (bool | Unset):
        proxy (bool | Unset):
        robot (bool | Unset):
        inactive (bool | Unset):
        date_of_birth (str | Unset):
        allow_reg_info (bool | Unset):
        allow_login (bool | Unset):
        wage_receiver (bool | Unset):
        create_log_id (int | Unset):
        payslip_only (bool | Unset):
    """

    company_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    department_id: int | Unset = UNSET
    number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    description: str | Unset = UNSET
    login_end_date: str | Unset = UNSET
    employee_category_id: int | Unset = UNSET
    external: bool | Unset = UNSET
    customer_id: int | Unset = UNSET
    user_category: int | Unset = UNSET
    owner: bool | Unset = UNSET
    auditor: bool | Unset = UNSET
    accountant: bool | Unset = UNSET
    enkeltpersonsforetak: bool | Unset = UNSET
    proxy: bool | Unset = UNSET
    robot: bool | Unset = UNSET
    inactive: bool | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    allow_reg_info: bool | Unset = UNSET
    allow_login: bool | Unset = UNSET
    wage_receiver: bool | Unset = UNSET
    create_log_id: int | Unset = UNSET
    payslip_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        user_id = self.user_id

        department_id = self.department_id

        number = self.number

        first_name = self.first_name

        last_name = self.last_name

        description = self.description

        login_end_date = self.login_end_date

        employee_category_id = self.employee_category_id

        external = self.external

        customer_id = self.customer_id

        user_category = self.user_category

        owner = self.owner

        auditor = self.auditor

        accountant = self.accountant

        enkeltpersonsforetak = self.enkeltpersonsforetak

        proxy = self.proxy

        robot = self.robot

        inactive = self.inactive

        date_of_birth = self.date_of_birth

        allow_reg_info = self.allow_reg_info

        allow_login = self.allow_login

        wage_receiver = self.wage_receiver

        create_log_id = self.create_log_id

        payslip_only = self.payslip_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if department_id is not UNSET:
            field_dict["departmentId"] = department_id
        if number is not UNSET:
            field_dict["number"] = number
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if description is not UNSET:
            field_dict["description"] = description
        if login_end_date is not UNSET:
            field_dict["loginEndDate"] = login_end_date
        if employee_category_id is not UNSET:
            field_dict["employeeCategoryId"] = employee_category_id
        if external is not UNSET:
            field_dict["external"] = external
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if user_category is not UNSET:
            field_dict["userCategory"] = user_category
        if owner is not UNSET:
            field_dict["owner"] = owner
        if auditor is not UNSET:
            field_dict["auditor"] = auditor
        if accountant is not UNSET:
            field_dict["accountant"] = accountant
        if enkeltpersonsforetak is not UNSET:
            field_dict["enkeltpersonsforetak"] = enkeltpersonsforetak
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if robot is not UNSET:
            field_dict["robot"] = robot
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if allow_reg_info is not UNSET:
            field_dict["allowRegInfo"] = allow_reg_info
        if allow_login is not UNSET:
            field_dict["allowLogin"] = allow_login
        if wage_receiver is not UNSET:
            field_dict["wageReceiver"] = wage_receiver
        if create_log_id is not UNSET:
            field_dict["createLogId"] = create_log_id
        if payslip_only is not UNSET:
            field_dict["payslipOnly"] = payslip_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "userId",
                "departmentId",
                "number",
                "firstName",
                "lastName",
                "description",
                "loginEndDate",
                "employeeCategoryId",
                "external",
                "customerId",
                "userCategory",
                "owner",
                "auditor",
                "accountant",
                "enkeltpersonsforetak",
                "proxy",
                "robot",
                "inactive",
                "dateOfBirth",
                "allowRegInfo",
                "allowLogin",
                "wageReceiver",
                "createLogId",
                "payslipOnly",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "user_id": ("userId", None),
            "department_id": ("departmentId", None),
            "number": ("number", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "description": ("description", None),
            "login_end_date": ("loginEndDate", None),
            "employee_category_id": ("employeeCategoryId", None),
            "external": ("external", None),
            "customer_id": ("customerId", None),
            "user_category": ("userCategory", None),
            "owner": ("owner", None),
            "auditor": ("auditor", None),
            "accountant": ("accountant", None),
            "enkeltpersonsforetak": ("enkeltpersonsforetak", None),
            "proxy": ("proxy", None),
            "robot": ("robot", None),
            "inactive": ("inactive", None),
            "date_of_birth": ("dateOfBirth", None),
            "allow_reg_info": ("allowRegInfo", None),
            "allow_login": ("allowLogin", None),
            "wage_receiver": ("wageReceiver", None),
            "create_log_id": ("createLogId", None),
            "payslip_only": ("payslipOnly", None),
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
