from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_type_schema_version_shard_group import MigrationTypeSchemaVersionShardGroup
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.schema_version import SchemaVersion
    from ..models.shard import Shard


T = TypeVar("T", bound="MigrationTypeSchemaVersion")


@_attrs_define
class MigrationTypeSchemaVersion(Model):
    """
    Attributes:
        shard_group (MigrationTypeSchemaVersionShardGroup | Unset):
        shard (Shard | Unset):
        table_name (str | Unset):
        display_name (str | Unset):
        schema_versions (list[SchemaVersion] | Unset):
    """

    shard_group: MigrationTypeSchemaVersionShardGroup | Unset = UNSET
    shard: Shard | Unset = UNSET
    table_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    schema_versions: list[SchemaVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.shard_group
        if _v is not UNSET and not _in_request:
            field_dict["shardGroup"] = _v._value_
        _v = self.shard
        if _v is not UNSET:
            field_dict["shard"] = _v.to_dict()
        _v = self.table_name
        if _v is not UNSET and not _in_request:
            field_dict["tableName"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.schema_versions
        if _v is not UNSET and not _in_request:
            field_dict["schemaVersions"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MigrationTypeSchemaVersion from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MigrationTypeSchemaVersion.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.schema_version import SchemaVersion  # noqa: PLC0415
        from ..models.shard import Shard  # noqa: PLC0415

        _new = object.__new__
        _e_shard_group: dict[Any, Any] = enum_members(MigrationTypeSchemaVersionShardGroup)
        _known: frozenset[str] = frozenset(
            (
                "shardGroup",
                "shard",
                "tableName",
                "displayName",
                "schemaVersions",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "shardGroup"
                v = g("shardGroup")
                if v is None:
                    o.shard_group = u
                    if "shardGroup" not in d:
                        m += 1
                else:
                    o.shard_group = (
                        e_
                        if (e_ := _e_shard_group.get(v)) is not None
                        else enum_value(MigrationTypeSchemaVersionShardGroup, v)
                    )
                k = "shard"
                v = g("shard")
                if v is None:
                    o.shard = u
                    if "shard" not in d:
                        m += 1
                else:
                    o.shard = Shard._tx_parse(v)
                v = g("tableName")
                if v is None:
                    o.table_name = u
                    if "tableName" not in d:
                        m += 1
                else:
                    o.table_name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = "schemaVersions"
                v = g("schemaVersions")
                if v is None:
                    o.schema_versions = u
                    if "schemaVersions" not in d:
                        m += 1
                else:
                    o.schema_versions = (
                        ([SchemaVersion._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("shard_group", "shardGroup"),
            ("shard", "shard"),
            ("table_name", "tableName"),
            ("display_name", "displayName"),
            ("schema_versions", "schemaVersions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.shard_group
            o.shard_group = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_shard_group.get(v)) is not None
                else enum_value(MigrationTypeSchemaVersionShardGroup, v)
            )
            v = s.shard
            o.shard = u if v is None or v is u else Shard._tx_parse(v)
            v = s.table_name
            o.table_name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.schema_versions
            o.schema_versions = (
                u
                if v is None or v is u
                else ([SchemaVersion._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
