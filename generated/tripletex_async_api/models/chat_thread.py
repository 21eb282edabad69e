from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.chat_message import ChatMessage
    from ..models.chat_participant import ChatParticipant


T = TypeVar("T", bound="ChatThread")


@_attrs_define
class ChatThread(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        timestamp (str | Unset): Timestamp for creation of the chat thread
        customer_company_id (int | Unset): Id of the company the chat is started with
        messages (list[ChatMessage] | Unset):
        thread_url (str | Unset): Url to the topic of conversation
        participants (list[ChatParticipant] | Unset):
        summary_display_name (str | Unset): The employee to show in a thread summary.
        summary_display_company (str | Unset): The company to show in a thread summary.
        other_non_proxy_participants (list[ChatParticipant] | Unset):
        subject (str | Unset):
        access_validation_message (str | Unset): Validation message if the user cannot send messages in this thread,
            null if they can
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.timestamp
        if _v is not UNSET and not _in_request:
            field_dict["timestamp"] = _v
        _v = self.customer_company_id
        if _v is not UNSET:
            field_dict["customerCompanyId"] = _v
        _v = self.messages
        if _v is not UNSET:
            field_dict["messages"] = [_e.to_dict() for _e in _v]
        _v = self.thread_url
        if _v is not UNSET:
            field_dict["threadUrl"] = _v
        _v = self.participants
        if _v is not UNSET:
            field_dict["participants"] = [_e.to_dict() for _e in _v]
        _v = self.summary_display_name
        if _v is not UNSET and not _in_request:
            field_dict["summaryDisplayName"] = _v
        _v = self.summary_display_company
        if _v is not UNSET and not _in_request:
            field_dict["summaryDisplayCompany"] = _v
        _v = self.other_non_proxy_participants
        if _v is not UNSET:
            field_dict["otherNonProxyParticipants"] = [_e.to_dict() for _e in _v]
        _v = self.subject
        if _v is not UNSET:
            field_dict["subject"] = _v
        _v = self.access_validation_message
        if _v is not UNSET and not _in_request:
            field_dict["accessValidationMessage"] = _v
        _v = self.read_or_ignore
        if _v is not UNSET:
            field_dict["readOrIgnore"] = _v
        _v = self.thread_handled_by_ao
        if _v is not UNSET:
            field_dict["threadHandledByAO"] = _v
        _v = self.completed
        if _v is not UNSET:
            field_dict["completed"] = _v
        _v = self.read
        if _v is not UNSET:
            field_dict["read"] = _v
        _v = self.queue
        if _v is not UNSET:
            field_dict["queue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ChatThread from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ChatThread.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.chat_message import ChatMessage  # noqa: PLC0415
        from ..models.chat_participant import ChatParticipant  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "timestamp": "timestamp",
            "customerCompanyId": "customer_company_id",
            "threadUrl": "thread_url",
            "summaryDisplayName": "summary_display_name",
            "summaryDisplayCompany": "summary_display_company",
            "subject": "subject",
            "accessValidationMessage": "access_validation_message",
            "readOrIgnore": "read_or_ignore",
            "threadHandledByAO": "thread_handled_by_ao",
            "completed": "completed",
            "read": "read",
            "queue": "queue",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.timestamp = o.customer_company_id = o.messages = (
                        o.thread_url
                    ) = o.participants = o.summary_display_name = o.summary_display_company = (
                        o.other_non_proxy_participants
                    ) = o.subject = o.access_validation_message = o.read_or_ignore = o.thread_handled_by_ao = (
                        o.completed
                    ) = o.read = o.queue = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.timestamp = o.customer_company_id = o.messages = (
                        o.thread_url
                    ) = o.participants = o.summary_display_name = o.summary_display_company = (
                        o.other_non_proxy_participants
                    ) = o.subject = o.access_validation_message = o.read_or_ignore = o.thread_handled_by_ao = (
                        o.completed
                    ) = o.read = o.queue = UNSET
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
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("timestamp")
                if v is None:
                    o.timestamp = u
                    if "timestamp" not in d:
                        m += 1
                else:
                    o.timestamp = v
                v = g("customerCompanyId")
                if v is None:
                    o.customer_company_id = u
                    if "customerCompanyId" not in d:
                        m += 1
                else:
                    o.customer_company_id = v
                k = "messages"
                v = g("messages")
                if v is None:
                    o.messages = u
                    if "messages" not in d:
                        m += 1
                else:
                    o.messages = (
                        ([ChatMessage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("threadUrl")
                if v is None:
                    o.thread_url = u
                    if "threadUrl" not in d:
                        m += 1
                else:
                    o.thread_url = v
                k = "participants"
                v = g("participants")
                if v is None:
                    o.participants = u
                    if "participants" not in d:
                        m += 1
                else:
                    o.participants = (
                        ([ChatParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("summaryDisplayName")
                if v is None:
                    o.summary_display_name = u
                    if "summaryDisplayName" not in d:
                        m += 1
                else:
                    o.summary_display_name = v
                v = g("summaryDisplayCompany")
                if v is None:
                    o.summary_display_company = u
                    if "summaryDisplayCompany" not in d:
                        m += 1
                else:
                    o.summary_display_company = v
                k = "otherNonProxyParticipants"
                v = g("otherNonProxyParticipants")
                if v is None:
                    o.other_non_proxy_participants = u
                    if "otherNonProxyParticipants" not in d:
                        m += 1
                else:
                    o.other_non_proxy_participants = (
                        ([ChatParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("subject")
                if v is None:
                    o.subject = u
                    if "subject" not in d:
                        m += 1
                else:
                    o.subject = v
                v = g("accessValidationMessage")
                if v is None:
                    o.access_validation_message = u
                    if "accessValidationMessage" not in d:
                        m += 1
                else:
                    o.access_validation_message = v
                v = g("readOrIgnore")
                if v is None:
                    o.read_or_ignore = u
                    if "readOrIgnore" not in d:
                        m += 1
                else:
                    o.read_or_ignore = v
                v = g("threadHandledByAO")
                if v is None:
                    o.thread_handled_by_ao = u
                    if "threadHandledByAO" not in d:
                        m += 1
                else:
                    o.thread_handled_by_ao = v
                v = g("completed")
                if v is None:
                    o.completed = u
                    if "completed" not in d:
                        m += 1
                else:
                    o.completed = v
                v = g("read")
                if v is None:
                    o.read = u
                    if "read" not in d:
                        m += 1
                else:
                    o.read = v
                v = g("queue")
                if v is None:
                    o.queue = u
                    if "queue" not in d:
                        m += 1
                else:
                    o.queue = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("timestamp", "timestamp"),
            ("customer_company_id", "customerCompanyId"),
            ("messages", "messages"),
            ("thread_url", "threadUrl"),
            ("participants", "participants"),
            ("summary_display_name", "summaryDisplayName"),
            ("summary_display_company", "summaryDisplayCompany"),
            ("other_non_proxy_participants", "otherNonProxyParticipants"),
            ("subject", "subject"),
            ("access_validation_message", "accessValidationMessage"),
            ("read_or_ignore", "readOrIgnore"),
            ("thread_handled_by_ao", "threadHandledByAO"),
            ("completed", "completed"),
            ("read", "read"),
            ("queue", "queue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.timestamp
            o.timestamp = u if v is None else v
            v = s.customer_company_id
            o.customer_company_id = u if v is None else v
            v = s.messages
            o.messages = (
                u
                if v is None or v is u
                else ([ChatMessage._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.thread_url
            o.thread_url = u if v is None else v
            v = s.participants
            o.participants = (
                u
                if v is None or v is u
                else ([ChatParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.summary_display_name
            o.summary_display_name = u if v is None else v
            v = s.summary_display_company
            o.summary_display_company = u if v is None else v
            v = s.other_non_proxy_participants
            o.other_non_proxy_participants = (
                u
                if v is None or v is u
                else ([ChatParticipant._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.subject
            o.subject = u if v is None else v
            v = s.access_validation_message
            o.access_validation_message = u if v is None else v
            v = s.read_or_ignore
            o.read_or_ignore = u if v is None else v
            v = s.thread_handled_by_ao
            o.thread_handled_by_ao = u if v is None else v
            v = s.completed
            o.completed = u if v is None else v
            v = s.read
            o.read = u if v is None else v
            v = s.queue
            o.queue = u if v is None else v
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
