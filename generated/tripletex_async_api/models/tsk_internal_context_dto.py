from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TskInternalContextDTO")


@_attrs_define
class TskInternalContextDTO(Model):
    """
    Attributes:
        company_name (str | Unset):
        has_department (bool | Unset):
        has_employee_category (bool | Unset):
        has_division (bool | Unset):
        max_employees_per_salary_transaction (int | Unset):
        is_pilot_salary_run (bool | Unset):
        context_company_id (int | Unset):
        login_employee_id (int | Unset):
        actual_employee_id (int | Unset):
        is_proxy_login (bool | Unset):
        is_show_salary_onboarding (bool | Unset):
        is_pay_in_advance (bool | Unset):
        is_test_account (bool | Unset):
        is_trial_account (bool | Unset):
        auth_level_wage (int | Unset):
        auth_level_employee_or_wage (int | Unset):
        user_department_id (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.has_department
        if _v is not UNSET and not _in_request:
            field_dict["hasDepartment"] = _v
        _v = self.has_employee_category
        if _v is not UNSET and not _in_request:
            field_dict["hasEmployeeCategory"] = _v
        _v = self.has_division
        if _v is not UNSET and not _in_request:
            field_dict["hasDivision"] = _v
        _v = self.max_employees_per_salary_transaction
        if _v is not UNSET and not _in_request:
            field_dict["maxEmployeesPerSalaryTransaction"] = _v
        _v = self.is_pilot_salary_run
        if _v is not UNSET and not _in_request:
            field_dict["isPilotSalaryRun"] = _v
        _v = self.context_company_id
        if _v is not UNSET and not _in_request:
            field_dict["contextCompanyId"] = _v
        _v = self.login_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["actualEmployeeId"] = _v
        _v = self.is_proxy_login
        if _v is not UNSET and not _in_request:
            field_dict["isProxyLogin"] = _v
        _v = self.is_show_salary_onboarding
        if _v is not UNSET and not _in_request:
            field_dict["isShowSalaryOnboarding"] = _v
        _v = self.is_pay_in_advance
        if _v is not UNSET and not _in_request:
            field_dict["isPayInAdvance"] = _v
        _v = self.is_test_account
        if _v is not UNSET and not _in_request:
            field_dict["isTestAccount"] = _v
        _v = self.is_trial_account
        if _v is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = _v
        _v = self.auth_level_wage
        if _v is not UNSET and not _in_request:
            field_dict["authLevelWage"] = _v
        _v = self.auth_level_employee_or_wage
        if _v is not UNSET and not _in_request:
            field_dict["authLevelEmployeeOrWage"] = _v
        _v = self.user_department_id
        if _v is not UNSET and not _in_request:
            field_dict["userDepartmentId"] = _v
        _v = self.new_customer_from_2025
        if _v is not UNSET:
            field_dict["newCustomerFrom2025"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TskInternalContextDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TskInternalContextDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyName": "company_name",
            "hasDepartment": "has_department",
            "hasEmployeeCategory": "has_employee_category",
            "hasDivision": "has_division",
            "maxEmployeesPerSalaryTransaction": "max_employees_per_salary_transaction",
            "isPilotSalaryRun": "is_pilot_salary_run",
            "contextCompanyId": "context_company_id",
            "loginEmployeeId": "login_employee_id",
            "actualEmployeeId": "actual_employee_id",
            "isProxyLogin": "is_proxy_login",
            "isShowSalaryOnboarding": "is_show_salary_onboarding",
            "isPayInAdvance": "is_pay_in_advance",
            "isTestAccount": "is_test_account",
            "isTrialAccount": "is_trial_account",
            "authLevelWage": "auth_level_wage",
            "authLevelEmployeeOrWage": "auth_level_employee_or_wage",
            "userDepartmentId": "user_department_id",
            "newCustomerFrom2025": "new_customer_from_2025",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.company_name = o.has_department = o.has_employee_category = o.has_division = (
                        o.max_employees_per_salary_transaction
                    ) = o.is_pilot_salary_run = o.context_company_id = o.login_employee_id = o.actual_employee_id = (
                        o.is_proxy_login
                    ) = o.is_show_salary_onboarding = o.is_pay_in_advance = o.is_test_account = o.is_trial_account = (
                        o.auth_level_wage
                    ) = o.auth_level_employee_or_wage = o.user_department_id = o.new_customer_from_2025 = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("hasDepartment")
                if v is None:
                    o.has_department = u
                    if "hasDepartment" not in d:
                        m += 1
                else:
                    o.has_department = v
                v = g("hasEmployeeCategory")
                if v is None:
                    o.has_employee_category = u
                    if "hasEmployeeCategory" not in d:
                        m += 1
                else:
                    o.has_employee_category = v
                v = g("hasDivision")
                if v is None:
                    o.has_division = u
                    if "hasDivision" not in d:
                        m += 1
                else:
                    o.has_division = v
                v = g("maxEmployeesPerSalaryTransaction")
                if v is None:
                    o.max_employees_per_salary_transaction = u
                    if "maxEmployeesPerSalaryTransaction" not in d:
                        m += 1
                else:
                    o.max_employees_per_salary_transaction = v
                v = g("isPilotSalaryRun")
                if v is None:
                    o.is_pilot_salary_run = u
                    if "isPilotSalaryRun" not in d:
                        m += 1
                else:
                    o.is_pilot_salary_run = v
                v = g("contextCompanyId")
                if v is None:
                    o.context_company_id = u
                    if "contextCompanyId" not in d:
                        m += 1
                else:
                    o.context_company_id = v
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                v = g("isProxyLogin")
                if v is None:
                    o.is_proxy_login = u
                    if "isProxyLogin" not in d:
                        m += 1
                else:
                    o.is_proxy_login = v
                v = g("isShowSalaryOnboarding")
                if v is None:
                    o.is_show_salary_onboarding = u
                    if "isShowSalaryOnboarding" not in d:
                        m += 1
                else:
                    o.is_show_salary_onboarding = v
                v = g("isPayInAdvance")
                if v is None:
                    o.is_pay_in_advance = u
                    if "isPayInAdvance" not in d:
                        m += 1
                else:
                    o.is_pay_in_advance = v
                v = g("isTestAccount")
                if v is None:
                    o.is_test_account = u
                    if "isTestAccount" not in d:
                        m += 1
                else:
                    o.is_test_account = v
                v = g("isTrialAccount")
                if v is None:
                    o.is_trial_account = u
                    if "isTrialAccount" not in d:
                        m += 1
                else:
                    o.is_trial_account = v
                v = g("authLevelWage")
                if v is None:
                    o.auth_level_wage = u
                    if "authLevelWage" not in d:
                        m += 1
                else:
                    o.auth_level_wage = v
                v = g("authLevelEmployeeOrWage")
                if v is None:
                    o.auth_level_employee_or_wage = u
                    if "authLevelEmployeeOrWage" not in d:
                        m += 1
                else:
                    o.auth_level_employee_or_wage = v
                v = g("userDepartmentId")
                if v is None:
                    o.user_department_id = u
                    if "userDepartmentId" not in d:
                        m += 1
                else:
                    o.user_department_id = v
                v = g("newCustomerFrom2025")
                if v is None:
                    o.new_customer_from_2025 = u
                    if "newCustomerFrom2025" not in d:
                        m += 1
                else:
                    o.new_customer_from_2025 = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_name", "companyName"),
            ("has_department", "hasDepartment"),
            ("has_employee_category", "hasEmployeeCategory"),
            ("has_division", "hasDivision"),
            ("max_employees_per_salary_transaction", "maxEmployeesPerSalaryTransaction"),
            ("is_pilot_salary_run", "isPilotSalaryRun"),
            ("context_company_id", "contextCompanyId"),
            ("login_employee_id", "loginEmployeeId"),
            ("actual_employee_id", "actualEmployeeId"),
            ("is_proxy_login", "isProxyLogin"),
            ("is_show_salary_onboarding", "isShowSalaryOnboarding"),
            ("is_pay_in_advance", "isPayInAdvance"),
            ("is_test_account", "isTestAccount"),
            ("is_trial_account", "isTrialAccount"),
            ("auth_level_wage", "authLevelWage"),
            ("auth_level_employee_or_wage", "authLevelEmployeeOrWage"),
            ("user_department_id", "userDepartmentId"),
            ("new_customer_from_2025", "newCustomerFrom2025"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.has_department
            o.has_department = u if v is None else v
            v = s.has_employee_category
            o.has_employee_category = u if v is None else v
            v = s.has_division
            o.has_division = u if v is None else v
            v = s.max_employees_per_salary_transaction
            o.max_employees_per_salary_transaction = u if v is None else v
            v = s.is_pilot_salary_run
            o.is_pilot_salary_run = u if v is None else v
            v = s.context_company_id
            o.context_company_id = u if v is None else v
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.is_proxy_login
            o.is_proxy_login = u if v is None else v
            v = s.is_show_salary_onboarding
            o.is_show_salary_onboarding = u if v is None else v
            v = s.is_pay_in_advance
            o.is_pay_in_advance = u if v is None else v
            v = s.is_test_account
            o.is_test_account = u if v is None else v
            v = s.is_trial_account
            o.is_trial_account = u if v is None else v
            v = s.auth_level_wage
            o.auth_level_wage = u if v is None else v
            v = s.auth_level_employee_or_wage
            o.auth_level_employee_or_wage = u if v is None else v
            v = s.user_department_id
            o.user_department_id = u if v is None else v
            v = s.new_customer_from_2025
            o.new_customer_from_2025 = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
