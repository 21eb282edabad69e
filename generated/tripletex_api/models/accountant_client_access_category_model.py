from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accountant_client_access_category_model_access_level import AccountantClientAccessCategoryModelAccessLevel
from ..models.accountant_client_access_category_model_category import AccountantClientAccessCategoryModelCategory
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.accountant_client_access_role import AccountantClientAccessRole


T = TypeVar("T", bound="AccountantClientAccessCategoryModel")


@_attrs_define
class AccountantClientAccessCategoryModel:
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
        from ..models.accountant_client_access_role import AccountantClientAccessRole  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _category = d.pop("category", UNSET)
        category: AccountantClientAccessCategoryModelCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = AccountantClientAccessCategoryModelCategory(_category)

        description = d.pop("description", UNSET)

        _access_level = d.pop("accessLevel", UNSET)
        access_level: AccountantClientAccessCategoryModelAccessLevel | Unset
        if isinstance(_access_level, Unset):
            access_level = UNSET
        else:
            access_level = AccountantClientAccessCategoryModelAccessLevel(_access_level)

        has_received_aggregated_access = d.pop("hasReceivedAggregatedAccess", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[AccountantClientAccessRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                if roles_item_data is None:
                    continue
                roles_item = AccountantClientAccessRole.from_dict(roles_item_data)

                roles.append(roles_item)

        _obj = cls(
            category=category,
            description=description,
            access_level=access_level,
            has_received_aggregated_access=has_received_aggregated_access,
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
