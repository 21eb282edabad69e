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
    from ..models.follow_up_question_block import FollowUpQuestionBlock


T = TypeVar("T", bound="FollowUpQuestionsBlock")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("questions", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class FollowUpQuestionsBlock(LazyModel):
    """Block containing a list of follow-up questions

    Attributes:
        type_ (str | Unset):
        questions (list[FollowUpQuestionBlock] | Unset):
    """

    type_: str | Unset = UNSET
    questions: list[FollowUpQuestionBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        type_ = self.type_

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A FollowUpQuestionsBlock from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.follow_up_question_block import FollowUpQuestionBlock  # noqa: PLC0415

        def _p_questions(_tx_v: Any) -> list[FollowUpQuestionBlock] | Unset:
            _questions = _tx_v
            questions: list[FollowUpQuestionBlock] | Unset = UNSET
            if _questions is not UNSET:
                questions = []
                for questions_item_data in _questions:
                    if questions_item_data is None:
                        continue
                    questions_item = FollowUpQuestionBlock._tx_from_json(questions_item_data)

                    questions.append(questions_item)

            return questions

        _tx_known: frozenset[str] = frozenset(
            (
                "type",
                "questions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "type_": ("type", None),
            "questions": ("questions", _p_questions),
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
