from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.database_migration_group import DatabaseMigrationGroup


T = TypeVar("T", bound="DatabaseMigrationSummary")


@_attrs_define
class DatabaseMigrationSummary:
    """
    Attributes:
        migration_groups (list[DatabaseMigrationGroup] | Unset): [read-only]
    """

    migration_groups: list[DatabaseMigrationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        migration_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.migration_groups, Unset):
            migration_groups = []
            for migration_groups_item_data in self.migration_groups:
                migration_groups_item = migration_groups_item_data.to_dict()
                migration_groups.append(migration_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if migration_groups is not UNSET and not _in_request:
            field_dict["migrationGroups"] = migration_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.database_migration_group import DatabaseMigrationGroup  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _migration_groups = d.pop("migrationGroups", UNSET)
        migration_groups: list[DatabaseMigrationGroup] | Unset = UNSET
        if _migration_groups is not UNSET:
            migration_groups = []
            for migration_groups_item_data in _migration_groups:
                if migration_groups_item_data is None:
                    continue
                migration_groups_item = DatabaseMigrationGroup.from_dict(migration_groups_item_data)

                migration_groups.append(migration_groups_item)

        _obj = cls(
            migration_groups=migration_groups,
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
