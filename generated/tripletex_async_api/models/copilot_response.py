from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copilot_response_error_code import CopilotResponseErrorCode
from ..models.copilot_response_feedback import CopilotResponseFeedback
from ..models.copilot_response_preferred_model import CopilotResponsePreferredModel
from ..models.copilot_response_response_type import CopilotResponseResponseType
from ..models.copilot_response_router_preferred_agent import CopilotResponseRouterPreferredAgent
from ..models.copilot_response_source import CopilotResponseSource
from ..models.copilot_response_source_agent import CopilotResponseSourceAgent
from ..models.copilot_response_sticos_status import CopilotResponseSticosStatus
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
    from ..models.assistant_response_blocks import AssistantResponseBlocks
    from ..models.change import Change
    from ..models.copilot_api_caller import CopilotApiCaller
    from ..models.copilot_follow_up_question import CopilotFollowUpQuestion
    from ..models.copilot_report_analyzer import CopilotReportAnalyzer
    from ..models.copilot_request import CopilotRequest
    from ..models.copilot_url_navigation import CopilotUrlNavigation
    from ..models.sticos_conversation_message import SticosConversationMessage
    from ..models.support_ai_conversation_message import SupportAIConversationMessage


T = TypeVar("T", bound="CopilotResponse")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("copilotRequest", dict, False),
    ("supportAIConversationMessage", dict, False),
    ("sticosConversationMessage", dict, False),
    ("errorCode", str, False),
    ("source", str, False),
    ("sourceAgent", str, False),
    ("preferredModel", str, False),
    ("routerPreferredAgent", str, False),
    ("responseType", str, False),
    ("feedback", str, False),
    ("copilotFollowUpQuestion", list, False),
    ("copilotUrlNavigations", list, False),
    ("copilotReportAnalyzer", list, False),
    ("copilotApiCaller", list, False),
    ("sticosStatus", str, False),
    ("responseBlocks", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CopilotResponse(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        copilot_request (CopilotRequest | Unset):
        support_ai_conversation_message (SupportAIConversationMessage | Unset):
        sticos_conversation_message (SticosConversationMessage | Unset):
        response_start_timestamp (str | Unset):
        response_end_timestamp (str | Unset):
        error_code (CopilotResponseErrorCode | Unset):
        source (CopilotResponseSource | Unset):
        source_agent (CopilotResponseSourceAgent | Unset):
        preferred_model (CopilotResponsePreferredModel | Unset):
        router_preferred_agent (CopilotResponseRouterPreferredAgent | Unset):
        response_type (CopilotResponseResponseType | Unset):
        feedback (CopilotResponseFeedback | Unset):
        comment (str | Unset):
        copilot_follow_up_question (list[CopilotFollowUpQuestion] | Unset):
        copilot_url_navigations (list[CopilotUrlNavigation] | Unset):
        copilot_report_analyzer (list[CopilotReportAnalyzer] | Unset):
        copilot_api_caller (list[CopilotApiCaller] | Unset):
        sticos_status (CopilotResponseSticosStatus | Unset): Sticos banner status
        response_blocks (AssistantResponseBlocks | Unset): Container for response blocks that form a complete assistant
            response
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    copilot_request: CopilotRequest | Unset = UNSET
    support_ai_conversation_message: SupportAIConversationMessage | Unset = UNSET
    sticos_conversation_message: SticosConversationMessage | Unset = UNSET
    response_start_timestamp: str | Unset = UNSET
    response_end_timestamp: str | Unset = UNSET
    error_code: CopilotResponseErrorCode | Unset = UNSET
    source: CopilotResponseSource | Unset = UNSET
    source_agent: CopilotResponseSourceAgent | Unset = UNSET
    preferred_model: CopilotResponsePreferredModel | Unset = UNSET
    router_preferred_agent: CopilotResponseRouterPreferredAgent | Unset = UNSET
    response_type: CopilotResponseResponseType | Unset = UNSET
    feedback: CopilotResponseFeedback | Unset = UNSET
    comment: str | Unset = UNSET
    copilot_follow_up_question: list[CopilotFollowUpQuestion] | Unset = UNSET
    copilot_url_navigations: list[CopilotUrlNavigation] | Unset = UNSET
    copilot_report_analyzer: list[CopilotReportAnalyzer] | Unset = UNSET
    copilot_api_caller: list[CopilotApiCaller] | Unset = UNSET
    sticos_status: CopilotResponseSticosStatus | Unset = UNSET
    response_blocks: AssistantResponseBlocks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        copilot_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.copilot_request, Unset):
            copilot_request = self.copilot_request.to_dict()

        support_ai_conversation_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.support_ai_conversation_message, Unset):
            support_ai_conversation_message = self.support_ai_conversation_message.to_dict()

        sticos_conversation_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sticos_conversation_message, Unset):
            sticos_conversation_message = self.sticos_conversation_message.to_dict()

        response_start_timestamp = self.response_start_timestamp

        response_end_timestamp = self.response_end_timestamp

        error_code: str | Unset = UNSET
        if not isinstance(self.error_code, Unset):
            error_code = self.error_code.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_agent: str | Unset = UNSET
        if not isinstance(self.source_agent, Unset):
            source_agent = self.source_agent.value

        preferred_model: str | Unset = UNSET
        if not isinstance(self.preferred_model, Unset):
            preferred_model = self.preferred_model.value

        router_preferred_agent: str | Unset = UNSET
        if not isinstance(self.router_preferred_agent, Unset):
            router_preferred_agent = self.router_preferred_agent.value

        response_type: str | Unset = UNSET
        if not isinstance(self.response_type, Unset):
            response_type = self.response_type.value

        feedback: str | Unset = UNSET
        if not isinstance(self.feedback, Unset):
            feedback = self.feedback.value

        comment = self.comment

        copilot_follow_up_question: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copilot_follow_up_question, Unset):
            copilot_follow_up_question = []
            for copilot_follow_up_question_item_data in self.copilot_follow_up_question:
                copilot_follow_up_question_item = copilot_follow_up_question_item_data.to_dict()
                copilot_follow_up_question.append(copilot_follow_up_question_item)

        copilot_url_navigations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copilot_url_navigations, Unset):
            copilot_url_navigations = []
            for copilot_url_navigations_item_data in self.copilot_url_navigations:
                copilot_url_navigations_item = copilot_url_navigations_item_data.to_dict()
                copilot_url_navigations.append(copilot_url_navigations_item)

        copilot_report_analyzer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copilot_report_analyzer, Unset):
            copilot_report_analyzer = []
            for copilot_report_analyzer_item_data in self.copilot_report_analyzer:
                copilot_report_analyzer_item = copilot_report_analyzer_item_data.to_dict()
                copilot_report_analyzer.append(copilot_report_analyzer_item)

        copilot_api_caller: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copilot_api_caller, Unset):
            copilot_api_caller = []
            for copilot_api_caller_item_data in self.copilot_api_caller:
                copilot_api_caller_item = copilot_api_caller_item_data.to_dict()
                copilot_api_caller.append(copilot_api_caller_item)

        sticos_status: str | Unset = UNSET
        if not isinstance(self.sticos_status, Unset):
            sticos_status = self.sticos_status.value

        response_blocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_blocks, Unset):
            response_blocks = self.response_blocks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if copilot_request is not UNSET:
            field_dict["copilotRequest"] = copilot_request
        if support_ai_conversation_message is not UNSET:
            field_dict["supportAIConversationMessage"] = support_ai_conversation_message
        if sticos_conversation_message is not UNSET:
            field_dict["sticosConversationMessage"] = sticos_conversation_message
        if response_start_timestamp is not UNSET:
            field_dict["responseStartTimestamp"] = response_start_timestamp
        if response_end_timestamp is not UNSET:
            field_dict["responseEndTimestamp"] = response_end_timestamp
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if source is not UNSET:
            field_dict["source"] = source
        if source_agent is not UNSET:
            field_dict["sourceAgent"] = source_agent
        if preferred_model is not UNSET:
            field_dict["preferredModel"] = preferred_model
        if router_preferred_agent is not UNSET:
            field_dict["routerPreferredAgent"] = router_preferred_agent
        if response_type is not UNSET:
            field_dict["responseType"] = response_type
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if comment is not UNSET:
            field_dict["comment"] = comment
        if copilot_follow_up_question is not UNSET:
            field_dict["copilotFollowUpQuestion"] = copilot_follow_up_question
        if copilot_url_navigations is not UNSET:
            field_dict["copilotUrlNavigations"] = copilot_url_navigations
        if copilot_report_analyzer is not UNSET:
            field_dict["copilotReportAnalyzer"] = copilot_report_analyzer
        if copilot_api_caller is not UNSET:
            field_dict["copilotApiCaller"] = copilot_api_caller
        if sticos_status is not UNSET:
            field_dict["sticosStatus"] = sticos_status
        if response_blocks is not UNSET:
            field_dict["responseBlocks"] = response_blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotResponse from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.assistant_response_blocks import AssistantResponseBlocks  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.copilot_api_caller import CopilotApiCaller  # noqa: PLC0415
        from ..models.copilot_follow_up_question import CopilotFollowUpQuestion  # noqa: PLC0415
        from ..models.copilot_report_analyzer import CopilotReportAnalyzer  # noqa: PLC0415
        from ..models.copilot_request import CopilotRequest  # noqa: PLC0415
        from ..models.copilot_url_navigation import CopilotUrlNavigation  # noqa: PLC0415
        from ..models.sticos_conversation_message import SticosConversationMessage  # noqa: PLC0415
        from ..models.support_ai_conversation_message import SupportAIConversationMessage  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_copilot_request(_tx_v: Any) -> CopilotRequest | Unset:
            _copilot_request = _tx_v
            copilot_request: CopilotRequest | Unset
            if isinstance(_copilot_request, Unset):
                copilot_request = UNSET
            else:
                copilot_request = CopilotRequest._tx_from_json(_copilot_request)

            return copilot_request

        def _p_support_ai_conversation_message(_tx_v: Any) -> SupportAIConversationMessage | Unset:
            _support_ai_conversation_message = _tx_v
            support_ai_conversation_message: SupportAIConversationMessage | Unset
            if isinstance(_support_ai_conversation_message, Unset):
                support_ai_conversation_message = UNSET
            else:
                support_ai_conversation_message = SupportAIConversationMessage._tx_from_json(
                    _support_ai_conversation_message
                )

            return support_ai_conversation_message

        def _p_sticos_conversation_message(_tx_v: Any) -> SticosConversationMessage | Unset:
            _sticos_conversation_message = _tx_v
            sticos_conversation_message: SticosConversationMessage | Unset
            if isinstance(_sticos_conversation_message, Unset):
                sticos_conversation_message = UNSET
            else:
                sticos_conversation_message = SticosConversationMessage._tx_from_json(_sticos_conversation_message)

            return sticos_conversation_message

        def _p_error_code(_tx_v: Any) -> CopilotResponseErrorCode | Unset:
            _error_code = _tx_v
            error_code: CopilotResponseErrorCode | Unset
            if isinstance(_error_code, Unset):
                error_code = UNSET
            else:
                error_code = CopilotResponseErrorCode(_error_code)

            return error_code

        def _p_source(_tx_v: Any) -> CopilotResponseSource | Unset:
            _source = _tx_v
            source: CopilotResponseSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CopilotResponseSource(_source)

            return source

        def _p_source_agent(_tx_v: Any) -> CopilotResponseSourceAgent | Unset:
            _source_agent = _tx_v
            source_agent: CopilotResponseSourceAgent | Unset
            if isinstance(_source_agent, Unset):
                source_agent = UNSET
            else:
                source_agent = CopilotResponseSourceAgent(_source_agent)

            return source_agent

        def _p_preferred_model(_tx_v: Any) -> CopilotResponsePreferredModel | Unset:
            _preferred_model = _tx_v
            preferred_model: CopilotResponsePreferredModel | Unset
            if isinstance(_preferred_model, Unset):
                preferred_model = UNSET
            else:
                preferred_model = CopilotResponsePreferredModel(_preferred_model)

            return preferred_model

        def _p_router_preferred_agent(_tx_v: Any) -> CopilotResponseRouterPreferredAgent | Unset:
            _router_preferred_agent = _tx_v
            router_preferred_agent: CopilotResponseRouterPreferredAgent | Unset
            if isinstance(_router_preferred_agent, Unset):
                router_preferred_agent = UNSET
            else:
                router_preferred_agent = CopilotResponseRouterPreferredAgent(_router_preferred_agent)

            return router_preferred_agent

        def _p_response_type(_tx_v: Any) -> CopilotResponseResponseType | Unset:
            _response_type = _tx_v
            response_type: CopilotResponseResponseType | Unset
            if isinstance(_response_type, Unset):
                response_type = UNSET
            else:
                response_type = CopilotResponseResponseType(_response_type)

            return response_type

        def _p_feedback(_tx_v: Any) -> CopilotResponseFeedback | Unset:
            _feedback = _tx_v
            feedback: CopilotResponseFeedback | Unset
            if isinstance(_feedback, Unset):
                feedback = UNSET
            else:
                feedback = CopilotResponseFeedback(_feedback)

            return feedback

        def _p_copilot_follow_up_question(_tx_v: Any) -> list[CopilotFollowUpQuestion] | Unset:
            _copilot_follow_up_question = _tx_v
            copilot_follow_up_question: list[CopilotFollowUpQuestion] | Unset = UNSET
            if _copilot_follow_up_question is not UNSET:
                copilot_follow_up_question = []
                for copilot_follow_up_question_item_data in _copilot_follow_up_question:
                    if copilot_follow_up_question_item_data is None:
                        continue
                    copilot_follow_up_question_item = CopilotFollowUpQuestion._tx_from_json(
                        copilot_follow_up_question_item_data
                    )

                    copilot_follow_up_question.append(copilot_follow_up_question_item)

            return copilot_follow_up_question

        def _p_copilot_url_navigations(_tx_v: Any) -> list[CopilotUrlNavigation] | Unset:
            _copilot_url_navigations = _tx_v
            copilot_url_navigations: list[CopilotUrlNavigation] | Unset = UNSET
            if _copilot_url_navigations is not UNSET:
                copilot_url_navigations = []
                for copilot_url_navigations_item_data in _copilot_url_navigations:
                    if copilot_url_navigations_item_data is None:
                        continue
                    copilot_url_navigations_item = CopilotUrlNavigation._tx_from_json(copilot_url_navigations_item_data)

                    copilot_url_navigations.append(copilot_url_navigations_item)

            return copilot_url_navigations

        def _p_copilot_report_analyzer(_tx_v: Any) -> list[CopilotReportAnalyzer] | Unset:
            _copilot_report_analyzer = _tx_v
            copilot_report_analyzer: list[CopilotReportAnalyzer] | Unset = UNSET
            if _copilot_report_analyzer is not UNSET:
                copilot_report_analyzer = []
                for copilot_report_analyzer_item_data in _copilot_report_analyzer:
                    if copilot_report_analyzer_item_data is None:
                        continue
                    copilot_report_analyzer_item = CopilotReportAnalyzer._tx_from_json(
                        copilot_report_analyzer_item_data
                    )

                    copilot_report_analyzer.append(copilot_report_analyzer_item)

            return copilot_report_analyzer

        def _p_copilot_api_caller(_tx_v: Any) -> list[CopilotApiCaller] | Unset:
            _copilot_api_caller = _tx_v
            copilot_api_caller: list[CopilotApiCaller] | Unset = UNSET
            if _copilot_api_caller is not UNSET:
                copilot_api_caller = []
                for copilot_api_caller_item_data in _copilot_api_caller:
                    if copilot_api_caller_item_data is None:
                        continue
                    copilot_api_caller_item = CopilotApiCaller._tx_from_json(copilot_api_caller_item_data)

                    copilot_api_caller.append(copilot_api_caller_item)

            return copilot_api_caller

        def _p_sticos_status(_tx_v: Any) -> CopilotResponseSticosStatus | Unset:
            _sticos_status = _tx_v
            sticos_status: CopilotResponseSticosStatus | Unset
            if isinstance(_sticos_status, Unset):
                sticos_status = UNSET
            else:
                sticos_status = CopilotResponseSticosStatus(_sticos_status)

            return sticos_status

        def _p_response_blocks(_tx_v: Any) -> AssistantResponseBlocks | Unset:
            _response_blocks = _tx_v
            response_blocks: AssistantResponseBlocks | Unset
            if isinstance(_response_blocks, Unset):
                response_blocks = UNSET
            else:
                response_blocks = AssistantResponseBlocks._tx_from_json(_response_blocks)

            return response_blocks

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "copilotRequest",
                "supportAIConversationMessage",
                "sticosConversationMessage",
                "responseStartTimestamp",
                "responseEndTimestamp",
                "errorCode",
                "source",
                "sourceAgent",
                "preferredModel",
                "routerPreferredAgent",
                "responseType",
                "feedback",
                "comment",
                "copilotFollowUpQuestion",
                "copilotUrlNavigations",
                "copilotReportAnalyzer",
                "copilotApiCaller",
                "sticosStatus",
                "responseBlocks",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "copilot_request": ("copilotRequest", _p_copilot_request),
            "support_ai_conversation_message": ("supportAIConversationMessage", _p_support_ai_conversation_message),
            "sticos_conversation_message": ("sticosConversationMessage", _p_sticos_conversation_message),
            "response_start_timestamp": ("responseStartTimestamp", None),
            "response_end_timestamp": ("responseEndTimestamp", None),
            "error_code": ("errorCode", _p_error_code),
            "source": ("source", _p_source),
            "source_agent": ("sourceAgent", _p_source_agent),
            "preferred_model": ("preferredModel", _p_preferred_model),
            "router_preferred_agent": ("routerPreferredAgent", _p_router_preferred_agent),
            "response_type": ("responseType", _p_response_type),
            "feedback": ("feedback", _p_feedback),
            "comment": ("comment", None),
            "copilot_follow_up_question": ("copilotFollowUpQuestion", _p_copilot_follow_up_question),
            "copilot_url_navigations": ("copilotUrlNavigations", _p_copilot_url_navigations),
            "copilot_report_analyzer": ("copilotReportAnalyzer", _p_copilot_report_analyzer),
            "copilot_api_caller": ("copilotApiCaller", _p_copilot_api_caller),
            "sticos_status": ("sticosStatus", _p_sticos_status),
            "response_blocks": ("responseBlocks", _p_response_blocks),
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
