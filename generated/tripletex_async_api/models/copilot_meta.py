from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copilot_meta_killswitch_chat import CopilotMetaKillswitchChat
from ..models.copilot_meta_sticos_access import CopilotMetaSticosAccess
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="CopilotMeta")


@_attrs_define
class CopilotMeta(Model):
    """
    Attributes:
        sse_url (str | Unset):
        my_help_requests_url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        has_always_see_chat_with_support_ai (bool | Unset):
        has_salesforce_support (bool | Unset):
        company_is_an_as (bool | Unset):
        employee_is_new (bool | Unset):
        has_copilot_url_navigation_pilot (bool | Unset):
        show_insight_and_general_llm_beta_onboarding (bool | Unset): True if user should see the Insight and General LLM
            beta onboarding screen (has beta access and hasn't closed the onboarding)
        has_insight_access (bool | Unset): True if user has access to insight agents (through old or new pilot
            mechanism)
        has_general_llm_access (bool | Unset): True if user has access to General LLM
        has_action_beta_pilot (bool | Unset): True if user has Action beta pilot
        sticos_access (CopilotMetaSticosAccess | Unset):
        is_admin (bool | Unset):
        is_sticos_blacklist (bool | Unset):
        is_a_oor_auditor (bool | Unset):
        company_has_sticos_module (bool | Unset):
        company_id (int | Unset):
        employee_id (int | Unset):
        killswitch_chat (CopilotMetaKillswitchChat | Unset):
        has_never_tried_sticos (bool | Unset):
        has_copilot_survey (bool | Unset):
    """

    sse_url: str | Unset = UNSET
    my_help_requests_url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    has_always_see_chat_with_support_ai: bool | Unset = UNSET
    has_salesforce_support: bool | Unset = UNSET
    company_is_an_as: bool | Unset = UNSET
    employee_is_new: bool | Unset = UNSET
    has_copilot_url_navigation_pilot: bool | Unset = UNSET
    show_insight_and_general_llm_beta_onboarding: bool | Unset = UNSET
    has_insight_access: bool | Unset = UNSET
    has_general_llm_access: bool | Unset = UNSET
    has_action_beta_pilot: bool | Unset = UNSET
    sticos_access: CopilotMetaSticosAccess | Unset = UNSET
    is_admin: bool | Unset = UNSET
    is_sticos_blacklist: bool | Unset = UNSET
    is_a_oor_auditor: bool | Unset = UNSET
    company_has_sticos_module: bool | Unset = UNSET
    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    killswitch_chat: CopilotMetaKillswitchChat | Unset = UNSET
    has_never_tried_sticos: bool | Unset = UNSET
    has_copilot_survey: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sse_url
        if _v is not UNSET and not _in_request:
            field_dict["sseUrl"] = _v
        _v = self.my_help_requests_url
        if _v is not UNSET and not _in_request:
            field_dict["myHelpRequestsUrl"] = _v
        _v = self.first_name
        if _v is not UNSET and not _in_request:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET and not _in_request:
            field_dict["lastName"] = _v
        _v = self.has_always_see_chat_with_support_ai
        if _v is not UNSET and not _in_request:
            field_dict["hasAlwaysSeeChatWithSupportAI"] = _v
        _v = self.has_salesforce_support
        if _v is not UNSET and not _in_request:
            field_dict["hasSalesforceSupport"] = _v
        _v = self.company_is_an_as
        if _v is not UNSET and not _in_request:
            field_dict["companyIsAnAS"] = _v
        _v = self.employee_is_new
        if _v is not UNSET and not _in_request:
            field_dict["employeeIsNew"] = _v
        _v = self.has_copilot_url_navigation_pilot
        if _v is not UNSET and not _in_request:
            field_dict["hasCopilotUrlNavigationPilot"] = _v
        _v = self.show_insight_and_general_llm_beta_onboarding
        if _v is not UNSET and not _in_request:
            field_dict["showInsightAndGeneralLLMBetaOnboarding"] = _v
        _v = self.has_insight_access
        if _v is not UNSET and not _in_request:
            field_dict["hasInsightAccess"] = _v
        _v = self.has_general_llm_access
        if _v is not UNSET and not _in_request:
            field_dict["hasGeneralLLMAccess"] = _v
        _v = self.has_action_beta_pilot
        if _v is not UNSET and not _in_request:
            field_dict["hasActionBetaPilot"] = _v
        _v = self.sticos_access
        if _v is not UNSET and not _in_request:
            field_dict["sticosAccess"] = _v._value_
        _v = self.is_admin
        if _v is not UNSET and not _in_request:
            field_dict["isAdmin"] = _v
        _v = self.is_sticos_blacklist
        if _v is not UNSET and not _in_request:
            field_dict["isSticosBlacklist"] = _v
        _v = self.is_a_oor_auditor
        if _v is not UNSET and not _in_request:
            field_dict["isAOorAuditor"] = _v
        _v = self.company_has_sticos_module
        if _v is not UNSET and not _in_request:
            field_dict["companyHasSticosModule"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.employee_id
        if _v is not UNSET and not _in_request:
            field_dict["EmployeeId"] = _v
        _v = self.killswitch_chat
        if _v is not UNSET and not _in_request:
            field_dict["killswitchChat"] = _v._value_
        _v = self.has_never_tried_sticos
        if _v is not UNSET and not _in_request:
            field_dict["hasNeverTriedSticos"] = _v
        _v = self.has_copilot_survey
        if _v is not UNSET and not _in_request:
            field_dict["hasCopilotSurvey"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotMeta from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CopilotMeta.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_sticos_access: dict[Any, Any] = enum_members(CopilotMetaSticosAccess)
        _e_killswitch_chat: dict[Any, Any] = enum_members(CopilotMetaKillswitchChat)
        _known: frozenset[str] = frozenset(
            (
                "sseUrl",
                "myHelpRequestsUrl",
                "firstName",
                "lastName",
                "hasAlwaysSeeChatWithSupportAI",
                "hasSalesforceSupport",
                "companyIsAnAS",
                "employeeIsNew",
                "hasCopilotUrlNavigationPilot",
                "showInsightAndGeneralLLMBetaOnboarding",
                "hasInsightAccess",
                "hasGeneralLLMAccess",
                "hasActionBetaPilot",
                "sticosAccess",
                "isAdmin",
                "isSticosBlacklist",
                "isAOorAuditor",
                "companyHasSticosModule",
                "companyId",
                "EmployeeId",
                "killswitchChat",
                "hasNeverTriedSticos",
                "hasCopilotSurvey",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sseUrl": "sse_url",
            "myHelpRequestsUrl": "my_help_requests_url",
            "firstName": "first_name",
            "lastName": "last_name",
            "hasAlwaysSeeChatWithSupportAI": "has_always_see_chat_with_support_ai",
            "hasSalesforceSupport": "has_salesforce_support",
            "companyIsAnAS": "company_is_an_as",
            "employeeIsNew": "employee_is_new",
            "hasCopilotUrlNavigationPilot": "has_copilot_url_navigation_pilot",
            "showInsightAndGeneralLLMBetaOnboarding": "show_insight_and_general_llm_beta_onboarding",
            "hasInsightAccess": "has_insight_access",
            "hasGeneralLLMAccess": "has_general_llm_access",
            "hasActionBetaPilot": "has_action_beta_pilot",
            "isAdmin": "is_admin",
            "isSticosBlacklist": "is_sticos_blacklist",
            "isAOorAuditor": "is_a_oor_auditor",
            "companyHasSticosModule": "company_has_sticos_module",
            "companyId": "company_id",
            "EmployeeId": "employee_id",
            "hasNeverTriedSticos": "has_never_tried_sticos",
            "hasCopilotSurvey": "has_copilot_survey",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.sse_url = o.my_help_requests_url = o.first_name = o.last_name = (
                        o.has_always_see_chat_with_support_ai
                    ) = o.has_salesforce_support = o.company_is_an_as = o.employee_is_new = (
                        o.has_copilot_url_navigation_pilot
                    ) = o.show_insight_and_general_llm_beta_onboarding = o.has_insight_access = (
                        o.has_general_llm_access
                    ) = o.has_action_beta_pilot = o.sticos_access = o.is_admin = o.is_sticos_blacklist = (
                        o.is_a_oor_auditor
                    ) = o.company_has_sticos_module = o.company_id = o.employee_id = o.killswitch_chat = (
                        o.has_never_tried_sticos
                    ) = o.has_copilot_survey = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sseUrl")
                if v is None:
                    o.sse_url = u
                    if "sseUrl" not in d:
                        m += 1
                else:
                    o.sse_url = v
                v = g("myHelpRequestsUrl")
                if v is None:
                    o.my_help_requests_url = u
                    if "myHelpRequestsUrl" not in d:
                        m += 1
                else:
                    o.my_help_requests_url = v
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("hasAlwaysSeeChatWithSupportAI")
                if v is None:
                    o.has_always_see_chat_with_support_ai = u
                    if "hasAlwaysSeeChatWithSupportAI" not in d:
                        m += 1
                else:
                    o.has_always_see_chat_with_support_ai = v
                v = g("hasSalesforceSupport")
                if v is None:
                    o.has_salesforce_support = u
                    if "hasSalesforceSupport" not in d:
                        m += 1
                else:
                    o.has_salesforce_support = v
                v = g("companyIsAnAS")
                if v is None:
                    o.company_is_an_as = u
                    if "companyIsAnAS" not in d:
                        m += 1
                else:
                    o.company_is_an_as = v
                v = g("employeeIsNew")
                if v is None:
                    o.employee_is_new = u
                    if "employeeIsNew" not in d:
                        m += 1
                else:
                    o.employee_is_new = v
                v = g("hasCopilotUrlNavigationPilot")
                if v is None:
                    o.has_copilot_url_navigation_pilot = u
                    if "hasCopilotUrlNavigationPilot" not in d:
                        m += 1
                else:
                    o.has_copilot_url_navigation_pilot = v
                v = g("showInsightAndGeneralLLMBetaOnboarding")
                if v is None:
                    o.show_insight_and_general_llm_beta_onboarding = u
                    if "showInsightAndGeneralLLMBetaOnboarding" not in d:
                        m += 1
                else:
                    o.show_insight_and_general_llm_beta_onboarding = v
                v = g("hasInsightAccess")
                if v is None:
                    o.has_insight_access = u
                    if "hasInsightAccess" not in d:
                        m += 1
                else:
                    o.has_insight_access = v
                v = g("hasGeneralLLMAccess")
                if v is None:
                    o.has_general_llm_access = u
                    if "hasGeneralLLMAccess" not in d:
                        m += 1
                else:
                    o.has_general_llm_access = v
                v = g("hasActionBetaPilot")
                if v is None:
                    o.has_action_beta_pilot = u
                    if "hasActionBetaPilot" not in d:
                        m += 1
                else:
                    o.has_action_beta_pilot = v
                k = "sticosAccess"
                v = g("sticosAccess")
                if v is None:
                    o.sticos_access = u
                    if "sticosAccess" not in d:
                        m += 1
                else:
                    o.sticos_access = (
                        e_ if (e_ := _e_sticos_access.get(v)) is not None else enum_value(CopilotMetaSticosAccess, v)
                    )
                v = g("isAdmin")
                if v is None:
                    o.is_admin = u
                    if "isAdmin" not in d:
                        m += 1
                else:
                    o.is_admin = v
                v = g("isSticosBlacklist")
                if v is None:
                    o.is_sticos_blacklist = u
                    if "isSticosBlacklist" not in d:
                        m += 1
                else:
                    o.is_sticos_blacklist = v
                v = g("isAOorAuditor")
                if v is None:
                    o.is_a_oor_auditor = u
                    if "isAOorAuditor" not in d:
                        m += 1
                else:
                    o.is_a_oor_auditor = v
                v = g("companyHasSticosModule")
                if v is None:
                    o.company_has_sticos_module = u
                    if "companyHasSticosModule" not in d:
                        m += 1
                else:
                    o.company_has_sticos_module = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("EmployeeId")
                if v is None:
                    o.employee_id = u
                    if "EmployeeId" not in d:
                        m += 1
                else:
                    o.employee_id = v
                k = "killswitchChat"
                v = g("killswitchChat")
                if v is None:
                    o.killswitch_chat = u
                    if "killswitchChat" not in d:
                        m += 1
                else:
                    o.killswitch_chat = (
                        e_
                        if (e_ := _e_killswitch_chat.get(v)) is not None
                        else enum_value(CopilotMetaKillswitchChat, v)
                    )
                v = g("hasNeverTriedSticos")
                if v is None:
                    o.has_never_tried_sticos = u
                    if "hasNeverTriedSticos" not in d:
                        m += 1
                else:
                    o.has_never_tried_sticos = v
                v = g("hasCopilotSurvey")
                if v is None:
                    o.has_copilot_survey = u
                    if "hasCopilotSurvey" not in d:
                        m += 1
                else:
                    o.has_copilot_survey = v
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
            ("sse_url", "sseUrl"),
            ("my_help_requests_url", "myHelpRequestsUrl"),
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("has_always_see_chat_with_support_ai", "hasAlwaysSeeChatWithSupportAI"),
            ("has_salesforce_support", "hasSalesforceSupport"),
            ("company_is_an_as", "companyIsAnAS"),
            ("employee_is_new", "employeeIsNew"),
            ("has_copilot_url_navigation_pilot", "hasCopilotUrlNavigationPilot"),
            ("show_insight_and_general_llm_beta_onboarding", "showInsightAndGeneralLLMBetaOnboarding"),
            ("has_insight_access", "hasInsightAccess"),
            ("has_general_llm_access", "hasGeneralLLMAccess"),
            ("has_action_beta_pilot", "hasActionBetaPilot"),
            ("sticos_access", "sticosAccess"),
            ("is_admin", "isAdmin"),
            ("is_sticos_blacklist", "isSticosBlacklist"),
            ("is_a_oor_auditor", "isAOorAuditor"),
            ("company_has_sticos_module", "companyHasSticosModule"),
            ("company_id", "companyId"),
            ("employee_id", "EmployeeId"),
            ("killswitch_chat", "killswitchChat"),
            ("has_never_tried_sticos", "hasNeverTriedSticos"),
            ("has_copilot_survey", "hasCopilotSurvey"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sse_url
            o.sse_url = u if v is None else v
            v = s.my_help_requests_url
            o.my_help_requests_url = u if v is None else v
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.has_always_see_chat_with_support_ai
            o.has_always_see_chat_with_support_ai = u if v is None else v
            v = s.has_salesforce_support
            o.has_salesforce_support = u if v is None else v
            v = s.company_is_an_as
            o.company_is_an_as = u if v is None else v
            v = s.employee_is_new
            o.employee_is_new = u if v is None else v
            v = s.has_copilot_url_navigation_pilot
            o.has_copilot_url_navigation_pilot = u if v is None else v
            v = s.show_insight_and_general_llm_beta_onboarding
            o.show_insight_and_general_llm_beta_onboarding = u if v is None else v
            v = s.has_insight_access
            o.has_insight_access = u if v is None else v
            v = s.has_general_llm_access
            o.has_general_llm_access = u if v is None else v
            v = s.has_action_beta_pilot
            o.has_action_beta_pilot = u if v is None else v
            v = s.sticos_access
            o.sticos_access = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_sticos_access.get(v)) is not None
                else enum_value(CopilotMetaSticosAccess, v)
            )
            v = s.is_admin
            o.is_admin = u if v is None else v
            v = s.is_sticos_blacklist
            o.is_sticos_blacklist = u if v is None else v
            v = s.is_a_oor_auditor
            o.is_a_oor_auditor = u if v is None else v
            v = s.company_has_sticos_module
            o.company_has_sticos_module = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.employee_id
            o.employee_id = u if v is None else v
            v = s.killswitch_chat
            o.killswitch_chat = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_killswitch_chat.get(v)) is not None
                else enum_value(CopilotMetaKillswitchChat, v)
            )
            v = s.has_never_tried_sticos
            o.has_never_tried_sticos = u if v is None else v
            v = s.has_copilot_survey
            o.has_copilot_survey = u if v is None else v
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
