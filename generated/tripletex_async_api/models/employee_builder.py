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
)

T = TypeVar("T", bound="EmployeeBuilder")


@_attrs_define
class EmployeeBuilder(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.user_id
        if _v is not UNSET:
            field_dict["userId"] = _v
        _v = self.department_id
        if _v is not UNSET:
            field_dict["departmentId"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.first_name
        if _v is not UNSET:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET:
            field_dict["lastName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.login_end_date
        if _v is not UNSET:
            field_dict["loginEndDate"] = _v
        _v = self.employee_category_id
        if _v is not UNSET:
            field_dict["employeeCategoryId"] = _v
        _v = self.external
        if _v is not UNSET:
            field_dict["external"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.user_category
        if _v is not UNSET:
            field_dict["userCategory"] = _v
        _v = self.owner
        if _v is not UNSET:
            field_dict["owner"] = _v
        _v = self.auditor
        if _v is not UNSET:
            field_dict["auditor"] = _v
        _v = self.accountant
        if _v is not UNSET:
            field_dict["accountant"] = _v
        _v = self.enkeltpersonsforetak
        if _v is not UNSET:
            field_dict["enkeltpersonsforetak"] = _v
        _v = self.proxy
        if _v is not UNSET:
            field_dict["proxy"] = _v
        _v = self.robot
        if _v is not UNSET:
            field_dict["robot"] = _v
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.date_of_birth
        if _v is not UNSET:
            field_dict["dateOfBirth"] = _v
        _v = self.allow_reg_info
        if _v is not UNSET:
            field_dict["allowRegInfo"] = _v
        _v = self.allow_login
        if _v is not UNSET:
            field_dict["allowLogin"] = _v
        _v = self.wage_receiver
        if _v is not UNSET:
            field_dict["wageReceiver"] = _v
        _v = self.create_log_id
        if _v is not UNSET:
            field_dict["createLogId"] = _v
        _v = self.payslip_only
        if _v is not UNSET:
            field_dict["payslipOnly"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeBuilder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeBuilder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyId": "company_id",
            "userId": "user_id",
            "departmentId": "department_id",
            "number": "number",
            "firstName": "first_name",
            "lastName": "last_name",
            "description": "description",
            "loginEndDate": "login_end_date",
            "employeeCategoryId": "employee_category_id",
            "external": "external",
            "customerId": "customer_id",
            "userCategory": "user_category",
            "owner": "owner",
            "auditor": "auditor",
            "accountant": "accountant",
            "enkeltpersonsforetak": "enkeltpersonsforetak",
            "proxy": "proxy",
            "robot": "robot",
            "inactive": "inactive",
            "dateOfBirth": "date_of_birth",
            "allowRegInfo": "allow_reg_info",
            "allowLogin": "allow_login",
            "wageReceiver": "wage_receiver",
            "createLogId": "create_log_id",
            "payslipOnly": "payslip_only",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.company_id = o.user_id = o.department_id = o.number = o.first_name = o.last_name = (
                        o.description
                    ) = o.login_end_date = o.employee_category_id = o.external = o.customer_id = o.user_category = (
                        o.owner
                    ) = o.auditor = o.accountant = o.enkeltpersonsforetak = o.proxy = o.robot = o.inactive = (
                        o.date_of_birth
                    ) = o.allow_reg_info = o.allow_login = o.wage_receiver = o.create_log_id = o.payslip_only = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("userId")
                if v is None:
                    o.user_id = u
                    if "userId" not in d:
                        m += 1
                else:
                    o.user_id = v
                v = g("departmentId")
                if v is None:
                    o.department_id = u
                    if "departmentId" not in d:
                        m += 1
                else:
                    o.department_id = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("loginEndDate")
                if v is None:
                    o.login_end_date = u
                    if "loginEndDate" not in d:
                        m += 1
                else:
                    o.login_end_date = v
                v = g("employeeCategoryId")
                if v is None:
                    o.employee_category_id = u
                    if "employeeCategoryId" not in d:
                        m += 1
                else:
                    o.employee_category_id = v
                v = g("external")
                if v is None:
                    o.external = u
                    if "external" not in d:
                        m += 1
                else:
                    o.external = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("userCategory")
                if v is None:
                    o.user_category = u
                    if "userCategory" not in d:
                        m += 1
                else:
                    o.user_category = v
                v = g("owner")
                if v is None:
                    o.owner = u
                    if "owner" not in d:
                        m += 1
                else:
                    o.owner = v
                v = g("auditor")
                if v is None:
                    o.auditor = u
                    if "auditor" not in d:
                        m += 1
                else:
                    o.auditor = v
                v = g("accountant")
                if v is None:
                    o.accountant = u
                    if "accountant" not in d:
                        m += 1
                else:
                    o.accountant = v
                v = g("enkeltpersonsforetak")
                if v is None:
                    o.enkeltpersonsforetak = u
                    if "enkeltpersonsforetak" not in d:
                        m += 1
                else:
                    o.enkeltpersonsforetak = v
                v = g("proxy")
                if v is None:
                    o.proxy = u
                    if "proxy" not in d:
                        m += 1
                else:
                    o.proxy = v
                v = g("robot")
                if v is None:
                    o.robot = u
                    if "robot" not in d:
                        m += 1
                else:
                    o.robot = v
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("dateOfBirth")
                if v is None:
                    o.date_of_birth = u
                    if "dateOfBirth" not in d:
                        m += 1
                else:
                    o.date_of_birth = v
                v = g("allowRegInfo")
                if v is None:
                    o.allow_reg_info = u
                    if "allowRegInfo" not in d:
                        m += 1
                else:
                    o.allow_reg_info = v
                v = g("allowLogin")
                if v is None:
                    o.allow_login = u
                    if "allowLogin" not in d:
                        m += 1
                else:
                    o.allow_login = v
                v = g("wageReceiver")
                if v is None:
                    o.wage_receiver = u
                    if "wageReceiver" not in d:
                        m += 1
                else:
                    o.wage_receiver = v
                v = g("createLogId")
                if v is None:
                    o.create_log_id = u
                    if "createLogId" not in d:
                        m += 1
                else:
                    o.create_log_id = v
                v = g("payslipOnly")
                if v is None:
                    o.payslip_only = u
                    if "payslipOnly" not in d:
                        m += 1
                else:
                    o.payslip_only = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 25 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_id", "companyId"),
            ("user_id", "userId"),
            ("department_id", "departmentId"),
            ("number", "number"),
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("description", "description"),
            ("login_end_date", "loginEndDate"),
            ("employee_category_id", "employeeCategoryId"),
            ("external", "external"),
            ("customer_id", "customerId"),
            ("user_category", "userCategory"),
            ("owner", "owner"),
            ("auditor", "auditor"),
            ("accountant", "accountant"),
            ("enkeltpersonsforetak", "enkeltpersonsforetak"),
            ("proxy", "proxy"),
            ("robot", "robot"),
            ("inactive", "inactive"),
            ("date_of_birth", "dateOfBirth"),
            ("allow_reg_info", "allowRegInfo"),
            ("allow_login", "allowLogin"),
            ("wage_receiver", "wageReceiver"),
            ("create_log_id", "createLogId"),
            ("payslip_only", "payslipOnly"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.user_id
            o.user_id = u if v is None else v
            v = s.department_id
            o.department_id = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.login_end_date
            o.login_end_date = u if v is None else v
            v = s.employee_category_id
            o.employee_category_id = u if v is None else v
            v = s.external
            o.external = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.user_category
            o.user_category = u if v is None else v
            v = s.owner
            o.owner = u if v is None else v
            v = s.auditor
            o.auditor = u if v is None else v
            v = s.accountant
            o.accountant = u if v is None else v
            v = s.enkeltpersonsforetak
            o.enkeltpersonsforetak = u if v is None else v
            v = s.proxy
            o.proxy = u if v is None else v
            v = s.robot
            o.robot = u if v is None else v
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.date_of_birth
            o.date_of_birth = u if v is None else v
            v = s.allow_reg_info
            o.allow_reg_info = u if v is None else v
            v = s.allow_login
            o.allow_login = u if v is None else v
            v = s.wage_receiver
            o.wage_receiver = u if v is None else v
            v = s.create_log_id
            o.create_log_id = u if v is None else v
            v = s.payslip_only
            o.payslip_only = u if v is None else v
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
