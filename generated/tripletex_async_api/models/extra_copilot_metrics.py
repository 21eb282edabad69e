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
)

T = TypeVar("T", bound="ExtraCopilotMetrics")


@_attrs_define
class ExtraCopilotMetrics(Model):
    """Additional metrics for Copilot-related feedback

    Attributes:
        show_talk_to_support_button (bool | Unset):
        chat_available (bool | Unset):
        chat_with_support_status (str | Unset):
        messages_length (int | Unset):
        last_request_id (int | Unset):
        last_prompt (str | Unset):
        last_message_source (str | Unset):
        last_response (str | Unset):
        last_message_status (str | Unset):
        last_message_error_code (str | Unset):
        error_message_locale_id (str | Unset):
        last_message_feedback (str | Unset):
        streaming_request_id (int | Unset):
    """

    show_talk_to_support_button: bool | Unset = UNSET
    chat_available: bool | Unset = UNSET
    chat_with_support_status: str | Unset = UNSET
    messages_length: int | Unset = UNSET
    last_request_id: int | Unset = UNSET
    last_prompt: str | Unset = UNSET
    last_message_source: str | Unset = UNSET
    last_response: str | Unset = UNSET
    last_message_status: str | Unset = UNSET
    last_message_error_code: str | Unset = UNSET
    error_message_locale_id: str | Unset = UNSET
    last_message_feedback: str | Unset = UNSET
    streaming_request_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.show_talk_to_support_button
        if _v is not UNSET:
            field_dict["showTalkToSupportButton"] = _v
        _v = self.chat_available
        if _v is not UNSET:
            field_dict["chatAvailable"] = _v
        _v = self.chat_with_support_status
        if _v is not UNSET:
            field_dict["chatWithSupportStatus"] = _v
        _v = self.messages_length
        if _v is not UNSET:
            field_dict["messagesLength"] = _v
        _v = self.last_request_id
        if _v is not UNSET:
            field_dict["lastRequestId"] = _v
        _v = self.last_prompt
        if _v is not UNSET:
            field_dict["lastPrompt"] = _v
        _v = self.last_message_source
        if _v is not UNSET:
            field_dict["lastMessageSource"] = _v
        _v = self.last_response
        if _v is not UNSET:
            field_dict["lastResponse"] = _v
        _v = self.last_message_status
        if _v is not UNSET:
            field_dict["lastMessageStatus"] = _v
        _v = self.last_message_error_code
        if _v is not UNSET:
            field_dict["lastMessageErrorCode"] = _v
        _v = self.error_message_locale_id
        if _v is not UNSET:
            field_dict["errorMessageLocaleId"] = _v
        _v = self.last_message_feedback
        if _v is not UNSET:
            field_dict["lastMessageFeedback"] = _v
        _v = self.streaming_request_id
        if _v is not UNSET:
            field_dict["streamingRequestId"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraCopilotMetrics from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ExtraCopilotMetrics.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "showTalkToSupportButton",
                "chatAvailable",
                "chatWithSupportStatus",
                "messagesLength",
                "lastRequestId",
                "lastPrompt",
                "lastMessageSource",
                "lastResponse",
                "lastMessageStatus",
                "lastMessageErrorCode",
                "errorMessageLocaleId",
                "lastMessageFeedback",
                "streamingRequestId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "showTalkToSupportButton": "show_talk_to_support_button",
            "chatAvailable": "chat_available",
            "chatWithSupportStatus": "chat_with_support_status",
            "messagesLength": "messages_length",
            "lastRequestId": "last_request_id",
            "lastPrompt": "last_prompt",
            "lastMessageSource": "last_message_source",
            "lastResponse": "last_response",
            "lastMessageStatus": "last_message_status",
            "lastMessageErrorCode": "last_message_error_code",
            "errorMessageLocaleId": "error_message_locale_id",
            "lastMessageFeedback": "last_message_feedback",
            "streamingRequestId": "streaming_request_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.show_talk_to_support_button = o.chat_available = o.chat_with_support_status = (
                        o.messages_length
                    ) = o.last_request_id = o.last_prompt = o.last_message_source = o.last_response = (
                        o.last_message_status
                    ) = o.last_message_error_code = o.error_message_locale_id = o.last_message_feedback = (
                        o.streaming_request_id
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("showTalkToSupportButton")
                if v is None:
                    o.show_talk_to_support_button = u
                    if "showTalkToSupportButton" not in d:
                        m += 1
                else:
                    o.show_talk_to_support_button = v
                v = g("chatAvailable")
                if v is None:
                    o.chat_available = u
                    if "chatAvailable" not in d:
                        m += 1
                else:
                    o.chat_available = v
                v = g("chatWithSupportStatus")
                if v is None:
                    o.chat_with_support_status = u
                    if "chatWithSupportStatus" not in d:
                        m += 1
                else:
                    o.chat_with_support_status = v
                v = g("messagesLength")
                if v is None:
                    o.messages_length = u
                    if "messagesLength" not in d:
                        m += 1
                else:
                    o.messages_length = v
                v = g("lastRequestId")
                if v is None:
                    o.last_request_id = u
                    if "lastRequestId" not in d:
                        m += 1
                else:
                    o.last_request_id = v
                v = g("lastPrompt")
                if v is None:
                    o.last_prompt = u
                    if "lastPrompt" not in d:
                        m += 1
                else:
                    o.last_prompt = v
                v = g("lastMessageSource")
                if v is None:
                    o.last_message_source = u
                    if "lastMessageSource" not in d:
                        m += 1
                else:
                    o.last_message_source = v
                v = g("lastResponse")
                if v is None:
                    o.last_response = u
                    if "lastResponse" not in d:
                        m += 1
                else:
                    o.last_response = v
                v = g("lastMessageStatus")
                if v is None:
                    o.last_message_status = u
                    if "lastMessageStatus" not in d:
                        m += 1
                else:
                    o.last_message_status = v
                v = g("lastMessageErrorCode")
                if v is None:
                    o.last_message_error_code = u
                    if "lastMessageErrorCode" not in d:
                        m += 1
                else:
                    o.last_message_error_code = v
                v = g("errorMessageLocaleId")
                if v is None:
                    o.error_message_locale_id = u
                    if "errorMessageLocaleId" not in d:
                        m += 1
                else:
                    o.error_message_locale_id = v
                v = g("lastMessageFeedback")
                if v is None:
                    o.last_message_feedback = u
                    if "lastMessageFeedback" not in d:
                        m += 1
                else:
                    o.last_message_feedback = v
                v = g("streamingRequestId")
                if v is None:
                    o.streaming_request_id = u
                    if "streamingRequestId" not in d:
                        m += 1
                else:
                    o.streaming_request_id = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("show_talk_to_support_button", "showTalkToSupportButton"),
            ("chat_available", "chatAvailable"),
            ("chat_with_support_status", "chatWithSupportStatus"),
            ("messages_length", "messagesLength"),
            ("last_request_id", "lastRequestId"),
            ("last_prompt", "lastPrompt"),
            ("last_message_source", "lastMessageSource"),
            ("last_response", "lastResponse"),
            ("last_message_status", "lastMessageStatus"),
            ("last_message_error_code", "lastMessageErrorCode"),
            ("error_message_locale_id", "errorMessageLocaleId"),
            ("last_message_feedback", "lastMessageFeedback"),
            ("streaming_request_id", "streamingRequestId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.show_talk_to_support_button
            o.show_talk_to_support_button = u if v is None else v
            v = s.chat_available
            o.chat_available = u if v is None else v
            v = s.chat_with_support_status
            o.chat_with_support_status = u if v is None else v
            v = s.messages_length
            o.messages_length = u if v is None else v
            v = s.last_request_id
            o.last_request_id = u if v is None else v
            v = s.last_prompt
            o.last_prompt = u if v is None else v
            v = s.last_message_source
            o.last_message_source = u if v is None else v
            v = s.last_response
            o.last_response = u if v is None else v
            v = s.last_message_status
            o.last_message_status = u if v is None else v
            v = s.last_message_error_code
            o.last_message_error_code = u if v is None else v
            v = s.error_message_locale_id
            o.error_message_locale_id = u if v is None else v
            v = s.last_message_feedback
            o.last_message_feedback = u if v is None else v
            v = s.streaming_request_id
            o.streaming_request_id = u if v is None else v
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
