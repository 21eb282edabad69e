from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_company_dto_type import ChatCompanyDTOType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.chat_thread import ChatThread


T = TypeVar("T", bound="ChatCompanyDTO")


@_attrs_define
class ChatCompanyDTO(Model):
    """
    Attributes:
        id (int | Unset): Id of the company the chat is started with
        name (str | Unset): Name of the company the chat is started with
        type_ (ChatCompanyDTOType | Unset): Type of the company the chat is started with
        customer_id (int | Unset): Customer id of the company the chat is started with if applicable
        proxy_employee_id (int | Unset): Proxy employee id of the company the chat is started with if applicable
        latest_thread (ChatThread | Unset):
        latest_message_timestamp (str | Unset): Latest message timestamp
        unread_messages_count (int | Unset): Number of unread messages from this company
        unread_messages (bool | Unset): Has unread messages from this company
        unhandled_ao_threads (bool | Unset): Has unhandled threads from this company
        access (bool | Unset): If the current login employee has access to the company or not
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: ChatCompanyDTOType | Unset = UNSET
    customer_id: int | Unset = UNSET
    proxy_employee_id: int | Unset = UNSET
    latest_thread: ChatThread | Unset = UNSET
    latest_message_timestamp: str | Unset = UNSET
    unread_messages_count: int | Unset = UNSET
    unread_messages: bool | Unset = UNSET
    unhandled_ao_threads: bool | Unset = UNSET
    access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.type_
        if _v is not UNSET and not _in_request:
            field_dict["type"] = _v._value_
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.proxy_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["proxyEmployeeId"] = _v
        _v = self.latest_thread
        if _v is not UNSET:
            field_dict["latestThread"] = _v.to_dict()
        _v = self.latest_message_timestamp
        if _v is not UNSET and not _in_request:
            field_dict["latestMessageTimestamp"] = _v
        _v = self.unread_messages_count
        if _v is not UNSET and not _in_request:
            field_dict["unreadMessagesCount"] = _v
        _v = self.unread_messages
        if _v is not UNSET and not _in_request:
            field_dict["unreadMessages"] = _v
        _v = self.unhandled_ao_threads
        if _v is not UNSET and not _in_request:
            field_dict["unhandledAOThreads"] = _v
        _v = self.access
        if _v is not UNSET and not _in_request:
            field_dict["access"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatCompanyDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChatCompanyDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.chat_thread import ChatThread  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(ChatCompanyDTOType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "type",
                "customerId",
                "proxyEmployeeId",
                "latestThread",
                "latestMessageTimestamp",
                "unreadMessagesCount",
                "unreadMessages",
                "unhandledAOThreads",
                "access",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "name": "name",
            "customerId": "customer_id",
            "proxyEmployeeId": "proxy_employee_id",
            "latestMessageTimestamp": "latest_message_timestamp",
            "unreadMessagesCount": "unread_messages_count",
            "unreadMessages": "unread_messages",
            "unhandledAOThreads": "unhandled_ao_threads",
            "access": "access",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.name = o.type_ = o.customer_id = o.proxy_employee_id = o.latest_thread = (
                        o.latest_message_timestamp
                    ) = o.unread_messages_count = o.unread_messages = o.unhandled_ao_threads = o.access = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(ChatCompanyDTOType, v)
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("proxyEmployeeId")
                if v is None:
                    o.proxy_employee_id = u
                    if "proxyEmployeeId" not in d:
                        m += 1
                else:
                    o.proxy_employee_id = v
                k = "latestThread"
                v = g("latestThread")
                if v is None:
                    o.latest_thread = u
                    if "latestThread" not in d:
                        m += 1
                else:
                    o.latest_thread = ChatThread._tx_parse(v)
                v = g("latestMessageTimestamp")
                if v is None:
                    o.latest_message_timestamp = u
                    if "latestMessageTimestamp" not in d:
                        m += 1
                else:
                    o.latest_message_timestamp = v
                v = g("unreadMessagesCount")
                if v is None:
                    o.unread_messages_count = u
                    if "unreadMessagesCount" not in d:
                        m += 1
                else:
                    o.unread_messages_count = v
                v = g("unreadMessages")
                if v is None:
                    o.unread_messages = u
                    if "unreadMessages" not in d:
                        m += 1
                else:
                    o.unread_messages = v
                v = g("unhandledAOThreads")
                if v is None:
                    o.unhandled_ao_threads = u
                    if "unhandledAOThreads" not in d:
                        m += 1
                else:
                    o.unhandled_ao_threads = v
                v = g("access")
                if v is None:
                    o.access = u
                    if "access" not in d:
                        m += 1
                else:
                    o.access = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("name", "name"),
            ("type_", "type"),
            ("customer_id", "customerId"),
            ("proxy_employee_id", "proxyEmployeeId"),
            ("latest_thread", "latestThread"),
            ("latest_message_timestamp", "latestMessageTimestamp"),
            ("unread_messages_count", "unreadMessagesCount"),
            ("unread_messages", "unreadMessages"),
            ("unhandled_ao_threads", "unhandledAOThreads"),
            ("access", "access"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(ChatCompanyDTOType, v)
            )
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.proxy_employee_id
            o.proxy_employee_id = u if v is None else v
            v = s.latest_thread
            o.latest_thread = u if v is None or v is u else ChatThread._tx_parse(v)
            v = s.latest_message_timestamp
            o.latest_message_timestamp = u if v is None else v
            v = s.unread_messages_count
            o.unread_messages_count = u if v is None else v
            v = s.unread_messages
            o.unread_messages = u if v is None else v
            v = s.unhandled_ao_threads
            o.unhandled_ao_threads = u if v is None else v
            v = s.access
            o.access = u if v is None else v
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
