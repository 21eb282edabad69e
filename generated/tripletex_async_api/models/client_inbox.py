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

T = TypeVar("T", bound="ClientInbox")


@_attrs_define
class ClientInbox(Model):
    """
    Attributes:
        client_id (int | Unset):
        client_name (str | Unset):
        customer_id (int | Unset):
        authorized (bool | Unset):
        inbox_count (int | Unset):
        url (str | Unset):
    """

    client_id: int | Unset = UNSET
    client_name: str | Unset = UNSET
    customer_id: int | Unset = UNSET
    authorized: bool | Unset = UNSET
    inbox_count: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.client_id
        if _v is not UNSET and not _in_request:
            field_dict["clientId"] = _v
        _v = self.client_name
        if _v is not UNSET and not _in_request:
            field_dict["clientName"] = _v
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.authorized
        if _v is not UNSET and not _in_request:
            field_dict["authorized"] = _v
        _v = self.inbox_count
        if _v is not UNSET and not _in_request:
            field_dict["inboxCount"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ClientInbox from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ClientInbox.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "clientId",
                "clientName",
                "customerId",
                "authorized",
                "inboxCount",
                "url",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("clientId")
                if v is None:
                    o.client_id = u
                    if "clientId" not in d:
                        m += 1
                else:
                    o.client_id = v
                v = g("clientName")
                if v is None:
                    o.client_name = u
                    if "clientName" not in d:
                        m += 1
                else:
                    o.client_name = v
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("authorized")
                if v is None:
                    o.authorized = u
                    if "authorized" not in d:
                        m += 1
                else:
                    o.authorized = v
                v = g("inboxCount")
                if v is None:
                    o.inbox_count = u
                    if "inboxCount" not in d:
                        m += 1
                else:
                    o.inbox_count = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("client_id", "clientId"),
            ("client_name", "clientName"),
            ("customer_id", "customerId"),
            ("authorized", "authorized"),
            ("inbox_count", "inboxCount"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.client_id
            o.client_id = u if v is None else v
            v = s.client_name
            o.client_name = u if v is None else v
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.authorized
            o.authorized = u if v is None else v
            v = s.inbox_count
            o.inbox_count = u if v is None else v
            v = s.url
            o.url = u if v is None else v
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
