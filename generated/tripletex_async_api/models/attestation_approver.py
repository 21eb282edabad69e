from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_approver_enum_role import AttestationApproverEnumRole
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
    from ..models.attestation_level import AttestationLevel
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="AttestationApprover")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("attestationLevel", dict, False),
    ("enumRole", str, False),
    ("employee", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AttestationApprover(LazyModel):
    """Approvers tied to this Attestation Level.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        attestation_level (AttestationLevel | Unset): Levels tied to this Attestation.
        enum_role (AttestationApproverEnumRole | Unset):
        employee (Employee | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    attestation_level: AttestationLevel | Unset = UNSET
    enum_role: AttestationApproverEnumRole | Unset = UNSET
    employee: Employee | Unset = UNSET
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

        attestation_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attestation_level, Unset):
            attestation_level = self.attestation_level.to_dict()

        enum_role: str | Unset = UNSET
        if not isinstance(self.enum_role, Unset):
            enum_role = self.enum_role.value

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

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
        if attestation_level is not UNSET:
            field_dict["attestationLevel"] = attestation_level
        if enum_role is not UNSET:
            field_dict["enumRole"] = enum_role
        if employee is not UNSET:
            field_dict["employee"] = employee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationApprover from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.attestation_level import AttestationLevel  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

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

        def _p_attestation_level(_tx_v: Any) -> AttestationLevel | Unset:
            _attestation_level = _tx_v
            attestation_level: AttestationLevel | Unset
            if isinstance(_attestation_level, Unset):
                attestation_level = UNSET
            else:
                attestation_level = AttestationLevel._tx_from_json(_attestation_level)

            return attestation_level

        def _p_enum_role(_tx_v: Any) -> AttestationApproverEnumRole | Unset:
            _enum_role = _tx_v
            enum_role: AttestationApproverEnumRole | Unset
            if isinstance(_enum_role, Unset):
                enum_role = UNSET
            else:
                enum_role = AttestationApproverEnumRole(_enum_role)

            return enum_role

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "attestationLevel",
                "enumRole",
                "employee",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "attestation_level": ("attestationLevel", _p_attestation_level),
            "enum_role": ("enumRole", _p_enum_role),
            "employee": ("employee", _p_employee),
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
