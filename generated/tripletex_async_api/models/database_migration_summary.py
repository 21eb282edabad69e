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
    from ..models.database_migration_group import DatabaseMigrationGroup


T = TypeVar("T", bound="DatabaseMigrationSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("migrationGroups", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class DatabaseMigrationSummary(LazyModel):
    """
    Attributes:
        migration_groups (list[DatabaseMigrationGroup] | Unset): [read-only]
    """

    migration_groups: list[DatabaseMigrationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A DatabaseMigrationSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.database_migration_group import DatabaseMigrationGroup  # noqa: PLC0415

        def _p_migration_groups(_tx_v: Any) -> list[DatabaseMigrationGroup] | Unset:
            _migration_groups = _tx_v
            migration_groups: list[DatabaseMigrationGroup] | Unset = UNSET
            if _migration_groups is not UNSET:
                migration_groups = []
                for migration_groups_item_data in _migration_groups:
                    if migration_groups_item_data is None:
                        continue
                    migration_groups_item = DatabaseMigrationGroup._tx_from_json(migration_groups_item_data)

                    migration_groups.append(migration_groups_item)

            return migration_groups

        _tx_known: frozenset[str] = frozenset(("migrationGroups",))

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "migration_groups": ("migrationGroups", _p_migration_groups),
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
