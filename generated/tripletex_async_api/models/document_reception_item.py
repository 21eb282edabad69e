from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="DocumentReceptionItem")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class DocumentReceptionItem(LazyModel):
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
        self._tx_load()
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
        """A DocumentReceptionItem from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "messageId",
                "documentId",
                "documentName",
                "receiverEmployeeId",
                "receiverName",
                "senderName",
                "displaySize",
                "size",
                "created",
                "edited",
                "isNew",
                "mimeType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "message_id": ("messageId", None),
            "document_id": ("documentId", None),
            "document_name": ("documentName", None),
            "receiver_employee_id": ("receiverEmployeeId", None),
            "receiver_name": ("receiverName", None),
            "sender_name": ("senderName", None),
            "display_size": ("displaySize", None),
            "size": ("size", None),
            "created": ("created", None),
            "edited": ("edited", None),
            "is_new": ("isNew", None),
            "mime_type": ("mimeType", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
