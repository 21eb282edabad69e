from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="DocumentReceptionResult")


@_attrs_define
class DocumentReceptionResult:
    """
    Attributes:
        message_id (int | Unset):
        document_id (int | Unset):
        is_valid (bool | Unset):
        validation_messages (list[str] | Unset):
    """

    message_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    is_valid: bool | Unset = UNSET
    validation_messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        message_id = self.message_id

        document_id = self.document_id

        is_valid = self.is_valid

        validation_messages: list[str] | Unset = UNSET
        if not isinstance(self.validation_messages, Unset):
            validation_messages = self.validation_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid
        if validation_messages is not UNSET:
            field_dict["validationMessages"] = validation_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        message_id = d.pop("messageId", UNSET)

        document_id = d.pop("documentId", UNSET)

        is_valid = d.pop("isValid", UNSET)

        validation_messages = cast(list[str], d.pop("validationMessages", UNSET))

        _obj = cls(
            message_id=message_id,
            document_id=document_id,
            is_valid=is_valid,
            validation_messages=validation_messages,
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
