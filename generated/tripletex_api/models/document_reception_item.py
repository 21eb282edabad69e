from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="DocumentReceptionItem")


@_attrs_define
class DocumentReceptionItem:
    """
    Attributes:
        message_id (int | Unset): Message Id.
        document_id (int | Unset): Document Id.
        document_name (str | Unset): The name of the document.
        receiver_employee_id (int | Unset): Employee Id of the receiver of the document.
        receiver_name (str | Unset): [read-only] Document receiver.
        sender_name (str | Unset): [read-only] Document sender.
        display_size (str | Unset): [read-only] Document size in human readable format.
        size (int | Unset): [read-only] Document size.
        created (str | Unset): Document create date.
        edited (str | Unset): Document edit date.
        is_new (bool | Unset): [read-only] Is new document.
        mime_type (str | Unset): [read-only] Document mime type.
    """

    message_id: int | Unset = UNSET
    document_id: int | Unset = UNSET
    document_name: str | Unset = UNSET
    receiver_employee_id: int | Unset = UNSET
    receiver_name: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    display_size: str | Unset = UNSET
    size: int | Unset = UNSET
    created: str | Unset = UNSET
    edited: str | Unset = UNSET
    is_new: bool | Unset = UNSET
    mime_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        message_id = self.message_id

        document_id = self.document_id

        document_name = self.document_name

        receiver_employee_id = self.receiver_employee_id

        receiver_name = self.receiver_name

        sender_name = self.sender_name

        display_size = self.display_size

        size = self.size

        created = self.created

        edited = self.edited

        is_new = self.is_new

        mime_type = self.mime_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if document_name is not UNSET:
            field_dict["documentName"] = document_name
        if receiver_employee_id is not UNSET:
            field_dict["receiverEmployeeId"] = receiver_employee_id
        if receiver_name is not UNSET and not _in_request:
            field_dict["receiverName"] = receiver_name
        if sender_name is not UNSET and not _in_request:
            field_dict["senderName"] = sender_name
        if display_size is not UNSET and not _in_request:
            field_dict["displaySize"] = display_size
        if size is not UNSET and not _in_request:
            field_dict["size"] = size
        if created is not UNSET:
            field_dict["created"] = created
        if edited is not UNSET:
            field_dict["edited"] = edited
        if is_new is not UNSET and not _in_request:
            field_dict["isNew"] = is_new
        if mime_type is not UNSET and not _in_request:
            field_dict["mimeType"] = mime_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        message_id = d.pop("messageId", UNSET)

        document_id = d.pop("documentId", UNSET)

        document_name = d.pop("documentName", UNSET)

        receiver_employee_id = d.pop("receiverEmployeeId", UNSET)

        receiver_name = d.pop("receiverName", UNSET)

        sender_name = d.pop("senderName", UNSET)

        display_size = d.pop("displaySize", UNSET)

        size = d.pop("size", UNSET)

        created = d.pop("created", UNSET)

        edited = d.pop("edited", UNSET)

        is_new = d.pop("isNew", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        _obj = cls(
            message_id=message_id,
            document_id=document_id,
            document_name=document_name,
            receiver_employee_id=receiver_employee_id,
            receiver_name=receiver_name,
            sender_name=sender_name,
            display_size=display_size,
            size=size,
            created=created,
            edited=edited,
            is_new=is_new,
            mime_type=mime_type,
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
