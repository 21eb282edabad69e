from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_agent_test_request_dto_agent import AssistantAgentTestRequestDTOAgent
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
    from ..models.copilot_chat_message import CopilotChatMessage


T = TypeVar("T", bound="AssistantAgentTestRequestDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("agent", str, False),
    ("chatHistory", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AssistantAgentTestRequestDTO(LazyModel):
    """
    Attributes:
        agent (AssistantAgentTestRequestDTOAgent | Unset):
        prompt (str | Unset):
        chat_history (list[CopilotChatMessage] | Unset):
    """

    agent: AssistantAgentTestRequestDTOAgent | Unset = UNSET
    prompt: str | Unset = UNSET
    chat_history: list[CopilotChatMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        agent: str | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.value

        prompt = self.prompt

        chat_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat_history, Unset):
            chat_history = []
            for chat_history_item_data in self.chat_history:
                chat_history_item = chat_history_item_data.to_dict()
                chat_history.append(chat_history_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent is not UNSET:
            field_dict["agent"] = agent
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if chat_history is not UNSET:
            field_dict["chatHistory"] = chat_history

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssistantAgentTestRequestDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.copilot_chat_message import CopilotChatMessage  # noqa: PLC0415

        def _p_agent(_tx_v: Any) -> AssistantAgentTestRequestDTOAgent | Unset:
            _agent = _tx_v
            agent: AssistantAgentTestRequestDTOAgent | Unset
            if isinstance(_agent, Unset):
                agent = UNSET
            else:
                agent = AssistantAgentTestRequestDTOAgent(_agent)

            return agent

        def _p_chat_history(_tx_v: Any) -> list[CopilotChatMessage] | Unset:
            _chat_history = _tx_v
            chat_history: list[CopilotChatMessage] | Unset = UNSET
            if _chat_history is not UNSET:
                chat_history = []
                for chat_history_item_data in _chat_history:
                    if chat_history_item_data is None:
                        continue
                    chat_history_item = CopilotChatMessage._tx_from_json(chat_history_item_data)

                    chat_history.append(chat_history_item)

            return chat_history

        _tx_known: frozenset[str] = frozenset(
            (
                "agent",
                "prompt",
                "chatHistory",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "agent": ("agent", _p_agent),
            "prompt": ("prompt", None),
            "chat_history": ("chatHistory", _p_chat_history),
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
