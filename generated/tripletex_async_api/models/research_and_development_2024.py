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
    from ..models.research_and_development_collaborative_business import ResearchAndDevelopmentCollaborativeBusiness
    from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport
    from ..models.research_and_development_work_package import ResearchAndDevelopmentWorkPackage
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ResearchAndDevelopment2024")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("projectStatus", str, False),
    ("businessCategory", str, False),
    ("collaborativeProjectWithOtherEnterprises", str, False),
    ("hasExtensiveDisseminationThroughConferencesPublicationsEtc", str, False),
    ("appliedForOtherPublicAidInNorway", str, False),
    ("collaborativeBusinesses", list, False),
    ("workPackages", list, False),
    ("otherPublicSupportList", list, False),
    ("wasInEconomicDifficultiesAtApplicationTime", str, False),
    ("underlyingDocumentsUsedForAssessment", str, False),
    ("projectToBeSignedByAuditor", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ResearchAndDevelopment2024(LazyModel):
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
        total_gross_public_support_in_project_period (float | Unset): [read-only] Total Gross Public Support In Project
            Period
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

        project_status: str | Unset = UNSET
        if not isinstance(self.project_status, Unset):
            project_status = self.project_status.value

        approved_rnd_incentive_start_year = self.approved_rnd_incentive_start_year

        approved_rnd_incentive_end_year = self.approved_rnd_incentive_end_year

        business_category: str | Unset = UNSET
        if not isinstance(self.business_category, Unset):
            business_category = self.business_category.value

        collaborative_project_with_other_enterprises: str | Unset = UNSET
        if not isinstance(self.collaborative_project_with_other_enterprises, Unset):
            collaborative_project_with_other_enterprises = self.collaborative_project_with_other_enterprises.value

        stake_in_collaborative_project = self.stake_in_collaborative_project

        has_extensive_dissemination_through_conferences_publications_etc: str | Unset = UNSET
        if not isinstance(self.has_extensive_dissemination_through_conferences_publications_etc, Unset):
            has_extensive_dissemination_through_conferences_publications_etc = (
                self.has_extensive_dissemination_through_conferences_publications_etc.value
            )

        applied_for_other_public_aid_in_norway: str | Unset = UNSET
        if not isinstance(self.applied_for_other_public_aid_in_norway, Unset):
            applied_for_other_public_aid_in_norway = self.applied_for_other_public_aid_in_norway.value

        collaborative_businesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collaborative_businesses, Unset):
            collaborative_businesses = []
            for collaborative_businesses_item_data in self.collaborative_businesses:
                collaborative_businesses_item = collaborative_businesses_item_data.to_dict()
                collaborative_businesses.append(collaborative_businesses_item)

        work_packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_packages, Unset):
            work_packages = []
            for work_packages_item_data in self.work_packages:
                work_packages_item = work_packages_item_data.to_dict()
                work_packages.append(work_packages_item)

        total_cost_for_project_period = self.total_cost_for_project_period

        total_gross_tax_deduction_from_previous_years = self.total_gross_tax_deduction_from_previous_years

        other_public_support_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.other_public_support_list, Unset):
            other_public_support_list = []
            for other_public_support_list_item_data in self.other_public_support_list:
                other_public_support_list_item = other_public_support_list_item_data.to_dict()
                other_public_support_list.append(other_public_support_list_item)

        public_support_as_reduced_worker_fee = self.public_support_as_reduced_worker_fee

        total_gross_public_support_in_project_period = self.total_gross_public_support_in_project_period

        tax_deduction_for_project = self.tax_deduction_for_project

        added_tax_for_project = self.added_tax_for_project

        max_approved_gross_amount_of_public_support = self.max_approved_gross_amount_of_public_support

        gross_amount_tax_exemption_for_year = self.gross_amount_tax_exemption_for_year

        gross_amount_tax_exemption_for_previous_year = self.gross_amount_tax_exemption_for_previous_year

        amount_of_support_exceeding_approved_amount = self.amount_of_support_exceeding_approved_amount

        amount_of_support_exceeding_approved_amount_this_year = (
            self.amount_of_support_exceeding_approved_amount_this_year
        )

        remaining_aid_gross_value = self.remaining_aid_gross_value

        tax_deduction_for_reduction_against_other_state_aid = self.tax_deduction_for_reduction_against_other_state_aid

        was_in_economic_difficulties_at_application_time: str | Unset = UNSET
        if not isinstance(self.was_in_economic_difficulties_at_application_time, Unset):
            was_in_economic_difficulties_at_application_time = (
                self.was_in_economic_difficulties_at_application_time.value
            )

        underlying_documents_used_for_assessment: str | Unset = UNSET
        if not isinstance(self.underlying_documents_used_for_assessment, Unset):
            underlying_documents_used_for_assessment = self.underlying_documents_used_for_assessment.value

        underlying_documentation_date = self.underlying_documentation_date

        project_to_be_signed_by_auditor: str | Unset = UNSET
        if not isinstance(self.project_to_be_signed_by_auditor, Unset):
            project_to_be_signed_by_auditor = self.project_to_be_signed_by_auditor.value

        net_amount_aid_awarded = self.net_amount_aid_awarded

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
        if project_status is not UNSET:
            field_dict["projectStatus"] = project_status
        if approved_rnd_incentive_start_year is not UNSET:
            field_dict["approvedRndIncentiveStartYear"] = approved_rnd_incentive_start_year
        if approved_rnd_incentive_end_year is not UNSET:
            field_dict["approvedRndIncentiveEndYear"] = approved_rnd_incentive_end_year
        if business_category is not UNSET:
            field_dict["businessCategory"] = business_category
        if collaborative_project_with_other_enterprises is not UNSET:
            field_dict["collaborativeProjectWithOtherEnterprises"] = collaborative_project_with_other_enterprises
        if stake_in_collaborative_project is not UNSET:
            field_dict["stakeInCollaborativeProject"] = stake_in_collaborative_project
        if has_extensive_dissemination_through_conferences_publications_etc is not UNSET:
            field_dict["hasExtensiveDisseminationThroughConferencesPublicationsEtc"] = (
                has_extensive_dissemination_through_conferences_publications_etc
            )
        if applied_for_other_public_aid_in_norway is not UNSET:
            field_dict["appliedForOtherPublicAidInNorway"] = applied_for_other_public_aid_in_norway
        if collaborative_businesses is not UNSET:
            field_dict["collaborativeBusinesses"] = collaborative_businesses
        if work_packages is not UNSET:
            field_dict["workPackages"] = work_packages
        if total_cost_for_project_period is not UNSET:
            field_dict["totalCostForProjectPeriod"] = total_cost_for_project_period
        if total_gross_tax_deduction_from_previous_years is not UNSET:
            field_dict["totalGrossTaxDeductionFromPreviousYears"] = total_gross_tax_deduction_from_previous_years
        if other_public_support_list is not UNSET:
            field_dict["otherPublicSupportList"] = other_public_support_list
        if public_support_as_reduced_worker_fee is not UNSET:
            field_dict["publicSupportAsReducedWorkerFee"] = public_support_as_reduced_worker_fee
        if total_gross_public_support_in_project_period is not UNSET and not _in_request:
            field_dict["totalGrossPublicSupportInProjectPeriod"] = total_gross_public_support_in_project_period
        if tax_deduction_for_project is not UNSET:
            field_dict["taxDeductionForProject"] = tax_deduction_for_project
        if added_tax_for_project is not UNSET:
            field_dict["addedTaxForProject"] = added_tax_for_project
        if max_approved_gross_amount_of_public_support is not UNSET:
            field_dict["maxApprovedGrossAmountOfPublicSupport"] = max_approved_gross_amount_of_public_support
        if gross_amount_tax_exemption_for_year is not UNSET:
            field_dict["grossAmountTaxExemptionForYear"] = gross_amount_tax_exemption_for_year
        if gross_amount_tax_exemption_for_previous_year is not UNSET:
            field_dict["grossAmountTaxExemptionForPreviousYear"] = gross_amount_tax_exemption_for_previous_year
        if amount_of_support_exceeding_approved_amount is not UNSET:
            field_dict["amountOfSupportExceedingApprovedAmount"] = amount_of_support_exceeding_approved_amount
        if amount_of_support_exceeding_approved_amount_this_year is not UNSET:
            field_dict["amountOfSupportExceedingApprovedAmountThisYear"] = (
                amount_of_support_exceeding_approved_amount_this_year
            )
        if remaining_aid_gross_value is not UNSET:
            field_dict["remainingAidGrossValue"] = remaining_aid_gross_value
        if tax_deduction_for_reduction_against_other_state_aid is not UNSET:
            field_dict["taxDeductionForReductionAgainstOtherStateAid"] = (
                tax_deduction_for_reduction_against_other_state_aid
            )
        if was_in_economic_difficulties_at_application_time is not UNSET:
            field_dict["wasInEconomicDifficultiesAtApplicationTime"] = was_in_economic_difficulties_at_application_time
        if underlying_documents_used_for_assessment is not UNSET:
            field_dict["underlyingDocumentsUsedForAssessment"] = underlying_documents_used_for_assessment
        if underlying_documentation_date is not UNSET:
            field_dict["underlyingDocumentationDate"] = underlying_documentation_date
        if project_to_be_signed_by_auditor is not UNSET:
            field_dict["projectToBeSignedByAuditor"] = project_to_be_signed_by_auditor
        if net_amount_aid_awarded is not UNSET:
            field_dict["netAmountAidAwarded"] = net_amount_aid_awarded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ResearchAndDevelopment2024 from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.research_and_development_collaborative_business import ResearchAndDevelopmentCollaborativeBusiness  # noqa: PLC0415
        from ..models.research_and_development_other_public_support import ResearchAndDevelopmentOtherPublicSupport  # noqa: PLC0415
        from ..models.research_and_development_work_package import ResearchAndDevelopmentWorkPackage  # noqa: PLC0415
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

        def _p_project_status(_tx_v: Any) -> ResearchAndDevelopment2024ProjectStatus | Unset:
            _project_status = _tx_v
            project_status: ResearchAndDevelopment2024ProjectStatus | Unset
            if isinstance(_project_status, Unset):
                project_status = UNSET
            else:
                project_status = ResearchAndDevelopment2024ProjectStatus(_project_status)

            return project_status

        def _p_business_category(_tx_v: Any) -> ResearchAndDevelopment2024BusinessCategory | Unset:
            _business_category = _tx_v
            business_category: ResearchAndDevelopment2024BusinessCategory | Unset
            if isinstance(_business_category, Unset):
                business_category = UNSET
            else:
                business_category = ResearchAndDevelopment2024BusinessCategory(_business_category)

            return business_category

        def _p_collaborative_project_with_other_enterprises(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises | Unset:
            _collaborative_project_with_other_enterprises = _tx_v
            collaborative_project_with_other_enterprises: (
                ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises | Unset
            )
            if isinstance(_collaborative_project_with_other_enterprises, Unset):
                collaborative_project_with_other_enterprises = UNSET
            else:
                collaborative_project_with_other_enterprises = (
                    ResearchAndDevelopment2024CollaborativeProjectWithOtherEnterprises(
                        _collaborative_project_with_other_enterprises
                    )
                )

            return collaborative_project_with_other_enterprises

        def _p_has_extensive_dissemination_through_conferences_publications_etc(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset:
            _has_extensive_dissemination_through_conferences_publications_etc = _tx_v
            has_extensive_dissemination_through_conferences_publications_etc: (
                ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc | Unset
            )
            if isinstance(_has_extensive_dissemination_through_conferences_publications_etc, Unset):
                has_extensive_dissemination_through_conferences_publications_etc = UNSET
            else:
                has_extensive_dissemination_through_conferences_publications_etc = (
                    ResearchAndDevelopment2024HasExtensiveDisseminationThroughConferencesPublicationsEtc(
                        _has_extensive_dissemination_through_conferences_publications_etc
                    )
                )

            return has_extensive_dissemination_through_conferences_publications_etc

        def _p_applied_for_other_public_aid_in_norway(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway | Unset:
            _applied_for_other_public_aid_in_norway = _tx_v
            applied_for_other_public_aid_in_norway: ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway | Unset
            if isinstance(_applied_for_other_public_aid_in_norway, Unset):
                applied_for_other_public_aid_in_norway = UNSET
            else:
                applied_for_other_public_aid_in_norway = ResearchAndDevelopment2024AppliedForOtherPublicAidInNorway(
                    _applied_for_other_public_aid_in_norway
                )

            return applied_for_other_public_aid_in_norway

        def _p_collaborative_businesses(_tx_v: Any) -> list[ResearchAndDevelopmentCollaborativeBusiness] | Unset:
            _collaborative_businesses = _tx_v
            collaborative_businesses: list[ResearchAndDevelopmentCollaborativeBusiness] | Unset = UNSET
            if _collaborative_businesses is not UNSET:
                collaborative_businesses = []
                for collaborative_businesses_item_data in _collaborative_businesses:
                    if collaborative_businesses_item_data is None:
                        continue
                    collaborative_businesses_item = ResearchAndDevelopmentCollaborativeBusiness._tx_from_json(
                        collaborative_businesses_item_data
                    )

                    collaborative_businesses.append(collaborative_businesses_item)

            return collaborative_businesses

        def _p_work_packages(_tx_v: Any) -> list[ResearchAndDevelopmentWorkPackage] | Unset:
            _work_packages = _tx_v
            work_packages: list[ResearchAndDevelopmentWorkPackage] | Unset = UNSET
            if _work_packages is not UNSET:
                work_packages = []
                for work_packages_item_data in _work_packages:
                    if work_packages_item_data is None:
                        continue
                    work_packages_item = ResearchAndDevelopmentWorkPackage._tx_from_json(work_packages_item_data)

                    work_packages.append(work_packages_item)

            return work_packages

        def _p_other_public_support_list(_tx_v: Any) -> list[ResearchAndDevelopmentOtherPublicSupport] | Unset:
            _other_public_support_list = _tx_v
            other_public_support_list: list[ResearchAndDevelopmentOtherPublicSupport] | Unset = UNSET
            if _other_public_support_list is not UNSET:
                other_public_support_list = []
                for other_public_support_list_item_data in _other_public_support_list:
                    if other_public_support_list_item_data is None:
                        continue
                    other_public_support_list_item = ResearchAndDevelopmentOtherPublicSupport._tx_from_json(
                        other_public_support_list_item_data
                    )

                    other_public_support_list.append(other_public_support_list_item)

            return other_public_support_list

        def _p_was_in_economic_difficulties_at_application_time(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime | Unset:
            _was_in_economic_difficulties_at_application_time = _tx_v
            was_in_economic_difficulties_at_application_time: (
                ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime | Unset
            )
            if isinstance(_was_in_economic_difficulties_at_application_time, Unset):
                was_in_economic_difficulties_at_application_time = UNSET
            else:
                was_in_economic_difficulties_at_application_time = (
                    ResearchAndDevelopment2024WasInEconomicDifficultiesAtApplicationTime(
                        _was_in_economic_difficulties_at_application_time
                    )
                )

            return was_in_economic_difficulties_at_application_time

        def _p_underlying_documents_used_for_assessment(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment | Unset:
            _underlying_documents_used_for_assessment = _tx_v
            underlying_documents_used_for_assessment: (
                ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment | Unset
            )
            if isinstance(_underlying_documents_used_for_assessment, Unset):
                underlying_documents_used_for_assessment = UNSET
            else:
                underlying_documents_used_for_assessment = (
                    ResearchAndDevelopment2024UnderlyingDocumentsUsedForAssessment(
                        _underlying_documents_used_for_assessment
                    )
                )

            return underlying_documents_used_for_assessment

        def _p_project_to_be_signed_by_auditor(
            _tx_v: Any,
        ) -> ResearchAndDevelopment2024ProjectToBeSignedByAuditor | Unset:
            _project_to_be_signed_by_auditor = _tx_v
            project_to_be_signed_by_auditor: ResearchAndDevelopment2024ProjectToBeSignedByAuditor | Unset
            if isinstance(_project_to_be_signed_by_auditor, Unset):
                project_to_be_signed_by_auditor = UNSET
            else:
                project_to_be_signed_by_auditor = ResearchAndDevelopment2024ProjectToBeSignedByAuditor(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "project_number": ("projectNumber", None),
            "project_title": ("projectTitle", None),
            "project_status": ("projectStatus", _p_project_status),
            "approved_rnd_incentive_start_year": ("approvedRndIncentiveStartYear", None),
            "approved_rnd_incentive_end_year": ("approvedRndIncentiveEndYear", None),
            "business_category": ("businessCategory", _p_business_category),
            "collaborative_project_with_other_enterprises": (
                "collaborativeProjectWithOtherEnterprises",
                _p_collaborative_project_with_other_enterprises,
            ),
            "stake_in_collaborative_project": ("stakeInCollaborativeProject", None),
            "has_extensive_dissemination_through_conferences_publications_etc": (
                "hasExtensiveDisseminationThroughConferencesPublicationsEtc",
                _p_has_extensive_dissemination_through_conferences_publications_etc,
            ),
            "applied_for_other_public_aid_in_norway": (
                "appliedForOtherPublicAidInNorway",
                _p_applied_for_other_public_aid_in_norway,
            ),
            "collaborative_businesses": ("collaborativeBusinesses", _p_collaborative_businesses),
            "work_packages": ("workPackages", _p_work_packages),
            "total_cost_for_project_period": ("totalCostForProjectPeriod", None),
            "total_gross_tax_deduction_from_previous_years": ("totalGrossTaxDeductionFromPreviousYears", None),
            "other_public_support_list": ("otherPublicSupportList", _p_other_public_support_list),
            "public_support_as_reduced_worker_fee": ("publicSupportAsReducedWorkerFee", None),
            "total_gross_public_support_in_project_period": ("totalGrossPublicSupportInProjectPeriod", None),
            "tax_deduction_for_project": ("taxDeductionForProject", None),
            "added_tax_for_project": ("addedTaxForProject", None),
            "max_approved_gross_amount_of_public_support": ("maxApprovedGrossAmountOfPublicSupport", None),
            "gross_amount_tax_exemption_for_year": ("grossAmountTaxExemptionForYear", None),
            "gross_amount_tax_exemption_for_previous_year": ("grossAmountTaxExemptionForPreviousYear", None),
            "amount_of_support_exceeding_approved_amount": ("amountOfSupportExceedingApprovedAmount", None),
            "amount_of_support_exceeding_approved_amount_this_year": (
                "amountOfSupportExceedingApprovedAmountThisYear",
                None,
            ),
            "remaining_aid_gross_value": ("remainingAidGrossValue", None),
            "tax_deduction_for_reduction_against_other_state_aid": (
                "taxDeductionForReductionAgainstOtherStateAid",
                None,
            ),
            "was_in_economic_difficulties_at_application_time": (
                "wasInEconomicDifficultiesAtApplicationTime",
                _p_was_in_economic_difficulties_at_application_time,
            ),
            "underlying_documents_used_for_assessment": (
                "underlyingDocumentsUsedForAssessment",
                _p_underlying_documents_used_for_assessment,
            ),
            "underlying_documentation_date": ("underlyingDocumentationDate", None),
            "project_to_be_signed_by_auditor": ("projectToBeSignedByAuditor", _p_project_to_be_signed_by_auditor),
            "net_amount_aid_awarded": ("netAmountAidAwarded", None),
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
