from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpt_wrapper_api_request_gpt_model import GPTWrapperAPIRequestGptModel
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
    from ..models.chat_history_entry import ChatHistoryEntry


T = TypeVar("T", bound="GPTWrapperAPIRequest")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("gpt_model", str, False),
    ("chat_history", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class GPTWrapperAPIRequest(LazyModel):
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
        self._tx_load()
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
        """A GPTWrapperAPIRequest from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.chat_history_entry import ChatHistoryEntry  # noqa: PLC0415

        def _p_gpt_model(_tx_v: Any) -> GPTWrapperAPIRequestGptModel | Unset:
            _gpt_model = _tx_v
            gpt_model: GPTWrapperAPIRequestGptModel | Unset
            if isinstance(_gpt_model, Unset):
                gpt_model = UNSET
            else:
                gpt_model = GPTWrapperAPIRequestGptModel(_gpt_model)

            return gpt_model

        def _p_chat_history(_tx_v: Any) -> list[ChatHistoryEntry] | Unset:
            _chat_history = _tx_v
            chat_history: list[ChatHistoryEntry] | Unset = UNSET
            if _chat_history is not UNSET:
                chat_history = []
                for chat_history_item_data in _chat_history:
                    if chat_history_item_data is None:
                        continue
                    chat_history_item = ChatHistoryEntry._tx_from_json(chat_history_item_data)

                    chat_history.append(chat_history_item)

            return chat_history

        _tx_known: frozenset[str] = frozenset(
            (
                "question",
                "gpt_model",
                "system_prompt",
                "chat_history",
                "json_schema",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "question": ("question", None),
            "gpt_model": ("gpt_model", _p_gpt_model),
            "system_prompt": ("system_prompt", None),
            "chat_history": ("chat_history", _p_chat_history),
            "json_schema": ("json_schema", None),
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
