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
    from ..models.migration_group import MigrationGroup
    from ..models.migration_type_schema_version import MigrationTypeSchemaVersion


T = TypeVar("T", bound="DatabaseMigrationGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("group", dict, False),
    ("migrations", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DatabaseMigrationGroup(LazyModel):
    """
    Attributes:
        group (MigrationGroup | Unset):
        migrations (list[MigrationTypeSchemaVersion] | Unset): [read-only]
    """

    group: MigrationGroup | Unset = UNSET
    migrations: list[MigrationTypeSchemaVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
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
        """A DatabaseMigrationGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.migration_group import MigrationGroup  # noqa: PLC0415
        from ..models.migration_type_schema_version import MigrationTypeSchemaVersion  # noqa: PLC0415

        def _p_group(_tx_v: Any) -> MigrationGroup | Unset:
            _group = _tx_v
            group: MigrationGroup | Unset
            if isinstance(_group, Unset):
                group = UNSET
            else:
                group = MigrationGroup._tx_from_json(_group)

            return group

        def _p_migrations(_tx_v: Any) -> list[MigrationTypeSchemaVersion] | Unset:
            _migrations = _tx_v
            migrations: list[MigrationTypeSchemaVersion] | Unset = UNSET
            if _migrations is not UNSET:
                migrations = []
                for migrations_item_data in _migrations:
                    if migrations_item_data is None:
                        continue
                    migrations_item = MigrationTypeSchemaVersion._tx_from_json(migrations_item_data)

                    migrations.append(migrations_item)

            return migrations

        _tx_known: frozenset[str] = frozenset(
            (
                "group",
                "migrations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "group": ("group", _p_group),
            "migrations": ("migrations", _p_migrations),
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
