from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="DescriptionDTO")


@_attrs_define
class DescriptionDTO:
    """
    Attributes:
        descriptions (list[str] | Unset): [read-only]
        is_read (bool | Unset): [read-only]
        has_error (bool | Unset): [read-only]
    """

    descriptions: list[str] | Unset = UNSET
    is_read: bool | Unset = UNSET
    has_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        descriptions: list[str] | Unset = UNSET
        if not isinstance(self.descriptions, Unset):
            descriptions = self.descriptions

        is_read = self.is_read

        has_error = self.has_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if descriptions is not UNSET and not _in_request:
            field_dict["descriptions"] = descriptions
        if is_read is not UNSET and not _in_request:
            field_dict["isRead"] = is_read
        if has_error is not UNSET and not _in_request:
            field_dict["hasError"] = has_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        descriptions = cast(list[str], d.pop("descriptions", UNSET))

        is_read = d.pop("isRead", UNSET)

        has_error = d.pop("hasError", UNSET)

        _obj = cls(
            descriptions=descriptions,
            is_read=is_read,
            has_error=has_error,
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
