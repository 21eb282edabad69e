from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_type_schema_version_shard_group import MigrationTypeSchemaVersionShardGroup
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.schema_version import SchemaVersion
    from ..models.shard import Shard


T = TypeVar("T", bound="MigrationTypeSchemaVersion")


@_attrs_define
class MigrationTypeSchemaVersion:
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
        from ..models.schema_version import SchemaVersion  # noqa: PLC0415
        from ..models.shard import Shard  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _shard_group = d.pop("shardGroup", UNSET)
        shard_group: MigrationTypeSchemaVersionShardGroup | Unset
        if isinstance(_shard_group, Unset):
            shard_group = UNSET
        else:
            shard_group = MigrationTypeSchemaVersionShardGroup(_shard_group)

        _shard = d.pop("shard", UNSET)
        shard: Shard | Unset
        if isinstance(_shard, Unset):
            shard = UNSET
        else:
            shard = Shard.from_dict(_shard)

        table_name = d.pop("tableName", UNSET)

        display_name = d.pop("displayName", UNSET)

        _schema_versions = d.pop("schemaVersions", UNSET)
        schema_versions: list[SchemaVersion] | Unset = UNSET
        if _schema_versions is not UNSET:
            schema_versions = []
            for schema_versions_item_data in _schema_versions:
                if schema_versions_item_data is None:
                    continue
                schema_versions_item = SchemaVersion.from_dict(schema_versions_item_data)

                schema_versions.append(schema_versions_item)

        _obj = cls(
            shard_group=shard_group,
            shard=shard,
            table_name=table_name,
            display_name=display_name,
            schema_versions=schema_versions,
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
