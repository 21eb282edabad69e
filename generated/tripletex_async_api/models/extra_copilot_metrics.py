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

T = TypeVar("T", bound="ExtraCopilotMetrics")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ExtraCopilotMetrics(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        show_talk_to_support_button = self.show_talk_to_support_button

        chat_available = self.chat_available

        chat_with_support_status = self.chat_with_support_status

        messages_length = self.messages_length

        last_request_id = self.last_request_id

        last_prompt = self.last_prompt

        last_message_source = self.last_message_source

        last_response = self.last_response

        last_message_status = self.last_message_status

        last_message_error_code = self.last_message_error_code

        error_message_locale_id = self.error_message_locale_id

        last_message_feedback = self.last_message_feedback

        streaming_request_id = self.streaming_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_talk_to_support_button is not UNSET:
            field_dict["showTalkToSupportButton"] = show_talk_to_support_button
        if chat_available is not UNSET:
            field_dict["chatAvailable"] = chat_available
        if chat_with_support_status is not UNSET:
            field_dict["chatWithSupportStatus"] = chat_with_support_status
        if messages_length is not UNSET:
            field_dict["messagesLength"] = messages_length
        if last_request_id is not UNSET:
            field_dict["lastRequestId"] = last_request_id
        if last_prompt is not UNSET:
            field_dict["lastPrompt"] = last_prompt
        if last_message_source is not UNSET:
            field_dict["lastMessageSource"] = last_message_source
        if last_response is not UNSET:
            field_dict["lastResponse"] = last_response
        if last_message_status is not UNSET:
            field_dict["lastMessageStatus"] = last_message_status
        if last_message_error_code is not UNSET:
            field_dict["lastMessageErrorCode"] = last_message_error_code
        if error_message_locale_id is not UNSET:
            field_dict["errorMessageLocaleId"] = error_message_locale_id
        if last_message_feedback is not UNSET:
            field_dict["lastMessageFeedback"] = last_message_feedback
        if streaming_request_id is not UNSET:
            field_dict["streamingRequestId"] = streaming_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraCopilotMetrics from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "show_talk_to_support_button": ("showTalkToSupportButton", None),
            "chat_available": ("chatAvailable", None),
            "chat_with_support_status": ("chatWithSupportStatus", None),
            "messages_length": ("messagesLength", None),
            "last_request_id": ("lastRequestId", None),
            "last_prompt": ("lastPrompt", None),
            "last_message_source": ("lastMessageSource", None),
            "last_response": ("lastResponse", None),
            "last_message_status": ("lastMessageStatus", None),
            "last_message_error_code": ("lastMessageErrorCode", None),
            "error_message_locale_id": ("errorMessageLocaleId", None),
            "last_message_feedback": ("lastMessageFeedback", None),
            "streaming_request_id": ("streamingRequestId", None),
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
