from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="CompanyChooserCompany")


@_attrs_define
class CompanyChooserCompany:
    """
    Attributes:
        url (str | Unset): [read-only]
        display_name (str | Unset): [read-only]
        parent (CompanyChooserCompany | Unset):
        id (int | Unset): [read-only]
        is_suspended (bool | Unset): [read-only]
    """

    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    parent: CompanyChooserCompany | Unset = UNSET
    id: int | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        url = self.url

        display_name = self.display_name

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        id = self.id

        is_suspended = self.is_suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if is_suspended is not UNSET and not _in_request:
            field_dict["isSuspended"] = is_suspended

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        url = d.pop("url", UNSET)

        display_name = d.pop("displayName", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: CompanyChooserCompany | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = CompanyChooserCompany.from_dict(_parent)

        id = d.pop("id", UNSET)

        is_suspended = d.pop("isSuspended", UNSET)

        _obj = cls(
            url=url,
            display_name=display_name,
            parent=parent,
            id=id,
            is_suspended=is_suspended,
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
