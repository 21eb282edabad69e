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
    from ..models.role_metadata_aggregate_categories import RoleMetadataAggregateCategories
    from ..models.role_metadata_aggregate_roles import RoleMetadataAggregateRoles


T = TypeVar("T", bound="RoleMetadataAggregate")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("roles", dict, False),
    ("categories", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RoleMetadataAggregate(LazyModel):
    """
    Attributes:
        roles (RoleMetadataAggregateRoles | Unset): [read-only]
        categories (RoleMetadataAggregateCategories | Unset): [read-only]
    """

    roles: RoleMetadataAggregateRoles | Unset = UNSET
    categories: RoleMetadataAggregateCategories | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A RoleMetadataAggregate from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.role_metadata_aggregate_categories import RoleMetadataAggregateCategories  # noqa: PLC0415
        from ..models.role_metadata_aggregate_roles import RoleMetadataAggregateRoles  # noqa: PLC0415

        def _p_roles(_tx_v: Any) -> RoleMetadataAggregateRoles | Unset:
            _roles = _tx_v
            roles: RoleMetadataAggregateRoles | Unset
            if isinstance(_roles, Unset):
                roles = UNSET
            else:
                roles = RoleMetadataAggregateRoles._tx_from_json(_roles)

            return roles

        def _p_categories(_tx_v: Any) -> RoleMetadataAggregateCategories | Unset:
            _categories = _tx_v
            categories: RoleMetadataAggregateCategories | Unset
            if isinstance(_categories, Unset):
                categories = UNSET
            else:
                categories = RoleMetadataAggregateCategories._tx_from_json(_categories)

            return categories

        _tx_known: frozenset[str] = frozenset(
            (
                "roles",
                "categories",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "roles": ("roles", _p_roles),
            "categories": ("categories", _p_categories),
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
