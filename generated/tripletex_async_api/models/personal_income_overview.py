from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_income_overview_business_activity_type import PersonalIncomeOverviewBusinessActivityType
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
    from ..models.balance_group import BalanceGroup
    from ..models.personal_income import PersonalIncome
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="PersonalIncomeOverview")


@_attrs_define
class PersonalIncomeOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        income_group_id (int | Unset):
        business_activity_type (PersonalIncomeOverviewBusinessActivityType | Unset):
        industry_id (int | Unset):
        business_activity_title (str | Unset):
        business_activity_description (str | Unset):
        business_income (float | Unset):
        business_income_forestry (float | Unset):
        business_income_agriculture (float | Unset):
        business_income_forestry_and_agriculture (float | Unset):
        biomass_correction_forestry (float | Unset):
        biomass_correction_agriculture (float | Unset):
        correction_reindeer_husbandry (float | Unset):
        hide_from_personal_income (bool | Unset):
        show_forestry_and_agriculture_combo (bool | Unset):
        spouse_sharing_percentage (float | Unset):
        business_income_after_shared_with_spouse (float | Unset):
        business_income_after_shared_with_spouse_forestry (float | Unset):
        business_income_after_shared_with_spouse_agriculture (float | Unset):
        business_income_after_corrections (float | Unset):
        corrected_business_income (float | Unset):
        deductions_for_risk_free_return (float | Unset):
        risk_free_return (float | Unset):
        valid_basis_for_risk_free_return (bool | Unset):
        personal_income_for_the_year (float | Unset):
        after_shared_with_spouse (float | Unset):
        calculated_personal_income_spouse (float | Unset):
        calculated_business_income_spouse (float | Unset):
        calculated_business_income_spouse_forestry (float | Unset):
        calculated_business_income_spouse_agriculture (float | Unset):
        after_coordination (float | Unset):
        sum_opening_balance_before_enterprise_debt (float | Unset):
        sum_closing_balance_before_enterprise_debt (float | Unset):
        sum_opening_balance_after_enterprise_debt (float | Unset):
        sum_closing_balance_after_enterprise_debt (float | Unset):
        basis_for_risk_free_return_ex_enterprise_debt (float | Unset):
        basis_enterprise_debt (float | Unset):
        basis_for_risk_free_return_inc_enterprise_debt (float | Unset):
        sum_manual_corrections_opening_balance_before_enterprise_debt (float | Unset):
        sum_manual_corrections_closing_balance_before_enterprise_debt (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.income_group_id
        if _v is not UNSET:
            field_dict["incomeGroupId"] = _v
        _v = self.business_activity_type
        if _v is not UNSET:
            field_dict["businessActivityType"] = _v._value_
        _v = self.industry_id
        if _v is not UNSET and not _in_request:
            field_dict["industryId"] = _v
        _v = self.business_activity_title
        if _v is not UNSET and not _in_request:
            field_dict["businessActivityTitle"] = _v
        _v = self.business_activity_description
        if _v is not UNSET and not _in_request:
            field_dict["businessActivityDescription"] = _v
        _v = self.business_income
        if _v is not UNSET and not _in_request:
            field_dict["businessIncome"] = _v
        _v = self.business_income_forestry
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeForestry"] = _v
        _v = self.business_income_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeAgriculture"] = _v
        _v = self.business_income_forestry_and_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeForestryAndAgriculture"] = _v
        _v = self.biomass_correction_forestry
        if _v is not UNSET and not _in_request:
            field_dict["biomassCorrectionForestry"] = _v
        _v = self.biomass_correction_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["biomassCorrectionAgriculture"] = _v
        _v = self.correction_reindeer_husbandry
        if _v is not UNSET and not _in_request:
            field_dict["correctionReindeerHusbandry"] = _v
        _v = self.hide_from_personal_income
        if _v is not UNSET and not _in_request:
            field_dict["hideFromPersonalIncome"] = _v
        _v = self.show_forestry_and_agriculture_combo
        if _v is not UNSET and not _in_request:
            field_dict["showForestryAndAgricultureCombo"] = _v
        _v = self.spouse_sharing_percentage
        if _v is not UNSET and not _in_request:
            field_dict["spouseSharingPercentage"] = _v
        _v = self.business_income_after_shared_with_spouse
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouse"] = _v
        _v = self.business_income_after_shared_with_spouse_forestry
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouseForestry"] = _v
        _v = self.business_income_after_shared_with_spouse_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeAfterSharedWithSpouseAgriculture"] = _v
        _v = self.business_income_after_corrections
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeAfterCorrections"] = _v
        _v = self.corrected_business_income
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = _v
        _v = self.deductions_for_risk_free_return
        if _v is not UNSET and not _in_request:
            field_dict["deductionsForRiskFreeReturn"] = _v
        _v = self.risk_free_return
        if _v is not UNSET and not _in_request:
            field_dict["riskFreeReturn"] = _v
        _v = self.valid_basis_for_risk_free_return
        if _v is not UNSET and not _in_request:
            field_dict["validBasisForRiskFreeReturn"] = _v
        _v = self.personal_income_for_the_year
        if _v is not UNSET and not _in_request:
            field_dict["personalIncomeForTheYear"] = _v
        _v = self.after_shared_with_spouse
        if _v is not UNSET and not _in_request:
            field_dict["afterSharedWithSpouse"] = _v
        _v = self.calculated_personal_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["calculatedPersonalIncomeSpouse"] = _v
        _v = self.calculated_business_income_spouse
        if _v is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouse"] = _v
        _v = self.calculated_business_income_spouse_forestry
        if _v is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouseForestry"] = _v
        _v = self.calculated_business_income_spouse_agriculture
        if _v is not UNSET and not _in_request:
            field_dict["calculatedBusinessIncomeSpouseAgriculture"] = _v
        _v = self.after_coordination
        if _v is not UNSET and not _in_request:
            field_dict["afterCoordination"] = _v
        _v = self.sum_opening_balance_before_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceBeforeEnterpriseDebt"] = _v
        _v = self.sum_closing_balance_before_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumClosingBalanceBeforeEnterpriseDebt"] = _v
        _v = self.sum_opening_balance_after_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumOpeningBalanceAfterEnterpriseDebt"] = _v
        _v = self.sum_closing_balance_after_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumClosingBalanceAfterEnterpriseDebt"] = _v
        _v = self.basis_for_risk_free_return_ex_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["basisForRiskFreeReturnExEnterpriseDebt"] = _v
        _v = self.basis_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["basisEnterpriseDebt"] = _v
        _v = self.basis_for_risk_free_return_inc_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["basisForRiskFreeReturnIncEnterpriseDebt"] = _v
        _v = self.sum_manual_corrections_opening_balance_before_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt"] = _v
        _v = self.sum_manual_corrections_closing_balance_before_enterprise_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt"] = _v
        _v = self.balance_groups
        if _v is not UNSET:
            field_dict["balanceGroups"] = [_e.to_dict() for _e in _v]
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PersonalIncomeOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PersonalIncomeOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.balance_group import BalanceGroup  # noqa: PLC0415
        from ..models.personal_income import PersonalIncome  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _e_business_activity_type: dict[Any, Any] = enum_members(PersonalIncomeOverviewBusinessActivityType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "incomeGroupId": "income_group_id",
            "industryId": "industry_id",
            "businessActivityTitle": "business_activity_title",
            "businessActivityDescription": "business_activity_description",
            "businessIncome": "business_income",
            "businessIncomeForestry": "business_income_forestry",
            "businessIncomeAgriculture": "business_income_agriculture",
            "businessIncomeForestryAndAgriculture": "business_income_forestry_and_agriculture",
            "biomassCorrectionForestry": "biomass_correction_forestry",
            "biomassCorrectionAgriculture": "biomass_correction_agriculture",
            "correctionReindeerHusbandry": "correction_reindeer_husbandry",
            "hideFromPersonalIncome": "hide_from_personal_income",
            "showForestryAndAgricultureCombo": "show_forestry_and_agriculture_combo",
            "spouseSharingPercentage": "spouse_sharing_percentage",
            "businessIncomeAfterSharedWithSpouse": "business_income_after_shared_with_spouse",
            "businessIncomeAfterSharedWithSpouseForestry": "business_income_after_shared_with_spouse_forestry",
            "businessIncomeAfterSharedWithSpouseAgriculture": "business_income_after_shared_with_spouse_agriculture",
            "businessIncomeAfterCorrections": "business_income_after_corrections",
            "correctedBusinessIncome": "corrected_business_income",
            "deductionsForRiskFreeReturn": "deductions_for_risk_free_return",
            "riskFreeReturn": "risk_free_return",
            "validBasisForRiskFreeReturn": "valid_basis_for_risk_free_return",
            "personalIncomeForTheYear": "personal_income_for_the_year",
            "afterSharedWithSpouse": "after_shared_with_spouse",
            "calculatedPersonalIncomeSpouse": "calculated_personal_income_spouse",
            "calculatedBusinessIncomeSpouse": "calculated_business_income_spouse",
            "calculatedBusinessIncomeSpouseForestry": "calculated_business_income_spouse_forestry",
            "calculatedBusinessIncomeSpouseAgriculture": "calculated_business_income_spouse_agriculture",
            "afterCoordination": "after_coordination",
            "sumOpeningBalanceBeforeEnterpriseDebt": "sum_opening_balance_before_enterprise_debt",
            "sumClosingBalanceBeforeEnterpriseDebt": "sum_closing_balance_before_enterprise_debt",
            "sumOpeningBalanceAfterEnterpriseDebt": "sum_opening_balance_after_enterprise_debt",
            "sumClosingBalanceAfterEnterpriseDebt": "sum_closing_balance_after_enterprise_debt",
            "basisForRiskFreeReturnExEnterpriseDebt": "basis_for_risk_free_return_ex_enterprise_debt",
            "basisEnterpriseDebt": "basis_enterprise_debt",
            "basisForRiskFreeReturnIncEnterpriseDebt": "basis_for_risk_free_return_inc_enterprise_debt",
            "sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt": "sum_manual_corrections_opening_balance_before_enterprise_debt",
            "sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt": "sum_manual_corrections_closing_balance_before_enterprise_debt",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 14 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.income_group_id = o.business_activity_type = o.industry_id = (
                        o.business_activity_title
                    ) = o.business_activity_description = o.business_income = o.business_income_forestry = (
                        o.business_income_agriculture
                    ) = o.business_income_forestry_and_agriculture = o.biomass_correction_forestry = (
                        o.biomass_correction_agriculture
                    ) = o.correction_reindeer_husbandry = o.hide_from_personal_income = (
                        o.show_forestry_and_agriculture_combo
                    ) = o.spouse_sharing_percentage = o.business_income_after_shared_with_spouse = (
                        o.business_income_after_shared_with_spouse_forestry
                    ) = o.business_income_after_shared_with_spouse_agriculture = o.business_income_after_corrections = (
                        o.corrected_business_income
                    ) = o.deductions_for_risk_free_return = o.risk_free_return = o.valid_basis_for_risk_free_return = (
                        o.personal_income_for_the_year
                    ) = o.after_shared_with_spouse = o.calculated_personal_income_spouse = (
                        o.calculated_business_income_spouse
                    ) = o.calculated_business_income_spouse_forestry = (
                        o.calculated_business_income_spouse_agriculture
                    ) = o.after_coordination = o.sum_opening_balance_before_enterprise_debt = (
                        o.sum_closing_balance_before_enterprise_debt
                    ) = o.sum_opening_balance_after_enterprise_debt = o.sum_closing_balance_after_enterprise_debt = (
                        o.basis_for_risk_free_return_ex_enterprise_debt
                    ) = o.basis_enterprise_debt = o.basis_for_risk_free_return_inc_enterprise_debt = (
                        o.sum_manual_corrections_opening_balance_before_enterprise_debt
                    ) = o.sum_manual_corrections_closing_balance_before_enterprise_debt = o.balance_groups = o.posts = (
                        UNSET
                    )
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
                v = g("incomeGroupId")
                if v is None:
                    o.income_group_id = u
                    if "incomeGroupId" not in d:
                        m += 1
                else:
                    o.income_group_id = v
                k = "businessActivityType"
                v = g("businessActivityType")
                if v is None:
                    o.business_activity_type = u
                    if "businessActivityType" not in d:
                        m += 1
                else:
                    o.business_activity_type = (
                        e_
                        if (e_ := _e_business_activity_type.get(v)) is not None
                        else enum_value(PersonalIncomeOverviewBusinessActivityType, v)
                    )
                v = g("industryId")
                if v is None:
                    o.industry_id = u
                    if "industryId" not in d:
                        m += 1
                else:
                    o.industry_id = v
                v = g("businessActivityTitle")
                if v is None:
                    o.business_activity_title = u
                    if "businessActivityTitle" not in d:
                        m += 1
                else:
                    o.business_activity_title = v
                v = g("businessActivityDescription")
                if v is None:
                    o.business_activity_description = u
                    if "businessActivityDescription" not in d:
                        m += 1
                else:
                    o.business_activity_description = v
                v = g("businessIncome")
                if v is None:
                    o.business_income = u
                    if "businessIncome" not in d:
                        m += 1
                else:
                    o.business_income = v
                v = g("businessIncomeForestry")
                if v is None:
                    o.business_income_forestry = u
                    if "businessIncomeForestry" not in d:
                        m += 1
                else:
                    o.business_income_forestry = v
                v = g("businessIncomeAgriculture")
                if v is None:
                    o.business_income_agriculture = u
                    if "businessIncomeAgriculture" not in d:
                        m += 1
                else:
                    o.business_income_agriculture = v
                v = g("businessIncomeForestryAndAgriculture")
                if v is None:
                    o.business_income_forestry_and_agriculture = u
                    if "businessIncomeForestryAndAgriculture" not in d:
                        m += 1
                else:
                    o.business_income_forestry_and_agriculture = v
                v = g("biomassCorrectionForestry")
                if v is None:
                    o.biomass_correction_forestry = u
                    if "biomassCorrectionForestry" not in d:
                        m += 1
                else:
                    o.biomass_correction_forestry = v
                v = g("biomassCorrectionAgriculture")
                if v is None:
                    o.biomass_correction_agriculture = u
                    if "biomassCorrectionAgriculture" not in d:
                        m += 1
                else:
                    o.biomass_correction_agriculture = v
                v = g("correctionReindeerHusbandry")
                if v is None:
                    o.correction_reindeer_husbandry = u
                    if "correctionReindeerHusbandry" not in d:
                        m += 1
                else:
                    o.correction_reindeer_husbandry = v
                v = g("hideFromPersonalIncome")
                if v is None:
                    o.hide_from_personal_income = u
                    if "hideFromPersonalIncome" not in d:
                        m += 1
                else:
                    o.hide_from_personal_income = v
                v = g("showForestryAndAgricultureCombo")
                if v is None:
                    o.show_forestry_and_agriculture_combo = u
                    if "showForestryAndAgricultureCombo" not in d:
                        m += 1
                else:
                    o.show_forestry_and_agriculture_combo = v
                v = g("spouseSharingPercentage")
                if v is None:
                    o.spouse_sharing_percentage = u
                    if "spouseSharingPercentage" not in d:
                        m += 1
                else:
                    o.spouse_sharing_percentage = v
                v = g("businessIncomeAfterSharedWithSpouse")
                if v is None:
                    o.business_income_after_shared_with_spouse = u
                    if "businessIncomeAfterSharedWithSpouse" not in d:
                        m += 1
                else:
                    o.business_income_after_shared_with_spouse = v
                v = g("businessIncomeAfterSharedWithSpouseForestry")
                if v is None:
                    o.business_income_after_shared_with_spouse_forestry = u
                    if "businessIncomeAfterSharedWithSpouseForestry" not in d:
                        m += 1
                else:
                    o.business_income_after_shared_with_spouse_forestry = v
                v = g("businessIncomeAfterSharedWithSpouseAgriculture")
                if v is None:
                    o.business_income_after_shared_with_spouse_agriculture = u
                    if "businessIncomeAfterSharedWithSpouseAgriculture" not in d:
                        m += 1
                else:
                    o.business_income_after_shared_with_spouse_agriculture = v
                v = g("businessIncomeAfterCorrections")
                if v is None:
                    o.business_income_after_corrections = u
                    if "businessIncomeAfterCorrections" not in d:
                        m += 1
                else:
                    o.business_income_after_corrections = v
                v = g("correctedBusinessIncome")
                if v is None:
                    o.corrected_business_income = u
                    if "correctedBusinessIncome" not in d:
                        m += 1
                else:
                    o.corrected_business_income = v
                v = g("deductionsForRiskFreeReturn")
                if v is None:
                    o.deductions_for_risk_free_return = u
                    if "deductionsForRiskFreeReturn" not in d:
                        m += 1
                else:
                    o.deductions_for_risk_free_return = v
                v = g("riskFreeReturn")
                if v is None:
                    o.risk_free_return = u
                    if "riskFreeReturn" not in d:
                        m += 1
                else:
                    o.risk_free_return = v
                v = g("validBasisForRiskFreeReturn")
                if v is None:
                    o.valid_basis_for_risk_free_return = u
                    if "validBasisForRiskFreeReturn" not in d:
                        m += 1
                else:
                    o.valid_basis_for_risk_free_return = v
                v = g("personalIncomeForTheYear")
                if v is None:
                    o.personal_income_for_the_year = u
                    if "personalIncomeForTheYear" not in d:
                        m += 1
                else:
                    o.personal_income_for_the_year = v
                v = g("afterSharedWithSpouse")
                if v is None:
                    o.after_shared_with_spouse = u
                    if "afterSharedWithSpouse" not in d:
                        m += 1
                else:
                    o.after_shared_with_spouse = v
                v = g("calculatedPersonalIncomeSpouse")
                if v is None:
                    o.calculated_personal_income_spouse = u
                    if "calculatedPersonalIncomeSpouse" not in d:
                        m += 1
                else:
                    o.calculated_personal_income_spouse = v
                v = g("calculatedBusinessIncomeSpouse")
                if v is None:
                    o.calculated_business_income_spouse = u
                    if "calculatedBusinessIncomeSpouse" not in d:
                        m += 1
                else:
                    o.calculated_business_income_spouse = v
                v = g("calculatedBusinessIncomeSpouseForestry")
                if v is None:
                    o.calculated_business_income_spouse_forestry = u
                    if "calculatedBusinessIncomeSpouseForestry" not in d:
                        m += 1
                else:
                    o.calculated_business_income_spouse_forestry = v
                v = g("calculatedBusinessIncomeSpouseAgriculture")
                if v is None:
                    o.calculated_business_income_spouse_agriculture = u
                    if "calculatedBusinessIncomeSpouseAgriculture" not in d:
                        m += 1
                else:
                    o.calculated_business_income_spouse_agriculture = v
                v = g("afterCoordination")
                if v is None:
                    o.after_coordination = u
                    if "afterCoordination" not in d:
                        m += 1
                else:
                    o.after_coordination = v
                v = g("sumOpeningBalanceBeforeEnterpriseDebt")
                if v is None:
                    o.sum_opening_balance_before_enterprise_debt = u
                    if "sumOpeningBalanceBeforeEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_opening_balance_before_enterprise_debt = v
                v = g("sumClosingBalanceBeforeEnterpriseDebt")
                if v is None:
                    o.sum_closing_balance_before_enterprise_debt = u
                    if "sumClosingBalanceBeforeEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_closing_balance_before_enterprise_debt = v
                v = g("sumOpeningBalanceAfterEnterpriseDebt")
                if v is None:
                    o.sum_opening_balance_after_enterprise_debt = u
                    if "sumOpeningBalanceAfterEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_opening_balance_after_enterprise_debt = v
                v = g("sumClosingBalanceAfterEnterpriseDebt")
                if v is None:
                    o.sum_closing_balance_after_enterprise_debt = u
                    if "sumClosingBalanceAfterEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_closing_balance_after_enterprise_debt = v
                v = g("basisForRiskFreeReturnExEnterpriseDebt")
                if v is None:
                    o.basis_for_risk_free_return_ex_enterprise_debt = u
                    if "basisForRiskFreeReturnExEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.basis_for_risk_free_return_ex_enterprise_debt = v
                v = g("basisEnterpriseDebt")
                if v is None:
                    o.basis_enterprise_debt = u
                    if "basisEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.basis_enterprise_debt = v
                v = g("basisForRiskFreeReturnIncEnterpriseDebt")
                if v is None:
                    o.basis_for_risk_free_return_inc_enterprise_debt = u
                    if "basisForRiskFreeReturnIncEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.basis_for_risk_free_return_inc_enterprise_debt = v
                v = g("sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt")
                if v is None:
                    o.sum_manual_corrections_opening_balance_before_enterprise_debt = u
                    if "sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_manual_corrections_opening_balance_before_enterprise_debt = v
                v = g("sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt")
                if v is None:
                    o.sum_manual_corrections_closing_balance_before_enterprise_debt = u
                    if "sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt" not in d:
                        m += 1
                else:
                    o.sum_manual_corrections_closing_balance_before_enterprise_debt = v
                k = "balanceGroups"
                v = g("balanceGroups")
                if v is None:
                    o.balance_groups = u
                    if "balanceGroups" not in d:
                        m += 1
                else:
                    o.balance_groups = (
                        ([BalanceGroup._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([PersonalIncome._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 42 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("income_group_id", "incomeGroupId"),
            ("business_activity_type", "businessActivityType"),
            ("industry_id", "industryId"),
            ("business_activity_title", "businessActivityTitle"),
            ("business_activity_description", "businessActivityDescription"),
            ("business_income", "businessIncome"),
            ("business_income_forestry", "businessIncomeForestry"),
            ("business_income_agriculture", "businessIncomeAgriculture"),
            ("business_income_forestry_and_agriculture", "businessIncomeForestryAndAgriculture"),
            ("biomass_correction_forestry", "biomassCorrectionForestry"),
            ("biomass_correction_agriculture", "biomassCorrectionAgriculture"),
            ("correction_reindeer_husbandry", "correctionReindeerHusbandry"),
            ("hide_from_personal_income", "hideFromPersonalIncome"),
            ("show_forestry_and_agriculture_combo", "showForestryAndAgricultureCombo"),
            ("spouse_sharing_percentage", "spouseSharingPercentage"),
            ("business_income_after_shared_with_spouse", "businessIncomeAfterSharedWithSpouse"),
            ("business_income_after_shared_with_spouse_forestry", "businessIncomeAfterSharedWithSpouseForestry"),
            ("business_income_after_shared_with_spouse_agriculture", "businessIncomeAfterSharedWithSpouseAgriculture"),
            ("business_income_after_corrections", "businessIncomeAfterCorrections"),
            ("corrected_business_income", "correctedBusinessIncome"),
            ("deductions_for_risk_free_return", "deductionsForRiskFreeReturn"),
            ("risk_free_return", "riskFreeReturn"),
            ("valid_basis_for_risk_free_return", "validBasisForRiskFreeReturn"),
            ("personal_income_for_the_year", "personalIncomeForTheYear"),
            ("after_shared_with_spouse", "afterSharedWithSpouse"),
            ("calculated_personal_income_spouse", "calculatedPersonalIncomeSpouse"),
            ("calculated_business_income_spouse", "calculatedBusinessIncomeSpouse"),
            ("calculated_business_income_spouse_forestry", "calculatedBusinessIncomeSpouseForestry"),
            ("calculated_business_income_spouse_agriculture", "calculatedBusinessIncomeSpouseAgriculture"),
            ("after_coordination", "afterCoordination"),
            ("sum_opening_balance_before_enterprise_debt", "sumOpeningBalanceBeforeEnterpriseDebt"),
            ("sum_closing_balance_before_enterprise_debt", "sumClosingBalanceBeforeEnterpriseDebt"),
            ("sum_opening_balance_after_enterprise_debt", "sumOpeningBalanceAfterEnterpriseDebt"),
            ("sum_closing_balance_after_enterprise_debt", "sumClosingBalanceAfterEnterpriseDebt"),
            ("basis_for_risk_free_return_ex_enterprise_debt", "basisForRiskFreeReturnExEnterpriseDebt"),
            ("basis_enterprise_debt", "basisEnterpriseDebt"),
            ("basis_for_risk_free_return_inc_enterprise_debt", "basisForRiskFreeReturnIncEnterpriseDebt"),
            (
                "sum_manual_corrections_opening_balance_before_enterprise_debt",
                "sumManualCorrectionsOpeningBalanceBeforeEnterpriseDebt",
            ),
            (
                "sum_manual_corrections_closing_balance_before_enterprise_debt",
                "sumManualCorrectionsClosingBalanceBeforeEnterpriseDebt",
            ),
            ("balance_groups", "balanceGroups"),
            ("posts", "posts"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.income_group_id
            o.income_group_id = u if v is None else v
            v = s.business_activity_type
            o.business_activity_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_business_activity_type.get(v)) is not None
                else enum_value(PersonalIncomeOverviewBusinessActivityType, v)
            )
            v = s.industry_id
            o.industry_id = u if v is None else v
            v = s.business_activity_title
            o.business_activity_title = u if v is None else v
            v = s.business_activity_description
            o.business_activity_description = u if v is None else v
            v = s.business_income
            o.business_income = u if v is None else v
            v = s.business_income_forestry
            o.business_income_forestry = u if v is None else v
            v = s.business_income_agriculture
            o.business_income_agriculture = u if v is None else v
            v = s.business_income_forestry_and_agriculture
            o.business_income_forestry_and_agriculture = u if v is None else v
            v = s.biomass_correction_forestry
            o.biomass_correction_forestry = u if v is None else v
            v = s.biomass_correction_agriculture
            o.biomass_correction_agriculture = u if v is None else v
            v = s.correction_reindeer_husbandry
            o.correction_reindeer_husbandry = u if v is None else v
            v = s.hide_from_personal_income
            o.hide_from_personal_income = u if v is None else v
            v = s.show_forestry_and_agriculture_combo
            o.show_forestry_and_agriculture_combo = u if v is None else v
            v = s.spouse_sharing_percentage
            o.spouse_sharing_percentage = u if v is None else v
            v = s.business_income_after_shared_with_spouse
            o.business_income_after_shared_with_spouse = u if v is None else v
            v = s.business_income_after_shared_with_spouse_forestry
            o.business_income_after_shared_with_spouse_forestry = u if v is None else v
            v = s.business_income_after_shared_with_spouse_agriculture
            o.business_income_after_shared_with_spouse_agriculture = u if v is None else v
            v = s.business_income_after_corrections
            o.business_income_after_corrections = u if v is None else v
            v = s.corrected_business_income
            o.corrected_business_income = u if v is None else v
            v = s.deductions_for_risk_free_return
            o.deductions_for_risk_free_return = u if v is None else v
            v = s.risk_free_return
            o.risk_free_return = u if v is None else v
            v = s.valid_basis_for_risk_free_return
            o.valid_basis_for_risk_free_return = u if v is None else v
            v = s.personal_income_for_the_year
            o.personal_income_for_the_year = u if v is None else v
            v = s.after_shared_with_spouse
            o.after_shared_with_spouse = u if v is None else v
            v = s.calculated_personal_income_spouse
            o.calculated_personal_income_spouse = u if v is None else v
            v = s.calculated_business_income_spouse
            o.calculated_business_income_spouse = u if v is None else v
            v = s.calculated_business_income_spouse_forestry
            o.calculated_business_income_spouse_forestry = u if v is None else v
            v = s.calculated_business_income_spouse_agriculture
            o.calculated_business_income_spouse_agriculture = u if v is None else v
            v = s.after_coordination
            o.after_coordination = u if v is None else v
            v = s.sum_opening_balance_before_enterprise_debt
            o.sum_opening_balance_before_enterprise_debt = u if v is None else v
            v = s.sum_closing_balance_before_enterprise_debt
            o.sum_closing_balance_before_enterprise_debt = u if v is None else v
            v = s.sum_opening_balance_after_enterprise_debt
            o.sum_opening_balance_after_enterprise_debt = u if v is None else v
            v = s.sum_closing_balance_after_enterprise_debt
            o.sum_closing_balance_after_enterprise_debt = u if v is None else v
            v = s.basis_for_risk_free_return_ex_enterprise_debt
            o.basis_for_risk_free_return_ex_enterprise_debt = u if v is None else v
            v = s.basis_enterprise_debt
            o.basis_enterprise_debt = u if v is None else v
            v = s.basis_for_risk_free_return_inc_enterprise_debt
            o.basis_for_risk_free_return_inc_enterprise_debt = u if v is None else v
            v = s.sum_manual_corrections_opening_balance_before_enterprise_debt
            o.sum_manual_corrections_opening_balance_before_enterprise_debt = u if v is None else v
            v = s.sum_manual_corrections_closing_balance_before_enterprise_debt
            o.sum_manual_corrections_closing_balance_before_enterprise_debt = u if v is None else v
            v = s.balance_groups
            o.balance_groups = (
                u
                if v is None or v is u
                else ([BalanceGroup._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([PersonalIncome._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
