from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_type_schema_version_shard_group import MigrationTypeSchemaVersionShardGroup
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
    from ..models.schema_version import SchemaVersion
    from ..models.shard import Shard


T = TypeVar("T", bound="MigrationTypeSchemaVersion")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("shardGroup", str, False),
    ("shard", dict, False),
    ("schemaVersions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MigrationTypeSchemaVersion(LazyModel):
    """
    Attributes:
        shard_group (MigrationTypeSchemaVersionShardGroup | Unset): [read-only]
        shard (Shard | Unset):
        table_name (str | Unset): [read-only]
        display_name (str | Unset): [read-only]
        schema_versions (list[SchemaVersion] | Unset): [read-only]
    """

    shard_group: MigrationTypeSchemaVersionShardGroup | Unset = UNSET
    shard: Shard | Unset = UNSET
    table_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    schema_versions: list[SchemaVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        shard_group: str | Unset = UNSET
        if not isinstance(self.shard_group, Unset):
            shard_group = self.shard_group.value

        shard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shard, Unset):
            shard = self.shard.to_dict()

        table_name = self.table_name

        display_name = self.display_name

        schema_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema_versions, Unset):
            schema_versions = []
            for schema_versions_item_data in self.schema_versions:
                schema_versions_item = schema_versions_item_data.to_dict()
                schema_versions.append(schema_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shard_group is not UNSET and not _in_request:
            field_dict["shardGroup"] = shard_group
        if shard is not UNSET:
            field_dict["shard"] = shard
        if table_name is not UNSET and not _in_request:
            field_dict["tableName"] = table_name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if schema_versions is not UNSET and not _in_request:
            field_dict["schemaVersions"] = schema_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MigrationTypeSchemaVersion from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.schema_version import SchemaVersion  # noqa: PLC0415
        from ..models.shard import Shard  # noqa: PLC0415

        def _p_shard_group(_tx_v: Any) -> MigrationTypeSchemaVersionShardGroup | Unset:
            _shard_group = _tx_v
            shard_group: MigrationTypeSchemaVersionShardGroup | Unset
            if isinstance(_shard_group, Unset):
                shard_group = UNSET
            else:
                shard_group = MigrationTypeSchemaVersionShardGroup(_shard_group)

            return shard_group

        def _p_shard(_tx_v: Any) -> Shard | Unset:
            _shard = _tx_v
            shard: Shard | Unset
            if isinstance(_shard, Unset):
                shard = UNSET
            else:
                shard = Shard._tx_from_json(_shard)

            return shard

        def _p_schema_versions(_tx_v: Any) -> list[SchemaVersion] | Unset:
            _schema_versions = _tx_v
            schema_versions: list[SchemaVersion] | Unset = UNSET
            if _schema_versions is not UNSET:
                schema_versions = []
                for schema_versions_item_data in _schema_versions:
                    if schema_versions_item_data is None:
                        continue
                    schema_versions_item = SchemaVersion._tx_from_json(schema_versions_item_data)

                    schema_versions.append(schema_versions_item)

            return schema_versions

        _tx_known: frozenset[str] = frozenset(
            (
                "shardGroup",
                "shard",
                "tableName",
                "displayName",
                "schemaVersions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "shard_group": ("shardGroup", _p_shard_group),
            "shard": ("shard", _p_shard),
            "table_name": ("tableName", None),
            "display_name": ("displayName", None),
            "schema_versions": ("schemaVersions", _p_schema_versions),
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
