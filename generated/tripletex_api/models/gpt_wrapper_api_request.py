from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpt_wrapper_api_request_gpt_model import GPTWrapperAPIRequestGptModel
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.chat_history_entry import ChatHistoryEntry


T = TypeVar("T", bound="GPTWrapperAPIRequest")


@_attrs_define
class GPTWrapperAPIRequest:
    """GPTWrapperAPIRequest Data Transfer Object

    Attributes:
        question (str | Unset): The question to ask the LLM
        gpt_model (GPTWrapperAPIRequestGptModel | Unset): Which gpt model to use, defaults to gpt-4o-mini
        system_prompt (str | Unset): Optional: The system prompt to the LLM
        chat_history (list[ChatHistoryEntry] | Unset):
        json_schema (str | Unset): Optional: The json schema
    """

    question: str | Unset = UNSET
    gpt_model: GPTWrapperAPIRequestGptModel | Unset = UNSET
    system_prompt: str | Unset = UNSET
    chat_history: list[ChatHistoryEntry] | Unset = UNSET
    json_schema: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        question = self.question

        gpt_model: str | Unset = UNSET
        if not isinstance(self.gpt_model, Unset):
            gpt_model = self.gpt_model.value

        system_prompt = self.system_prompt

        chat_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat_history, Unset):
            chat_history = []
            for chat_history_item_data in self.chat_history:
                chat_history_item = chat_history_item_data.to_dict()
                chat_history.append(chat_history_item)

        json_schema = self.json_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if question is not UNSET:
            field_dict["question"] = question
        if gpt_model is not UNSET:
            field_dict["gpt_model"] = gpt_model
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if chat_history is not UNSET:
            field_dict["chat_history"] = chat_history
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.chat_history_entry import ChatHistoryEntry  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        question = d.pop("question", UNSET)

        _gpt_model = d.pop("gpt_model", UNSET)
        gpt_model: GPTWrapperAPIRequestGptModel | Unset
        if isinstance(_gpt_model, Unset):
            gpt_model = UNSET
        else:
            gpt_model = GPTWrapperAPIRequestGptModel(_gpt_model)

        system_prompt = d.pop("system_prompt", UNSET)

        _chat_history = d.pop("chat_history", UNSET)
        chat_history: list[ChatHistoryEntry] | Unset = UNSET
        if _chat_history is not UNSET:
            chat_history = []
            for chat_history_item_data in _chat_history:
                if chat_history_item_data is None:
                    continue
                chat_history_item = ChatHistoryEntry.from_dict(chat_history_item_data)

                chat_history.append(chat_history_item)

        json_schema = d.pop("json_schema", UNSET)

        _obj = cls(
            question=question,
            gpt_model=gpt_model,
            system_prompt=system_prompt,
            chat_history=chat_history,
            json_schema=json_schema,
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
