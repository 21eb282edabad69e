from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole
    from ..models.certification import Certification
    from ..models.employee import Employee
    from ..models.partner_account_manager import PartnerAccountManager


T = TypeVar("T", bound="AccountingOfficeEmployeeOverview")


@_attrs_define
class AccountingOfficeEmployeeOverview:
    """
    Attributes:
        employee (Employee | Unset):
        partner_account_manager (PartnerAccountManager | Unset): Partner account manager
        certifications (list[Certification] | Unset): [read-only]
        roles (list[AccountingOfficeEmployeeRole] | Unset): [read-only]
    """

    employee: Employee | Unset = UNSET
    partner_account_manager: PartnerAccountManager | Unset = UNSET
    certifications: list[Certification] | Unset = UNSET
    roles: list[AccountingOfficeEmployeeRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        partner_account_manager: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_account_manager, Unset):
            partner_account_manager = self.partner_account_manager.to_dict()

        certifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = []
            for certifications_item_data in self.certifications:
                certifications_item = certifications_item_data.to_dict()
                certifications.append(certifications_item)

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
        if partner_account_manager is not UNSET:
            field_dict["partnerAccountManager"] = partner_account_manager
        if certifications is not UNSET and not _in_request:
            field_dict["certifications"] = certifications
        if roles is not UNSET and not _in_request:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole  # noqa: PLC0415
        from ..models.certification import Certification  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.partner_account_manager import PartnerAccountManager  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _partner_account_manager = d.pop("partnerAccountManager", UNSET)
        partner_account_manager: PartnerAccountManager | Unset
        if isinstance(_partner_account_manager, Unset):
            partner_account_manager = UNSET
        else:
            partner_account_manager = PartnerAccountManager.from_dict(_partner_account_manager)

        _certifications = d.pop("certifications", UNSET)
        certifications: list[Certification] | Unset = UNSET
        if _certifications is not UNSET:
            certifications = []
            for certifications_item_data in _certifications:
                if certifications_item_data is None:
                    continue
                certifications_item = Certification.from_dict(certifications_item_data)

                certifications.append(certifications_item)

        _roles = d.pop("roles", UNSET)
        roles: list[AccountingOfficeEmployeeRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                if roles_item_data is None:
                    continue
                roles_item = AccountingOfficeEmployeeRole.from_dict(roles_item_data)

                roles.append(roles_item)

        _obj = cls(
            employee=employee,
            partner_account_manager=partner_account_manager,
            certifications=certifications,
            roles=roles,
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
