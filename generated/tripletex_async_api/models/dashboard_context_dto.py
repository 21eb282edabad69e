from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.segmentation_data import SegmentationData


T = TypeVar("T", bound="DashboardContextDTO")


@_attrs_define
class DashboardContextDTO(Model):
    """
    Attributes:
        context_id (str | Unset):
        company_id (int | Unset):
        login_employee_id (int | Unset):
        tripletex_employee_id (int | Unset):
        company_name (str | Unset):
        company_currency (str | Unset):
        company_start_date (str | Unset):
        language (str | Unset):
        trial_account (bool | Unset):
        show_eaccounting_message (bool | Unset):
        segmentation_data (SegmentationData | Unset):
        is_eligible_for_onboarding_feedback (bool | Unset):
        login_employee_first_name (str | Unset):
        is_tripletex_support_proxy (bool | Unset):
        base_application_url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.company_id
        if _v is not UNSET and not _in_request:
            field_dict["companyId"] = _v
        _v = self.login_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = _v
        _v = self.tripletex_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["tripletexEmployeeId"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.company_currency
        if _v is not UNSET and not _in_request:
            field_dict["companyCurrency"] = _v
        _v = self.company_start_date
        if _v is not UNSET and not _in_request:
            field_dict["companyStartDate"] = _v
        _v = self.language
        if _v is not UNSET and not _in_request:
            field_dict["language"] = _v
        _v = self.trial_account
        if _v is not UNSET and not _in_request:
            field_dict["trialAccount"] = _v
        _v = self.show_eaccounting_message
        if _v is not UNSET and not _in_request:
            field_dict["showEaccountingMessage"] = _v
        _v = self.segmentation_data
        if _v is not UNSET:
            field_dict["segmentationData"] = _v.to_dict()
        _v = self.is_eligible_for_onboarding_feedback
        if _v is not UNSET and not _in_request:
            field_dict["isEligibleForOnboardingFeedback"] = _v
        _v = self.login_employee_first_name
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeFirstName"] = _v
        _v = self.is_tripletex_support_proxy
        if _v is not UNSET and not _in_request:
            field_dict["isTripletexSupportProxy"] = _v
        _v = self.base_application_url
        if _v is not UNSET and not _in_request:
            field_dict["baseApplicationURL"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DashboardContextDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DashboardContextDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.segmentation_data import SegmentationData  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "contextId": "context_id",
            "companyId": "company_id",
            "loginEmployeeId": "login_employee_id",
            "tripletexEmployeeId": "tripletex_employee_id",
            "companyName": "company_name",
            "companyCurrency": "company_currency",
            "companyStartDate": "company_start_date",
            "language": "language",
            "trialAccount": "trial_account",
            "showEaccountingMessage": "show_eaccounting_message",
            "isEligibleForOnboardingFeedback": "is_eligible_for_onboarding_feedback",
            "loginEmployeeFirstName": "login_employee_first_name",
            "isTripletexSupportProxy": "is_tripletex_support_proxy",
            "baseApplicationURL": "base_application_url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.context_id = o.company_id = o.login_employee_id = o.tripletex_employee_id = o.company_name = (
                        o.company_currency
                    ) = o.company_start_date = o.language = o.trial_account = o.show_eaccounting_message = (
                        o.segmentation_data
                    ) = o.is_eligible_for_onboarding_feedback = o.login_employee_first_name = (
                        o.is_tripletex_support_proxy
                    ) = o.base_application_url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("tripletexEmployeeId")
                if v is None:
                    o.tripletex_employee_id = u
                    if "tripletexEmployeeId" not in d:
                        m += 1
                else:
                    o.tripletex_employee_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("companyCurrency")
                if v is None:
                    o.company_currency = u
                    if "companyCurrency" not in d:
                        m += 1
                else:
                    o.company_currency = v
                v = g("companyStartDate")
                if v is None:
                    o.company_start_date = u
                    if "companyStartDate" not in d:
                        m += 1
                else:
                    o.company_start_date = v
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = v
                v = g("trialAccount")
                if v is None:
                    o.trial_account = u
                    if "trialAccount" not in d:
                        m += 1
                else:
                    o.trial_account = v
                v = g("showEaccountingMessage")
                if v is None:
                    o.show_eaccounting_message = u
                    if "showEaccountingMessage" not in d:
                        m += 1
                else:
                    o.show_eaccounting_message = v
                k = "segmentationData"
                v = g("segmentationData")
                if v is None:
                    o.segmentation_data = u
                    if "segmentationData" not in d:
                        m += 1
                else:
                    o.segmentation_data = SegmentationData._tx_parse(v)
                v = g("isEligibleForOnboardingFeedback")
                if v is None:
                    o.is_eligible_for_onboarding_feedback = u
                    if "isEligibleForOnboardingFeedback" not in d:
                        m += 1
                else:
                    o.is_eligible_for_onboarding_feedback = v
                v = g("loginEmployeeFirstName")
                if v is None:
                    o.login_employee_first_name = u
                    if "loginEmployeeFirstName" not in d:
                        m += 1
                else:
                    o.login_employee_first_name = v
                v = g("isTripletexSupportProxy")
                if v is None:
                    o.is_tripletex_support_proxy = u
                    if "isTripletexSupportProxy" not in d:
                        m += 1
                else:
                    o.is_tripletex_support_proxy = v
                v = g("baseApplicationURL")
                if v is None:
                    o.base_application_url = u
                    if "baseApplicationURL" not in d:
                        m += 1
                else:
                    o.base_application_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("context_id", "contextId"),
            ("company_id", "companyId"),
            ("login_employee_id", "loginEmployeeId"),
            ("tripletex_employee_id", "tripletexEmployeeId"),
            ("company_name", "companyName"),
            ("company_currency", "companyCurrency"),
            ("company_start_date", "companyStartDate"),
            ("language", "language"),
            ("trial_account", "trialAccount"),
            ("show_eaccounting_message", "showEaccountingMessage"),
            ("segmentation_data", "segmentationData"),
            ("is_eligible_for_onboarding_feedback", "isEligibleForOnboardingFeedback"),
            ("login_employee_first_name", "loginEmployeeFirstName"),
            ("is_tripletex_support_proxy", "isTripletexSupportProxy"),
            ("base_application_url", "baseApplicationURL"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.tripletex_employee_id
            o.tripletex_employee_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.company_currency
            o.company_currency = u if v is None else v
            v = s.company_start_date
            o.company_start_date = u if v is None else v
            v = s.language
            o.language = u if v is None else v
            v = s.trial_account
            o.trial_account = u if v is None else v
            v = s.show_eaccounting_message
            o.show_eaccounting_message = u if v is None else v
            v = s.segmentation_data
            o.segmentation_data = u if v is None or v is u else SegmentationData._tx_parse(v)
            v = s.is_eligible_for_onboarding_feedback
            o.is_eligible_for_onboarding_feedback = u if v is None else v
            v = s.login_employee_first_name
            o.login_employee_first_name = u if v is None else v
            v = s.is_tripletex_support_proxy
            o.is_tripletex_support_proxy = u if v is None else v
            v = s.base_application_url
            o.base_application_url = u if v is None else v
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
