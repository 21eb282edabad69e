from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ImportRowErrorMessage")


@_attrs_define
class ImportRowErrorMessage:
    """errorMessage

    Attributes:
        field_id (int | Unset): [read-only]
        field_name (str | Unset): [read-only]
        error_message (str | Unset): [read-only]
    """

    field_id: int | Unset = UNSET
    field_name: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        field_id = self.field_id

        field_name = self.field_name

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET and not _in_request:
            field_dict["fieldId"] = field_id
        if field_name is not UNSET and not _in_request:
            field_dict["fieldName"] = field_name
        if error_message is not UNSET and not _in_request:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        field_id = d.pop("fieldId", UNSET)

        field_name = d.pop("fieldName", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _obj = cls(
            field_id=field_id,
            field_name=field_name,
            error_message=error_message,
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
