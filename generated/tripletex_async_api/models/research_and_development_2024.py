from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.research_and_development_2024_applied_for_other_public_aid_in_norway import (
    ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway,
)
from ..models.research_and_development_2024_business_category import ResearchAndDevelopment2024BusinessCategory
from ..models.research_and_development_2024_collaborative_project_with_other_enterprises import (
    ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises,
)
from ..models.research_and_development_2024_has_extensive_dissemination_through_conferences_publications_etc import (
    ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc,
)
from ..models.research_and_development_2024_project_status import ResearchAndDevelopment2024ProjectStatus
from ..models.research_and_development_2024_project_to_be_signed_by_auditor import (
    ResearchAndDevelopment2024ProjectToBeSignedByAuditor,
)
from ..models.research_and_development_2024_underlying_documents_used_for_assessment import (
    ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment,
)
from ..models.research_and_development_2024_was_in_economic_difficulties_at_application_time import (
    ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime,
)
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
    from ..models.generic_data import GenericData
    from ..models.research_and_development_collaborative_business import ResearchAndDevelopmentCollaborativeBusiness
    from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport
    from ..models.research_and_development_work_package import ResearchAndDevelopmentWorkPackage
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopment2024")


@_attrs_define
class ResearchAndDevelopment2024(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        project_number (str | Unset): Project Number
        project_title (str | Unset): Project Title
        project_status (ResearchAndDevelopment2024ProjectStatus | Unset): Project Status
        approved_rnd_incentive_start_year (int | Unset): Approved R&D Incentive Start Year
        approved_rnd_incentive_end_year (int | Unset): Approved R&D Incentive End Year
        business_category (ResearchAndDevelopment2024BusinessCategory | Unset): Business Category
        collaborative_project_with_other_enterprises (ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises
            | Unset): Is Collaborative Project With Other Enterprises
        stake_in_collaborative_project (float | Unset): Stake in a collaborative project as percent
        has_extensive_dissemination_through_conferences_publications_etc
            (ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset): Has Extensive
            Dissemination Through Conferences Publications Etc
        applied_for_other_public_aid_in_norway (ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway | Unset): Has
            applied for other public aid in Norway
        collaborative_businesses (list[ResearchAndDevelopmentCollaborativeBusiness] | Unset): List of businesses which
            is collaborating on the project
        work_packages (list[ResearchAndDevelopmentWorkPackage] | Unset): List of specifications of work packages
        total_cost_for_project_period (float | Unset): The total cost of the project since it's infancy
        total_gross_tax_deduction_from_previous_years (float | Unset): Total Gross Tax Deduction From Previous Years
        other_public_support_list (list[ResearchAndDevelopmentOtherPublicSupport] | Unset): List of other public support
            the project has received
        public_support_as_reduced_worker_fee (float | Unset): Public Support As Reduced Worker Fee
        total_gross_public_support_in_project_period (float | Unset): Total Gross Public Support In Project Period
        tax_deduction_for_project (float | Unset): Tax deduction for the project
        added_tax_for_project (float | Unset): Additional tax for the project
        max_approved_gross_amount_of_public_support (float | Unset): Max approved gross amount public support
        gross_amount_tax_exemption_for_year (float | Unset): Gross value tax reduction for current year
        gross_amount_tax_exemption_for_previous_year (float | Unset): Gross value tax reduction for previous year
        amount_of_support_exceeding_approved_amount (float | Unset): Assigned support beyond max gross amount public
            support
        amount_of_support_exceeding_approved_amount_this_year (float | Unset): Assigned support beyond max gross amount
            public support this year
        remaining_aid_gross_value (float | Unset): Remaining aid after this year's deductions
        tax_deduction_for_reduction_against_other_state_aid (float | Unset): Net tax deduction for reduction against
            other state aid
        was_in_economic_difficulties_at_application_time
            (ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime | Unset): Was In Economic Difficulties At
            Application Time
        underlying_documents_used_for_assessment (ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment |
            Unset): Underlying Documents Used For Assessment
        underlying_documentation_date (str | Unset): Underlying Documentation Date Example: 2024-04-29.
        project_to_be_signed_by_auditor (ResearchAndDevelopment2024ProjectToBeSignedByAuditor | Unset): Project to be
            signed by auditor
        net_amount_aid_awarded (float | Unset): Net value of aid awarded
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    project_number: str | Unset = UNSET
    project_title: str | Unset = UNSET
    project_status: ResearchAndDevelopment2024ProjectStatus | Unset = UNSET
    approved_rnd_incentive_start_year: int | Unset = UNSET
    approved_rnd_incentive_end_year: int | Unset = UNSET
    business_category: ResearchAndDevelopment2024BusinessCategory | Unset = UNSET
    collaborative_project_with_other_enterprises: (
        ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises | Unset
    ) = UNSET
    stake_in_collaborative_project: float | Unset = UNSET
    has_extensive_dissemination_through_conferences_publications_etc: (
        ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset
    ) = UNSET
    applied_for_other_public_aid_in_norway: ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway | Unset = UNSET
    collaborative_businesses: list[ResearchAndDevelopmentCollaborativeBusiness] | Unset = UNSET
    work_packages: list[ResearchAndDevelopmentWorkPackage] | Unset = UNSET
    total_cost_for_project_period: float | Unset = UNSET
    total_gross_tax_deduction_from_previous_years: float | Unset = UNSET
    other_public_support_list: list[ResearchAndDevelopmentOtherPublicSupport] | Unset = UNSET
    public_support_as_reduced_worker_fee: float | Unset = UNSET
    total_gross_public_support_in_project_period: float | Unset = UNSET
    tax_deduction_for_project: float | Unset = UNSET
    added_tax_for_project: float | Unset = UNSET
    max_approved_gross_amount_of_public_support: float | Unset = UNSET
    gross_amount_tax_exemption_for_year: float | Unset = UNSET
    gross_amount_tax_exemption_for_previous_year: float | Unset = UNSET
    amount_of_support_exceeding_approved_amount: float | Unset = UNSET
    amount_of_support_exceeding_approved_amount_this_year: float | Unset = UNSET
    remaining_aid_gross_value: float | Unset = UNSET
    tax_deduction_for_reduction_against_other_state_aid: float | Unset = UNSET
    was_in_economic_difficulties_at_application_time: (
        ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime | Unset
    ) = UNSET
    underlying_documents_used_for_assessment: ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment | Unset = (
        UNSET
    )
    underlying_documentation_date: str | Unset = UNSET
    project_to_be_signed_by_auditor: ResearchAndDevelopment2024ProjectToBeSignedByAuditor | Unset = UNSET
    net_amount_aid_awarded: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.project_number
        if _v is not UNSET:
            field_dict["projectNumber"] = _v
        _v = self.project_title
        if _v is not UNSET:
            field_dict["projectTitle"] = _v
        _v = self.project_status
        if _v is not UNSET:
            field_dict["projectStatus"] = _v._value_
        _v = self.approved_rnd_incentive_start_year
        if _v is not UNSET:
            field_dict["approvedRndIncentiveStartYear"] = _v
        _v = self.approved_rnd_incentive_end_year
        if _v is not UNSET:
            field_dict["approvedRndIncentiveEndYear"] = _v
        _v = self.business_category
        if _v is not UNSET:
            field_dict["businessCategory"] = _v._value_
        _v = self.collaborative_project_with_other_enterprises
        if _v is not UNSET:
            field_dict["collaborativeProjectWithOtherEnterprises"] = _v._value_
        _v = self.stake_in_collaborative_project
        if _v is not UNSET:
            field_dict["stakeInCollaborativeProject"] = _v
        _v = self.has_extensive_dissemination_through_conferences_publications_etc
        if _v is not UNSET:
            field_dict["hasExtensiveDisseminationThroughConferencesPublicationsEtc"] = _v._value_
        _v = self.applied_for_other_public_aid_in_norway
        if _v is not UNSET:
            field_dict["appliedForOtherPublicAidInNorway"] = _v._value_
        _v = self.collaborative_businesses
        if _v is not UNSET:
            field_dict["collaborativeBusinesses"] = [_e.to_dict() for _e in _v]
        _v = self.work_packages
        if _v is not UNSET:
            field_dict["workPackages"] = [_e.to_dict() for _e in _v]
        _v = self.total_cost_for_project_period
        if _v is not UNSET:
            field_dict["totalCostForProjectPeriod"] = _v
        _v = self.total_gross_tax_deduction_from_previous_years
        if _v is not UNSET:
            field_dict["totalGrossTaxDeductionFromPreviousYears"] = _v
        _v = self.other_public_support_list
        if _v is not UNSET:
            field_dict["otherPublicSupportList"] = [_e.to_dict() for _e in _v]
        _v = self.public_support_as_reduced_worker_fee
        if _v is not UNSET:
            field_dict["publicSupportAsReducedWorkerFee"] = _v
        _v = self.total_gross_public_support_in_project_period
        if _v is not UNSET and not _in_request:
            field_dict["totalGrossPublicSupportInProjectPeriod"] = _v
        _v = self.tax_deduction_for_project
        if _v is not UNSET:
            field_dict["taxDeductionForProject"] = _v
        _v = self.added_tax_for_project
        if _v is not UNSET:
            field_dict["addedTaxForProject"] = _v
        _v = self.max_approved_gross_amount_of_public_support
        if _v is not UNSET:
            field_dict["maxApprovedGrossAmountOfPublicSupport"] = _v
        _v = self.gross_amount_tax_exemption_for_year
        if _v is not UNSET:
            field_dict["grossAmountTaxExemptionForYear"] = _v
        _v = self.gross_amount_tax_exemption_for_previous_year
        if _v is not UNSET:
            field_dict["grossAmountTaxExemptionForPreviousYear"] = _v
        _v = self.amount_of_support_exceeding_approved_amount
        if _v is not UNSET:
            field_dict["amountOfSupportExceedingApprovedAmount"] = _v
        _v = self.amount_of_support_exceeding_approved_amount_this_year
        if _v is not UNSET:
            field_dict["amountOfSupportExceedingApprovedAmountThisYear"] = _v
        _v = self.remaining_aid_gross_value
        if _v is not UNSET:
            field_dict["remainingAidGrossValue"] = _v
        _v = self.tax_deduction_for_reduction_against_other_state_aid
        if _v is not UNSET:
            field_dict["taxDeductionForReductionAgainstOtherStateAid"] = _v
        _v = self.was_in_economic_difficulties_at_application_time
        if _v is not UNSET:
            field_dict["wasInEconomicDifficultiesAtApplicationTime"] = _v._value_
        _v = self.underlying_documents_used_for_assessment
        if _v is not UNSET:
            field_dict["underlyingDocumentsUsedForAssessment"] = _v._value_
        _v = self.underlying_documentation_date
        if _v is not UNSET:
            field_dict["underlyingDocumentationDate"] = _v
        _v = self.project_to_be_signed_by_auditor
        if _v is not UNSET:
            field_dict["projectToBeSignedByAuditor"] = _v._value_
        _v = self.net_amount_aid_awarded
        if _v is not UNSET:
            field_dict["netAmountAidAwarded"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResearchAndDevelopment2024 from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResearchAndDevelopment2024.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.research_and_development_collaborative_business import ResearchAndDevelopmentCollaborativeBusiness  # noqa: PLC0415
        from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport  # noqa: PLC0415
        from ..models.research_and_development_work_package import ResearchAndDevelopmentWorkPackage  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_project_status: dict[Any, Any] = enum_members(ResearchAndDevelopment2024ProjectStatus)
        _e_business_category: dict[Any, Any] = enum_members(ResearchAndDevelopment2024BusinessCategory)
        _e_collaborative_project_with_other_enterprises: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises
        )
        _e_has_extensive_dissemination_through_conferences_publications_etc: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc
        )
        _e_applied_for_other_public_aid_in_norway: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway
        )
        _e_was_in_economic_difficulties_at_application_time: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime
        )
        _e_underlying_documents_used_for_assessment: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment
        )
        _e_project_to_be_signed_by_auditor: dict[Any, Any] = enum_members(
            ResearchAndDevelopment2024ProjectToBeSignedByAuditor
        )
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "projectNumber",
                "projectTitle",
                "projectStatus",
                "approvedRndIncentiveStartYear",
                "approvedRndIncentiveEndYear",
                "businessCategory",
                "collaborativeProjectWithOtherEnterprises",
                "stakeInCollaborativeProject",
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
                "appliedForOtherPublicAidInNorway",
                "collaborativeBusinesses",
                "workPackages",
                "totalCostForProjectPeriod",
                "totalGrossTaxDeductionFromPreviousYears",
                "otherPublicSupportList",
                "publicSupportAsReducedWorkerFee",
                "totalGrossPublicSupportInProjectPeriod",
                "taxDeductionForProject",
                "addedTaxForProject",
                "maxApprovedGrossAmountOfPublicSupport",
                "grossAmountTaxExemptionForYear",
                "grossAmountTaxExemptionForPreviousYear",
                "amountOfSupportExceedingApprovedAmount",
                "amountOfSupportExceedingApprovedAmountThisYear",
                "remainingAidGrossValue",
                "taxDeductionForReductionAgainstOtherStateAid",
                "wasInEconomicDifficultiesAtApplicationTime",
                "underlyingDocumentsUsedForAssessment",
                "underlyingDocumentationDate",
                "projectToBeSignedByAuditor",
                "netAmountAidAwarded",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "projectNumber": "project_number",
            "projectTitle": "project_title",
            "approvedRndIncentiveStartYear": "approved_rnd_incentive_start_year",
            "approvedRndIncentiveEndYear": "approved_rnd_incentive_end_year",
            "stakeInCollaborativeProject": "stake_in_collaborative_project",
            "totalCostForProjectPeriod": "total_cost_for_project_period",
            "totalGrossTaxDeductionFromPreviousYears": "total_gross_tax_deduction_from_previous_years",
            "publicSupportAsReducedWorkerFee": "public_support_as_reduced_worker_fee",
            "totalGrossPublicSupportInProjectPeriod": "total_gross_public_support_in_project_period",
            "taxDeductionForProject": "tax_deduction_for_project",
            "addedTaxForProject": "added_tax_for_project",
            "maxApprovedGrossAmountOfPublicSupport": "max_approved_gross_amount_of_public_support",
            "grossAmountTaxExemptionForYear": "gross_amount_tax_exemption_for_year",
            "grossAmountTaxExemptionForPreviousYear": "gross_amount_tax_exemption_for_previous_year",
            "amountOfSupportExceedingApprovedAmount": "amount_of_support_exceeding_approved_amount",
            "amountOfSupportExceedingApprovedAmountThisYear": "amount_of_support_exceeding_approved_amount_this_year",
            "remainingAidGrossValue": "remaining_aid_gross_value",
            "taxDeductionForReductionAgainstOtherStateAid": "tax_deduction_for_reduction_against_other_state_aid",
            "underlyingDocumentationDate": "underlying_documentation_date",
            "netAmountAidAwarded": "net_amount_aid_awarded",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.project_number = o.project_title = (
                        o.project_status
                    ) = o.approved_rnd_incentive_start_year = o.approved_rnd_incentive_end_year = (
                        o.business_category
                    ) = o.collaborative_project_with_other_enterprises = o.stake_in_collaborative_project = (
                        o.has_extensive_dissemination_through_conferences_publications_etc
                    ) = o.applied_for_other_public_aid_in_norway = o.collaborative_businesses = o.work_packages = (
                        o.total_cost_for_project_period
                    ) = o.total_gross_tax_deduction_from_previous_years = o.other_public_support_list = (
                        o.public_support_as_reduced_worker_fee
                    ) = o.total_gross_public_support_in_project_period = o.tax_deduction_for_project = (
                        o.added_tax_for_project
                    ) = o.max_approved_gross_amount_of_public_support = o.gross_amount_tax_exemption_for_year = (
                        o.gross_amount_tax_exemption_for_previous_year
                    ) = o.amount_of_support_exceeding_approved_amount = (
                        o.amount_of_support_exceeding_approved_amount_this_year
                    ) = o.remaining_aid_gross_value = o.tax_deduction_for_reduction_against_other_state_aid = (
                        o.was_in_economic_difficulties_at_application_time
                    ) = o.underlying_documents_used_for_assessment = o.underlying_documentation_date = (
                        o.project_to_be_signed_by_auditor
                    ) = o.net_amount_aid_awarded = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("projectNumber")
                if v is None:
                    o.project_number = u
                    if "projectNumber" not in d:
                        m += 1
                else:
                    o.project_number = v
                v = g("projectTitle")
                if v is None:
                    o.project_title = u
                    if "projectTitle" not in d:
                        m += 1
                else:
                    o.project_title = v
                k = "projectStatus"
                v = g("projectStatus")
                if v is None:
                    o.project_status = u
                    if "projectStatus" not in d:
                        m += 1
                else:
                    o.project_status = (
                        e_
                        if (e_ := _e_project_status.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024ProjectStatus, v)
                    )
                v = g("approvedRndIncentiveStartYear")
                if v is None:
                    o.approved_rnd_incentive_start_year = u
                    if "approvedRndIncentiveStartYear" not in d:
                        m += 1
                else:
                    o.approved_rnd_incentive_start_year = v
                v = g("approvedRndIncentiveEndYear")
                if v is None:
                    o.approved_rnd_incentive_end_year = u
                    if "approvedRndIncentiveEndYear" not in d:
                        m += 1
                else:
                    o.approved_rnd_incentive_end_year = v
                k = "businessCategory"
                v = g("businessCategory")
                if v is None:
                    o.business_category = u
                    if "businessCategory" not in d:
                        m += 1
                else:
                    o.business_category = (
                        e_
                        if (e_ := _e_business_category.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024BusinessCategory, v)
                    )
                k = "collaborativeProjectWithOtherEnterprises"
                v = g("collaborativeProjectWithOtherEnterprises")
                if v is None:
                    o.collaborative_project_with_other_enterprises = u
                    if "collaborativeProjectWithOtherEnterprises" not in d:
                        m += 1
                else:
                    o.collaborative_project_with_other_enterprises = (
                        e_
                        if (e_ := _e_collaborative_project_with_other_enterprises.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises, v)
                    )
                v = g("stakeInCollaborativeProject")
                if v is None:
                    o.stake_in_collaborative_project = u
                    if "stakeInCollaborativeProject" not in d:
                        m += 1
                else:
                    o.stake_in_collaborative_project = v
                k = "hasExtensiveDisseminationThroughConferencesPublicationsEtc"
                v = g("hasExtensiveDisseminationThroughConferencesPublicationsEtc")
                if v is None:
                    o.has_extensive_dissemination_through_conferences_publications_etc = u
                    if "hasExtensiveDisseminationThroughConferencesPublicationsEtc" not in d:
                        m += 1
                else:
                    o.has_extensive_dissemination_through_conferences_publications_etc = (
                        e_
                        if (e_ := _e_has_extensive_dissemination_through_conferences_publications_etc.get(v))
                        is not None
                        else enum_value(
                            ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc, v
                        )
                    )
                k = "appliedForOtherPublicAidInNorway"
                v = g("appliedForOtherPublicAidInNorway")
                if v is None:
                    o.applied_for_other_public_aid_in_norway = u
                    if "appliedForOtherPublicAidInNorway" not in d:
                        m += 1
                else:
                    o.applied_for_other_public_aid_in_norway = (
                        e_
                        if (e_ := _e_applied_for_other_public_aid_in_norway.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway, v)
                    )
                k = "collaborativeBusinesses"
                v = g("collaborativeBusinesses")
                if v is None:
                    o.collaborative_businesses = u
                    if "collaborativeBusinesses" not in d:
                        m += 1
                else:
                    o.collaborative_businesses = (
                        (
                            [ResearchAndDevelopmentCollaborativeBusiness._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "workPackages"
                v = g("workPackages")
                if v is None:
                    o.work_packages = u
                    if "workPackages" not in d:
                        m += 1
                else:
                    o.work_packages = (
                        ([ResearchAndDevelopmentWorkPackage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("totalCostForProjectPeriod")
                if v is None:
                    o.total_cost_for_project_period = u
                    if "totalCostForProjectPeriod" not in d:
                        m += 1
                else:
                    o.total_cost_for_project_period = v
                v = g("totalGrossTaxDeductionFromPreviousYears")
                if v is None:
                    o.total_gross_tax_deduction_from_previous_years = u
                    if "totalGrossTaxDeductionFromPreviousYears" not in d:
                        m += 1
                else:
                    o.total_gross_tax_deduction_from_previous_years = v
                k = "otherPublicSupportList"
                v = g("otherPublicSupportList")
                if v is None:
                    o.other_public_support_list = u
                    if "otherPublicSupportList" not in d:
                        m += 1
                else:
                    o.other_public_support_list = (
                        (
                            [ResearchAndDevelopmentOtherPublicSupport._tx_parse(e) for e in v if e is not None]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("publicSupportAsReducedWorkerFee")
                if v is None:
                    o.public_support_as_reduced_worker_fee = u
                    if "publicSupportAsReducedWorkerFee" not in d:
                        m += 1
                else:
                    o.public_support_as_reduced_worker_fee = v
                v = g("totalGrossPublicSupportInProjectPeriod")
                if v is None:
                    o.total_gross_public_support_in_project_period = u
                    if "totalGrossPublicSupportInProjectPeriod" not in d:
                        m += 1
                else:
                    o.total_gross_public_support_in_project_period = v
                v = g("taxDeductionForProject")
                if v is None:
                    o.tax_deduction_for_project = u
                    if "taxDeductionForProject" not in d:
                        m += 1
                else:
                    o.tax_deduction_for_project = v
                v = g("addedTaxForProject")
                if v is None:
                    o.added_tax_for_project = u
                    if "addedTaxForProject" not in d:
                        m += 1
                else:
                    o.added_tax_for_project = v
                v = g("maxApprovedGrossAmountOfPublicSupport")
                if v is None:
                    o.max_approved_gross_amount_of_public_support = u
                    if "maxApprovedGrossAmountOfPublicSupport" not in d:
                        m += 1
                else:
                    o.max_approved_gross_amount_of_public_support = v
                v = g("grossAmountTaxExemptionForYear")
                if v is None:
                    o.gross_amount_tax_exemption_for_year = u
                    if "grossAmountTaxExemptionForYear" not in d:
                        m += 1
                else:
                    o.gross_amount_tax_exemption_for_year = v
                v = g("grossAmountTaxExemptionForPreviousYear")
                if v is None:
                    o.gross_amount_tax_exemption_for_previous_year = u
                    if "grossAmountTaxExemptionForPreviousYear" not in d:
                        m += 1
                else:
                    o.gross_amount_tax_exemption_for_previous_year = v
                v = g("amountOfSupportExceedingApprovedAmount")
                if v is None:
                    o.amount_of_support_exceeding_approved_amount = u
                    if "amountOfSupportExceedingApprovedAmount" not in d:
                        m += 1
                else:
                    o.amount_of_support_exceeding_approved_amount = v
                v = g("amountOfSupportExceedingApprovedAmountThisYear")
                if v is None:
                    o.amount_of_support_exceeding_approved_amount_this_year = u
                    if "amountOfSupportExceedingApprovedAmountThisYear" not in d:
                        m += 1
                else:
                    o.amount_of_support_exceeding_approved_amount_this_year = v
                v = g("remainingAidGrossValue")
                if v is None:
                    o.remaining_aid_gross_value = u
                    if "remainingAidGrossValue" not in d:
                        m += 1
                else:
                    o.remaining_aid_gross_value = v
                v = g("taxDeductionForReductionAgainstOtherStateAid")
                if v is None:
                    o.tax_deduction_for_reduction_against_other_state_aid = u
                    if "taxDeductionForReductionAgainstOtherStateAid" not in d:
                        m += 1
                else:
                    o.tax_deduction_for_reduction_against_other_state_aid = v
                k = "wasInEconomicDifficultiesAtApplicationTime"
                v = g("wasInEconomicDifficultiesAtApplicationTime")
                if v is None:
                    o.was_in_economic_difficulties_at_application_time = u
                    if "wasInEconomicDifficultiesAtApplicationTime" not in d:
                        m += 1
                else:
                    o.was_in_economic_difficulties_at_application_time = (
                        e_
                        if (e_ := _e_was_in_economic_difficulties_at_application_time.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime, v)
                    )
                k = "underlyingDocumentsUsedForAssessment"
                v = g("underlyingDocumentsUsedForAssessment")
                if v is None:
                    o.underlying_documents_used_for_assessment = u
                    if "underlyingDocumentsUsedForAssessment" not in d:
                        m += 1
                else:
                    o.underlying_documents_used_for_assessment = (
                        e_
                        if (e_ := _e_underlying_documents_used_for_assessment.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment, v)
                    )
                v = g("underlyingDocumentationDate")
                if v is None:
                    o.underlying_documentation_date = u
                    if "underlyingDocumentationDate" not in d:
                        m += 1
                else:
                    o.underlying_documentation_date = v
                k = "projectToBeSignedByAuditor"
                v = g("projectToBeSignedByAuditor")
                if v is None:
                    o.project_to_be_signed_by_auditor = u
                    if "projectToBeSignedByAuditor" not in d:
                        m += 1
                else:
                    o.project_to_be_signed_by_auditor = (
                        e_
                        if (e_ := _e_project_to_be_signed_by_auditor.get(v)) is not None
                        else enum_value(ResearchAndDevelopment2024ProjectToBeSignedByAuditor, v)
                    )
                v = g("netAmountAidAwarded")
                if v is None:
                    o.net_amount_aid_awarded = u
                    if "netAmountAidAwarded" not in d:
                        m += 1
                else:
                    o.net_amount_aid_awarded = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("project_number", "projectNumber"),
            ("project_title", "projectTitle"),
            ("project_status", "projectStatus"),
            ("approved_rnd_incentive_start_year", "approvedRndIncentiveStartYear"),
            ("approved_rnd_incentive_end_year", "approvedRndIncentiveEndYear"),
            ("business_category", "businessCategory"),
            ("collaborative_project_with_other_enterprises", "collaborativeProjectWithOtherEnterprises"),
            ("stake_in_collaborative_project", "stakeInCollaborativeProject"),
            (
                "has_extensive_dissemination_through_conferences_publications_etc",
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
            ),
            ("applied_for_other_public_aid_in_norway", "appliedForOtherPublicAidInNorway"),
            ("collaborative_businesses", "collaborativeBusinesses"),
            ("work_packages", "workPackages"),
            ("total_cost_for_project_period", "totalCostForProjectPeriod"),
            ("total_gross_tax_deduction_from_previous_years", "totalGrossTaxDeductionFromPreviousYears"),
            ("other_public_support_list", "otherPublicSupportList"),
            ("public_support_as_reduced_worker_fee", "publicSupportAsReducedWorkerFee"),
            ("total_gross_public_support_in_project_period", "totalGrossPublicSupportInProjectPeriod"),
            ("tax_deduction_for_project", "taxDeductionForProject"),
            ("added_tax_for_project", "addedTaxForProject"),
            ("max_approved_gross_amount_of_public_support", "maxApprovedGrossAmountOfPublicSupport"),
            ("gross_amount_tax_exemption_for_year", "grossAmountTaxExemptionForYear"),
            ("gross_amount_tax_exemption_for_previous_year", "grossAmountTaxExemptionForPreviousYear"),
            ("amount_of_support_exceeding_approved_amount", "amountOfSupportExceedingApprovedAmount"),
            ("amount_of_support_exceeding_approved_amount_this_year", "amountOfSupportExceedingApprovedAmountThisYear"),
            ("remaining_aid_gross_value", "remainingAidGrossValue"),
            ("tax_deduction_for_reduction_against_other_state_aid", "taxDeductionForReductionAgainstOtherStateAid"),
            ("was_in_economic_difficulties_at_application_time", "wasInEconomicDifficultiesAtApplicationTime"),
            ("underlying_documents_used_for_assessment", "underlyingDocumentsUsedForAssessment"),
            ("underlying_documentation_date", "underlyingDocumentationDate"),
            ("project_to_be_signed_by_auditor", "projectToBeSignedByAuditor"),
            ("net_amount_aid_awarded", "netAmountAidAwarded"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.project_number
            o.project_number = u if v is None else v
            v = s.project_title
            o.project_title = u if v is None else v
            v = s.project_status
            o.project_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_status.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024ProjectStatus, v)
            )
            v = s.approved_rnd_incentive_start_year
            o.approved_rnd_incentive_start_year = u if v is None else v
            v = s.approved_rnd_incentive_end_year
            o.approved_rnd_incentive_end_year = u if v is None else v
            v = s.business_category
            o.business_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_business_category.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024BusinessCategory, v)
            )
            v = s.collaborative_project_with_other_enterprises
            o.collaborative_project_with_other_enterprises = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_collaborative_project_with_other_enterprises.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises, v)
            )
            v = s.stake_in_collaborative_project
            o.stake_in_collaborative_project = u if v is None else v
            v = s.has_extensive_dissemination_through_conferences_publications_etc
            o.has_extensive_dissemination_through_conferences_publications_etc = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_has_extensive_dissemination_through_conferences_publications_etc.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc, v)
            )
            v = s.applied_for_other_public_aid_in_norway
            o.applied_for_other_public_aid_in_norway = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_applied_for_other_public_aid_in_norway.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway, v)
            )
            v = s.collaborative_businesses
            o.collaborative_businesses = (
                u
                if v is None or v is u
                else (
                    [ResearchAndDevelopmentCollaborativeBusiness._tx_parse(e) for e in v if e is not None] if v else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.work_packages
            o.work_packages = (
                u
                if v is None or v is u
                else ([ResearchAndDevelopmentWorkPackage._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.total_cost_for_project_period
            o.total_cost_for_project_period = u if v is None else v
            v = s.total_gross_tax_deduction_from_previous_years
            o.total_gross_tax_deduction_from_previous_years = u if v is None else v
            v = s.other_public_support_list
            o.other_public_support_list = (
                u
                if v is None or v is u
                else ([ResearchAndDevelopmentOtherPublicSupport._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.public_support_as_reduced_worker_fee
            o.public_support_as_reduced_worker_fee = u if v is None else v
            v = s.total_gross_public_support_in_project_period
            o.total_gross_public_support_in_project_period = u if v is None else v
            v = s.tax_deduction_for_project
            o.tax_deduction_for_project = u if v is None else v
            v = s.added_tax_for_project
            o.added_tax_for_project = u if v is None else v
            v = s.max_approved_gross_amount_of_public_support
            o.max_approved_gross_amount_of_public_support = u if v is None else v
            v = s.gross_amount_tax_exemption_for_year
            o.gross_amount_tax_exemption_for_year = u if v is None else v
            v = s.gross_amount_tax_exemption_for_previous_year
            o.gross_amount_tax_exemption_for_previous_year = u if v is None else v
            v = s.amount_of_support_exceeding_approved_amount
            o.amount_of_support_exceeding_approved_amount = u if v is None else v
            v = s.amount_of_support_exceeding_approved_amount_this_year
            o.amount_of_support_exceeding_approved_amount_this_year = u if v is None else v
            v = s.remaining_aid_gross_value
            o.remaining_aid_gross_value = u if v is None else v
            v = s.tax_deduction_for_reduction_against_other_state_aid
            o.tax_deduction_for_reduction_against_other_state_aid = u if v is None else v
            v = s.was_in_economic_difficulties_at_application_time
            o.was_in_economic_difficulties_at_application_time = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_was_in_economic_difficulties_at_application_time.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime, v)
            )
            v = s.underlying_documents_used_for_assessment
            o.underlying_documents_used_for_assessment = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_underlying_documents_used_for_assessment.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment, v)
            )
            v = s.underlying_documentation_date
            o.underlying_documentation_date = u if v is None else v
            v = s.project_to_be_signed_by_auditor
            o.project_to_be_signed_by_auditor = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_to_be_signed_by_auditor.get(v)) is not None
                else enum_value(ResearchAndDevelopment2024ProjectToBeSignedByAuditor, v)
            )
            v = s.net_amount_aid_awarded
            o.net_amount_aid_awarded = u if v is None else v
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
