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

T = TypeVar("T", bound="IncomingInvoiceAttachment")


@_attrs_define
class IncomingInvoiceAttachment(Model):
    """
    Attributes:
        id (int | Unset): Id for this voucher inbox attachment
        title (str | Unset): title of the attachment. Usually filename
        mime_type (str | Unset): Mimetype of the attachment
        size (int | Unset): Size of the attachment, in bytes
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.mime_type
        if _v is not UNSET and not _in_request:
            field_dict["mimeType"] = _v
        _v = self.size
        if _v is not UNSET and not _in_request:
            field_dict["size"] = _v
        _v = self.allow_send_to_inbox
        if _v is not UNSET:
            field_dict["allowSendToInbox"] = _v
        _v = self.deletable
        if _v is not UNSET:
            field_dict["deletable"] = _v
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceAttachment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceAttachment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("mimeType")
                if v is None:
                    o.mime_type = u
                    if "mimeType" not in d:
                        m += 1
                else:
                    o.mime_type = v
                v = g("size")
                if v is None:
                    o.size = u
                    if "size" not in d:
                        m += 1
                else:
                    o.size = v
                v = g("allowSendToInbox")
                if v is None:
                    o.allow_send_to_inbox = u
                    if "allowSendToInbox" not in d:
                        m += 1
                else:
                    o.allow_send_to_inbox = v
                v = g("deletable")
                if v is None:
                    o.deletable = u
                    if "deletable" not in d:
                        m += 1
                else:
                    o.deletable = v
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("title", "title"),
            ("mime_type", "mimeType"),
            ("size", "size"),
            ("allow_send_to_inbox", "allowSendToInbox"),
            ("deletable", "deletable"),
            ("voucher", "voucher"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.title
            o.title = u if v is None else v
            v = s.mime_type
            o.mime_type = u if v is None else v
            v = s.size
            o.size = u if v is None else v
            v = s.allow_send_to_inbox
            o.allow_send_to_inbox = u if v is None else v
            v = s.deletable
            o.deletable = u if v is None else v
            v = s.voucher
            o.voucher = u if v is None else v
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
