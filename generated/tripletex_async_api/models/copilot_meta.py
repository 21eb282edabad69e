from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.copilot_meta_killswitch_chat import CopilotMetaKillswitchChat
from ..models.copilot_meta_sticos_access import CopilotMetaSticosAccess
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

T = TypeVar("T", bound="CopilotMeta")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("sticosAccess", str, False),
    ("killswitchChat", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class CopilotMeta(LazyModel):
    """
    Attributes:
        sse_url (str | Unset): [read-only]
        my_help_requests_url (str | Unset): [read-only]
        first_name (str | Unset): [read-only]
        last_name (str | Unset): [read-only]
        has_always_see_chat_with_support_ai (bool | Unset): [read-only]
        has_salesforce_support (bool | Unset): [read-only]
        company_is_an_as (bool | Unset): [read-only]
        employee_is_new (bool | Unset): [read-only]
        has_copilot_url_navigation_pilot (bool | Unset): [read-only]
        show_insight_and_general_llm_beta_onboarding (bool | Unset): [read-only] True if user should see the Insight and
            General LLM beta onboarding screen (has beta access and hasn't closed the onboarding)
        has_insight_access (bool | Unset): [read-only] True if user has access to insight agents (through old or new
            pilot mechanism)
        has_general_llm_access (bool | Unset): [read-only] True if user has access to General LLM
        has_action_beta_pilot (bool | Unset): [read-only] True if user has Action beta pilot
        sticos_access (CopilotMetaSticosAccess | Unset): [read-only]
        is_admin (bool | Unset): [read-only]
        is_sticos_blacklist (bool | Unset): [read-only]
        is_a_oor_auditor (bool | Unset): [read-only]
        company_has_sticos_module (bool | Unset): [read-only]
        company_id (int | Unset): [read-only]
        employee_id (int | Unset): [read-only]
        killswitch_chat (CopilotMetaKillswitchChat | Unset): [read-only]
        has_never_tried_sticos (bool | Unset): [read-only]
        has_copilot_survey (bool | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        sse_url = self.sse_url

        my_help_requests_url = self.my_help_requests_url

        first_name = self.first_name

        last_name = self.last_name

        has_always_see_chat_with_support_ai = self.has_always_see_chat_with_support_ai

        has_salesforce_support = self.has_salesforce_support

        company_is_an_as = self.company_is_an_as

        employee_is_new = self.employee_is_new

        has_copilot_url_navigation_pilot = self.has_copilot_url_navigation_pilot

        show_insight_and_general_llm_beta_onboarding = self.show_insight_and_general_llm_beta_onboarding

        has_insight_access = self.has_insight_access

        has_general_llm_access = self.has_general_llm_access

        has_action_beta_pilot = self.has_action_beta_pilot

        sticos_access: str | Unset = UNSET
        if not isinstance(self.sticos_access, Unset):
            sticos_access = self.sticos_access.value

        is_admin = self.is_admin

        is_sticos_blacklist = self.is_sticos_blacklist

        is_a_oor_auditor = self.is_a_oor_auditor

        company_has_sticos_module = self.company_has_sticos_module

        company_id = self.company_id

        employee_id = self.employee_id

        killswitch_chat: str | Unset = UNSET
        if not isinstance(self.killswitch_chat, Unset):
            killswitch_chat = self.killswitch_chat.value

        has_never_tried_sticos = self.has_never_tried_sticos

        has_copilot_survey = self.has_copilot_survey

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sse_url is not UNSET and not _in_request:
            field_dict["sseUrl"] = sse_url
        if my_help_requests_url is not UNSET and not _in_request:
            field_dict["myHelpRequestsUrl"] = my_help_requests_url
        if first_name is not UNSET and not _in_request:
            field_dict["firstName"] = first_name
        if last_name is not UNSET and not _in_request:
            field_dict["lastName"] = last_name
        if has_always_see_chat_with_support_ai is not UNSET and not _in_request:
            field_dict["hasAlwaysSeeChatWithSupportAI"] = has_always_see_chat_with_support_ai
        if has_salesforce_support is not UNSET and not _in_request:
            field_dict["hasSalesforceSupport"] = has_salesforce_support
        if company_is_an_as is not UNSET and not _in_request:
            field_dict["companyIsAnAS"] = company_is_an_as
        if employee_is_new is not UNSET and not _in_request:
            field_dict["employeeIsNew"] = employee_is_new
        if has_copilot_url_navigation_pilot is not UNSET and not _in_request:
            field_dict["hasCopilotUrlNavigationPilot"] = has_copilot_url_navigation_pilot
        if show_insight_and_general_llm_beta_onboarding is not UNSET and not _in_request:
            field_dict["showInsightAndGeneralLLMBetaOnboarding"] = show_insight_and_general_llm_beta_onboarding
        if has_insight_access is not UNSET and not _in_request:
            field_dict["hasInsightAccess"] = has_insight_access
        if has_general_llm_access is not UNSET and not _in_request:
            field_dict["hasGeneralLLMAccess"] = has_general_llm_access
        if has_action_beta_pilot is not UNSET and not _in_request:
            field_dict["hasActionBetaPilot"] = has_action_beta_pilot
        if sticos_access is not UNSET and not _in_request:
            field_dict["sticosAccess"] = sticos_access
        if is_admin is not UNSET and not _in_request:
            field_dict["isAdmin"] = is_admin
        if is_sticos_blacklist is not UNSET and not _in_request:
            field_dict["isSticosBlacklist"] = is_sticos_blacklist
        if is_a_oor_auditor is not UNSET and not _in_request:
            field_dict["isAOorAuditor"] = is_a_oor_auditor
        if company_has_sticos_module is not UNSET and not _in_request:
            field_dict["companyHasSticosModule"] = company_has_sticos_module
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET and not _in_request:
            field_dict["EmployeeId"] = employee_id
        if killswitch_chat is not UNSET and not _in_request:
            field_dict["killswitchChat"] = killswitch_chat
        if has_never_tried_sticos is not UNSET and not _in_request:
            field_dict["hasNeverTriedSticos"] = has_never_tried_sticos
        if has_copilot_survey is not UNSET and not _in_request:
            field_dict["hasCopilotSurvey"] = has_copilot_survey

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CopilotMeta from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_sticos_access(_tx_v: Any) -> CopilotMetaSticosAccess | Unset:
            _sticos_access = _tx_v
            sticos_access: CopilotMetaSticosAccess | Unset
            if isinstance(_sticos_access, Unset):
                sticos_access = UNSET
            else:
                sticos_access = CopilotMetaSticosAccess(_sticos_access)

            return sticos_access

        def _p_killswitch_chat(_tx_v: Any) -> CopilotMetaKillswitchChat | Unset:
            _killswitch_chat = _tx_v
            killswitch_chat: CopilotMetaKillswitchChat | Unset
            if isinstance(_killswitch_chat, Unset):
                killswitch_chat = UNSET
            else:
                killswitch_chat = CopilotMetaKillswitchChat(_killswitch_chat)

            return killswitch_chat

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sse_url": ("sseUrl", None),
            "my_help_requests_url": ("myHelpRequestsUrl", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "has_always_see_chat_with_support_ai": ("hasAlwaysSeeChatWithSupportAI", None),
            "has_salesforce_support": ("hasSalesforceSupport", None),
            "company_is_an_as": ("companyIsAnAS", None),
            "employee_is_new": ("employeeIsNew", None),
            "has_copilot_url_navigation_pilot": ("hasCopilotUrlNavigationPilot", None),
            "show_insight_and_general_llm_beta_onboarding": ("showInsightAndGeneralLLMBetaOnboarding", None),
            "has_insight_access": ("hasInsightAccess", None),
            "has_general_llm_access": ("hasGeneralLLMAccess", None),
            "has_action_beta_pilot": ("hasActionBetaPilot", None),
            "sticos_access": ("sticosAccess", _p_sticos_access),
            "is_admin": ("isAdmin", None),
            "is_sticos_blacklist": ("isSticosBlacklist", None),
            "is_a_oor_auditor": ("isAOorAuditor", None),
            "company_has_sticos_module": ("companyHasSticosModule", None),
            "company_id": ("companyId", None),
            "employee_id": ("EmployeeId", None),
            "killswitch_chat": ("killswitchChat", _p_killswitch_chat),
            "has_never_tried_sticos": ("hasNeverTriedSticos", None),
            "has_copilot_survey": ("hasCopilotSurvey", None),
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
