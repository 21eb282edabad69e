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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="MigrationGroup")


@_attrs_define
class MigrationGroup(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.migration_source
        if _v is not UNSET:
            field_dict["migrationSource"] = _v._value_
        _v = self.migration_category
        if _v is not UNSET:
            field_dict["migrationCategory"] = _v._value_
        _v = self.migration_scope
        if _v is not UNSET:
            field_dict["migrationScope"] = _v._value_
        _v = self.shard_group
        if _v is not UNSET:
            field_dict["shardGroup"] = _v._value_
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.table_name
        if _v is not UNSET:
            field_dict["tableName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MigrationGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MigrationGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_migration_source: dict[Any, Any] = enum_members(MigrationGroupMigrationSource)
        _e_migration_category: dict[Any, Any] = enum_members(MigrationGroupMigrationCategory)
        _e_migration_scope: dict[Any, Any] = enum_members(MigrationGroupMigrationScope)
        _e_shard_group: dict[Any, Any] = enum_members(MigrationGroupShardGroup)
        _known: frozenset[str] = frozenset(
            (
                "migrationSource",
                "migrationCategory",
                "migrationScope",
                "shardGroup",
                "displayName",
                "tableName",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "migrationSource"
                v = g("migrationSource")
                if v is None:
                    o.migration_source = u
                    if "migrationSource" not in d:
                        m += 1
                else:
                    o.migration_source = (
                        e_
                        if (e_ := _e_migration_source.get(v)) is not None
                        else enum_value(MigrationGroupMigrationSource, v)
                    )
                k = "migrationCategory"
                v = g("migrationCategory")
                if v is None:
                    o.migration_category = u
                    if "migrationCategory" not in d:
                        m += 1
                else:
                    o.migration_category = (
                        e_
                        if (e_ := _e_migration_category.get(v)) is not None
                        else enum_value(MigrationGroupMigrationCategory, v)
                    )
                k = "migrationScope"
                v = g("migrationScope")
                if v is None:
                    o.migration_scope = u
                    if "migrationScope" not in d:
                        m += 1
                else:
                    o.migration_scope = (
                        e_
                        if (e_ := _e_migration_scope.get(v)) is not None
                        else enum_value(MigrationGroupMigrationScope, v)
                    )
                k = "shardGroup"
                v = g("shardGroup")
                if v is None:
                    o.shard_group = u
                    if "shardGroup" not in d:
                        m += 1
                else:
                    o.shard_group = (
                        e_ if (e_ := _e_shard_group.get(v)) is not None else enum_value(MigrationGroupShardGroup, v)
                    )
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("tableName")
                if v is None:
                    o.table_name = u
                    if "tableName" not in d:
                        m += 1
                else:
                    o.table_name = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("migration_source", "migrationSource"),
            ("migration_category", "migrationCategory"),
            ("migration_scope", "migrationScope"),
            ("shard_group", "shardGroup"),
            ("display_name", "displayName"),
            ("table_name", "tableName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.migration_source
            o.migration_source = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_migration_source.get(v)) is not None
                else enum_value(MigrationGroupMigrationSource, v)
            )
            v = s.migration_category
            o.migration_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_migration_category.get(v)) is not None
                else enum_value(MigrationGroupMigrationCategory, v)
            )
            v = s.migration_scope
            o.migration_scope = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_migration_scope.get(v)) is not None
                else enum_value(MigrationGroupMigrationScope, v)
            )
            v = s.shard_group
            o.shard_group = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_shard_group.get(v)) is not None
                else enum_value(MigrationGroupShardGroup, v)
            )
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.table_name
            o.table_name = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
