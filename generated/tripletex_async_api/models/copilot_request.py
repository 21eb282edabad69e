from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copilot_request_model import CopilotRequestModel
from ..models.copilot_request_user_requested_agent import CopilotRequestUserRequestedAgent
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="CopilotRequest")


@_attrs_define
class CopilotRequest(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        user_id (int | Unset):
        user_requested_agent (CopilotRequestUserRequestedAgent | Unset):
        model (CopilotRequestModel | Unset):
        prompt (str | Unset):
        is_conversation_starter (int | Unset):
        is_follow_up_question (int | Unset):
        quick_prompt_order (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    user_id: int | Unset = UNSET
    user_requested_agent: CopilotRequestUserRequestedAgent | Unset = UNSET
    model: CopilotRequestModel | Unset = UNSET
    prompt: str | Unset = UNSET
    is_conversation_starter: int | Unset = UNSET
    is_follow_up_question: int | Unset = UNSET
    quick_prompt_order: int | Unset = UNSET
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
        _v = self.user_id
        if _v is not UNSET:
            field_dict["userId"] = _v
        _v = self.user_requested_agent
        if _v is not UNSET:
            field_dict["userRequestedAgent"] = _v._value_
        _v = self.model
        if _v is not UNSET:
            field_dict["model"] = _v._value_
        _v = self.prompt
        if _v is not UNSET:
            field_dict["prompt"] = _v
        _v = self.is_conversation_starter
        if _v is not UNSET:
            field_dict["isConversationStarter"] = _v
        _v = self.is_follow_up_question
        if _v is not UNSET:
            field_dict["isFollowUpQuestion"] = _v
        _v = self.quick_prompt_order
        if _v is not UNSET:
            field_dict["quickPromptOrder"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotRequest from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CopilotRequest.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_user_requested_agent: dict[Any, Any] = enum_members(CopilotRequestUserRequestedAgent)
        _e_model: dict[Any, Any] = enum_members(CopilotRequestModel)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "userId",
                "userRequestedAgent",
                "model",
                "prompt",
                "isConversationStarter",
                "isFollowUpQuestion",
                "quickPromptOrder",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "userId": "user_id",
            "prompt": "prompt",
            "isConversationStarter": "is_conversation_starter",
            "isFollowUpQuestion": "is_follow_up_question",
            "quickPromptOrder": "quick_prompt_order",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.user_id = o.user_requested_agent = o.model = o.prompt = (
                        o.is_conversation_starter
                    ) = o.is_follow_up_question = o.quick_prompt_order = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.user_id = o.user_requested_agent = o.model = o.prompt = (
                        o.is_conversation_starter
                    ) = o.is_follow_up_question = o.quick_prompt_order = UNSET
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
                v = g("userId")
                if v is None:
                    o.user_id = u
                    if "userId" not in d:
                        m += 1
                else:
                    o.user_id = v
                k = "userRequestedAgent"
                v = g("userRequestedAgent")
                if v is None:
                    o.user_requested_agent = u
                    if "userRequestedAgent" not in d:
                        m += 1
                else:
                    o.user_requested_agent = (
                        e_
                        if (e_ := _e_user_requested_agent.get(v)) is not None
                        else enum_value(CopilotRequestUserRequestedAgent, v)
                    )
                k = "model"
                v = g("model")
                if v is None:
                    o.model = u
                    if "model" not in d:
                        m += 1
                else:
                    o.model = e_ if (e_ := _e_model.get(v)) is not None else enum_value(CopilotRequestModel, v)
                v = g("prompt")
                if v is None:
                    o.prompt = u
                    if "prompt" not in d:
                        m += 1
                else:
                    o.prompt = v
                v = g("isConversationStarter")
                if v is None:
                    o.is_conversation_starter = u
                    if "isConversationStarter" not in d:
                        m += 1
                else:
                    o.is_conversation_starter = v
                v = g("isFollowUpQuestion")
                if v is None:
                    o.is_follow_up_question = u
                    if "isFollowUpQuestion" not in d:
                        m += 1
                else:
                    o.is_follow_up_question = v
                v = g("quickPromptOrder")
                if v is None:
                    o.quick_prompt_order = u
                    if "quickPromptOrder" not in d:
                        m += 1
                else:
                    o.quick_prompt_order = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("user_id", "userId"),
            ("user_requested_agent", "userRequestedAgent"),
            ("model", "model"),
            ("prompt", "prompt"),
            ("is_conversation_starter", "isConversationStarter"),
            ("is_follow_up_question", "isFollowUpQuestion"),
            ("quick_prompt_order", "quickPromptOrder"),
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
            v = s.user_id
            o.user_id = u if v is None else v
            v = s.user_requested_agent
            o.user_requested_agent = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_user_requested_agent.get(v)) is not None
                else enum_value(CopilotRequestUserRequestedAgent, v)
            )
            v = s.model
            o.model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_model.get(v)) is not None
                else enum_value(CopilotRequestModel, v)
            )
            v = s.prompt
            o.prompt = u if v is None else v
            v = s.is_conversation_starter
            o.is_conversation_starter = u if v is None else v
            v = s.is_follow_up_question
            o.is_follow_up_question = u if v is None else v
            v = s.quick_prompt_order
            o.quick_prompt_order = u if v is None else v
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
