from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.migration_group import MigrationGroup
    from ..models.migration_type_schema_version import MigrationTypeSchemaVersion


T = TypeVar("T", bound="DatabaseMigrationGroup")


@_attrs_define
class DatabaseMigrationGroup:
    """
    Attributes:
        group (MigrationGroup | Unset):
        migrations (list[MigrationTypeSchemaVersion] | Unset): [read-only]
    """

    group: MigrationGroup | Unset = UNSET
    migrations: list[MigrationTypeSchemaVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        migrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.migrations, Unset):
            migrations = []
            for migrations_item_data in self.migrations:
                migrations_item = migrations_item_data.to_dict()
                migrations.append(migrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if migrations is not UNSET and not _in_request:
            field_dict["migrations"] = migrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.migration_group import MigrationGroup  # noqa: PLC0415
        from ..models.migration_type_schema_version import MigrationTypeSchemaVersion  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _group = d.pop("group", UNSET)
        group: MigrationGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = MigrationGroup.from_dict(_group)

        _migrations = d.pop("migrations", UNSET)
        migrations: list[MigrationTypeSchemaVersion] | Unset = UNSET
        if _migrations is not UNSET:
            migrations = []
            for migrations_item_data in _migrations:
                if migrations_item_data is None:
                    continue
                migrations_item = MigrationTypeSchemaVersion.from_dict(migrations_item_data)

                migrations.append(migrations_item)

        _obj = cls(
            group=group,
            migrations=migrations,
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
