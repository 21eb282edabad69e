from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_representative_role_in_company import CompanyRepresentativeRoleInCompany
from ..models.company_representative_signature_status import CompanyRepresentativeSignatureStatus
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
    from ..models.change import Change


T = TypeVar("T", bound="CompanyRepresentative")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("roleInCompany", str, False),
    ("signatureStatus", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CompanyRepresentative(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset): [read-only]
        role_in_company (CompanyRepresentativeRoleInCompany | Unset):
        birthdate (str | Unset): [read-only] birthdate
        company_name (str | Unset): [read-only]
        signature_status (CompanyRepresentativeSignatureStatus | Unset):
        description (str | Unset): [read-only]
        email (str | Unset):
        employee_id (int | Unset): [read-only]
        can_receive_reminder (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    role_in_company: CompanyRepresentativeRoleInCompany | Unset = UNSET
    birthdate: str | Unset = UNSET
    company_name: str | Unset = UNSET
    signature_status: CompanyRepresentativeSignatureStatus | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    employee_id: int | Unset = UNSET
    can_receive_reminder: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        name = self.name

        role_in_company: str | Unset = UNSET
        if not isinstance(self.role_in_company, Unset):
            role_in_company = self.role_in_company.value

        birthdate = self.birthdate

        company_name = self.company_name

        signature_status: str | Unset = UNSET
        if not isinstance(self.signature_status, Unset):
            signature_status = self.signature_status.value

        description = self.description

        email = self.email

        employee_id = self.employee_id

        can_receive_reminder = self.can_receive_reminder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if role_in_company is not UNSET:
            field_dict["roleInCompany"] = role_in_company
        if birthdate is not UNSET and not _in_request:
            field_dict["birthdate"] = birthdate
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if signature_status is not UNSET:
            field_dict["signatureStatus"] = signature_status
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if can_receive_reminder is not UNSET:
            field_dict["canReceiveReminder"] = can_receive_reminder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CompanyRepresentative from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_role_in_company(_tx_v: Any) -> CompanyRepresentativeRoleInCompany | Unset:
            _role_in_company = _tx_v
            role_in_company: CompanyRepresentativeRoleInCompany | Unset
            if isinstance(_role_in_company, Unset):
                role_in_company = UNSET
            else:
                role_in_company = CompanyRepresentativeRoleInCompany(_role_in_company)

            return role_in_company

        def _p_signature_status(_tx_v: Any) -> CompanyRepresentativeSignatureStatus | Unset:
            _signature_status = _tx_v
            signature_status: CompanyRepresentativeSignatureStatus | Unset
            if isinstance(_signature_status, Unset):
                signature_status = UNSET
            else:
                signature_status = CompanyRepresentativeSignatureStatus(_signature_status)

            return signature_status

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "roleInCompany",
                "birthdate",
                "companyName",
                "signatureStatus",
                "description",
                "email",
                "employeeId",
                "canReceiveReminder",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "role_in_company": ("roleInCompany", _p_role_in_company),
            "birthdate": ("birthdate", None),
            "company_name": ("companyName", None),
            "signature_status": ("signatureStatus", _p_signature_status),
            "description": ("description", None),
            "email": ("email", None),
            "employee_id": ("employeeId", None),
            "can_receive_reminder": ("canReceiveReminder", None),
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
