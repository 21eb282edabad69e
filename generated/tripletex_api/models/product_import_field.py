from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProductImportField")


@_attrs_define
class ProductImportField:
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        format_ (str | Unset): [read-only]
        is_mandatory (bool | Unset): [read-only]
        sequence (int | Unset): [read-only]
        field_name (str | Unset): [read-only]
        mandatory (bool | Unset):
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    format_: str | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    sequence: int | Unset = UNSET
    field_name: str | Unset = UNSET
    mandatory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        format_ = self.format_

        is_mandatory = self.is_mandatory

        sequence = self.sequence

        field_name = self.field_name

        mandatory = self.mandatory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if format_ is not UNSET and not _in_request:
            field_dict["format"] = format_
        if is_mandatory is not UNSET and not _in_request:
            field_dict["isMandatory"] = is_mandatory
        if sequence is not UNSET and not _in_request:
            field_dict["sequence"] = sequence
        if field_name is not UNSET and not _in_request:
            field_dict["fieldName"] = field_name
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        format_ = d.pop("format", UNSET)

        is_mandatory = d.pop("isMandatory", UNSET)

        sequence = d.pop("sequence", UNSET)

        field_name = d.pop("fieldName", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        _obj = cls(
            id=id,
            display_name=display_name,
            format_=format_,
            is_mandatory=is_mandatory,
            sequence=sequence,
            field_name=field_name,
            mandatory=mandatory,
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
