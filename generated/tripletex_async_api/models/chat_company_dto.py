from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_company_dto_type import ChatCompanyDTOType
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

if TYPE_CHECKING:
    from ..models.chat_thread import ChatThread


T = TypeVar("T", bound="ChatCompanyDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("type", str, False),
    ("latestThread", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ChatCompanyDTO(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Id of the company the chat is started with
        name (str | Unset): [read-only] Name of the company the chat is started with
        type_ (ChatCompanyDTOType | Unset): [read-only] Type of the company the chat is started with
        customer_id (int | Unset): [read-only] Customer id of the company the chat is started with if applicable
        proxy_employee_id (int | Unset): [read-only] Proxy employee id of the company the chat is started with if
            applicable
        latest_thread (ChatThread | Unset):
        latest_message_timestamp (str | Unset): [read-only] Latest message timestamp
        unread_messages_count (int | Unset): [read-only] Number of unread messages from this company
        unread_messages (bool | Unset): [read-only] Has unread messages from this company
        unhandled_ao_threads (bool | Unset): [read-only] Has unhandled threads from this company
        access (bool | Unset): [read-only] If the current login employee has access to the company or not
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        customer_id = self.customer_id

        proxy_employee_id = self.proxy_employee_id

        latest_thread: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_thread, Unset):
            latest_thread = self.latest_thread.to_dict()

        latest_message_timestamp = self.latest_message_timestamp

        unread_messages_count = self.unread_messages_count

        unread_messages = self.unread_messages

        unhandled_ao_threads = self.unhandled_ao_threads

        access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if type_ is not UNSET and not _in_request:
            field_dict["type"] = type_
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if proxy_employee_id is not UNSET and not _in_request:
            field_dict["proxyEmployeeId"] = proxy_employee_id
        if latest_thread is not UNSET:
            field_dict["latestThread"] = latest_thread
        if latest_message_timestamp is not UNSET and not _in_request:
            field_dict["latestMessageTimestamp"] = latest_message_timestamp
        if unread_messages_count is not UNSET and not _in_request:
            field_dict["unreadMessagesCount"] = unread_messages_count
        if unread_messages is not UNSET and not _in_request:
            field_dict["unreadMessages"] = unread_messages
        if unhandled_ao_threads is not UNSET and not _in_request:
            field_dict["unhandledAOThreads"] = unhandled_ao_threads
        if access is not UNSET and not _in_request:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatCompanyDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.chat_thread import ChatThread  # noqa: PLC0415

        def _p_type_(_tx_v: Any) -> ChatCompanyDTOType | Unset:
            _type_ = _tx_v
            type_: ChatCompanyDTOType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ChatCompanyDTOType(_type_)

            return type_

        def _p_latest_thread(_tx_v: Any) -> ChatThread | Unset:
            _latest_thread = _tx_v
            latest_thread: ChatThread | Unset
            if isinstance(_latest_thread, Unset):
                latest_thread = UNSET
            else:
                latest_thread = ChatThread._tx_from_json(_latest_thread)

            return latest_thread

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "type_": ("type", _p_type_),
            "customer_id": ("customerId", None),
            "proxy_employee_id": ("proxyEmployeeId", None),
            "latest_thread": ("latestThread", _p_latest_thread),
            "latest_message_timestamp": ("latestMessageTimestamp", None),
            "unread_messages_count": ("unreadMessagesCount", None),
            "unread_messages": ("unreadMessages", None),
            "unhandled_ao_threads": ("unhandledAOThreads", None),
            "access": ("access", None),
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
