from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_group_migration_category import MigrationGroupMigrationCategory
from ..models.migration_group_migration_scope import MigrationGroupMigrationScope
from ..models.migration_group_migration_source import MigrationGroupMigrationSource
from ..models.migration_group_shard_group import MigrationGroupShardGroup
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

T = TypeVar("T", bound="MigrationGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("migrationSource", str, False),
    ("migrationCategory", str, False),
    ("migrationScope", str, False),
    ("shardGroup", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MigrationGroup(LazyModel):
    """
    Attributes:
        migration_source (MigrationGroupMigrationSource | Unset):
        migration_category (MigrationGroupMigrationCategory | Unset):
        migration_scope (MigrationGroupMigrationScope | Unset):
        shard_group (MigrationGroupShardGroup | Unset):
        display_name (str | Unset):
        table_name (str | Unset):
    """

    migration_source: MigrationGroupMigrationSource | Unset = UNSET
    migration_category: MigrationGroupMigrationCategory | Unset = UNSET
    migration_scope: MigrationGroupMigrationScope | Unset = UNSET
    shard_group: MigrationGroupShardGroup | Unset = UNSET
    display_name: str | Unset = UNSET
    table_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        migration_source: str | Unset = UNSET
        if not isinstance(self.migration_source, Unset):
            migration_source = self.migration_source.value

        migration_category: str | Unset = UNSET
        if not isinstance(self.migration_category, Unset):
            migration_category = self.migration_category.value

        migration_scope: str | Unset = UNSET
        if not isinstance(self.migration_scope, Unset):
            migration_scope = self.migration_scope.value

        shard_group: str | Unset = UNSET
        if not isinstance(self.shard_group, Unset):
            shard_group = self.shard_group.value

        display_name = self.display_name

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if migration_source is not UNSET:
            field_dict["migrationSource"] = migration_source
        if migration_category is not UNSET:
            field_dict["migrationCategory"] = migration_category
        if migration_scope is not UNSET:
            field_dict["migrationScope"] = migration_scope
        if shard_group is not UNSET:
            field_dict["shardGroup"] = shard_group
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if table_name is not UNSET:
            field_dict["tableName"] = table_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MigrationGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_migration_source(_tx_v: Any) -> MigrationGroupMigrationSource | Unset:
            _migration_source = _tx_v
            migration_source: MigrationGroupMigrationSource | Unset
            if isinstance(_migration_source, Unset):
                migration_source = UNSET
            else:
                migration_source = MigrationGroupMigrationSource(_migration_source)

            return migration_source

        def _p_migration_category(_tx_v: Any) -> MigrationGroupMigrationCategory | Unset:
            _migration_category = _tx_v
            migration_category: MigrationGroupMigrationCategory | Unset
            if isinstance(_migration_category, Unset):
                migration_category = UNSET
            else:
                migration_category = MigrationGroupMigrationCategory(_migration_category)

            return migration_category

        def _p_migration_scope(_tx_v: Any) -> MigrationGroupMigrationScope | Unset:
            _migration_scope = _tx_v
            migration_scope: MigrationGroupMigrationScope | Unset
            if isinstance(_migration_scope, Unset):
                migration_scope = UNSET
            else:
                migration_scope = MigrationGroupMigrationScope(_migration_scope)

            return migration_scope

        def _p_shard_group(_tx_v: Any) -> MigrationGroupShardGroup | Unset:
            _shard_group = _tx_v
            shard_group: MigrationGroupShardGroup | Unset
            if isinstance(_shard_group, Unset):
                shard_group = UNSET
            else:
                shard_group = MigrationGroupShardGroup(_shard_group)

            return shard_group

        _tx_known: frozenset[str] = frozenset(
            (
                "migrationSource",
                "migrationCategory",
                "migrationScope",
                "shardGroup",
                "displayName",
                "tableName",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "migration_source": ("migrationSource", _p_migration_source),
            "migration_category": ("migrationCategory", _p_migration_category),
            "migration_scope": ("migrationScope", _p_migration_scope),
            "shard_group": ("shardGroup", _p_shard_group),
            "display_name": ("displayName", None),
            "table_name": ("tableName", None),
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
