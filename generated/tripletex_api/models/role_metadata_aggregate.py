from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.role_metadata_aggregate_categories import RoleMetadataAggregateCategories
    from ..models.role_metadata_aggregate_roles import RoleMetadataAggregateRoles


T = TypeVar("T", bound="RoleMetadataAggregate")


@_attrs_define
class RoleMetadataAggregate:
    """
    Attributes:
        roles (RoleMetadataAggregateRoles | Unset): [read-only]
        categories (RoleMetadataAggregateCategories | Unset): [read-only]
    """

    roles: RoleMetadataAggregateRoles | Unset = UNSET
    categories: RoleMetadataAggregateCategories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles.to_dict()

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if roles is not UNSET and not _in_request:
            field_dict["roles"] = roles
        if categories is not UNSET and not _in_request:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.role_metadata_aggregate_categories import RoleMetadataAggregateCategories  # noqa: PLC0415
        from ..models.role_metadata_aggregate_roles import RoleMetadataAggregateRoles  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _roles = d.pop("roles", UNSET)
        roles: RoleMetadataAggregateRoles | Unset
        if isinstance(_roles, Unset):
            roles = UNSET
        else:
            roles = RoleMetadataAggregateRoles.from_dict(_roles)

        _categories = d.pop("categories", UNSET)
        categories: RoleMetadataAggregateCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = RoleMetadataAggregateCategories.from_dict(_categories)

        _obj = cls(
            roles=roles,
            categories=categories,
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
