from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_income_overview_business_activity_type import PersonalIncomeOverviewBusinessActivityType
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
    from ..models.balance_group import BalanceGroup
    from ..models.personal_income import PersonalIncome
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="PersonalIncomeOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("businessActivityType", str, False),
    ("balanceGroups", list, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PersonalIncomeOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        income_group_id (int | Unset):
        business_activity_type (PersonalIncomeOverviewBusinessActivityType | Unset):
        industry_id (int | Unset): [read-only]
        business_activity_title (str | Unset): [read-only]
        business_activity_description (str | Unset): [read-only]
        business_income (float | Unset): [read-only]
        business_income_forestry (float | Unset): [read-only]
        business_income_agriculture (float | Unset): [read-only]
        business_income_forestry_and_agriculture (float | Unset): [read-only]
        biomass_correction_forestry (float | Unset): [read-only]
        biomass_correction_agriculture (float | Unset): [read-only]
        correction_reindeer_husbandry (float | Unset): [read-only]
        hide_from_personal_income (bool | Unset): [read-only]
        show_forestry_and_agriculture_combo (bool | Unset): [read-only]
        spouse_sharing_percentage (float | Unset): [read-only]
        business_income_after_shared_with_spouse (float | Unset): [read-only]
        business_income_after_shared_with_spouse_forestry (float | Unset): [read-only]
        business_income_after_shared_with_spouse_agriculture (float | Unset): [read-only]
        business_income_after_corrections (float | Unset): [read-only]
        corrected_business_income (float | Unset): [read-only]
        deductions_for_risk_free_return (float | Unset): [read-only]
        risk_free_return (float | Unset): [read-only]
        valid_basis_for_risk_free_return (bool | Unset): [read-only]
        personal_income_for_the_year (float | Unset): [read-only]
        after_shared_with_spouse (float | Unset): [read-only]
        calculated_personal_income_spouse (float | Unset): [read-only]
        calculated_business_income_spouse (float | Unset): [read-only]
        calculated_business_income_spouse_forestry (float | Unset): [read-only]
        calculated_business_income_spouse_agriculture (float | Unset): [read-only]
        after_coordination (float | Unset): [read-only]
        sum_opening_balance_before_enterprise_debt (float | Unset): [read-only]
        sum_closing_balance_before_enterprise_debt (float | Unset): [read-only]
        sum_opening_balance_after_enterprise_debt (float | Unset): [read-only]
        sum_closing_balance_after_enterprise_debt (float | Unset): [read-only]
        basis_for_risk_free_return_ex_enterprise_debt (float | Unset): [read-only]
        basis_enterprise_debt (float | Unset): [read-only]
        basis_for_risk_free_return_inc_enterprise_debt (float | Unset): [read-only]
        sum_manual_corrections_opening_balance_before_enterprise_debt (float | Unset): [read-only]
        sum_manual_corrections_closing_balance_before_enterprise_debt (float | Unset): [read-only]
        balance_groups (list[BalanceGroup] | Unset):
        posts (list[PersonalIncome] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    income_group_id: int | Unset = UNSET
    business_activity_type: PersonalIncomeOverviewBusinessActivityType | Unset = UNSET
    industry_id: int | Unset = UNSET
    business_activity_title: str | Unset = UNSET
    business_activity_description: str | Unset = UNSET
    business_income: float | Unset = UNSET
    business_income_forestry: float | Unset = UNSET
    business_income_agriculture: float | Unset = UNSET
    business_income_forestry_and_agriculture: float | Unset = UNSET
    biomass_correction_forestry: float | Unset = UNSET
    biomass_correction_agriculture: float | Unset = UNSET
    correction_reindeer_husbandry: float | Unset = UNSET
    hide_from_personal_income: bool | Unset = UNSET
    show_forestry_and_agriculture_combo: bool | Unset = UNSET
    spouse_sharing_percentage: float | Unset = UNSET
    business_income_after_shared_with_spouse: float | Unset = UNSET
    business_income_after_shared_with_spouse_forestry: float | Unset = UNSET
    business_income_after_shared_with_spouse_agriculture: float | Unset = UNSET
    business_income_after_corrections: float | Unset = UNSET
    corrected_business_income: float | Unset = UNSET
    deductions_for_risk_free_return: float | Unset = UNSET
    risk_free_return: float | Unset = UNSET
    valid_basis_for_risk_free_return: bool | Unset = UNSET
    personal_income_for_the_year: float | Unset = UNSET
    after_shared_with_spouse: float | Unset = UNSET
    calculated_personal_income_spouse: float | Unset = UNSET
    calculated_business_income_spouse: float | Unset = UNSET
    calculated_business_income_spouse_forestry: float | Unset = UNSET
    calculated_business_income_spouse_agriculture: float | Unset = UNSET
    after_coordination: float | Unset = UNSET
    sum_opening_balance_before_enterprise_debt: float | Unset = UNSET
    sum_closing_balance_before_enterprise_debt: float | Unset = UNSET
    sum_opening_balance_after_enterprise_debt: float | Unset = UNSET
    sum_closing_balance_after_enterprise_debt: float | Unset = UNSET
    basis_for_risk_free_return_ex_enterprise_debt: float | Unset = UNSET
    basis_enterprise_debt: float | Unset = UNSET
    basis_for_risk_free_return_inc_enterprise_debt: float | Unset = UNSET
    sum_manual_corrections_opening_balance_before_enterprise_debt: float | Unset = UNSET
    sum_manual_corrections_closing_balance_before_enterprise_debt: float | Unset = UNSET
    balance_groups: list[BalanceGroup] | Unset = UNSET
    posts: list[PersonalIncome] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        income_group_id = self.income_group_id

        business_activity_type: str | Unset = UNSET
        if not isinstance(self.business_activity_type, Unset):
            business_activity_type = self.business_activity_type.value

        industry_id = self.industry_id

        business_activity_title = self.business_activity_title

        business_activity_description = self.business_activity_description

        business_income = self.business_income

        business_income_forestry = self.business_income_forestry

        business_income_agriculture = self.business_income_agriculture

        business_income_forestry_and_agriculture = self.business_income_forestry_and_agriculture

        biomass_correction_forestry = self.biomass_correction_forestry

        biomass_correction_agriculture = self.biomass_correction_agriculture

        correction_reindeer_husbandry = self.correction_reindeer_husbandry

        hide_from_personal_income = self.hide_from_personal_income

        show_forestry_and_agriculture_combo = self.show_forestry_and_agriculture_combo

        spouse_sharing_percentage = self.spouse_sharing_percentage

        business_income_after_shared_with_spouse = self.business_income_after_shared_with_spouse

        business_income_after_shared_with_spouse_forestry = self.business_income_after_shared_with_spouse_forestry

        business_income_after_shared_with_spouse_agriculture = self.business_income_after_shared_with_spouse_agriculture

        business_income_after_corrections = self.business_income_after_corrections

        corrected_business_income = self.corrected_business_income

        deductions_for_risk_free_return = self.deductions_for_risk_free_return

        risk_free_return = self.risk_free_return

        valid_basis_for_risk_free_return = self.valid_basis_for_risk_free_return

        personal_income_for_the_year = self.personal_income_for_the_year

        after_shared_with_spouse = self.after_shared_with_spouse

        calculated_personal_income_spouse = self.calculated_personal_income_spouse

        calculated_business_income_spouse = self.calculated_business_income_spouse

        calculated_business_income_spouse_forestry = self.calculated_business_income_spouse_forestry

        calculated_business_income_spouse_agriculture = self.calculated_business_income_spouse_agriculture

        after_coordination = self.after_coordination

        sum_opening_balance_before_enterprise_debt = self.sum_opening_balance_before_enterprise_debt

        sum_closing_balance_before_enterprise_debt = self.sum_closing_balance_before_enterprise_debt

        sum_opening_balance_after_enterprise_debt = self.sum_opening_balance_after_enterprise_debt

        sum_closing_balance_after_enterprise_debt = self.sum_closing_balance_after_enterprise_debt

        basis_for_risk_free_return_ex_enterprise_debt = self.basis_for_risk_free_return_ex_enterprise_debt

        basis_enterprise_debt = self.basis_enterprise_debt

        basis_for_risk_free_return_inc_enterprise_debt = self.basis_for_risk_free_return_inc_enterprise_debt

        sum_manual_corrections_opening_balance_before_enterprise_debt = (
            self.sum_manual_corrections_opening_balance_before_enterprise_debt
        )

        sum_manual_corrections_closing_balance_before_enterprise_debt = (
            self.sum_manual_corrections_closing_balance_before_enterprise_debt
        )

        balance_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balance_groups, Unset):
            balance_groups = []
            for balance_groups_item_data in self.balance_groups:
                balance_groups_item = balance_groups_item_data.to_dict()
                balance_groups.append(balance_groups_item)

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if income_group_id is not UNSET:
            field_dict["incomeGroupId"] = income_group_id
        if business_activity_type is not UNSET:
            field_dict["businessActivityType"] = business_activity_type
        if industry_id is not UNSET and not _in_request:
            field_dict["industryId"] = industry_id
        if business_activity_title is not UNSET and not _in_request:
            field_dict["businessActivityTitle"] = business_activity_title
        if business_activity_description is not UNSET and not _in_request:
            field_dict["businessActivityDescription"] = business_activity_description
        if business_income is not UNSET and not _in_request:
            field_dict["businessIncome"] = business_income
        if business_income_forestry is not UNSET and not _in_request:
            field_dict["businessIncomeForestry"] = business_income_forestry
        if business_income_agriculture is not UNSET and not _in_request:
            field_dict["businessIncomeAgriculture"] = business_income_agriculture
        if business_income_forestry_and_agriculture is not UNSET and not _in_request:
            field_dict["businessIncomeForestryAndAgriculture"] = business_income_forestry_and_agriculture
        if biomass_correction_forestry is not UNSET and not _in_request:
            field_dict["biomassCorrectionForestry"] = biomass_correction_forestry
        if biomass_correction_agriculture is not UNSET and not _in_request:
            field_dict["biomassCorrectionAgriculture"] = biomass_correction_agriculture
        if correction_reindeer_husbandry is not UNSET and not _in_request:
            field_dict["correctionReindeerHusbandry"] = correction_reindeer_husbandry
        if hide_from_personal_income is not UNSET and not _in_request:
            field_dict["hideFromPersonalIncome"] = hide_from_personal_income
        if show_forestry_and_agriculture_combo is not UNSET and not _in_request:
            field_dict["showForestryAndAgricultureCombo"] = show_forestry_and_agriculture_combo
        if spouse_sharing_percentage is not UNSET and not _in_request:
            field_dict["spouseSharingPercentage"] = spouse_sharing_percentage
        if business_income_after_shared_with_spouse is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouse"] = business_income_after_shared_with_spouse
        if business_income_after_shared_with_spouse_forestry is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouseForestry"] = (
                business_income_after_shared_with_spouse_forestry
            )
        if business_income_after_shared_with_spouse_agriculture is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouseAgriculture"] = (
                business_income_after_shared_with_spouse_agriculture
            )
        if business_income_after_corrections is not UNSET and not _in_request:
            field_dict["businessIncomeAfterCorrections"] = business_income_after_corrections
        if corrected_business_income is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = corrected_business_income
        if deductions_for_risk_free_return is not UNSET and not _in_request:
            field_dict["deductionsForRiskFreeReturn"] = deductions_for_risk_free_return
        if risk_free_return is not UNSET and not _in_request:
            field_dict["riskFreeReturn"] = risk_free_return
        if valid_basis_for_risk_free_return is not UNSET and not _in_request:
            field_dict["validBasisForRiskFreeReturn"] = valid_basis_for_risk_free_return
        if personal_income_for_the_year is not UNSET and not _in_request:
            field_dict["personalIncomeForTheYear"] = personal_income_for_the_year
        if after_shared_with_spouse is not UNSET and not _in_request:
            field_dict["afterSharedWithSpouse"] = after_shared_with_spouse
        if calculated_personal_income_spouse is not UNSET and not _in_request:
            field_dict["calculatedPersonalIncomeSpouse"] = calculated_personal_income_spouse
        if calculated_business_income_spouse is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouse"] = calculated_business_income_spouse
        if calculated_business_income_spouse_forestry is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouseForestry"] = calculated_business_income_spouse_forestry
        if calculated_business_income_spouse_agriculture is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouseAgriculture"] = calculated_business_income_spouse_agriculture
        if after_coordination is not UNSET and not _in_request:
            field_dict["afterCoordination"] = after_coordination
        if sum_opening_balance_before_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceBeforeEnterpriseDebt"] = sum_opening_balance_before_enterprise_debt
        if sum_closing_balance_before_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumClosingBalanceBeforeEnterpriseDebt"] = sum_closing_balance_before_enterprise_debt
        if sum_opening_balance_after_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceAfterEnterpriseDebt"] = sum_opening_balance_after_enterprise_debt
        if sum_closing_balance_after_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumClosingBalanceAfterEnterpriseDebt"] = sum_closing_balance_after_enterprise_debt
        if basis_for_risk_free_return_ex_enterprise_debt is not UNSET and not _in_request:
            field_dict["basisForRiskFreeReturnExEnterpriseDebt"] = basis_for_risk_free_return_ex_enterprise_debt
        if basis_enterprise_debt is not UNSET and not _in_request:
            field_dict["basisEnterpriseDebt"] = basis_enterprise_debt
        if basis_for_risk_free_return_inc_enterprise_debt is not UNSET and not _in_request:
            field_dict["basisForRiskFreeReturnIncEnterpriseDebt"] = basis_for_risk_free_return_inc_enterprise_debt
        if sum_manual_corrections_opening_balance_before_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt"] = (
                sum_manual_corrections_opening_balance_before_enterprise_debt
            )
        if sum_manual_corrections_closing_balance_before_enterprise_debt is not UNSET and not _in_request:
            field_dict["sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt"] = (
                sum_manual_corrections_closing_balance_before_enterprise_debt
            )
        if balance_groups is not UNSET:
            field_dict["balanceGroups"] = balance_groups
        if posts is not UNSET:
            field_dict["posts"] = posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PersonalIncomeOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_group import BalanceGroup  # noqa: PLC0415
        from ..models.personal_income import PersonalIncome  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_business_activity_type(_tx_v: Any) -> PersonalIncomeOverviewBusinessActivityType | Unset:
            _business_activity_type = _tx_v
            business_activity_type: PersonalIncomeOverviewBusinessActivityType | Unset
            if isinstance(_business_activity_type, Unset):
                business_activity_type = UNSET
            else:
                business_activity_type = PersonalIncomeOverviewBusinessActivityType(_business_activity_type)

            return business_activity_type

        def _p_balance_groups(_tx_v: Any) -> list[BalanceGroup] | Unset:
            _balance_groups = _tx_v
            balance_groups: list[BalanceGroup] | Unset = UNSET
            if _balance_groups is not UNSET:
                balance_groups = []
                for balance_groups_item_data in _balance_groups:
                    if balance_groups_item_data is None:
                        continue
                    balance_groups_item = BalanceGroup._tx_from_json(balance_groups_item_data)

                    balance_groups.append(balance_groups_item)

            return balance_groups

        def _p_posts(_tx_v: Any) -> list[PersonalIncome] | Unset:
            _posts = _tx_v
            posts: list[PersonalIncome] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = PersonalIncome._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "incomeGroupId",
                "businessActivityType",
                "industryId",
                "businessActivityTitle",
                "businessActivityDescription",
                "businessIncome",
                "businessIncomeForestry",
                "businessIncomeAgriculture",
                "businessIncomeForestryAndAgriculture",
                "biomassCorrectionForestry",
                "biomassCorrectionAgriculture",
                "correctionReindeerHusbandry",
                "hideFromPersonalIncome",
                "showForestryAndAgricultureCombo",
                "spouseSharingPercentage",
                "businessIncomeAfterSharedWithSpouse",
                "businessIncomeAfterSharedWithSpouseForestry",
                "businessIncomeAfterSharedWithSpouseAgriculture",
                "businessIncomeAfterCorrections",
                "correctedBusinessIncome",
                "deductionsForRiskFreeReturn",
                "riskFreeReturn",
                "validBasisForRiskFreeReturn",
                "personalIncomeForTheYear",
                "afterSharedWithSpouse",
                "calculatedPersonalIncomeSpouse",
                "calculatedBusinessIncomeSpouse",
                "calculatedBusinessIncomeSpouseForestry",
                "calculatedBusinessIncomeSpouseAgriculture",
                "afterCoordination",
                "sumOpeningBalanceBeforeEnterpriseDebt",
                "sumClosingBalanceBeforeEnterpriseDebt",
                "sumOpeningBalanceAfterEnterpriseDebt",
                "sumClosingBalanceAfterEnterpriseDebt",
                "basisForRiskFreeReturnExEnterpriseDebt",
                "basisEnterpriseDebt",
                "basisForRiskFreeReturnIncEnterpriseDebt",
                "sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt",
                "sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt",
                "balanceGroups",
                "posts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "income_group_id": ("incomeGroupId", None),
            "business_activity_type": ("businessActivityType", _p_business_activity_type),
            "industry_id": ("industryId", None),
            "business_activity_title": ("businessActivityTitle", None),
            "business_activity_description": ("businessActivityDescription", None),
            "business_income": ("businessIncome", None),
            "business_income_forestry": ("businessIncomeForestry", None),
            "business_income_agriculture": ("businessIncomeAgriculture", None),
            "business_income_forestry_and_agriculture": ("businessIncomeForestryAndAgriculture", None),
            "biomass_correction_forestry": ("biomassCorrectionForestry", None),
            "biomass_correction_agriculture": ("biomassCorrectionAgriculture", None),
            "correction_reindeer_husbandry": ("correctionReindeerHusbandry", None),
            "hide_from_personal_income": ("hideFromPersonalIncome", None),
            "show_forestry_and_agriculture_combo": ("showForestryAndAgricultureCombo", None),
            "spouse_sharing_percentage": ("spouseSharingPercentage", None),
            "business_income_after_shared_with_spouse": ("businessIncomeAfterSharedWithSpouse", None),
            "business_income_after_shared_with_spouse_forestry": ("businessIncomeAfterSharedWithSpouseForestry", None),
            "business_income_after_shared_with_spouse_agriculture": (
                "businessIncomeAfterSharedWithSpouseAgriculture",
                None,
            ),
            "business_income_after_corrections": ("businessIncomeAfterCorrections", None),
            "corrected_business_income": ("correctedBusinessIncome", None),
            "deductions_for_risk_free_return": ("deductionsForRiskFreeReturn", None),
            "risk_free_return": ("riskFreeReturn", None),
            "valid_basis_for_risk_free_return": ("validBasisForRiskFreeReturn", None),
            "personal_income_for_the_year": ("personalIncomeForTheYear", None),
            "after_shared_with_spouse": ("afterSharedWithSpouse", None),
            "calculated_personal_income_spouse": ("calculatedPersonalIncomeSpouse", None),
            "calculated_business_income_spouse": ("calculatedBusinessIncomeSpouse", None),
            "calculated_business_income_spouse_forestry": ("calculatedBusinessIncomeSpouseForestry", None),
            "calculated_business_income_spouse_agriculture": ("calculatedBusinessIncomeSpouseAgriculture", None),
            "after_coordination": ("afterCoordination", None),
            "sum_opening_balance_before_enterprise_debt": ("sumOpeningBalanceBeforeEnterpriseDebt", None),
            "sum_closing_balance_before_enterprise_debt": ("sumClosingBalanceBeforeEnterpriseDebt", None),
            "sum_opening_balance_after_enterprise_debt": ("sumOpeningBalanceAfterEnterpriseDebt", None),
            "sum_closing_balance_after_enterprise_debt": ("sumClosingBalanceAfterEnterpriseDebt", None),
            "basis_for_risk_free_return_ex_enterprise_debt": ("basisForRiskFreeReturnExEnterpriseDebt", None),
            "basis_enterprise_debt": ("basisEnterpriseDebt", None),
            "basis_for_risk_free_return_inc_enterprise_debt": ("basisForRiskFreeReturnIncEnterpriseDebt", None),
            "sum_manual_corrections_opening_balance_before_enterprise_debt": (
                "sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt",
                None,
            ),
            "sum_manual_corrections_closing_balance_before_enterprise_debt": (
                "sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt",
                None,
            ),
            "balance_groups": ("balanceGroups", _p_balance_groups),
            "posts": ("posts", _p_posts),
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
