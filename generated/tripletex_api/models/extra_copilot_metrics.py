from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ExtraCopilotMetrics")


@_attrs_define
class ExtraCopilotMetrics:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        show_talk_to_support_button = d.pop("showTalkToSupportButton", UNSET)

        chat_available = d.pop("chatAvailable", UNSET)

        chat_with_support_status = d.pop("chatWithSupportStatus", UNSET)

        messages_length = d.pop("messagesLength", UNSET)

        last_request_id = d.pop("lastRequestId", UNSET)

        last_prompt = d.pop("lastPrompt", UNSET)

        last_message_source = d.pop("lastMessageSource", UNSET)

        last_response = d.pop("lastResponse", UNSET)

        last_message_status = d.pop("lastMessageStatus", UNSET)

        last_message_error_code = d.pop("lastMessageErrorCode", UNSET)

        error_message_locale_id = d.pop("errorMessageLocaleId", UNSET)

        last_message_feedback = d.pop("lastMessageFeedback", UNSET)

        streaming_request_id = d.pop("streamingRequestId", UNSET)

        _obj = cls(
            show_talk_to_support_button=show_talk_to_support_button,
            chat_available=chat_available,
            chat_with_support_status=chat_with_support_status,
            messages_length=messages_length,
            last_request_id=last_request_id,
            last_prompt=last_prompt,
            last_message_source=last_message_source,
            last_response=last_response,
            last_message_status=last_message_status,
            last_message_error_code=last_message_error_code,
            error_message_locale_id=error_message_locale_id,
            last_message_feedback=last_message_feedback,
            streaming_request_id=streaming_request_id,
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
