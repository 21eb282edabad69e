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
    from ..models.generic_data import GenericData
    from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport
    from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("projectCategory", str, False),
    ("projectStatus", str, False),
    ("resolutions", list, False),
    ("businessCategory", str, False),
    ("isCollaborativeProjectWIthOtherEnterprises", str, False),
    ("hasExtensiveDisseminationThroughConferencesPublicationsEtc", str, False),
    ("otherPublicSupports", list, False),
    ("wasInEconomicDifficultiesAtApplicationTime", str, False),
    ("underlyingDocumentsUsedForAssessment", str, False),
    ("projectToBeSignedByAuditor", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResearchAndDevelopment(LazyModel):
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
        self._tx_load()
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
        """A ResearchAndDevelopment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport  # noqa: PLC0415
        from ..models.research_and_development_resolution import ResearchAndDevelopmentResolution  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_posts(_tx_v: Any) -> list[GenericData] | Unset:
            _posts = _tx_v
            posts: list[GenericData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = GenericData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        def _p_project_category(_tx_v: Any) -> ResearchAndDevelopmentProjectCategory | Unset:
            _project_category = _tx_v
            project_category: ResearchAndDevelopmentProjectCategory | Unset
            if isinstance(_project_category, Unset):
                project_category = UNSET
            else:
                project_category = ResearchAndDevelopmentProjectCategory(_project_category)

            return project_category

        def _p_project_status(_tx_v: Any) -> ResearchAndDevelopmentProjectStatus | Unset:
            _project_status = _tx_v
            project_status: ResearchAndDevelopmentProjectStatus | Unset
            if isinstance(_project_status, Unset):
                project_status = UNSET
            else:
                project_status = ResearchAndDevelopmentProjectStatus(_project_status)

            return project_status

        def _p_resolutions(_tx_v: Any) -> list[ResearchAndDevelopmentResolution] | Unset:
            _resolutions = _tx_v
            resolutions: list[ResearchAndDevelopmentResolution] | Unset = UNSET
            if _resolutions is not UNSET:
                resolutions = []
                for resolutions_item_data in _resolutions:
                    if resolutions_item_data is None:
                        continue
                    resolutions_item = ResearchAndDevelopmentResolution._tx_from_json(resolutions_item_data)

                    resolutions.append(resolutions_item)

            return resolutions

        def _p_business_category(_tx_v: Any) -> ResearchAndDevelopmentBusinessCategory | Unset:
            _business_category = _tx_v
            business_category: ResearchAndDevelopmentBusinessCategory | Unset
            if isinstance(_business_category, Unset):
                business_category = UNSET
            else:
                business_category = ResearchAndDevelopmentBusinessCategory(_business_category)

            return business_category

        def _p_is_collaborative_project_w_ith_other_enterprises(
            _tx_v: Any,
        ) -> ResearchAndDevelopmentIsCollaborativeProjectWIthOtherEnterprises | Unset:
            _is_collaborative_project_w_ith_other_enterprises = _tx_v
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

            return is_collaborative_project_w_ith_other_enterprises

        def _p_has_extensive_dissemination_through_conferences_publications_etc(
            _tx_v: Any,
        ) -> ResearchAndDevelopmentHasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset:
            _has_extensive_dissemination_through_conferences_publications_etc = _tx_v
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

            return has_extensive_dissemination_through_conferences_publications_etc

        def _p_other_public_supports(_tx_v: Any) -> list[ResearchAndDevelopmentOtherPublicSupport] | Unset:
            _other_public_supports = _tx_v
            other_public_supports: list[ResearchAndDevelopmentOtherPublicSupport] | Unset = UNSET
            if _other_public_supports is not UNSET:
                other_public_supports = []
                for other_public_supports_item_data in _other_public_supports:
                    if other_public_supports_item_data is None:
                        continue
                    other_public_supports_item = ResearchAndDevelopmentOtherPublicSupport._tx_from_json(
                        other_public_supports_item_data
                    )

                    other_public_supports.append(other_public_supports_item)

            return other_public_supports

        def _p_was_in_economic_difficulties_at_application_time(
            _tx_v: Any,
        ) -> ResearchAndDevelopmentWasInEconomicDifficultiesAtApplicationTime | Unset:
            _was_in_economic_difficulties_at_application_time = _tx_v
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

            return was_in_economic_difficulties_at_application_time

        def _p_underlying_documents_used_for_assessment(
            _tx_v: Any,
        ) -> ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset:
            _underlying_documents_used_for_assessment = _tx_v
            underlying_documents_used_for_assessment: ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment | Unset
            if isinstance(_underlying_documents_used_for_assessment, Unset):
                underlying_documents_used_for_assessment = UNSET
            else:
                underlying_documents_used_for_assessment = ResearchAndDevelopmentUnderlyingDocumentsUsedForAssessment(
                    _underlying_documents_used_for_assessment
                )

            return underlying_documents_used_for_assessment

        def _p_project_to_be_signed_by_auditor(_tx_v: Any) -> ResearchAndDevelopmentProjectToBeSignedByAuditor | Unset:
            _project_to_be_signed_by_auditor = _tx_v
            project_to_be_signed_by_auditor: ResearchAndDevelopmentProjectToBeSignedByAuditor | Unset
            if isinstance(_project_to_be_signed_by_auditor, Unset):
                project_to_be_signed_by_auditor = UNSET
            else:
                project_to_be_signed_by_auditor = ResearchAndDevelopmentProjectToBeSignedByAuditor(
                    _project_to_be_signed_by_auditor
                )

            return project_to_be_signed_by_auditor

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "project_number": ("projectNumber", None),
            "project_title": ("projectTitle", None),
            "project_category": ("projectCategory", _p_project_category),
            "application_approved_date": ("applicationApprovedDate", None),
            "project_start_date": ("projectStartDate", None),
            "project_end_date": ("projectEndDate", None),
            "approved_rnd_incentive_start_year": ("approvedRndIncentiveStartYear", None),
            "approved_rnd_incentive_end_year": ("approvedRndIncentiveEndYear", None),
            "project_status": ("projectStatus", _p_project_status),
            "project_status_date": ("projectStatusDate", None),
            "resolutions": ("resolutions", _p_resolutions),
            "business_category": ("businessCategory", _p_business_category),
            "is_collaborative_project_w_ith_other_enterprises": (
                "isCollaborativeProjectWIthOtherEnterprises",
                _p_is_collaborative_project_w_ith_other_enterprises,
            ),
            "has_extensive_dissemination_through_conferences_publications_etc": (
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
                _p_has_extensive_dissemination_through_conferences_publications_etc,
            ),
            "maximum_approved_public_support_as_a_share_of_total_costs": (
                "maximumApprovedPublicSupportAsAShareOfTotalCosts",
                None,
            ),
            "total_costs_previous_years": ("totalCostsPreviousYears", None),
            "total_gross_tax_deduction_from_previous_years": ("totalGrossTaxDeductionFromPreviousYears", None),
            "cost_in_income_year": ("costInIncomeYear", None),
            "included_personnel_costs_in_income_year": ("includedPersonnelCostsInIncomeYear", None),
            "number_of_own_hours_in_income_year": ("numberOfOwnHoursInIncomeYear", None),
            "other_public_supports": ("otherPublicSupports", _p_other_public_supports),
            "public_support_as_reduced_worker_fee": ("publicSupportAsReducedWorkerFee", None),
            "total_gross_public_support_in_project_period": ("totalGrossPublicSupportInProjectPeriod", None),
            "was_in_economic_difficulties_at_application_time": (
                "wasInEconomicDifficultiesAtApplicationTime",
                _p_was_in_economic_difficulties_at_application_time,
            ),
            "underlying_documents_used_for_assessment": (
                "underlyingDocumentsUsedForAssessment",
                _p_underlying_documents_used_for_assessment,
            ),
            "underlying_documentation_date": ("underlyingDocumentationDate", None),
            "total_costs_excluded_from_tax_deduction": ("totalCostsExcludedFromTaxDeduction", None),
            "total_costs_for_entire_project_period": ("totalCostsForEntireProjectPeriod", None),
            "max_approved_gross_amount_public_support": ("maxApprovedGrossAmountPublicSupport", None),
            "assigned_support_beyond_max_gross_amount_public_support": (
                "assignedSupportBeyondMaxGrossAmountPublicSupport",
                None,
            ),
            "net_tax_deduction_before_reduction_against_other_public_support": (
                "netTaxDeductionBeforeReductionAgainstOtherPublicSupport",
                None,
            ),
            "tax_deduction_for_the_project": ("taxDeductionForTheProject", None),
            "additional_tax_for_the_project": ("additionalTaxForTheProject", None),
            "project_to_be_signed_by_auditor": ("projectToBeSignedByAuditor", _p_project_to_be_signed_by_auditor),
            "gross_value_tax_deduction": ("grossValueTaxDeduction", None),
            "allocated_support_amount": ("allocatedSupportAmount", None),
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
