from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.company import Company
    from ..models.employee import Employee
    from ..models.employee_token import EmployeeToken


T = TypeVar("T", bound="TripletexAccountReturn")


@_attrs_define
class TripletexAccountReturn:
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
        from ..models.company import Company  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employee_token import EmployeeToken  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _company = d.pop("company", UNSET)
        company: Company | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = Company.from_dict(_company)

        _administrator = d.pop("administrator", UNSET)
        administrator: Employee | Unset
        if isinstance(_administrator, Unset):
            administrator = UNSET
        else:
            administrator = Employee.from_dict(_administrator)

        _administrator_api_token = d.pop("administratorApiToken", UNSET)
        administrator_api_token: EmployeeToken | Unset
        if isinstance(_administrator_api_token, Unset):
            administrator_api_token = UNSET
        else:
            administrator_api_token = EmployeeToken.from_dict(_administrator_api_token)

        _company_owned_api_token = d.pop("companyOwnedApiToken", UNSET)
        company_owned_api_token: EmployeeToken | Unset
        if isinstance(_company_owned_api_token, Unset):
            company_owned_api_token = UNSET
        else:
            company_owned_api_token = EmployeeToken.from_dict(_company_owned_api_token)

        company_owned_api_token_robot_id = d.pop("companyOwnedApiTokenRobotId", UNSET)

        tripletex_account_created_message = d.pop("tripletexAccountCreatedMessage", UNSET)

        _employee_token = d.pop("employeeToken", UNSET)
        employee_token: EmployeeToken | Unset
        if isinstance(_employee_token, Unset):
            employee_token = UNSET
        else:
            employee_token = EmployeeToken.from_dict(_employee_token)

        _obj = cls(
            company=company,
            administrator=administrator,
            administrator_api_token=administrator_api_token,
            company_owned_api_token=company_owned_api_token,
            company_owned_api_token_robot_id=company_owned_api_token_robot_id,
            tripletex_account_created_message=tripletex_account_created_message,
            employee_token=employee_token,
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
