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
    from ..models.segmentation_data import SegmentationData


T = TypeVar("T", bound="DashboardContextDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("segmentationData", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class DashboardContextDTO(LazyModel):
    """
    Attributes:
        context_id (str | Unset): [read-only]
        company_id (int | Unset): [read-only]
        login_employee_id (int | Unset): [read-only]
        tripletex_employee_id (int | Unset): [read-only]
        company_name (str | Unset): [read-only]
        company_currency (str | Unset): [read-only]
        company_start_date (str | Unset): [read-only]
        language (str | Unset): [read-only]
        trial_account (bool | Unset): [read-only]
        show_eaccounting_message (bool | Unset): [read-only]
        segmentation_data (SegmentationData | Unset):
        is_eligible_for_onboarding_feedback (bool | Unset): [read-only]
        login_employee_first_name (str | Unset): [read-only]
        is_tripletex_support_proxy (bool | Unset): [read-only]
        base_application_url (str | Unset): [read-only]
    """

    context_id: str | Unset = UNSET
    company_id: int | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    tripletex_employee_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    company_currency: str | Unset = UNSET
    company_start_date: str | Unset = UNSET
    language: str | Unset = UNSET
    trial_account: bool | Unset = UNSET
    show_eaccounting_message: bool | Unset = UNSET
    segmentation_data: SegmentationData | Unset = UNSET
    is_eligible_for_onboarding_feedback: bool | Unset = UNSET
    login_employee_first_name: str | Unset = UNSET
    is_tripletex_support_proxy: bool | Unset = UNSET
    base_application_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        context_id = self.context_id

        company_id = self.company_id

        login_employee_id = self.login_employee_id

        tripletex_employee_id = self.tripletex_employee_id

        company_name = self.company_name

        company_currency = self.company_currency

        company_start_date = self.company_start_date

        language = self.language

        trial_account = self.trial_account

        show_eaccounting_message = self.show_eaccounting_message

        segmentation_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segmentation_data, Unset):
            segmentation_data = self.segmentation_data.to_dict()

        is_eligible_for_onboarding_feedback = self.is_eligible_for_onboarding_feedback

        login_employee_first_name = self.login_employee_first_name

        is_tripletex_support_proxy = self.is_tripletex_support_proxy

        base_application_url = self.base_application_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if login_employee_id is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = login_employee_id
        if tripletex_employee_id is not UNSET and not _in_request:
            field_dict["tripletexEmployeeId"] = tripletex_employee_id
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if company_currency is not UNSET and not _in_request:
            field_dict["companyCurrency"] = company_currency
        if company_start_date is not UNSET and not _in_request:
            field_dict["companyStartDate"] = company_start_date
        if language is not UNSET and not _in_request:
            field_dict["language"] = language
        if trial_account is not UNSET and not _in_request:
            field_dict["trialAccount"] = trial_account
        if show_eaccounting_message is not UNSET and not _in_request:
            field_dict["showEaccountingMessage"] = show_eaccounting_message
        if segmentation_data is not UNSET:
            field_dict["segmentationData"] = segmentation_data
        if is_eligible_for_onboarding_feedback is not UNSET and not _in_request:
            field_dict["isEligibleForOnboardingFeedback"] = is_eligible_for_onboarding_feedback
        if login_employee_first_name is not UNSET and not _in_request:
            field_dict["loginEmployeeFirstName"] = login_employee_first_name
        if is_tripletex_support_proxy is not UNSET and not _in_request:
            field_dict["isTripletexSupportProxy"] = is_tripletex_support_proxy
        if base_application_url is not UNSET and not _in_request:
            field_dict["baseApplicationURL"] = base_application_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DashboardContextDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.segmentation_data import SegmentationData  # noqa: PLC0415

        def _p_segmentation_data(_tx_v: Any) -> SegmentationData | Unset:
            _segmentation_data = _tx_v
            segmentation_data: SegmentationData | Unset
            if isinstance(_segmentation_data, Unset):
                segmentation_data = UNSET
            else:
                segmentation_data = SegmentationData._tx_from_json(_segmentation_data)

            return segmentation_data

        _tx_known: frozenset[str] = frozenset(
            (
                "contextId",
                "companyId",
                "loginEmployeeId",
                "tripletexEmployeeId",
                "companyName",
                "companyCurrency",
                "companyStartDate",
                "language",
                "trialAccount",
                "showEaccountingMessage",
                "segmentationData",
                "isEligibleForOnboardingFeedback",
                "loginEmployeeFirstName",
                "isTripletexSupportProxy",
                "baseApplicationURL",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "context_id": ("contextId", None),
            "company_id": ("companyId", None),
            "login_employee_id": ("loginEmployeeId", None),
            "tripletex_employee_id": ("tripletexEmployeeId", None),
            "company_name": ("companyName", None),
            "company_currency": ("companyCurrency", None),
            "company_start_date": ("companyStartDate", None),
            "language": ("language", None),
            "trial_account": ("trialAccount", None),
            "show_eaccounting_message": ("showEaccountingMessage", None),
            "segmentation_data": ("segmentationData", _p_segmentation_data),
            "is_eligible_for_onboarding_feedback": ("isEligibleForOnboardingFeedback", None),
            "login_employee_first_name": ("loginEmployeeFirstName", None),
            "is_tripletex_support_proxy": ("isTripletexSupportProxy", None),
            "base_application_url": ("baseApplicationURL", None),
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
