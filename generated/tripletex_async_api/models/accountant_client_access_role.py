from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accountant_client_access_role_dependencies_item import AccountantClientAccessRoleDependenciesItem
from ..models.accountant_client_access_role_reversed_dependencies_item import (
    AccountantClientAccessRoleReversedDependenciesItem,
)
from ..models.accountant_client_access_role_role import AccountantClientAccessRoleRole
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

T = TypeVar("T", bound="AccountantClientAccessRole")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("role", str, False),
    ("dependencies", list, False),
    ("reversedDependencies", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountantClientAccessRole(LazyModel):
    """
    Attributes:
        role (AccountantClientAccessRoleRole | Unset): [read-only]
        description (str | Unset): [read-only]
        additional_information (str | Unset): [read-only]
        has_required_module (bool | Unset): [read-only]
        has_received_access (bool | Unset): [read-only]
        has_access (bool | Unset): [read-only]
        dependencies (list[AccountantClientAccessRoleDependenciesItem] | Unset): [read-only]
        reversed_dependencies (list[AccountantClientAccessRoleReversedDependenciesItem] | Unset): [read-only]
    """

    role: AccountantClientAccessRoleRole | Unset = UNSET
    description: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    has_required_module: bool | Unset = UNSET
    has_received_access: bool | Unset = UNSET
    has_access: bool | Unset = UNSET
    dependencies: list[AccountantClientAccessRoleDependenciesItem] | Unset = UNSET
    reversed_dependencies: list[AccountantClientAccessRoleReversedDependenciesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        description = self.description

        additional_information = self.additional_information

        has_required_module = self.has_required_module

        has_received_access = self.has_received_access

        has_access = self.has_access

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.value
                dependencies.append(dependencies_item)

        reversed_dependencies: list[str] | Unset = UNSET
        if not isinstance(self.reversed_dependencies, Unset):
            reversed_dependencies = []
            for reversed_dependencies_item_data in self.reversed_dependencies:
                reversed_dependencies_item = reversed_dependencies_item_data.value
                reversed_dependencies.append(reversed_dependencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET and not _in_request:
            field_dict["role"] = role
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if additional_information is not UNSET and not _in_request:
            field_dict["additionalInformation"] = additional_information
        if has_required_module is not UNSET and not _in_request:
            field_dict["hasRequiredModule"] = has_required_module
        if has_received_access is not UNSET and not _in_request:
            field_dict["hasReceivedAccess"] = has_received_access
        if has_access is not UNSET and not _in_request:
            field_dict["hasAccess"] = has_access
        if dependencies is not UNSET and not _in_request:
            field_dict["dependencies"] = dependencies
        if reversed_dependencies is not UNSET and not _in_request:
            field_dict["reversedDependencies"] = reversed_dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantClientAccessRole from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_role(_tx_v: Any) -> AccountantClientAccessRoleRole | Unset:
            _role = _tx_v
            role: AccountantClientAccessRoleRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = AccountantClientAccessRoleRole(_role)

            return role

        def _p_dependencies(_tx_v: Any) -> list[AccountantClientAccessRoleDependenciesItem] | Unset:
            _dependencies = _tx_v
            dependencies: list[AccountantClientAccessRoleDependenciesItem] | Unset = UNSET
            if _dependencies is not UNSET:
                dependencies = []
                for dependencies_item_data in _dependencies:
                    if dependencies_item_data is None:
                        continue
                    dependencies_item = AccountantClientAccessRoleDependenciesItem(dependencies_item_data)

                    dependencies.append(dependencies_item)

            return dependencies

        def _p_reversed_dependencies(_tx_v: Any) -> list[AccountantClientAccessRoleReversedDependenciesItem] | Unset:
            _reversed_dependencies = _tx_v
            reversed_dependencies: list[AccountantClientAccessRoleReversedDependenciesItem] | Unset = UNSET
            if _reversed_dependencies is not UNSET:
                reversed_dependencies = []
                for reversed_dependencies_item_data in _reversed_dependencies:
                    if reversed_dependencies_item_data is None:
                        continue
                    reversed_dependencies_item = AccountantClientAccessRoleReversedDependenciesItem(
                        reversed_dependencies_item_data
                    )

                    reversed_dependencies.append(reversed_dependencies_item)

            return reversed_dependencies

        _tx_known: frozenset[str] = frozenset(
            (
                "role",
                "description",
                "additionalInformation",
                "hasRequiredModule",
                "hasReceivedAccess",
                "hasAccess",
                "dependencies",
                "reversedDependencies",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "role": ("role", _p_role),
            "description": ("description", None),
            "additional_information": ("additionalInformation", None),
            "has_required_module": ("hasRequiredModule", None),
            "has_received_access": ("hasReceivedAccess", None),
            "has_access": ("hasAccess", None),
            "dependencies": ("dependencies", _p_dependencies),
            "reversed_dependencies": ("reversedDependencies", _p_reversed_dependencies),
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
