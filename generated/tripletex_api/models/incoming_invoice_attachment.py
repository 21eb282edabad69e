from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceAttachment")


@_attrs_define
class IncomingInvoiceAttachment:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        mime_type = d.pop("mimeType", UNSET)

        size = d.pop("size", UNSET)

        allow_send_to_inbox = d.pop("allowSendToInbox", UNSET)

        deletable = d.pop("deletable", UNSET)

        voucher = d.pop("voucher", UNSET)

        _obj = cls(
            id=id,
            title=title,
            mime_type=mime_type,
            size=size,
            allow_send_to_inbox=allow_send_to_inbox,
            deletable=deletable,
            voucher=voucher,
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
