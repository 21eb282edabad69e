from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gpt_wrapper_api_request_gpt_model import GPTWrapperAPIRequestGptModel
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
)

if TYPE_CHECKING:
    from ..models.chat_history_entry import ChatHistoryEntry


T = TypeVar("T", bound="GPTWrapperAPIRequest")


@_attrs_define
class GPTWrapperAPIRequest(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.question
        if _v is not UNSET:
            field_dict["question"] = _v
        _v = self.gpt_model
        if _v is not UNSET:
            field_dict["gpt_model"] = _v._value_
        _v = self.system_prompt
        if _v is not UNSET:
            field_dict["system_prompt"] = _v
        _v = self.chat_history
        if _v is not UNSET:
            field_dict["chat_history"] = [_e.to_dict() for _e in _v]
        _v = self.json_schema
        if _v is not UNSET:
            field_dict["json_schema"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GPTWrapperAPIRequest from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GPTWrapperAPIRequest.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.chat_history_entry import ChatHistoryEntry  # noqa: PLC0415

        _new = object.__new__
        _e_gpt_model: dict[Any, Any] = enum_members(GPTWrapperAPIRequestGptModel)
        _known: frozenset[str] = frozenset(
            (
                "question",
                "gpt_model",
                "system_prompt",
                "chat_history",
                "json_schema",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("question")
                if v is None:
                    o.question = u
                    if "question" not in d:
                        m += 1
                else:
                    o.question = v
                k = "gpt_model"
                v = g("gpt_model")
                if v is None:
                    o.gpt_model = u
                    if "gpt_model" not in d:
                        m += 1
                else:
                    o.gpt_model = (
                        e_ if (e_ := _e_gpt_model.get(v)) is not None else enum_value(GPTWrapperAPIRequestGptModel, v)
                    )
                v = g("system_prompt")
                if v is None:
                    o.system_prompt = u
                    if "system_prompt" not in d:
                        m += 1
                else:
                    o.system_prompt = v
                k = "chat_history"
                v = g("chat_history")
                if v is None:
                    o.chat_history = u
                    if "chat_history" not in d:
                        m += 1
                else:
                    o.chat_history = (
                        ([ChatHistoryEntry._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("json_schema")
                if v is None:
                    o.json_schema = u
                    if "json_schema" not in d:
                        m += 1
                else:
                    o.json_schema = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("question", "question"),
            ("gpt_model", "gpt_model"),
            ("system_prompt", "system_prompt"),
            ("chat_history", "chat_history"),
            ("json_schema", "json_schema"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.question
            o.question = u if v is None else v
            v = s.gpt_model
            o.gpt_model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_gpt_model.get(v)) is not None
                else enum_value(GPTWrapperAPIRequestGptModel, v)
            )
            v = s.system_prompt
            o.system_prompt = u if v is None else v
            v = s.chat_history
            o.chat_history = (
                u
                if v is None or v is u
                else ([ChatHistoryEntry._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.json_schema
            o.json_schema = u if v is None else v
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
