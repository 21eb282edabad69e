from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="DocumentReceptionItem")


@_attrs_define
class DocumentReceptionItem(Model):
    """
    Attributes:
        message_id (int | Unset): Message Id.
        document_id (int | Unset): Document Id.
        document_name (str | Unset): The name of the document.
        receiver_employee_id (int | Unset): Employee Id of the receiver of the document.
        receiver_name (str | Unset): Document receiver.
        sender_name (str | Unset): Document sender.
        display_size (str | Unset): Document size in human readable format.
        size (int | Unset): Document size.
        created (str | Unset): Document create date.
        edited (str | Unset): Document edit date.
        is_new (bool | Unset): Is new document.
        mime_type (str | Unset): Document mime type.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.message_id
        if _v is not UNSET:
            field_dict["messageId"] = _v
        _v = self.document_id
        if _v is not UNSET:
            field_dict["documentId"] = _v
        _v = self.document_name
        if _v is not UNSET:
            field_dict["documentName"] = _v
        _v = self.receiver_employee_id
        if _v is not UNSET:
            field_dict["receiverEmployeeId"] = _v
        _v = self.receiver_name
        if _v is not UNSET and not _in_request:
            field_dict["receiverName"] = _v
        _v = self.sender_name
        if _v is not UNSET and not _in_request:
            field_dict["senderName"] = _v
        _v = self.display_size
        if _v is not UNSET and not _in_request:
            field_dict["displaySize"] = _v
        _v = self.size
        if _v is not UNSET and not _in_request:
            field_dict["size"] = _v
        _v = self.created
        if _v is not UNSET:
            field_dict["created"] = _v
        _v = self.edited
        if _v is not UNSET:
            field_dict["edited"] = _v
        _v = self.is_new
        if _v is not UNSET and not _in_request:
            field_dict["isNew"] = _v
        _v = self.mime_type
        if _v is not UNSET and not _in_request:
            field_dict["mimeType"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DocumentReceptionItem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DocumentReceptionItem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "messageId": "message_id",
            "documentId": "document_id",
            "documentName": "document_name",
            "receiverEmployeeId": "receiver_employee_id",
            "receiverName": "receiver_name",
            "senderName": "sender_name",
            "displaySize": "display_size",
            "size": "size",
            "created": "created",
            "edited": "edited",
            "isNew": "is_new",
            "mimeType": "mime_type",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.message_id = o.document_id = o.document_name = o.receiver_employee_id = o.receiver_name = (
                        o.sender_name
                    ) = o.display_size = o.size = o.created = o.edited = o.is_new = o.mime_type = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("messageId")
                if v is None:
                    o.message_id = u
                    if "messageId" not in d:
                        m += 1
                else:
                    o.message_id = v
                v = g("documentId")
                if v is None:
                    o.document_id = u
                    if "documentId" not in d:
                        m += 1
                else:
                    o.document_id = v
                v = g("documentName")
                if v is None:
                    o.document_name = u
                    if "documentName" not in d:
                        m += 1
                else:
                    o.document_name = v
                v = g("receiverEmployeeId")
                if v is None:
                    o.receiver_employee_id = u
                    if "receiverEmployeeId" not in d:
                        m += 1
                else:
                    o.receiver_employee_id = v
                v = g("receiverName")
                if v is None:
                    o.receiver_name = u
                    if "receiverName" not in d:
                        m += 1
                else:
                    o.receiver_name = v
                v = g("senderName")
                if v is None:
                    o.sender_name = u
                    if "senderName" not in d:
                        m += 1
                else:
                    o.sender_name = v
                v = g("displaySize")
                if v is None:
                    o.display_size = u
                    if "displaySize" not in d:
                        m += 1
                else:
                    o.display_size = v
                v = g("size")
                if v is None:
                    o.size = u
                    if "size" not in d:
                        m += 1
                else:
                    o.size = v
                v = g("created")
                if v is None:
                    o.created = u
                    if "created" not in d:
                        m += 1
                else:
                    o.created = v
                v = g("edited")
                if v is None:
                    o.edited = u
                    if "edited" not in d:
                        m += 1
                else:
                    o.edited = v
                v = g("isNew")
                if v is None:
                    o.is_new = u
                    if "isNew" not in d:
                        m += 1
                else:
                    o.is_new = v
                v = g("mimeType")
                if v is None:
                    o.mime_type = u
                    if "mimeType" not in d:
                        m += 1
                else:
                    o.mime_type = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("message_id", "messageId"),
            ("document_id", "documentId"),
            ("document_name", "documentName"),
            ("receiver_employee_id", "receiverEmployeeId"),
            ("receiver_name", "receiverName"),
            ("sender_name", "senderName"),
            ("display_size", "displaySize"),
            ("size", "size"),
            ("created", "created"),
            ("edited", "edited"),
            ("is_new", "isNew"),
            ("mime_type", "mimeType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.message_id
            o.message_id = u if v is None else v
            v = s.document_id
            o.document_id = u if v is None else v
            v = s.document_name
            o.document_name = u if v is None else v
            v = s.receiver_employee_id
            o.receiver_employee_id = u if v is None else v
            v = s.receiver_name
            o.receiver_name = u if v is None else v
            v = s.sender_name
            o.sender_name = u if v is None else v
            v = s.display_size
            o.display_size = u if v is None else v
            v = s.size
            o.size = u if v is None else v
            v = s.created
            o.created = u if v is None else v
            v = s.edited
            o.edited = u if v is None else v
            v = s.is_new
            o.is_new = u if v is None else v
            v = s.mime_type
            o.mime_type = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
