from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_company_dto_type import ChatCompanyDTOType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.chat_thread import ChatThread


T = TypeVar("T", bound="ChatCompanyDTO")


@_attrs_define
class ChatCompanyDTO:
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
        from ..models.chat_thread import ChatThread  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatCompanyDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatCompanyDTOType(_type_)

        customer_id = d.pop("customerId", UNSET)

        proxy_employee_id = d.pop("proxyEmployeeId", UNSET)

        _latest_thread = d.pop("latestThread", UNSET)
        latest_thread: ChatThread | Unset
        if isinstance(_latest_thread, Unset):
            latest_thread = UNSET
        else:
            latest_thread = ChatThread.from_dict(_latest_thread)

        latest_message_timestamp = d.pop("latestMessageTimestamp", UNSET)

        unread_messages_count = d.pop("unreadMessagesCount", UNSET)

        unread_messages = d.pop("unreadMessages", UNSET)

        unhandled_ao_threads = d.pop("unhandledAOThreads", UNSET)

        access = d.pop("access", UNSET)

        _obj = cls(
            id=id,
            name=name,
            type_=type_,
            customer_id=customer_id,
            proxy_employee_id=proxy_employee_id,
            latest_thread=latest_thread,
            latest_message_timestamp=latest_message_timestamp,
            unread_messages_count=unread_messages_count,
            unread_messages=unread_messages,
            unhandled_ao_threads=unhandled_ao_threads,
            access=access,
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
