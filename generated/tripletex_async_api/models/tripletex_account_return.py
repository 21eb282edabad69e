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
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="TripletexAccountReturn")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("company", dict, False),
    ("administrator", dict, False),
    ("administratorApiToken", dict, False),
    ("companyOwnedApiToken", dict, False),
    ("employeeToken", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountReturn(LazyModel):
    """
    Attributes:
        company (Company | Unset): Vendor of the product
        administrator (Employee | Unset):
        administrator_api_token (EmployeeToken | Unset):
        company_owned_api_token (EmployeeToken | Unset):
        company_owned_api_token_robot_id (int | Unset):
        tripletex_account_created_message (str | Unset):
        employee_token (EmployeeToken | Unset):
    """

    company: Company | Unset = UNSET
    administrator: Employee | Unset = UNSET
    administrator_api_token: EmployeeToken | Unset = UNSET
    company_owned_api_token: EmployeeToken | Unset = UNSET
    company_owned_api_token_robot_id: int | Unset = UNSET
    tripletex_account_created_message: str | Unset = UNSET
    employee_token: EmployeeToken | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        administrator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.administrator, Unset):
            administrator = self.administrator.to_dict()

        administrator_api_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.administrator_api_token, Unset):
            administrator_api_token = self.administrator_api_token.to_dict()

        company_owned_api_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_owned_api_token, Unset):
            company_owned_api_token = self.company_owned_api_token.to_dict()

        company_owned_api_token_robot_id = self.company_owned_api_token_robot_id

        tripletex_account_created_message = self.tripletex_account_created_message

        employee_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee_token, Unset):
            employee_token = self.employee_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if administrator is not UNSET:
            field_dict["administrator"] = administrator
        if administrator_api_token is not UNSET:
            field_dict["administratorApiToken"] = administrator_api_token
        if company_owned_api_token is not UNSET:
            field_dict["companyOwnedApiToken"] = company_owned_api_token
        if company_owned_api_token_robot_id is not UNSET:
            field_dict["companyOwnedApiTokenRobotId"] = company_owned_api_token_robot_id
        if tripletex_account_created_message is not UNSET:
            field_dict["tripletexAccountCreatedMessage"] = tripletex_account_created_message
        if employee_token is not UNSET:
            field_dict["employeeToken"] = employee_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountReturn from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        def _p_company(_tx_v: Any) -> Company | Unset:
            _company = _tx_v
            company: Company | Unset
            if isinstance(_company, Unset):
                company = UNSET
            else:
                company = Company._tx_from_json(_company)

            return company

        def _p_administrator(_tx_v: Any) -> Employee | Unset:
            _administrator = _tx_v
            administrator: Employee | Unset
            if isinstance(_administrator, Unset):
                administrator = UNSET
            else:
                administrator = Employee._tx_from_json(_administrator)

            return administrator

        def _p_administrator_api_token(_tx_v: Any) -> EmployeeToken | Unset:
            _administrator_api_token = _tx_v
            administrator_api_token: EmployeeToken | Unset
            if isinstance(_administrator_api_token, Unset):
                administrator_api_token = UNSET
            else:
                administrator_api_token = EmployeeToken._tx_from_json(_administrator_api_token)

            return administrator_api_token

        def _p_company_owned_api_token(_tx_v: Any) -> EmployeeToken | Unset:
            _company_owned_api_token = _tx_v
            company_owned_api_token: EmployeeToken | Unset
            if isinstance(_company_owned_api_token, Unset):
                company_owned_api_token = UNSET
            else:
                company_owned_api_token = EmployeeToken._tx_from_json(_company_owned_api_token)

            return company_owned_api_token

        def _p_employee_token(_tx_v: Any) -> EmployeeToken | Unset:
            _employee_token = _tx_v
            employee_token: EmployeeToken | Unset
            if isinstance(_employee_token, Unset):
                employee_token = UNSET
            else:
                employee_token = EmployeeToken._tx_from_json(_employee_token)

            return employee_token

        _tx_known: frozenset[str] = frozenset(
            (
                "company",
                "administrator",
                "administratorApiToken",
                "companyOwnedApiToken",
                "companyOwnedApiTokenRobotId",
                "tripletexAccountCreatedMessage",
                "employeeToken",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company": ("company", _p_company),
            "administrator": ("administrator", _p_administrator),
            "administrator_api_token": ("administratorApiToken", _p_administrator_api_token),
            "company_owned_api_token": ("companyOwnedApiToken", _p_company_owned_api_token),
            "company_owned_api_token_robot_id": ("companyOwnedApiTokenRobotId", None),
            "tripletex_account_created_message": ("tripletexAccountCreatedMessage", None),
            "employee_token": ("employeeToken", _p_employee_token),
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
