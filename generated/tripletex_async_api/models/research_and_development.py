from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.research_and_development_business_category import ResearchAndDevelopmentBusinessCategory
from ..models.research_and_development_has_extensive_dissemination_through_conferences_publications_etc import (
    ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc,
)
from ..models.research_and_development_is_collaborative_project_w_ith_other_enterprises import (
    ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises,
)
from ..models.research_and_development_project_category import ResearchAndDevelopmentProjectCategory
from ..models.research_and_development_project_status import ResearchAndDevelopmentProjectStatus
from ..models.research_and_development_project_to_be_signed_by_auditor import (
    ResearchAndDevelopmentProjectToBeSignedByAuditor,
)
from ..models.research_and_development_underlying_documents_used_for_assessment import (
    ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment,
)
from ..models.research_and_development_was_in_economic_difficulties_at_application_time import (
    ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime,
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
    from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport
    from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopment")


@_attrs_define
class ResearchAndDevelopment(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        project_number (str | Unset): Project Number
        project_title (str | Unset): Project Title
        project_category (ResearchAndDevelopmentProjectCategory | Unset): Project Category
        application_approved_date (str | Unset): Application approved date Example: 2024-04-29.
        project_start_date (str | Unset): Project start date Example: 2024-04-29.
        project_end_date (str | Unset): Project end date Example: 2024-04-29.
        approved_rnd_incentive_start_year (int | Unset): Approved R&D Incentive Start Year
        approved_rnd_incentive_end_year (int | Unset): Approved R&D Incentive End Year
        project_status (ResearchAndDevelopmentProjectStatus | Unset): Project Status
        project_status_date (str | Unset): Project status date Example: 2024-04-29.
        resolutions (list[ResearchAndDevelopmentResolution] | Unset): Resolutions
        business_category (ResearchAndDevelopmentBusinessCategory | Unset): Business Category
        is_collaborative_project_w_ith_other_enterprises
            (ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises | Unset): Is Collaborative Project With Other
            Enterprises
        has_extensive_dissemination_through_conferences_publications_etc
            (ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset): Has Extensive
            Dissemination Through Conferences Publications Etc
        maximum_approved_public_support_as_a_share_of_total_costs (float | Unset): Maximum Approved Public Support As A
            Share Of Total Costs
        total_costs_previous_years (float | Unset): Total Costs Previous Years
        total_gross_tax_deduction_from_previous_years (float | Unset): Total Gross Tax Deduction From Previous Years
        cost_in_income_year (float | Unset): Cost In Income Year
        included_personnel_costs_in_income_year (float | Unset): Included Personnel Costs In Income Year
        number_of_own_hours_in_income_year (int | Unset): Number Of Own Hours In Income Year
        other_public_supports (list[ResearchAndDevelopmentOtherPublicSupport] | Unset): Other Public Supports
        public_support_as_reduced_worker_fee (float | Unset): Public Support As Reduced Worker Fee
        total_gross_public_support_in_project_period (float | Unset): Total Gross Public Support In Project Period
        was_in_economic_difficulties_at_application_time
            (ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime | Unset): Was In Economic Difficulties At
            Application Time
        underlying_documents_used_for_assessment (ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset):
            Underlying Documents Used For Assessment
        underlying_documentation_date (str | Unset): Underlying Documentation Date Example: 2024-04-29.
        total_costs_excluded_from_tax_deduction (float | Unset): Total costs excluded from tax deduction
        total_costs_for_entire_project_period (float | Unset): Total costs for entire project period
        max_approved_gross_amount_public_support (float | Unset): Max approved gross amount public support
        assigned_support_beyond_max_gross_amount_public_support (float | Unset): Assigned support beyond max gross
            amount public support
        net_tax_deduction_before_reduction_against_other_public_support (float | Unset): Net tax deduction before
            reduction against other public support
        tax_deduction_for_the_project (float | Unset): Tax deduction for the project
        additional_tax_for_the_project (float | Unset): Additional tax for the project
        project_to_be_signed_by_auditor (ResearchAndDevelopmentProjectToBeSignedByAuditor | Unset): Project to be signed
            by auditor
        gross_value_tax_deduction (float | Unset): Gross value tax reduction for current year
        allocated_support_amount (float | Unset): Net tax deduction after reduction against other public support
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    project_number: str | Unset = UNSET
    project_title: str | Unset = UNSET
    project_category: ResearchAndDevelopmentProjectCategory | Unset = UNSET
    application_approved_date: str | Unset = UNSET
    project_start_date: str | Unset = UNSET
    project_end_date: str | Unset = UNSET
    approved_rnd_incentive_start_year: int | Unset = UNSET
    approved_rnd_incentive_end_year: int | Unset = UNSET
    project_status: ResearchAndDevelopmentProjectStatus | Unset = UNSET
    project_status_date: str | Unset = UNSET
    resolutions: list[ResearchAndDevelopmentResolution] | Unset = UNSET
    business_category: ResearchAndDevelopmentBusinessCategory | Unset = UNSET
    is_collaborative_project_w_ith_other_enterprises: (
        ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises | Unset
    ) = UNSET
    has_extensive_dissemination_through_conferences_publications_etc: (
        ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset
    ) = UNSET
    maximum_approved_public_support_as_a_share_of_total_costs: float | Unset = UNSET
    total_costs_previous_years: float | Unset = UNSET
    total_gross_tax_deduction_from_previous_years: float | Unset = UNSET
    cost_in_income_year: float | Unset = UNSET
    included_personnel_costs_in_income_year: float | Unset = UNSET
    number_of_own_hours_in_income_year: int | Unset = UNSET
    other_public_supports: list[ResearchAndDevelopmentOtherPublicSupport] | Unset = UNSET
    public_support_as_reduced_worker_fee: float | Unset = UNSET
    total_gross_public_support_in_project_period: float | Unset = UNSET
    was_in_economic_difficulties_at_application_time: (
        ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime | Unset
    ) = UNSET
    underlying_documents_used_for_assessment: ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset = UNSET
    underlying_documentation_date: str | Unset = UNSET
    total_costs_excluded_from_tax_deduction: float | Unset = UNSET
    total_costs_for_entire_project_period: float | Unset = UNSET
    max_approved_gross_amount_public_support: float | Unset = UNSET
    assigned_support_beyond_max_gross_amount_public_support: float | Unset = UNSET
    net_tax_deduction_before_reduction_against_other_public_support: float | Unset = UNSET
    tax_deduction_for_the_project: float | Unset = UNSET
    additional_tax_for_the_project: float | Unset = UNSET
    project_to_be_signed_by_auditor: ResearchAndDevelopmentProjectToBeSignedByAuditor | Unset = UNSET
    gross_value_tax_deduction: float | Unset = UNSET
    allocated_support_amount: float | Unset = UNSET
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
        _v = self.project_category
        if _v is not UNSET:
            field_dict["projectCategory"] = _v._value_
        _v = self.application_approved_date
        if _v is not UNSET:
            field_dict["applicationApprovedDate"] = _v
        _v = self.project_start_date
        if _v is not UNSET:
            field_dict["projectStartDate"] = _v
        _v = self.project_end_date
        if _v is not UNSET:
            field_dict["projectEndDate"] = _v
        _v = self.approved_rnd_incentive_start_year
        if _v is not UNSET:
            field_dict["approvedRndIncentiveStartYear"] = _v
        _v = self.approved_rnd_incentive_end_year
        if _v is not UNSET:
            field_dict["approvedRndIncentiveEndYear"] = _v
        _v = self.project_status
        if _v is not UNSET:
            field_dict["projectStatus"] = _v._value_
        _v = self.project_status_date
        if _v is not UNSET:
            field_dict["projectStatusDate"] = _v
        _v = self.resolutions
        if _v is not UNSET:
            field_dict["resolutions"] = [_e.to_dict() for _e in _v]
        _v = self.business_category
        if _v is not UNSET:
            field_dict["businessCategory"] = _v._value_
        _v = self.is_collaborative_project_w_ith_other_enterprises
        if _v is not UNSET:
            field_dict["isCollaborativeProjectWIthOtherEnterprises"] = _v._value_
        _v = self.has_extensive_dissemination_through_conferences_publications_etc
        if _v is not UNSET:
            field_dict["hasExtensiveDisseminationThroughConferencesPublicationsEtc"] = _v._value_
        _v = self.maximum_approved_public_support_as_a_share_of_total_costs
        if _v is not UNSET and not _in_request:
            field_dict["maximumApprovedPublicSupportAsAShareOfTotalCosts"] = _v
        _v = self.total_costs_previous_years
        if _v is not UNSET:
            field_dict["totalCostsPreviousYears"] = _v
        _v = self.total_gross_tax_deduction_from_previous_years
        if _v is not UNSET:
            field_dict["totalGrossTaxDeductionFromPreviousYears"] = _v
        _v = self.cost_in_income_year
        if _v is not UNSET:
            field_dict["costInIncomeYear"] = _v
        _v = self.included_personnel_costs_in_income_year
        if _v is not UNSET:
            field_dict["includedPersonnelCostsInIncomeYear"] = _v
        _v = self.number_of_own_hours_in_income_year
        if _v is not UNSET:
            field_dict["numberOfOwnHoursInIncomeYear"] = _v
        _v = self.other_public_supports
        if _v is not UNSET:
            field_dict["otherPublicSupports"] = [_e.to_dict() for _e in _v]
        _v = self.public_support_as_reduced_worker_fee
        if _v is not UNSET:
            field_dict["publicSupportAsReducedWorkerFee"] = _v
        _v = self.total_gross_public_support_in_project_period
        if _v is not UNSET and not _in_request:
            field_dict["totalGrossPublicSupportInProjectPeriod"] = _v
        _v = self.was_in_economic_difficulties_at_application_time
        if _v is not UNSET:
            field_dict["wasInEconomicDifficultiesAtApplicationTime"] = _v._value_
        _v = self.underlying_documents_used_for_assessment
        if _v is not UNSET:
            field_dict["underlyingDocumentsUsedForAssessment"] = _v._value_
        _v = self.underlying_documentation_date
        if _v is not UNSET:
            field_dict["underlyingDocumentationDate"] = _v
        _v = self.total_costs_excluded_from_tax_deduction
        if _v is not UNSET:
            field_dict["totalCostsExcludedFromTaxDeduction"] = _v
        _v = self.total_costs_for_entire_project_period
        if _v is not UNSET and not _in_request:
            field_dict["totalCostsForEntireProjectPeriod"] = _v
        _v = self.max_approved_gross_amount_public_support
        if _v is not UNSET:
            field_dict["maxApprovedGrossAmountPublicSupport"] = _v
        _v = self.assigned_support_beyond_max_gross_amount_public_support
        if _v is not UNSET:
            field_dict["assignedSupportBeyondMaxGrossAmountPublicSupport"] = _v
        _v = self.net_tax_deduction_before_reduction_against_other_public_support
        if _v is not UNSET:
            field_dict["netTaxDeductionBeforeReductionAgainstOtherPublicSupport"] = _v
        _v = self.tax_deduction_for_the_project
        if _v is not UNSET:
            field_dict["taxDeductionForTheProject"] = _v
        _v = self.additional_tax_for_the_project
        if _v is not UNSET:
            field_dict["additionalTaxForTheProject"] = _v
        _v = self.project_to_be_signed_by_auditor
        if _v is not UNSET:
            field_dict["projectToBeSignedByAuditor"] = _v._value_
        _v = self.gross_value_tax_deduction
        if _v is not UNSET:
            field_dict["grossValueTaxDeduction"] = _v
        _v = self.allocated_support_amount
        if _v is not UNSET and not _in_request:
            field_dict["allocatedSupportAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResearchAndDevelopment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ResearchAndDevelopment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport  # noqa: PLC0415
        from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_project_category: dict[Any, Any] = enum_members(ResearchAndDevelopmentProjectCategory)
        _e_project_status: dict[Any, Any] = enum_members(ResearchAndDevelopmentProjectStatus)
        _e_business_category: dict[Any, Any] = enum_members(ResearchAndDevelopmentBusinessCategory)
        _e_is_collaborative_project_w_ith_other_enterprises: dict[Any, Any] = enum_members(
            ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises
        )
        _e_has_extensive_dissemination_through_conferences_publications_etc: dict[Any, Any] = enum_members(
            ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc
        )
        _e_was_in_economic_difficulties_at_application_time: dict[Any, Any] = enum_members(
            ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime
        )
        _e_underlying_documents_used_for_assessment: dict[Any, Any] = enum_members(
            ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment
        )
        _e_project_to_be_signed_by_auditor: dict[Any, Any] = enum_members(
            ResearchAndDevelopmentProjectToBeSignedByAuditor
        )
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "projectNumber",
                "projectTitle",
                "projectCategory",
                "applicationApprovedDate",
                "projectStartDate",
                "projectEndDate",
                "approvedRndIncentiveStartYear",
                "approvedRndIncentiveEndYear",
                "projectStatus",
                "projectStatusDate",
                "resolutions",
                "businessCategory",
                "isCollaborativeProjectWIthOtherEnterprises",
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
                "maximumApprovedPublicSupportAsAShareOfTotalCosts",
                "totalCostsPreviousYears",
                "totalGrossTaxDeductionFromPreviousYears",
                "costInIncomeYear",
                "includedPersonnelCostsInIncomeYear",
                "numberOfOwnHoursInIncomeYear",
                "otherPublicSupports",
                "publicSupportAsReducedWorkerFee",
                "totalGrossPublicSupportInProjectPeriod",
                "wasInEconomicDifficultiesAtApplicationTime",
                "underlyingDocumentsUsedForAssessment",
                "underlyingDocumentationDate",
                "totalCostsExcludedFromTaxDeduction",
                "totalCostsForEntireProjectPeriod",
                "maxApprovedGrossAmountPublicSupport",
                "assignedSupportBeyondMaxGrossAmountPublicSupport",
                "netTaxDeductionBeforeReductionAgainstOtherPublicSupport",
                "taxDeductionForTheProject",
                "additionalTaxForTheProject",
                "projectToBeSignedByAuditor",
                "grossValueTaxDeduction",
                "allocatedSupportAmount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "projectNumber": "project_number",
            "projectTitle": "project_title",
            "applicationApprovedDate": "application_approved_date",
            "projectStartDate": "project_start_date",
            "projectEndDate": "project_end_date",
            "approvedRndIncentiveStartYear": "approved_rnd_incentive_start_year",
            "approvedRndIncentiveEndYear": "approved_rnd_incentive_end_year",
            "projectStatusDate": "project_status_date",
            "maximumApprovedPublicSupportAsAShareOfTotalCosts": "maximum_approved_public_support_as_a_share_of_total_costs",
            "totalCostsPreviousYears": "total_costs_previous_years",
            "totalGrossTaxDeductionFromPreviousYears": "total_gross_tax_deduction_from_previous_years",
            "costInIncomeYear": "cost_in_income_year",
            "includedPersonnelCostsInIncomeYear": "included_personnel_costs_in_income_year",
            "numberOfOwnHoursInIncomeYear": "number_of_own_hours_in_income_year",
            "publicSupportAsReducedWorkerFee": "public_support_as_reduced_worker_fee",
            "totalGrossPublicSupportInProjectPeriod": "total_gross_public_support_in_project_period",
            "underlyingDocumentationDate": "underlying_documentation_date",
            "totalCostsExcludedFromTaxDeduction": "total_costs_excluded_from_tax_deduction",
            "totalCostsForEntireProjectPeriod": "total_costs_for_entire_project_period",
            "maxApprovedGrossAmountPublicSupport": "max_approved_gross_amount_public_support",
            "assignedSupportBeyondMaxGrossAmountPublicSupport": "assigned_support_beyond_max_gross_amount_public_support",
            "netTaxDeductionBeforeReductionAgainstOtherPublicSupport": "net_tax_deduction_before_reduction_against_other_public_support",
            "taxDeductionForTheProject": "tax_deduction_for_the_project",
            "additionalTaxForTheProject": "additional_tax_for_the_project",
            "grossValueTaxDeduction": "gross_value_tax_deduction",
            "allocatedSupportAmount": "allocated_support_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 13 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.project_number = o.project_title = (
                        o.project_category
                    ) = o.application_approved_date = o.project_start_date = o.project_end_date = (
                        o.approved_rnd_incentive_start_year
                    ) = o.approved_rnd_incentive_end_year = o.project_status = o.project_status_date = o.resolutions = (
                        o.business_category
                    ) = o.is_collaborative_project_w_ith_other_enterprises = (
                        o.has_extensive_dissemination_through_conferences_publications_etc
                    ) = o.maximum_approved_public_support_as_a_share_of_total_costs = o.total_costs_previous_years = (
                        o.total_gross_tax_deduction_from_previous_years
                    ) = o.cost_in_income_year = o.included_personnel_costs_in_income_year = (
                        o.number_of_own_hours_in_income_year
                    ) = o.other_public_supports = o.public_support_as_reduced_worker_fee = (
                        o.total_gross_public_support_in_project_period
                    ) = o.was_in_economic_difficulties_at_application_time = (
                        o.underlying_documents_used_for_assessment
                    ) = o.underlying_documentation_date = o.total_costs_excluded_from_tax_deduction = (
                        o.total_costs_for_entire_project_period
                    ) = o.max_approved_gross_amount_public_support = (
                        o.assigned_support_beyond_max_gross_amount_public_support
                    ) = o.net_tax_deduction_before_reduction_against_other_public_support = (
                        o.tax_deduction_for_the_project
                    ) = o.additional_tax_for_the_project = o.project_to_be_signed_by_auditor = (
                        o.gross_value_tax_deduction
                    ) = o.allocated_support_amount = UNSET
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
                k = "projectCategory"
                v = g("projectCategory")
                if v is None:
                    o.project_category = u
                    if "projectCategory" not in d:
                        m += 1
                else:
                    o.project_category = (
                        e_
                        if (e_ := _e_project_category.get(v)) is not None
                        else enum_value(ResearchAndDevelopmentProjectCategory, v)
                    )
                v = g("applicationApprovedDate")
                if v is None:
                    o.application_approved_date = u
                    if "applicationApprovedDate" not in d:
                        m += 1
                else:
                    o.application_approved_date = v
                v = g("projectStartDate")
                if v is None:
                    o.project_start_date = u
                    if "projectStartDate" not in d:
                        m += 1
                else:
                    o.project_start_date = v
                v = g("projectEndDate")
                if v is None:
                    o.project_end_date = u
                    if "projectEndDate" not in d:
                        m += 1
                else:
                    o.project_end_date = v
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
                        else enum_value(ResearchAndDevelopmentProjectStatus, v)
                    )
                v = g("projectStatusDate")
                if v is None:
                    o.project_status_date = u
                    if "projectStatusDate" not in d:
                        m += 1
                else:
                    o.project_status_date = v
                k = "resolutions"
                v = g("resolutions")
                if v is None:
                    o.resolutions = u
                    if "resolutions" not in d:
                        m += 1
                else:
                    o.resolutions = (
                        ([ResearchAndDevelopmentResolution._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
                        else enum_value(ResearchAndDevelopmentBusinessCategory, v)
                    )
                k = "isCollaborativeProjectWIthOtherEnterprises"
                v = g("isCollaborativeProjectWIthOtherEnterprises")
                if v is None:
                    o.is_collaborative_project_w_ith_other_enterprises = u
                    if "isCollaborativeProjectWIthOtherEnterprises" not in d:
                        m += 1
                else:
                    o.is_collaborative_project_w_ith_other_enterprises = (
                        e_
                        if (e_ := _e_is_collaborative_project_w_ith_other_enterprises.get(v)) is not None
                        else enum_value(ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises, v)
                    )
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
                            ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc, v
                        )
                    )
                v = g("maximumApprovedPublicSupportAsAShareOfTotalCosts")
                if v is None:
                    o.maximum_approved_public_support_as_a_share_of_total_costs = u
                    if "maximumApprovedPublicSupportAsAShareOfTotalCosts" not in d:
                        m += 1
                else:
                    o.maximum_approved_public_support_as_a_share_of_total_costs = v
                v = g("totalCostsPreviousYears")
                if v is None:
                    o.total_costs_previous_years = u
                    if "totalCostsPreviousYears" not in d:
                        m += 1
                else:
                    o.total_costs_previous_years = v
                v = g("totalGrossTaxDeductionFromPreviousYears")
                if v is None:
                    o.total_gross_tax_deduction_from_previous_years = u
                    if "totalGrossTaxDeductionFromPreviousYears" not in d:
                        m += 1
                else:
                    o.total_gross_tax_deduction_from_previous_years = v
                v = g("costInIncomeYear")
                if v is None:
                    o.cost_in_income_year = u
                    if "costInIncomeYear" not in d:
                        m += 1
                else:
                    o.cost_in_income_year = v
                v = g("includedPersonnelCostsInIncomeYear")
                if v is None:
                    o.included_personnel_costs_in_income_year = u
                    if "includedPersonnelCostsInIncomeYear" not in d:
                        m += 1
                else:
                    o.included_personnel_costs_in_income_year = v
                v = g("numberOfOwnHoursInIncomeYear")
                if v is None:
                    o.number_of_own_hours_in_income_year = u
                    if "numberOfOwnHoursInIncomeYear" not in d:
                        m += 1
                else:
                    o.number_of_own_hours_in_income_year = v
                k = "otherPublicSupports"
                v = g("otherPublicSupports")
                if v is None:
                    o.other_public_supports = u
                    if "otherPublicSupports" not in d:
                        m += 1
                else:
                    o.other_public_supports = (
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
                        else enum_value(ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime, v)
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
                        else enum_value(ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment, v)
                    )
                v = g("underlyingDocumentationDate")
                if v is None:
                    o.underlying_documentation_date = u
                    if "underlyingDocumentationDate" not in d:
                        m += 1
                else:
                    o.underlying_documentation_date = v
                v = g("totalCostsExcludedFromTaxDeduction")
                if v is None:
                    o.total_costs_excluded_from_tax_deduction = u
                    if "totalCostsExcludedFromTaxDeduction" not in d:
                        m += 1
                else:
                    o.total_costs_excluded_from_tax_deduction = v
                v = g("totalCostsForEntireProjectPeriod")
                if v is None:
                    o.total_costs_for_entire_project_period = u
                    if "totalCostsForEntireProjectPeriod" not in d:
                        m += 1
                else:
                    o.total_costs_for_entire_project_period = v
                v = g("maxApprovedGrossAmountPublicSupport")
                if v is None:
                    o.max_approved_gross_amount_public_support = u
                    if "maxApprovedGrossAmountPublicSupport" not in d:
                        m += 1
                else:
                    o.max_approved_gross_amount_public_support = v
                v = g("assignedSupportBeyondMaxGrossAmountPublicSupport")
                if v is None:
                    o.assigned_support_beyond_max_gross_amount_public_support = u
                    if "assignedSupportBeyondMaxGrossAmountPublicSupport" not in d:
                        m += 1
                else:
                    o.assigned_support_beyond_max_gross_amount_public_support = v
                v = g("netTaxDeductionBeforeReductionAgainstOtherPublicSupport")
                if v is None:
                    o.net_tax_deduction_before_reduction_against_other_public_support = u
                    if "netTaxDeductionBeforeReductionAgainstOtherPublicSupport" not in d:
                        m += 1
                else:
                    o.net_tax_deduction_before_reduction_against_other_public_support = v
                v = g("taxDeductionForTheProject")
                if v is None:
                    o.tax_deduction_for_the_project = u
                    if "taxDeductionForTheProject" not in d:
                        m += 1
                else:
                    o.tax_deduction_for_the_project = v
                v = g("additionalTaxForTheProject")
                if v is None:
                    o.additional_tax_for_the_project = u
                    if "additionalTaxForTheProject" not in d:
                        m += 1
                else:
                    o.additional_tax_for_the_project = v
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
                        else enum_value(ResearchAndDevelopmentProjectToBeSignedByAuditor, v)
                    )
                v = g("grossValueTaxDeduction")
                if v is None:
                    o.gross_value_tax_deduction = u
                    if "grossValueTaxDeduction" not in d:
                        m += 1
                else:
                    o.gross_value_tax_deduction = v
                v = g("allocatedSupportAmount")
                if v is None:
                    o.allocated_support_amount = u
                    if "allocatedSupportAmount" not in d:
                        m += 1
                else:
                    o.allocated_support_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 40 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("project_category", "projectCategory"),
            ("application_approved_date", "applicationApprovedDate"),
            ("project_start_date", "projectStartDate"),
            ("project_end_date", "projectEndDate"),
            ("approved_rnd_incentive_start_year", "approvedRndIncentiveStartYear"),
            ("approved_rnd_incentive_end_year", "approvedRndIncentiveEndYear"),
            ("project_status", "projectStatus"),
            ("project_status_date", "projectStatusDate"),
            ("resolutions", "resolutions"),
            ("business_category", "businessCategory"),
            ("is_collaborative_project_w_ith_other_enterprises", "isCollaborativeProjectWIthOtherEnterprises"),
            (
                "has_extensive_dissemination_through_conferences_publications_etc",
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
            ),
            (
                "maximum_approved_public_support_as_a_share_of_total_costs",
                "maximumApprovedPublicSupportAsAShareOfTotalCosts",
            ),
            ("total_costs_previous_years", "totalCostsPreviousYears"),
            ("total_gross_tax_deduction_from_previous_years", "totalGrossTaxDeductionFromPreviousYears"),
            ("cost_in_income_year", "costInIncomeYear"),
            ("included_personnel_costs_in_income_year", "includedPersonnelCostsInIncomeYear"),
            ("number_of_own_hours_in_income_year", "numberOfOwnHoursInIncomeYear"),
            ("other_public_supports", "otherPublicSupports"),
            ("public_support_as_reduced_worker_fee", "publicSupportAsReducedWorkerFee"),
            ("total_gross_public_support_in_project_period", "totalGrossPublicSupportInProjectPeriod"),
            ("was_in_economic_difficulties_at_application_time", "wasInEconomicDifficultiesAtApplicationTime"),
            ("underlying_documents_used_for_assessment", "underlyingDocumentsUsedForAssessment"),
            ("underlying_documentation_date", "underlyingDocumentationDate"),
            ("total_costs_excluded_from_tax_deduction", "totalCostsExcludedFromTaxDeduction"),
            ("total_costs_for_entire_project_period", "totalCostsForEntireProjectPeriod"),
            ("max_approved_gross_amount_public_support", "maxApprovedGrossAmountPublicSupport"),
            (
                "assigned_support_beyond_max_gross_amount_public_support",
                "assignedSupportBeyondMaxGrossAmountPublicSupport",
            ),
            (
                "net_tax_deduction_before_reduction_against_other_public_support",
                "netTaxDeductionBeforeReductionAgainstOtherPublicSupport",
            ),
            ("tax_deduction_for_the_project", "taxDeductionForTheProject"),
            ("additional_tax_for_the_project", "additionalTaxForTheProject"),
            ("project_to_be_signed_by_auditor", "projectToBeSignedByAuditor"),
            ("gross_value_tax_deduction", "grossValueTaxDeduction"),
            ("allocated_support_amount", "allocatedSupportAmount"),
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
            v = s.project_category
            o.project_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_category.get(v)) is not None
                else enum_value(ResearchAndDevelopmentProjectCategory, v)
            )
            v = s.application_approved_date
            o.application_approved_date = u if v is None else v
            v = s.project_start_date
            o.project_start_date = u if v is None else v
            v = s.project_end_date
            o.project_end_date = u if v is None else v
            v = s.approved_rnd_incentive_start_year
            o.approved_rnd_incentive_start_year = u if v is None else v
            v = s.approved_rnd_incentive_end_year
            o.approved_rnd_incentive_end_year = u if v is None else v
            v = s.project_status
            o.project_status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_status.get(v)) is not None
                else enum_value(ResearchAndDevelopmentProjectStatus, v)
            )
            v = s.project_status_date
            o.project_status_date = u if v is None else v
            v = s.resolutions
            o.resolutions = (
                u
                if v is None or v is u
                else ([ResearchAndDevelopmentResolution._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.business_category
            o.business_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_business_category.get(v)) is not None
                else enum_value(ResearchAndDevelopmentBusinessCategory, v)
            )
            v = s.is_collaborative_project_w_ith_other_enterprises
            o.is_collaborative_project_w_ith_other_enterprises = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_is_collaborative_project_w_ith_other_enterprises.get(v)) is not None
                else enum_value(ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises, v)
            )
            v = s.has_extensive_dissemination_through_conferences_publications_etc
            o.has_extensive_dissemination_through_conferences_publications_etc = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_has_extensive_dissemination_through_conferences_publications_etc.get(v)) is not None
                else enum_value(ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc, v)
            )
            v = s.maximum_approved_public_support_as_a_share_of_total_costs
            o.maximum_approved_public_support_as_a_share_of_total_costs = u if v is None else v
            v = s.total_costs_previous_years
            o.total_costs_previous_years = u if v is None else v
            v = s.total_gross_tax_deduction_from_previous_years
            o.total_gross_tax_deduction_from_previous_years = u if v is None else v
            v = s.cost_in_income_year
            o.cost_in_income_year = u if v is None else v
            v = s.included_personnel_costs_in_income_year
            o.included_personnel_costs_in_income_year = u if v is None else v
            v = s.number_of_own_hours_in_income_year
            o.number_of_own_hours_in_income_year = u if v is None else v
            v = s.other_public_supports
            o.other_public_supports = (
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
            v = s.was_in_economic_difficulties_at_application_time
            o.was_in_economic_difficulties_at_application_time = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_was_in_economic_difficulties_at_application_time.get(v)) is not None
                else enum_value(ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime, v)
            )
            v = s.underlying_documents_used_for_assessment
            o.underlying_documents_used_for_assessment = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_underlying_documents_used_for_assessment.get(v)) is not None
                else enum_value(ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment, v)
            )
            v = s.underlying_documentation_date
            o.underlying_documentation_date = u if v is None else v
            v = s.total_costs_excluded_from_tax_deduction
            o.total_costs_excluded_from_tax_deduction = u if v is None else v
            v = s.total_costs_for_entire_project_period
            o.total_costs_for_entire_project_period = u if v is None else v
            v = s.max_approved_gross_amount_public_support
            o.max_approved_gross_amount_public_support = u if v is None else v
            v = s.assigned_support_beyond_max_gross_amount_public_support
            o.assigned_support_beyond_max_gross_amount_public_support = u if v is None else v
            v = s.net_tax_deduction_before_reduction_against_other_public_support
            o.net_tax_deduction_before_reduction_against_other_public_support = u if v is None else v
            v = s.tax_deduction_for_the_project
            o.tax_deduction_for_the_project = u if v is None else v
            v = s.additional_tax_for_the_project
            o.additional_tax_for_the_project = u if v is None else v
            v = s.project_to_be_signed_by_auditor
            o.project_to_be_signed_by_auditor = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_project_to_be_signed_by_auditor.get(v)) is not None
                else enum_value(ResearchAndDevelopmentProjectToBeSignedByAuditor, v)
            )
            v = s.gross_value_tax_deduction
            o.gross_value_tax_deduction = u if v is None else v
            v = s.allocated_support_amount
            o.allocated_support_amount = u if v is None else v
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
