from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_metadata_boundary import RoleMetadataBoundary
from ..models.role_metadata_change_requirement import RoleMetadataChangeRequirement
from ..models.role_metadata_exclusivity import RoleMetadataExclusivity
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

T = TypeVar("T", bound="RoleMetadata")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("boundary", str, False),
    ("exclusivity", str, False),
    ("changeRequirement", str, False),
    ("dependencies", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class RoleMetadata(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        name_text_key (str | Unset): [read-only]
        group_name_text_key (str | Unset): [read-only]
        boundary (RoleMetadataBoundary | Unset): [read-only]
        exclusivity (RoleMetadataExclusivity | Unset): [read-only]
        change_requirement (RoleMetadataChangeRequirement | Unset): [read-only]
        info_text_key (str | Unset): [read-only]
        category_id (int | Unset): [read-only]
        dependencies (list[int] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    name_text_key: str | Unset = UNSET
    group_name_text_key: str | Unset = UNSET
    boundary: RoleMetadataBoundary | Unset = UNSET
    exclusivity: RoleMetadataExclusivity | Unset = UNSET
    change_requirement: RoleMetadataChangeRequirement | Unset = UNSET
    info_text_key: str | Unset = UNSET
    category_id: int | Unset = UNSET
    dependencies: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name_text_key = self.name_text_key

        group_name_text_key = self.group_name_text_key

        boundary: str | Unset = UNSET
        if not isinstance(self.boundary, Unset):
            boundary = self.boundary.value

        exclusivity: str | Unset = UNSET
        if not isinstance(self.exclusivity, Unset):
            exclusivity = self.exclusivity.value

        change_requirement: str | Unset = UNSET
        if not isinstance(self.change_requirement, Unset):
            change_requirement = self.change_requirement.value

        info_text_key = self.info_text_key

        category_id = self.category_id

        dependencies: list[int] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name_text_key is not UNSET and not _in_request:
            field_dict["nameTextKey"] = name_text_key
        if group_name_text_key is not UNSET and not _in_request:
            field_dict["groupNameTextKey"] = group_name_text_key
        if boundary is not UNSET and not _in_request:
            field_dict["boundary"] = boundary
        if exclusivity is not UNSET and not _in_request:
            field_dict["exclusivity"] = exclusivity
        if change_requirement is not UNSET and not _in_request:
            field_dict["changeRequirement"] = change_requirement
        if info_text_key is not UNSET and not _in_request:
            field_dict["infoTextKey"] = info_text_key
        if category_id is not UNSET and not _in_request:
            field_dict["categoryId"] = category_id
        if dependencies is not UNSET and not _in_request:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleMetadata from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_boundary(_tx_v: Any) -> RoleMetadataBoundary | Unset:
            _boundary = _tx_v
            boundary: RoleMetadataBoundary | Unset
            if isinstance(_boundary, Unset):
                boundary = UNSET
            else:
                boundary = RoleMetadataBoundary(_boundary)

            return boundary

        def _p_exclusivity(_tx_v: Any) -> RoleMetadataExclusivity | Unset:
            _exclusivity = _tx_v
            exclusivity: RoleMetadataExclusivity | Unset
            if isinstance(_exclusivity, Unset):
                exclusivity = UNSET
            else:
                exclusivity = RoleMetadataExclusivity(_exclusivity)

            return exclusivity

        def _p_change_requirement(_tx_v: Any) -> RoleMetadataChangeRequirement | Unset:
            _change_requirement = _tx_v
            change_requirement: RoleMetadataChangeRequirement | Unset
            if isinstance(_change_requirement, Unset):
                change_requirement = UNSET
            else:
                change_requirement = RoleMetadataChangeRequirement(_change_requirement)

            return change_requirement

        def _p_dependencies(_tx_v: Any) -> list[int] | Unset:
            dependencies = cast(list[int], _tx_v)

            return dependencies

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "nameTextKey",
                "groupNameTextKey",
                "boundary",
                "exclusivity",
                "changeRequirement",
                "infoTextKey",
                "categoryId",
                "dependencies",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name_text_key": ("nameTextKey", None),
            "group_name_text_key": ("groupNameTextKey", None),
            "boundary": ("boundary", _p_boundary),
            "exclusivity": ("exclusivity", _p_exclusivity),
            "change_requirement": ("changeRequirement", _p_change_requirement),
            "info_text_key": ("infoTextKey", None),
            "category_id": ("categoryId", None),
            "dependencies": ("dependencies", _p_dependencies),
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
