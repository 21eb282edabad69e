from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.chat_message import ChatMessage
    from ..models.chat_participant import ChatParticipant


T = TypeVar("T", bound="ChatThread")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("messages", list, False),
    ("participants", list, False),
    ("otherNonProxyParticipants", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ChatThread(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        timestamp (str | Unset): [read-only] Timestamp for creation of the chat thread
        customer_company_id (int | Unset): Id of the company the chat is started with
        messages (list[ChatMessage] | Unset):
        thread_url (str | Unset): Url to the topic of conversation
        participants (list[ChatParticipant] | Unset):
        summary_display_name (str | Unset): [read-only] The employee to show in a thread summary.
        summary_display_company (str | Unset): [read-only] The company to show in a thread summary.
        other_non_proxy_participants (list[ChatParticipant] | Unset):
        subject (str | Unset):
        access_validation_message (str | Unset): [read-only] Validation message if the user cannot send messages in this
            thread, null if they can
        read_or_ignore (bool | Unset):
        thread_handled_by_ao (bool | Unset):
        completed (bool | Unset):
        read (bool | Unset):
        queue (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    messages: list[ChatMessage] | Unset = UNSET
    thread_url: str | Unset = UNSET
    participants: list[ChatParticipant] | Unset = UNSET
    summary_display_name: str | Unset = UNSET
    summary_display_company: str | Unset = UNSET
    other_non_proxy_participants: list[ChatParticipant] | Unset = UNSET
    subject: str | Unset = UNSET
    access_validation_message: str | Unset = UNSET
    read_or_ignore: bool | Unset = UNSET
    thread_handled_by_ao: bool | Unset = UNSET
    completed: bool | Unset = UNSET
    read: bool | Unset = UNSET
    queue: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        timestamp = self.timestamp

        customer_company_id = self.customer_company_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        thread_url = self.thread_url

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        summary_display_name = self.summary_display_name

        summary_display_company = self.summary_display_company

        other_non_proxy_participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_non_proxy_participants, Unset):
            other_non_proxy_participants = []
            for other_non_proxy_participants_item_data in self.other_non_proxy_participants:
                other_non_proxy_participants_item = other_non_proxy_participants_item_data.to_dict()
                other_non_proxy_participants.append(other_non_proxy_participants_item)

        subject = self.subject

        access_validation_message = self.access_validation_message

        read_or_ignore = self.read_or_ignore

        thread_handled_by_ao = self.thread_handled_by_ao

        completed = self.completed

        read = self.read

        queue = self.queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if timestamp is not UNSET and not _in_request:
            field_dict["timestamp"] = timestamp
        if customer_company_id is not UNSET:
            field_dict["customerCompanyId"] = customer_company_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if thread_url is not UNSET:
            field_dict["threadUrl"] = thread_url
        if participants is not UNSET:
            field_dict["participants"] = participants
        if summary_display_name is not UNSET and not _in_request:
            field_dict["summaryDisplayName"] = summary_display_name
        if summary_display_company is not UNSET and not _in_request:
            field_dict["summaryDisplayCompany"] = summary_display_company
        if other_non_proxy_participants is not UNSET:
            field_dict["otherNonProxyParticipants"] = other_non_proxy_participants
        if subject is not UNSET:
            field_dict["subject"] = subject
        if access_validation_message is not UNSET and not _in_request:
            field_dict["accessValidationMessage"] = access_validation_message
        if read_or_ignore is not UNSET:
            field_dict["readOrIgnore"] = read_or_ignore
        if thread_handled_by_ao is not UNSET:
            field_dict["threadHandledByAO"] = thread_handled_by_ao
        if completed is not UNSET:
            field_dict["completed"] = completed
        if read is not UNSET:
            field_dict["read"] = read
        if queue is not UNSET:
            field_dict["queue"] = queue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatThread from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.chat_message import ChatMessage  # noqa: PLC0415
        from ..models.chat_participant import ChatParticipant  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_messages(_tx_v: Any) -> list[ChatMessage] | Unset:
            _messages = _tx_v
            messages: list[ChatMessage] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    if messages_item_data is None:
                        continue
                    messages_item = ChatMessage._tx_from_json(messages_item_data)

                    messages.append(messages_item)

            return messages

        def _p_participants(_tx_v: Any) -> list[ChatParticipant] | Unset:
            _participants = _tx_v
            participants: list[ChatParticipant] | Unset = UNSET
            if _participants is not UNSET:
                participants = []
                for participants_item_data in _participants:
                    if participants_item_data is None:
                        continue
                    participants_item = ChatParticipant._tx_from_json(participants_item_data)

                    participants.append(participants_item)

            return participants

        def _p_other_non_proxy_participants(_tx_v: Any) -> list[ChatParticipant] | Unset:
            _other_non_proxy_participants = _tx_v
            other_non_proxy_participants: list[ChatParticipant] | Unset = UNSET
            if _other_non_proxy_participants is not UNSET:
                other_non_proxy_participants = []
                for other_non_proxy_participants_item_data in _other_non_proxy_participants:
                    if other_non_proxy_participants_item_data is None:
                        continue
                    other_non_proxy_participants_item = ChatParticipant._tx_from_json(
                        other_non_proxy_participants_item_data
                    )

                    other_non_proxy_participants.append(other_non_proxy_participants_item)

            return other_non_proxy_participants

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "timestamp",
                "customerCompanyId",
                "messages",
                "threadUrl",
                "participants",
                "summaryDisplayName",
                "summaryDisplayCompany",
                "otherNonProxyParticipants",
                "subject",
                "accessValidationMessage",
                "readOrIgnore",
                "threadHandledByAO",
                "completed",
                "read",
                "queue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "timestamp": ("timestamp", None),
            "customer_company_id": ("customerCompanyId", None),
            "messages": ("messages", _p_messages),
            "thread_url": ("threadUrl", None),
            "participants": ("participants", _p_participants),
            "summary_display_name": ("summaryDisplayName", None),
            "summary_display_company": ("summaryDisplayCompany", None),
            "other_non_proxy_participants": ("otherNonProxyParticipants", _p_other_non_proxy_participants),
            "subject": ("subject", None),
            "access_validation_message": ("accessValidationMessage", None),
            "read_or_ignore": ("readOrIgnore", None),
            "thread_handled_by_ao": ("threadHandledByAO", None),
            "completed": ("completed", None),
            "read": ("read", None),
            "queue": ("queue", None),
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
