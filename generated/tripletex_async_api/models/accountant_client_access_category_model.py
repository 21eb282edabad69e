from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accountant_client_access_category_model_access_level import AccountantClientAccessCategoryModelAccessLevel
from ..models.accountant_client_access_category_model_category import AccountantClientAccessCategoryModelCategory
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
    from ..models.accountant_client_access_role import AccountantClientAccessRole


T = TypeVar("T", bound="AccountantClientAccessCategoryModel")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("category", str, False),
    ("accessLevel", str, False),
    ("roles", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AccountantClientAccessCategoryModel(LazyModel):
    """
    Attributes:
        category (AccountantClientAccessCategoryModelCategory | Unset): [read-only]
        description (str | Unset): [read-only]
        access_level (AccountantClientAccessCategoryModelAccessLevel | Unset): [read-only]
        has_received_aggregated_access (bool | Unset): [read-only]
        roles (list[AccountantClientAccessRole] | Unset): [read-only]
    """

    category: AccountantClientAccessCategoryModelCategory | Unset = UNSET
    description: str | Unset = UNSET
    access_level: AccountantClientAccessCategoryModelAccessLevel | Unset = UNSET
    has_received_aggregated_access: bool | Unset = UNSET
    roles: list[AccountantClientAccessRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        description = self.description

        access_level: str | Unset = UNSET
        if not isinstance(self.access_level, Unset):
            access_level = self.access_level.value

        has_received_aggregated_access = self.has_received_aggregated_access

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET and not _in_request:
            field_dict["category"] = category
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if access_level is not UNSET and not _in_request:
            field_dict["accessLevel"] = access_level
        if has_received_aggregated_access is not UNSET and not _in_request:
            field_dict["hasReceivedAggregatedAccess"] = has_received_aggregated_access
        if roles is not UNSET and not _in_request:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantClientAccessCategoryModel from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.accountant_client_access_role import AccountantClientAccessRole  # noqa: PLC0415

        def _p_category(_tx_v: Any) -> AccountantClientAccessCategoryModelCategory | Unset:
            _category = _tx_v
            category: AccountantClientAccessCategoryModelCategory | Unset
            if isinstance(_category, Unset):
                category = UNSET
            else:
                category = AccountantClientAccessCategoryModelCategory(_category)

            return category

        def _p_access_level(_tx_v: Any) -> AccountantClientAccessCategoryModelAccessLevel | Unset:
            _access_level = _tx_v
            access_level: AccountantClientAccessCategoryModelAccessLevel | Unset
            if isinstance(_access_level, Unset):
                access_level = UNSET
            else:
                access_level = AccountantClientAccessCategoryModelAccessLevel(_access_level)

            return access_level

        def _p_roles(_tx_v: Any) -> list[AccountantClientAccessRole] | Unset:
            _roles = _tx_v
            roles: list[AccountantClientAccessRole] | Unset = UNSET
            if _roles is not UNSET:
                roles = []
                for roles_item_data in _roles:
                    if roles_item_data is None:
                        continue
                    roles_item = AccountantClientAccessRole._tx_from_json(roles_item_data)

                    roles.append(roles_item)

            return roles

        _tx_known: frozenset[str] = frozenset(
            (
                "category",
                "description",
                "accessLevel",
                "hasReceivedAggregatedAccess",
                "roles",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "category": ("category", _p_category),
            "description": ("description", None),
            "access_level": ("accessLevel", _p_access_level),
            "has_received_aggregated_access": ("hasReceivedAggregatedAccess", None),
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
