from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="NoteBuilder")


@_attrs_define
class NoteBuilder:
    """
    Attributes:
        company_id (int | Unset):
        content (str | Unset):
        project_id (int | Unset):
        created_date (str | Unset):
        updated_date (str | Unset):
    """

    company_id: int | Unset = UNSET
    content: str | Unset = UNSET
    project_id: int | Unset = UNSET
    created_date: str | Unset = UNSET
    updated_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        content = self.content

        project_id = self.project_id

        created_date = self.created_date

        updated_date = self.updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if content is not UNSET:
            field_dict["content"] = content
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if updated_date is not UNSET:
            field_dict["updatedDate"] = updated_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        content = d.pop("content", UNSET)

        project_id = d.pop("projectId", UNSET)

        created_date = d.pop("createdDate", UNSET)

        updated_date = d.pop("updatedDate", UNSET)

        _obj = cls(
            company_id=company_id,
            content=content,
            project_id=project_id,
            created_date=created_date,
            updated_date=updated_date,
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
