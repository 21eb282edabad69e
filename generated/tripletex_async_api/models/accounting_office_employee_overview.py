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
    from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole
    from ..models.certification import Certification
    from ..models.employee import Employee
    from ..models.partner_account_manager import PartnerAccountManager


T = TypeVar("T", bound="AccountingOfficeEmployeeOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("employee", dict, False),
    ("partnerAccountManager", dict, False),
    ("certifications", list, False),
    ("roles", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountingOfficeEmployeeOverview(LazyModel):
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
        self._tx_load()
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
        """A AccountingOfficeEmployeeOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accounting_office_employee_role import AccountingOfficeEmployeeRole  # noqa: PLC0415
        from ..models.certification import Certification  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.partner_account_manager import PartnerAccountManager  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_partner_account_manager(_tx_v: Any) -> PartnerAccountManager | Unset:
            _partner_account_manager = _tx_v
            partner_account_manager: PartnerAccountManager | Unset
            if isinstance(_partner_account_manager, Unset):
                partner_account_manager = UNSET
            else:
                partner_account_manager = PartnerAccountManager._tx_from_json(_partner_account_manager)

            return partner_account_manager

        def _p_certifications(_tx_v: Any) -> list[Certification] | Unset:
            _certifications = _tx_v
            certifications: list[Certification] | Unset = UNSET
            if _certifications is not UNSET:
                certifications = []
                for certifications_item_data in _certifications:
                    if certifications_item_data is None:
                        continue
                    certifications_item = Certification._tx_from_json(certifications_item_data)

                    certifications.append(certifications_item)

            return certifications

        def _p_roles(_tx_v: Any) -> list[AccountingOfficeEmployeeRole] | Unset:
            _roles = _tx_v
            roles: list[AccountingOfficeEmployeeRole] | Unset = UNSET
            if _roles is not UNSET:
                roles = []
                for roles_item_data in _roles:
                    if roles_item_data is None:
                        continue
                    roles_item = AccountingOfficeEmployeeRole._tx_from_json(roles_item_data)

                    roles.append(roles_item)

            return roles

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "partnerAccountManager",
                "certifications",
                "roles",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", _p_employee),
            "partner_account_manager": ("partnerAccountManager", _p_partner_account_manager),
            "certifications": ("certifications", _p_certifications),
            "roles": ("roles", _p_roles),
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
