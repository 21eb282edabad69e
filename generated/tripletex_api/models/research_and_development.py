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
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport
    from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopment")


@_attrs_define
class ResearchAndDevelopment:
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
        maximum_approved_public_support_as_a_share_of_total_costs (float | Unset): [read-only] Maximum Approved Public
            Support As A Share Of Total Costs
        total_costs_previous_years (float | Unset): Total Costs Previous Years
        total_gross_tax_deduction_from_previous_years (float | Unset): Total Gross Tax Deduction From Previous Years
        cost_in_income_year (float | Unset): Cost In Income Year
        included_personnel_costs_in_income_year (float | Unset): Included Personnel Costs In Income Year
        number_of_own_hours_in_income_year (int | Unset): Number Of Own Hours In Income Year
        other_public_supports (list[ResearchAndDevelopmentOtherPublicSupport] | Unset): Other Public Supports
        public_support_as_reduced_worker_fee (float | Unset): Public Support As Reduced Worker Fee
        total_gross_public_support_in_project_period (float | Unset): [read-only] Total Gross Public Support In Project
            Period
        was_in_economic_difficulties_at_application_time
            (ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime | Unset): Was In Economic Difficulties At
            Application Time
        underlying_documents_used_for_assessment (ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset):
            Underlying Documents Used For Assessment
        underlying_documentation_date (str | Unset): Underlying Documentation Date Example: 2024-04-29.
        total_costs_excluded_from_tax_deduction (float | Unset): Total costs excluded from tax deduction
        total_costs_for_entire_project_period (float | Unset): [read-only] Total costs for entire project period
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
        allocated_support_amount (float | Unset): [read-only] Net tax deduction after reduction against other public
            support
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
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        project_number = self.project_number

        project_title = self.project_title

        project_category: str | Unset = UNSET
        if not isinstance(self.project_category, Unset):
            project_category = self.project_category.value

        application_approved_date = self.application_approved_date

        project_start_date = self.project_start_date

        project_end_date = self.project_end_date

        approved_rnd_incentive_start_year = self.approved_rnd_incentive_start_year

        approved_rnd_incentive_end_year = self.approved_rnd_incentive_end_year

        project_status: str | Unset = UNSET
        if not isinstance(self.project_status, Unset):
            project_status = self.project_status.value

        project_status_date = self.project_status_date

        resolutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = []
            for resolutions_item_data in self.resolutions:
                resolutions_item = resolutions_item_data.to_dict()
                resolutions.append(resolutions_item)

        business_category: str | Unset = UNSET
        if not isinstance(self.business_category, Unset):
            business_category = self.business_category.value

        is_collaborative_project_w_ith_other_enterprises: str | Unset = UNSET
        if not isinstance(self.is_collaborative_project_w_ith_other_enterprises, Unset):
            is_collaborative_project_w_ith_other_enterprises = (
                self.is_collaborative_project_w_ith_other_enterprises.value
            )

        has_extensive_dissemination_through_conferences_publications_etc: str | Unset = UNSET
        if not isinstance(self.has_extensive_dissemination_through_conferences_publications_etc, Unset):
            has_extensive_dissemination_through_conferences_publications_etc = (
                self.has_extensive_dissemination_through_conferences_publications_etc.value
            )

        maximum_approved_public_support_as_a_share_of_total_costs = (
            self.maximum_approved_public_support_as_a_share_of_total_costs
        )

        total_costs_previous_years = self.total_costs_previous_years

        total_gross_tax_deduction_from_previous_years = self.total_gross_tax_deduction_from_previous_years

        cost_in_income_year = self.cost_in_income_year

        included_personnel_costs_in_income_year = self.included_personnel_costs_in_income_year

        number_of_own_hours_in_income_year = self.number_of_own_hours_in_income_year

        other_public_supports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_public_supports, Unset):
            other_public_supports = []
            for other_public_supports_item_data in self.other_public_supports:
                other_public_supports_item = other_public_supports_item_data.to_dict()
                other_public_supports.append(other_public_supports_item)

        public_support_as_reduced_worker_fee = self.public_support_as_reduced_worker_fee

        total_gross_public_support_in_project_period = self.total_gross_public_support_in_project_period

        was_in_economic_difficulties_at_application_time: str | Unset = UNSET
        if not isinstance(self.was_in_economic_difficulties_at_application_time, Unset):
            was_in_economic_difficulties_at_application_time = (
                self.was_in_economic_difficulties_at_application_time.value
            )

        underlying_documents_used_for_assessment: str | Unset = UNSET
        if not isinstance(self.underlying_documents_used_for_assessment, Unset):
            underlying_documents_used_for_assessment = self.underlying_documents_used_for_assessment.value

        underlying_documentation_date = self.underlying_documentation_date

        total_costs_excluded_from_tax_deduction = self.total_costs_excluded_from_tax_deduction

        total_costs_for_entire_project_period = self.total_costs_for_entire_project_period

        max_approved_gross_amount_public_support = self.max_approved_gross_amount_public_support

        assigned_support_beyond_max_gross_amount_public_support = (
            self.assigned_support_beyond_max_gross_amount_public_support
        )

        net_tax_deduction_before_reduction_against_other_public_support = (
            self.net_tax_deduction_before_reduction_against_other_public_support
        )

        tax_deduction_for_the_project = self.tax_deduction_for_the_project

        additional_tax_for_the_project = self.additional_tax_for_the_project

        project_to_be_signed_by_auditor: str | Unset = UNSET
        if not isinstance(self.project_to_be_signed_by_auditor, Unset):
            project_to_be_signed_by_auditor = self.project_to_be_signed_by_auditor.value

        gross_value_tax_deduction = self.gross_value_tax_deduction

        allocated_support_amount = self.allocated_support_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if project_number is not UNSET:
            field_dict["projectNumber"] = project_number
        if project_title is not UNSET:
            field_dict["projectTitle"] = project_title
        if project_category is not UNSET:
            field_dict["projectCategory"] = project_category
        if application_approved_date is not UNSET:
            field_dict["applicationApprovedDate"] = application_approved_date
        if project_start_date is not UNSET:
            field_dict["projectStartDate"] = project_start_date
        if project_end_date is not UNSET:
            field_dict["projectEndDate"] = project_end_date
        if approved_rnd_incentive_start_year is not UNSET:
            field_dict["approvedRndIncentiveStartYear"] = approved_rnd_incentive_start_year
        if approved_rnd_incentive_end_year is not UNSET:
            field_dict["approvedRndIncentiveEndYear"] = approved_rnd_incentive_end_year
        if project_status is not UNSET:
            field_dict["projectStatus"] = project_status
        if project_status_date is not UNSET:
            field_dict["projectStatusDate"] = project_status_date
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if business_category is not UNSET:
            field_dict["businessCategory"] = business_category
        if is_collaborative_project_w_ith_other_enterprises is not UNSET:
            field_dict["isCollaborativeProjectWIthOtherEnterprises"] = is_collaborative_project_w_ith_other_enterprises
        if has_extensive_dissemination_through_conferences_publications_etc is not UNSET:
            field_dict["hasExtensiveDisseminationThroughConferencesPublicationsEtc"] = (
                has_extensive_dissemination_through_conferences_publications_etc
            )
        if maximum_approved_public_support_as_a_share_of_total_costs is not UNSET and not _in_request:
            field_dict["maximumApprovedPublicSupportAsAShareOfTotalCosts"] = (
                maximum_approved_public_support_as_a_share_of_total_costs
            )
        if total_costs_previous_years is not UNSET:
            field_dict["totalCostsPreviousYears"] = total_costs_previous_years
        if total_gross_tax_deduction_from_previous_years is not UNSET:
            field_dict["totalGrossTaxDeductionFromPreviousYears"] = total_gross_tax_deduction_from_previous_years
        if cost_in_income_year is not UNSET:
            field_dict["costInIncomeYear"] = cost_in_income_year
        if included_personnel_costs_in_income_year is not UNSET:
            field_dict["includedPersonnelCostsInIncomeYear"] = included_personnel_costs_in_income_year
        if number_of_own_hours_in_income_year is not UNSET:
            field_dict["numberOfOwnHoursInIncomeYear"] = number_of_own_hours_in_income_year
        if other_public_supports is not UNSET:
            field_dict["otherPublicSupports"] = other_public_supports
        if public_support_as_reduced_worker_fee is not UNSET:
            field_dict["publicSupportAsReducedWorkerFee"] = public_support_as_reduced_worker_fee
        if total_gross_public_support_in_project_period is not UNSET and not _in_request:
            field_dict["totalGrossPublicSupportInProjectPeriod"] = total_gross_public_support_in_project_period
        if was_in_economic_difficulties_at_application_time is not UNSET:
            field_dict["wasInEconomicDifficultiesAtApplicationTime"] = was_in_economic_difficulties_at_application_time
        if underlying_documents_used_for_assessment is not UNSET:
            field_dict["underlyingDocumentsUsedForAssessment"] = underlying_documents_used_for_assessment
        if underlying_documentation_date is not UNSET:
            field_dict["underlyingDocumentationDate"] = underlying_documentation_date
        if total_costs_excluded_from_tax_deduction is not UNSET:
            field_dict["totalCostsExcludedFromTaxDeduction"] = total_costs_excluded_from_tax_deduction
        if total_costs_for_entire_project_period is not UNSET and not _in_request:
            field_dict["totalCostsForEntireProjectPeriod"] = total_costs_for_entire_project_period
        if max_approved_gross_amount_public_support is not UNSET:
            field_dict["maxApprovedGrossAmountPublicSupport"] = max_approved_gross_amount_public_support
        if assigned_support_beyond_max_gross_amount_public_support is not UNSET:
            field_dict["assignedSupportBeyondMaxGrossAmountPublicSupport"] = (
                assigned_support_beyond_max_gross_amount_public_support
            )
        if net_tax_deduction_before_reduction_against_other_public_support is not UNSET:
            field_dict["netTaxDeductionBeforeReductionAgainstOtherPublicSupport"] = (
                net_tax_deduction_before_reduction_against_other_public_support
            )
        if tax_deduction_for_the_project is not UNSET:
            field_dict["taxDeductionForTheProject"] = tax_deduction_for_the_project
        if additional_tax_for_the_project is not UNSET:
            field_dict["additionalTaxForTheProject"] = additional_tax_for_the_project
        if project_to_be_signed_by_auditor is not UNSET:
            field_dict["projectToBeSignedByAuditor"] = project_to_be_signed_by_auditor
        if gross_value_tax_deduction is not UNSET:
            field_dict["grossValueTaxDeduction"] = gross_value_tax_deduction
        if allocated_support_amount is not UNSET and not _in_request:
            field_dict["allocatedSupportAmount"] = allocated_support_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport  # noqa: PLC0415
        from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        sub_group_id = d.pop("subGroupId", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[GenericData] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = GenericData.from_dict(posts_item_data)

                posts.append(posts_item)

        project_number = d.pop("projectNumber", UNSET)

        project_title = d.pop("projectTitle", UNSET)

        _project_category = d.pop("projectCategory", UNSET)
        project_category: ResearchAndDevelopmentProjectCategory | Unset
        if isinstance(_project_category, Unset):
            project_category = UNSET
        else:
            project_category = ResearchAndDevelopmentProjectCategory(_project_category)

        application_approved_date = d.pop("applicationApprovedDate", UNSET)

        project_start_date = d.pop("projectStartDate", UNSET)

        project_end_date = d.pop("projectEndDate", UNSET)

        approved_rnd_incentive_start_year = d.pop("approvedRndIncentiveStartYear", UNSET)

        approved_rnd_incentive_end_year = d.pop("approvedRndIncentiveEndYear", UNSET)

        _project_status = d.pop("projectStatus", UNSET)
        project_status: ResearchAndDevelopmentProjectStatus | Unset
        if isinstance(_project_status, Unset):
            project_status = UNSET
        else:
            project_status = ResearchAndDevelopmentProjectStatus(_project_status)

        project_status_date = d.pop("projectStatusDate", UNSET)

        _resolutions = d.pop("resolutions", UNSET)
        resolutions: list[ResearchAndDevelopmentResolution] | Unset = UNSET
        if _resolutions is not UNSET:
            resolutions = []
            for resolutions_item_data in _resolutions:
                if resolutions_item_data is None:
                    continue
                resolutions_item = ResearchAndDevelopmentResolution.from_dict(resolutions_item_data)

                resolutions.append(resolutions_item)

        _business_category = d.pop("businessCategory", UNSET)
        business_category: ResearchAndDevelopmentBusinessCategory | Unset
        if isinstance(_business_category, Unset):
            business_category = UNSET
        else:
            business_category = ResearchAndDevelopmentBusinessCategory(_business_category)

        _is_collaborative_project_w_ith_other_enterprises = d.pop("isCollaborativeProjectWIthOtherEnterprises", UNSET)
        is_collaborative_project_w_ith_other_enterprises: (
            ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises | Unset
        )
        if isinstance(_is_collaborative_project_w_ith_other_enterprises, Unset):
            is_collaborative_project_w_ith_other_enterprises = UNSET
        else:
            is_collaborative_project_w_ith_other_enterprises = (
                ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises(
                    _is_collaborative_project_w_ith_other_enterprises
                )
            )

        _has_extensive_dissemination_through_conferences_publications_etc = d.pop(
            "hasExtensiveDisseminationThroughConferencesPublicationsEtc", UNSET
        )
        has_extensive_dissemination_through_conferences_publications_etc: (
            ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset
        )
        if isinstance(_has_extensive_dissemination_through_conferences_publications_etc, Unset):
            has_extensive_dissemination_through_conferences_publications_etc = UNSET
        else:
            has_extensive_dissemination_through_conferences_publications_etc = (
                ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc(
                    _has_extensive_dissemination_through_conferences_publications_etc
                )
            )

        maximum_approved_public_support_as_a_share_of_total_costs = d.pop(
            "maximumApprovedPublicSupportAsAShareOfTotalCosts", UNSET
        )

        total_costs_previous_years = d.pop("totalCostsPreviousYears", UNSET)

        total_gross_tax_deduction_from_previous_years = d.pop("totalGrossTaxDeductionFromPreviousYears", UNSET)

        cost_in_income_year = d.pop("costInIncomeYear", UNSET)

        included_personnel_costs_in_income_year = d.pop("includedPersonnelCostsInIncomeYear", UNSET)

        number_of_own_hours_in_income_year = d.pop("numberOfOwnHoursInIncomeYear", UNSET)

        _other_public_supports = d.pop("otherPublicSupports", UNSET)
        other_public_supports: list[ResearchAndDevelopmentOtherPublicSupport] | Unset = UNSET
        if _other_public_supports is not UNSET:
            other_public_supports = []
            for other_public_supports_item_data in _other_public_supports:
                if other_public_supports_item_data is None:
                    continue
                other_public_supports_item = ResearchAndDevelopmentOtherPublicSupport.from_dict(
                    other_public_supports_item_data
                )

                other_public_supports.append(other_public_supports_item)

        public_support_as_reduced_worker_fee = d.pop("publicSupportAsReducedWorkerFee", UNSET)

        total_gross_public_support_in_project_period = d.pop("totalGrossPublicSupportInProjectPeriod", UNSET)

        _was_in_economic_difficulties_at_application_time = d.pop("wasInEconomicDifficultiesAtApplicationTime", UNSET)
        was_in_economic_difficulties_at_application_time: (
            ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime | Unset
        )
        if isinstance(_was_in_economic_difficulties_at_application_time, Unset):
            was_in_economic_difficulties_at_application_time = UNSET
        else:
            was_in_economic_difficulties_at_application_time = (
                ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime(
                    _was_in_economic_difficulties_at_application_time
                )
            )

        _underlying_documents_used_for_assessment = d.pop("underlyingDocumentsUsedForAssessment", UNSET)
        underlying_documents_used_for_assessment: ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset
        if isinstance(_underlying_documents_used_for_assessment, Unset):
            underlying_documents_used_for_assessment = UNSET
        else:
            underlying_documents_used_for_assessment = ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment(
                _underlying_documents_used_for_assessment
            )

        underlying_documentation_date = d.pop("underlyingDocumentationDate", UNSET)

        total_costs_excluded_from_tax_deduction = d.pop("totalCostsExcludedFromTaxDeduction", UNSET)

        total_costs_for_entire_project_period = d.pop("totalCostsForEntireProjectPeriod", UNSET)

        max_approved_gross_amount_public_support = d.pop("maxApprovedGrossAmountPublicSupport", UNSET)

        assigned_support_beyond_max_gross_amount_public_support = d.pop(
            "assignedSupportBeyondMaxGrossAmountPublicSupport", UNSET
        )

        net_tax_deduction_before_reduction_against_other_public_support = d.pop(
            "netTaxDeductionBeforeReductionAgainstOtherPublicSupport", UNSET
        )

        tax_deduction_for_the_project = d.pop("taxDeductionForTheProject", UNSET)

        additional_tax_for_the_project = d.pop("additionalTaxForTheProject", UNSET)

        _project_to_be_signed_by_auditor = d.pop("projectToBeSignedByAuditor", UNSET)
        project_to_be_signed_by_auditor: ResearchAndDevelopmentProjectToBeSignedByAuditor | Unset
        if isinstance(_project_to_be_signed_by_auditor, Unset):
            project_to_be_signed_by_auditor = UNSET
        else:
            project_to_be_signed_by_auditor = ResearchAndDevelopmentProjectToBeSignedByAuditor(
                _project_to_be_signed_by_auditor
            )

        gross_value_tax_deduction = d.pop("grossValueTaxDeduction", UNSET)

        allocated_support_amount = d.pop("allocatedSupportAmount", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            sub_group_id=sub_group_id,
            posts=posts,
            project_number=project_number,
            project_title=project_title,
            project_category=project_category,
            application_approved_date=application_approved_date,
            project_start_date=project_start_date,
            project_end_date=project_end_date,
            approved_rnd_incentive_start_year=approved_rnd_incentive_start_year,
            approved_rnd_incentive_end_year=approved_rnd_incentive_end_year,
            project_status=project_status,
            project_status_date=project_status_date,
            resolutions=resolutions,
            business_category=business_category,
            is_collaborative_project_w_ith_other_enterprises=is_collaborative_project_w_ith_other_enterprises,
            has_extensive_dissemination_through_conferences_publications_etc=has_extensive_dissemination_through_conferences_publications_etc,
            maximum_approved_public_support_as_a_share_of_total_costs=maximum_approved_public_support_as_a_share_of_total_costs,
            total_costs_previous_years=total_costs_previous_years,
            total_gross_tax_deduction_from_previous_years=total_gross_tax_deduction_from_previous_years,
            cost_in_income_year=cost_in_income_year,
            included_personnel_costs_in_income_year=included_personnel_costs_in_income_year,
            number_of_own_hours_in_income_year=number_of_own_hours_in_income_year,
            other_public_supports=other_public_supports,
            public_support_as_reduced_worker_fee=public_support_as_reduced_worker_fee,
            total_gross_public_support_in_project_period=total_gross_public_support_in_project_period,
            was_in_economic_difficulties_at_application_time=was_in_economic_difficulties_at_application_time,
            underlying_documents_used_for_assessment=underlying_documents_used_for_assessment,
            underlying_documentation_date=underlying_documentation_date,
            total_costs_excluded_from_tax_deduction=total_costs_excluded_from_tax_deduction,
            total_costs_for_entire_project_period=total_costs_for_entire_project_period,
            max_approved_gross_amount_public_support=max_approved_gross_amount_public_support,
            assigned_support_beyond_max_gross_amount_public_support=assigned_support_beyond_max_gross_amount_public_support,
            net_tax_deduction_before_reduction_against_other_public_support=net_tax_deduction_before_reduction_against_other_public_support,
            tax_deduction_for_the_project=tax_deduction_for_the_project,
            additional_tax_for_the_project=additional_tax_for_the_project,
            project_to_be_signed_by_auditor=project_to_be_signed_by_auditor,
            gross_value_tax_deduction=gross_value_tax_deduction,
            allocated_support_amount=allocated_support_amount,
        )

        _obj.additional_properties = d
        return _obj

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
