from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ApiValidationMessage")


@_attrs_define
class ApiValidationMessage:
    """
    Attributes:
        field (str | Unset): [read-only]
        message (str | Unset): [read-only]
        path (str | Unset): [read-only]
        root_id (int | Unset): [read-only]
    """

    field: str | Unset = UNSET
    message: str | Unset = UNSET
    path: str | Unset = UNSET
    root_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        field = self.field

        message = self.message

        path = self.path

        root_id = self.root_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET and not _in_request:
            field_dict["field"] = field
        if message is not UNSET and not _in_request:
            field_dict["message"] = message
        if path is not UNSET and not _in_request:
            field_dict["path"] = path
        if root_id is not UNSET and not _in_request:
            field_dict["rootId"] = root_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        field = d.pop("field", UNSET)

        message = d.pop("message", UNSET)

        path = d.pop("path", UNSET)

        root_id = d.pop("rootId", UNSET)

        _obj = cls(
            field=field,
            message=message,
            path=path,
            root_id=root_id,
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
