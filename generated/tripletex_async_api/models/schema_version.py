from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="SchemaVersion")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SchemaVersion(LazyModel):
    """
    Attributes:
        installed_rank (int | Unset): [read-only]
        version (str | Unset): [read-only]
        description (str | Unset): [read-only]
        type_ (str | Unset): [read-only]
        script (str | Unset): [read-only]
        checksum (int | Unset): [read-only]
        installed_by (str | Unset): [read-only]
        installed_on (str | Unset): [read-only]
        execution_time (int | Unset): [read-only]
        success (bool | Unset): [read-only]
    """

    installed_rank: int | Unset = UNSET
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    script: str | Unset = UNSET
    checksum: int | Unset = UNSET
    installed_by: str | Unset = UNSET
    installed_on: str | Unset = UNSET
    execution_time: int | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        installed_rank = self.installed_rank

        version = self.version

        description = self.description

        type_ = self.type_

        script = self.script

        checksum = self.checksum

        installed_by = self.installed_by

        installed_on = self.installed_on

        execution_time = self.execution_time

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installed_rank is not UNSET and not _in_request:
            field_dict["installedRank"] = installed_rank
        if version is not UNSET and not _in_request:
            field_dict["version"] = version
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if script is not UNSET and not _in_request:
            field_dict["script"] = script
        if checksum is not UNSET and not _in_request:
            field_dict["checksum"] = checksum
        if installed_by is not UNSET and not _in_request:
            field_dict["installedBy"] = installed_by
        if installed_on is not UNSET and not _in_request:
            field_dict["installedOn"] = installed_on
        if execution_time is not UNSET and not _in_request:
            field_dict["executionTime"] = execution_time
        if success is not UNSET and not _in_request:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SchemaVersion from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "installedRank",
                "version",
                "description",
                "type",
                "script",
                "checksum",
                "installedBy",
                "installedOn",
                "executionTime",
                "success",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "installed_rank": ("installedRank", None),
            "version": ("version", None),
            "description": ("description", None),
            "type_": ("type", None),
            "script": ("script", None),
            "checksum": ("checksum", None),
            "installed_by": ("installedBy", None),
            "installed_on": ("installedOn", None),
            "execution_time": ("executionTime", None),
            "success": ("success", None),
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
