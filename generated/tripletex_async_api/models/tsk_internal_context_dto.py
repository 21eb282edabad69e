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

T = TypeVar("T", bound="TskInternalContextDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TskInternalContextDTO(LazyModel):
    """
    Attributes:
        company_name (str | Unset): [read-only]
        has_department (bool | Unset): [read-only]
        has_employee_category (bool | Unset): [read-only]
        has_division (bool | Unset): [read-only]
        max_employees_per_salary_transaction (int | Unset): [read-only]
        is_pilot_salary_run (bool | Unset): [read-only]
        context_company_id (int | Unset): [read-only]
        login_employee_id (int | Unset): [read-only]
        actual_employee_id (int | Unset): [read-only]
        is_proxy_login (bool | Unset): [read-only]
        is_show_salary_onboarding (bool | Unset): [read-only]
        is_pay_in_advance (bool | Unset): [read-only]
        is_test_account (bool | Unset): [read-only]
        is_trial_account (bool | Unset): [read-only]
        auth_level_wage (int | Unset): [read-only]
        auth_level_employee_or_wage (int | Unset): [read-only]
        user_department_id (int | Unset): [read-only]
        new_customer_from_2025 (bool | Unset):
    """

    company_name: str | Unset = UNSET
    has_department: bool | Unset = UNSET
    has_employee_category: bool | Unset = UNSET
    has_division: bool | Unset = UNSET
    max_employees_per_salary_transaction: int | Unset = UNSET
    is_pilot_salary_run: bool | Unset = UNSET
    context_company_id: int | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    is_proxy_login: bool | Unset = UNSET
    is_show_salary_onboarding: bool | Unset = UNSET
    is_pay_in_advance: bool | Unset = UNSET
    is_test_account: bool | Unset = UNSET
    is_trial_account: bool | Unset = UNSET
    auth_level_wage: int | Unset = UNSET
    auth_level_employee_or_wage: int | Unset = UNSET
    user_department_id: int | Unset = UNSET
    new_customer_from_2025: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_name = self.company_name

        has_department = self.has_department

        has_employee_category = self.has_employee_category

        has_division = self.has_division

        max_employees_per_salary_transaction = self.max_employees_per_salary_transaction

        is_pilot_salary_run = self.is_pilot_salary_run

        context_company_id = self.context_company_id

        login_employee_id = self.login_employee_id

        actual_employee_id = self.actual_employee_id

        is_proxy_login = self.is_proxy_login

        is_show_salary_onboarding = self.is_show_salary_onboarding

        is_pay_in_advance = self.is_pay_in_advance

        is_test_account = self.is_test_account

        is_trial_account = self.is_trial_account

        auth_level_wage = self.auth_level_wage

        auth_level_employee_or_wage = self.auth_level_employee_or_wage

        user_department_id = self.user_department_id

        new_customer_from_2025 = self.new_customer_from_2025

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if has_department is not UNSET and not _in_request:
            field_dict["hasDepartment"] = has_department
        if has_employee_category is not UNSET and not _in_request:
            field_dict["hasEmployeeCategory"] = has_employee_category
        if has_division is not UNSET and not _in_request:
            field_dict["hasDivision"] = has_division
        if max_employees_per_salary_transaction is not UNSET and not _in_request:
            field_dict["maxEmployeesPerSalaryTransaction"] = max_employees_per_salary_transaction
        if is_pilot_salary_run is not UNSET and not _in_request:
            field_dict["isPilotSalaryRun"] = is_pilot_salary_run
        if context_company_id is not UNSET and not _in_request:
            field_dict["contextCompanyId"] = context_company_id
        if login_employee_id is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = login_employee_id
        if actual_employee_id is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = actual_employee_id
        if is_proxy_login is not UNSET and not _in_request:
            field_dict["isProxyLogin"] = is_proxy_login
        if is_show_salary_onboarding is not UNSET and not _in_request:
            field_dict["isShowSalaryOnboarding"] = is_show_salary_onboarding
        if is_pay_in_advance is not UNSET and not _in_request:
            field_dict["isPayInAdvance"] = is_pay_in_advance
        if is_test_account is not UNSET and not _in_request:
            field_dict["isTestAccount"] = is_test_account
        if is_trial_account is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = is_trial_account
        if auth_level_wage is not UNSET and not _in_request:
            field_dict["authLevelWage"] = auth_level_wage
        if auth_level_employee_or_wage is not UNSET and not _in_request:
            field_dict["authLevelEmployeeOrWage"] = auth_level_employee_or_wage
        if user_department_id is not UNSET and not _in_request:
            field_dict["userDepartmentId"] = user_department_id
        if new_customer_from_2025 is not UNSET:
            field_dict["newCustomerFrom2025"] = new_customer_from_2025

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TskInternalContextDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyName",
                "hasDepartment",
                "hasEmployeeCategory",
                "hasDivision",
                "maxEmployeesPerSalaryTransaction",
                "isPilotSalaryRun",
                "contextCompanyId",
                "loginEmployeeId",
                "actualEmployeeId",
                "isProxyLogin",
                "isShowSalaryOnboarding",
                "isPayInAdvance",
                "isTestAccount",
                "isTrialAccount",
                "authLevelWage",
                "authLevelEmployeeOrWage",
                "userDepartmentId",
                "newCustomerFrom2025",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_name": ("companyName", None),
            "has_department": ("hasDepartment", None),
            "has_employee_category": ("hasEmployeeCategory", None),
            "has_division": ("hasDivision", None),
            "max_employees_per_salary_transaction": ("maxEmployeesPerSalaryTransaction", None),
            "is_pilot_salary_run": ("isPilotSalaryRun", None),
            "context_company_id": ("contextCompanyId", None),
            "login_employee_id": ("loginEmployeeId", None),
            "actual_employee_id": ("actualEmployeeId", None),
            "is_proxy_login": ("isProxyLogin", None),
            "is_show_salary_onboarding": ("isShowSalaryOnboarding", None),
            "is_pay_in_advance": ("isPayInAdvance", None),
            "is_test_account": ("isTestAccount", None),
            "is_trial_account": ("isTrialAccount", None),
            "auth_level_wage": ("authLevelWage", None),
            "auth_level_employee_or_wage": ("authLevelEmployeeOrWage", None),
            "user_department_id": ("userDepartmentId", None),
            "new_customer_from_2025": ("newCustomerFrom2025", None),
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
