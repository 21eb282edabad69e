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

T = TypeVar("T", bound="IncomingInvoiceAttachment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceAttachment(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Id for this voucher inbox attachment
        title (str | Unset): [read-only] title of the attachment. Usually filename
        mime_type (str | Unset): [read-only] Mimetype of the attachment
        size (int | Unset): [read-only] Size of the attachment, in bytes
        allow_send_to_inbox (bool | Unset):
        deletable (bool | Unset):
        voucher (bool | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    size: int | Unset = UNSET
    allow_send_to_inbox: bool | Unset = UNSET
    deletable: bool | Unset = UNSET
    voucher: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        title = self.title

        mime_type = self.mime_type

        size = self.size

        allow_send_to_inbox = self.allow_send_to_inbox

        deletable = self.deletable

        voucher = self.voucher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if mime_type is not UNSET and not _in_request:
            field_dict["mimeType"] = mime_type
        if size is not UNSET and not _in_request:
            field_dict["size"] = size
        if allow_send_to_inbox is not UNSET:
            field_dict["allowSendToInbox"] = allow_send_to_inbox
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if voucher is not UNSET:
            field_dict["voucher"] = voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAttachment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "title",
                "mimeType",
                "size",
                "allowSendToInbox",
                "deletable",
                "voucher",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "title": ("title", None),
            "mime_type": ("mimeType", None),
            "size": ("size", None),
            "allow_send_to_inbox": ("allowSendToInbox", None),
            "deletable": ("deletable", None),
            "voucher": ("voucher", None),
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
