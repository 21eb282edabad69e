from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_metadata_boundary import RoleMetadataBoundary
from ..models.role_metadata_change_requirement import RoleMetadataChangeRequirement
from ..models.role_metadata_exclusivity import RoleMetadataExclusivity
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RoleMetadata")


@_attrs_define
class RoleMetadata:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name_text_key = d.pop("nameTextKey", UNSET)

        group_name_text_key = d.pop("groupNameTextKey", UNSET)

        _boundary = d.pop("boundary", UNSET)
        boundary: RoleMetadataBoundary | Unset
        if isinstance(_boundary, Unset):
            boundary = UNSET
        else:
            boundary = RoleMetadataBoundary(_boundary)

        _exclusivity = d.pop("exclusivity", UNSET)
        exclusivity: RoleMetadataExclusivity | Unset
        if isinstance(_exclusivity, Unset):
            exclusivity = UNSET
        else:
            exclusivity = RoleMetadataExclusivity(_exclusivity)

        _change_requirement = d.pop("changeRequirement", UNSET)
        change_requirement: RoleMetadataChangeRequirement | Unset
        if isinstance(_change_requirement, Unset):
            change_requirement = UNSET
        else:
            change_requirement = RoleMetadataChangeRequirement(_change_requirement)

        info_text_key = d.pop("infoTextKey", UNSET)

        category_id = d.pop("categoryId", UNSET)

        dependencies = cast(list[int], d.pop("dependencies", UNSET))

        _obj = cls(
            id=id,
            name_text_key=name_text_key,
            group_name_text_key=group_name_text_key,
            boundary=boundary,
            exclusivity=exclusivity,
            change_requirement=change_requirement,
            info_text_key=info_text_key,
            category_id=category_id,
            dependencies=dependencies,
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
