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


@_attrs_define
class CopilotResponse(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v = self.copilot_request
        if _v is not UNSET:
            field_dict["copilotRequest"] = _v.to_dict()
        _v = self.support_ai_conversation_message
        if _v is not UNSET:
            field_dict["supportAIConversationMessage"] = _v.to_dict()
        _v = self.sticos_conversation_message
        if _v is not UNSET:
            field_dict["sticosConversationMessage"] = _v.to_dict()
        _v = self.response_start_timestamp
        if _v is not UNSET:
            field_dict["responseStartTimestamp"] = _v
        _v = self.response_end_timestamp
        if _v is not UNSET:
            field_dict["responseEndTimestamp"] = _v
        _v = self.error_code
        if _v is not UNSET:
            field_dict["errorCode"] = _v._value_
        _v = self.source
        if _v is not UNSET:
            field_dict["source"] = _v._value_
        _v = self.source_agent
        if _v is not UNSET:
            field_dict["sourceAgent"] = _v._value_
        _v = self.preferred_model
        if _v is not UNSET:
            field_dict["preferredModel"] = _v._value_
        _v = self.router_preferred_agent
        if _v is not UNSET:
            field_dict["routerPreferredAgent"] = _v._value_
        _v = self.response_type
        if _v is not UNSET:
            field_dict["responseType"] = _v._value_
        _v = self.feedback
        if _v is not UNSET:
            field_dict["feedback"] = _v._value_
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.copilot_follow_up_question
        if _v is not UNSET:
            field_dict["copilotFollowUpQuestion"] = [_e.to_dict() for _e in _v]
        _v = self.copilot_url_navigations
        if _v is not UNSET:
            field_dict["copilotUrlNavigations"] = [_e.to_dict() for _e in _v]
        _v = self.copilot_report_analyzer
        if _v is not UNSET:
            field_dict["copilotReportAnalyzer"] = [_e.to_dict() for _e in _v]
        _v = self.copilot_api_caller
        if _v is not UNSET:
            field_dict["copilotApiCaller"] = [_e.to_dict() for _e in _v]
        _v = self.sticos_status
        if _v is not UNSET:
            field_dict["sticosStatus"] = _v._value_
        _v = self.response_blocks
        if _v is not UNSET:
            field_dict["responseBlocks"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotResponse from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CopilotResponse.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.assistant_response_blocks import AssistantResponseBlocks  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.copilot_api_caller import CopilotApiCaller  # noqa: PLC0415
        from ..models.copilot_follow_up_question import CopilotFollowUpQuestion  # noqa: PLC0415
        from ..models.copilot_report_analyzer import CopilotReportAnalyzer  # noqa: PLC0415
        from ..models.copilot_request import CopilotRequest  # noqa: PLC0415
        from ..models.copilot_url_navigation import CopilotUrlNavigation  # noqa: PLC0415
        from ..models.sticos_conversation_message import SticosConversationMessage  # noqa: PLC0415
        from ..models.support_ai_conversation_message import SupportAIConversationMessage  # noqa: PLC0415

        _new = object.__new__
        _e_error_code: dict[Any, Any] = enum_members(CopilotResponseErrorCode)
        _e_source: dict[Any, Any] = enum_members(CopilotResponseSource)
        _e_source_agent: dict[Any, Any] = enum_members(CopilotResponseSourceAgent)
        _e_preferred_model: dict[Any, Any] = enum_members(CopilotResponsePreferredModel)
        _e_router_preferred_agent: dict[Any, Any] = enum_members(CopilotResponseRouterPreferredAgent)
        _e_response_type: dict[Any, Any] = enum_members(CopilotResponseResponseType)
        _e_feedback: dict[Any, Any] = enum_members(CopilotResponseFeedback)
        _e_sticos_status: dict[Any, Any] = enum_members(CopilotResponseSticosStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "responseStartTimestamp": "response_start_timestamp",
            "responseEndTimestamp": "response_end_timestamp",
            "comment": "comment",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.copilot_request = o.support_ai_conversation_message = (
                        o.sticos_conversation_message
                    ) = o.response_start_timestamp = o.response_end_timestamp = o.error_code = o.source = (
                        o.source_agent
                    ) = o.preferred_model = o.router_preferred_agent = o.response_type = o.feedback = o.comment = (
                        o.copilot_follow_up_question
                    ) = o.copilot_url_navigations = o.copilot_report_analyzer = o.copilot_api_caller = (
                        o.sticos_status
                    ) = o.response_blocks = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.copilot_request = o.support_ai_conversation_message = (
                        o.sticos_conversation_message
                    ) = o.response_start_timestamp = o.response_end_timestamp = o.error_code = o.source = (
                        o.source_agent
                    ) = o.preferred_model = o.router_preferred_agent = o.response_type = o.feedback = o.comment = (
                        o.copilot_follow_up_question
                    ) = o.copilot_url_navigations = o.copilot_report_analyzer = o.copilot_api_caller = (
                        o.sticos_status
                    ) = o.response_blocks = UNSET
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
                k = "copilotRequest"
                v = g("copilotRequest")
                if v is None:
                    o.copilot_request = u
                    if "copilotRequest" not in d:
                        m += 1
                else:
                    o.copilot_request = CopilotRequest._tx_parse(v)
                k = "supportAIConversationMessage"
                v = g("supportAIConversationMessage")
                if v is None:
                    o.support_ai_conversation_message = u
                    if "supportAIConversationMessage" not in d:
                        m += 1
                else:
                    o.support_ai_conversation_message = SupportAIConversationMessage._tx_parse(v)
                k = "sticosConversationMessage"
                v = g("sticosConversationMessage")
                if v is None:
                    o.sticos_conversation_message = u
                    if "sticosConversationMessage" not in d:
                        m += 1
                else:
                    o.sticos_conversation_message = SticosConversationMessage._tx_parse(v)
                v = g("responseStartTimestamp")
                if v is None:
                    o.response_start_timestamp = u
                    if "responseStartTimestamp" not in d:
                        m += 1
                else:
                    o.response_start_timestamp = v
                v = g("responseEndTimestamp")
                if v is None:
                    o.response_end_timestamp = u
                    if "responseEndTimestamp" not in d:
                        m += 1
                else:
                    o.response_end_timestamp = v
                k = "errorCode"
                v = g("errorCode")
                if v is None:
                    o.error_code = u
                    if "errorCode" not in d:
                        m += 1
                else:
                    o.error_code = (
                        e_ if (e_ := _e_error_code.get(v)) is not None else enum_value(CopilotResponseErrorCode, v)
                    )
                k = "source"
                v = g("source")
                if v is None:
                    o.source = u
                    if "source" not in d:
                        m += 1
                else:
                    o.source = e_ if (e_ := _e_source.get(v)) is not None else enum_value(CopilotResponseSource, v)
                k = "sourceAgent"
                v = g("sourceAgent")
                if v is None:
                    o.source_agent = u
                    if "sourceAgent" not in d:
                        m += 1
                else:
                    o.source_agent = (
                        e_ if (e_ := _e_source_agent.get(v)) is not None else enum_value(CopilotResponseSourceAgent, v)
                    )
                k = "preferredModel"
                v = g("preferredModel")
                if v is None:
                    o.preferred_model = u
                    if "preferredModel" not in d:
                        m += 1
                else:
                    o.preferred_model = (
                        e_
                        if (e_ := _e_preferred_model.get(v)) is not None
                        else enum_value(CopilotResponsePreferredModel, v)
                    )
                k = "routerPreferredAgent"
                v = g("routerPreferredAgent")
                if v is None:
                    o.router_preferred_agent = u
                    if "routerPreferredAgent" not in d:
                        m += 1
                else:
                    o.router_preferred_agent = (
                        e_
                        if (e_ := _e_router_preferred_agent.get(v)) is not None
                        else enum_value(CopilotResponseRouterPreferredAgent, v)
                    )
                k = "responseType"
                v = g("responseType")
                if v is None:
                    o.response_type = u
                    if "responseType" not in d:
                        m += 1
                else:
                    o.response_type = (
                        e_
                        if (e_ := _e_response_type.get(v)) is not None
                        else enum_value(CopilotResponseResponseType, v)
                    )
                k = "feedback"
                v = g("feedback")
                if v is None:
                    o.feedback = u
                    if "feedback" not in d:
                        m += 1
                else:
                    o.feedback = (
                        e_ if (e_ := _e_feedback.get(v)) is not None else enum_value(CopilotResponseFeedback, v)
                    )
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                k = "copilotFollowUpQuestion"
                v = g("copilotFollowUpQuestion")
                if v is None:
                    o.copilot_follow_up_question = u
                    if "copilotFollowUpQuestion" not in d:
                        m += 1
                else:
                    o.copilot_follow_up_question = (
                        ([CopilotFollowUpQuestion._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "copilotUrlNavigations"
                v = g("copilotUrlNavigations")
                if v is None:
                    o.copilot_url_navigations = u
                    if "copilotUrlNavigations" not in d:
                        m += 1
                else:
                    o.copilot_url_navigations = (
                        ([CopilotUrlNavigation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "copilotReportAnalyzer"
                v = g("copilotReportAnalyzer")
                if v is None:
                    o.copilot_report_analyzer = u
                    if "copilotReportAnalyzer" not in d:
                        m += 1
                else:
                    o.copilot_report_analyzer = (
                        ([CopilotReportAnalyzer._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "copilotApiCaller"
                v = g("copilotApiCaller")
                if v is None:
                    o.copilot_api_caller = u
                    if "copilotApiCaller" not in d:
                        m += 1
                else:
                    o.copilot_api_caller = (
                        ([CopilotApiCaller._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "sticosStatus"
                v = g("sticosStatus")
                if v is None:
                    o.sticos_status = u
                    if "sticosStatus" not in d:
                        m += 1
                else:
                    o.sticos_status = (
                        e_
                        if (e_ := _e_sticos_status.get(v)) is not None
                        else enum_value(CopilotResponseSticosStatus, v)
                    )
                k = "responseBlocks"
                v = g("responseBlocks")
                if v is None:
                    o.response_blocks = u
                    if "responseBlocks" not in d:
                        m += 1
                else:
                    o.response_blocks = AssistantResponseBlocks._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 23 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("copilot_request", "copilotRequest"),
            ("support_ai_conversation_message", "supportAIConversationMessage"),
            ("sticos_conversation_message", "sticosConversationMessage"),
            ("response_start_timestamp", "responseStartTimestamp"),
            ("response_end_timestamp", "responseEndTimestamp"),
            ("error_code", "errorCode"),
            ("source", "source"),
            ("source_agent", "sourceAgent"),
            ("preferred_model", "preferredModel"),
            ("router_preferred_agent", "routerPreferredAgent"),
            ("response_type", "responseType"),
            ("feedback", "feedback"),
            ("comment", "comment"),
            ("copilot_follow_up_question", "copilotFollowUpQuestion"),
            ("copilot_url_navigations", "copilotUrlNavigations"),
            ("copilot_report_analyzer", "copilotReportAnalyzer"),
            ("copilot_api_caller", "copilotApiCaller"),
            ("sticos_status", "sticosStatus"),
            ("response_blocks", "responseBlocks"),
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
            v = s.copilot_request
            o.copilot_request = u if v is None or v is u else CopilotRequest._tx_parse(v)
            v = s.support_ai_conversation_message
            o.support_ai_conversation_message = u if v is None or v is u else SupportAIConversationMessage._tx_parse(v)
            v = s.sticos_conversation_message
            o.sticos_conversation_message = u if v is None or v is u else SticosConversationMessage._tx_parse(v)
            v = s.response_start_timestamp
            o.response_start_timestamp = u if v is None else v
            v = s.response_end_timestamp
            o.response_end_timestamp = u if v is None else v
            v = s.error_code
            o.error_code = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_error_code.get(v)) is not None
                else enum_value(CopilotResponseErrorCode, v)
            )
            v = s.source
            o.source = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_source.get(v)) is not None
                else enum_value(CopilotResponseSource, v)
            )
            v = s.source_agent
            o.source_agent = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_source_agent.get(v)) is not None
                else enum_value(CopilotResponseSourceAgent, v)
            )
            v = s.preferred_model
            o.preferred_model = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_preferred_model.get(v)) is not None
                else enum_value(CopilotResponsePreferredModel, v)
            )
            v = s.router_preferred_agent
            o.router_preferred_agent = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_router_preferred_agent.get(v)) is not None
                else enum_value(CopilotResponseRouterPreferredAgent, v)
            )
            v = s.response_type
            o.response_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_response_type.get(v)) is not None
                else enum_value(CopilotResponseResponseType, v)
            )
            v = s.feedback
            o.feedback = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_feedback.get(v)) is not None
                else enum_value(CopilotResponseFeedback, v)
            )
            v = s.comment
            o.comment = u if v is None else v
            v = s.copilot_follow_up_question
            o.copilot_follow_up_question = (
                u
                if v is None or v is u
                else ([CopilotFollowUpQuestion._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.copilot_url_navigations
            o.copilot_url_navigations = (
                u
                if v is None or v is u
                else ([CopilotUrlNavigation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.copilot_report_analyzer
            o.copilot_report_analyzer = (
                u
                if v is None or v is u
                else ([CopilotReportAnalyzer._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.copilot_api_caller
            o.copilot_api_caller = (
                u
                if v is None or v is u
                else ([CopilotApiCaller._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sticos_status
            o.sticos_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_sticos_status.get(v)) is not None
                else enum_value(CopilotResponseSticosStatus, v)
            )
            v = s.response_blocks
            o.response_blocks = u if v is None or v is u else AssistantResponseBlocks._tx_parse(v)
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
