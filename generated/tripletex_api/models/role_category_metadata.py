from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="RoleCategoryMetadata")


@_attrs_define
class RoleCategoryMetadata:
    """
    Attributes:
        id (int | Unset): [read-only]
        parent_category_id (int | Unset): [read-only]
        name_text_key (str | Unset): [read-only]
        description_text_key (str | Unset): [read-only]
        table_title_text_key (str | Unset): [read-only]
        table_info_text_key (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    parent_category_id: int | Unset = UNSET
    name_text_key: str | Unset = UNSET
    description_text_key: str | Unset = UNSET
    table_title_text_key: str | Unset = UNSET
    table_info_text_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        parent_category_id = self.parent_category_id

        name_text_key = self.name_text_key

        description_text_key = self.description_text_key

        table_title_text_key = self.table_title_text_key

        table_info_text_key = self.table_info_text_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if parent_category_id is not UNSET and not _in_request:
            field_dict["parentCategoryId"] = parent_category_id
        if name_text_key is not UNSET and not _in_request:
            field_dict["nameTextKey"] = name_text_key
        if description_text_key is not UNSET and not _in_request:
            field_dict["descriptionTextKey"] = description_text_key
        if table_title_text_key is not UNSET and not _in_request:
            field_dict["tableTitleTextKey"] = table_title_text_key
        if table_info_text_key is not UNSET and not _in_request:
            field_dict["tableInfoTextKey"] = table_info_text_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        parent_category_id = d.pop("parentCategoryId", UNSET)

        name_text_key = d.pop("nameTextKey", UNSET)

        description_text_key = d.pop("descriptionTextKey", UNSET)

        table_title_text_key = d.pop("tableTitleTextKey", UNSET)

        table_info_text_key = d.pop("tableInfoTextKey", UNSET)

        _obj = cls(
            id=id,
            parent_category_id=parent_category_id,
            name_text_key=name_text_key,
            description_text_key=description_text_key,
            table_title_text_key=table_title_text_key,
            table_info_text_key=table_info_text_key,
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
