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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.forwarding_disallowed_interest_deduction import ForwardingDisallowedInterestDeduction
    from ..models.generic_data import GenericData
    from ..models.interest_expenses_to_companies_in_same_group import InterestExpensesToCompaniesInSameGroup
    from ..models.interest_expenses_to_related_parties_outside_group import InterestExpensesToRelatedPartiesOutsideGroup
    from ..models.interest_income_from_companies_in_same_group import InterestIncomeFromCompaniesInSameGroup
    from ..models.interest_income_from_related_parties_outside_group import InterestIncomeFromRelatedPartiesOutsideGroup
    from ..models.interest_limitation_calculation_of_interest_deduction_limit import (
        InterestLimitationCalculationOfInterestDeductionLimit,
    )
    from ..models.interest_limitation_calculation_of_total_net_costs import InterestLimitationCalculationOfTotalNetCosts
    from ..models.interest_limitation_group_apex import InterestLimitationGroupApex
    from ..models.interest_limitation_norwegian_part_of_group import InterestLimitationNorwegianPartOfGroup
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestLimitation")


@_attrs_define
class InterestLimitation(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        company_compliance_with_interest_limitation (bool | Unset):
        net_interest_costs_norwegian_group_exceeds_25mnok (bool | Unset):
        company_uses_exception_rule (bool | Unset):
        company_carried_forward_interest_deductions_from_previous_years (bool | Unset):
        group_apex (InterestLimitationGroupApex | Unset):
        norwegian_part_of_group (InterestLimitationNorwegianPartOfGroup | Unset):
        calculation_of_total_net_costs (InterestLimitationCalculationOfTotalNetCosts | Unset):
        interest_expenses_to_companies_in_same_group (InterestExpensesToCompaniesInSameGroup | Unset):
        interest_income_from_companies_in_same_group (InterestIncomeFromCompaniesInSameGroup | Unset):
        interest_expenses_to_related_parties_outside_group (InterestExpensesToRelatedPartiesOutsideGroup | Unset):
        interest_income_from_related_parties_outside_group (InterestIncomeFromRelatedPartiesOutsideGroup | Unset):
        basis_for_calculation_of_interest_deduction_limit (InterestLimitationCalculationOfInterestDeductionLimit |
            Unset):
        forwarding_disallowed_interest_deductions (list[ForwardingDisallowedInterestDeduction] | Unset): Forwarding
            disallowed interest deductions
        net_interest_costs (float | Unset): Net interest cost from calculation of total net costs
        interest_deduction_limit (float | Unset): Interest deduction limit
        additions_or_deductions_in_income_difference (float | Unset): Additions or deductions in income difference
        income_addition_for_exceeding_interest_deduction_limit (float | Unset): Income addition for exceeding interest
            deduction limit
        reversed_income_addition (float | Unset): Reversed income addition
        income_addition_for_interest_deduction_denial_to_related_parties (float | Unset): Income addition for interest
            deduction denial to related parties
        addition_to_income (float | Unset): Addition to income
        deduction_from_income (float | Unset): Deduction from income
        income_adjustment (float | Unset): Income adjustment
        carried_forward_from_previous_years (float | Unset): Income adjustment
        interest_expenses_for_carry_forward (float | Unset): Interest expenses for carry forward
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    company_compliance_with_interest_limitation: bool | Unset = UNSET
    net_interest_costs_norwegian_group_exceeds_25mnok: bool | Unset = UNSET
    company_uses_exception_rule: bool | Unset = UNSET
    company_carried_forward_interest_deductions_from_previous_years: bool | Unset = UNSET
    group_apex: InterestLimitationGroupApex | Unset = UNSET
    norwegian_part_of_group: InterestLimitationNorwegianPartOfGroup | Unset = UNSET
    calculation_of_total_net_costs: InterestLimitationCalculationOfTotalNetCosts | Unset = UNSET
    interest_expenses_to_companies_in_same_group: InterestExpensesToCompaniesInSameGroup | Unset = UNSET
    interest_income_from_companies_in_same_group: InterestIncomeFromCompaniesInSameGroup | Unset = UNSET
    interest_expenses_to_related_parties_outside_group: InterestExpensesToRelatedPartiesOutsideGroup | Unset = UNSET
    interest_income_from_related_parties_outside_group: InterestIncomeFromRelatedPartiesOutsideGroup | Unset = UNSET
    basis_for_calculation_of_interest_deduction_limit: InterestLimitationCalculationOfInterestDeductionLimit | Unset = (
        UNSET
    )
    forwarding_disallowed_interest_deductions: list[ForwardingDisallowedInterestDeduction] | Unset = UNSET
    net_interest_costs: float | Unset = UNSET
    interest_deduction_limit: float | Unset = UNSET
    additions_or_deductions_in_income_difference: float | Unset = UNSET
    income_addition_for_exceeding_interest_deduction_limit: float | Unset = UNSET
    reversed_income_addition: float | Unset = UNSET
    income_addition_for_interest_deduction_denial_to_related_parties: float | Unset = UNSET
    addition_to_income: float | Unset = UNSET
    deduction_from_income: float | Unset = UNSET
    income_adjustment: float | Unset = UNSET
    carried_forward_from_previous_years: float | Unset = UNSET
    interest_expenses_for_carry_forward: float | Unset = UNSET
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
        _v = self.company_compliance_with_interest_limitation
        if _v is not UNSET:
            field_dict["companyComplianceWithInterestLimitation"] = _v
        _v = self.net_interest_costs_norwegian_group_exceeds_25mnok
        if _v is not UNSET:
            field_dict["netInterestCostsNorwegianGroupExceeds25MNOK"] = _v
        _v = self.company_uses_exception_rule
        if _v is not UNSET:
            field_dict["companyUsesExceptionRule"] = _v
        _v = self.company_carried_forward_interest_deductions_from_previous_years
        if _v is not UNSET:
            field_dict["companyCarriedForwardInterestDeductionsFromPreviousYears"] = _v
        _v = self.group_apex
        if _v is not UNSET:
            field_dict["groupApex"] = _v.to_dict()
        _v = self.norwegian_part_of_group
        if _v is not UNSET:
            field_dict["norwegianPartOfGroup"] = _v.to_dict()
        _v = self.calculation_of_total_net_costs
        if _v is not UNSET:
            field_dict["calculationOfTotalNetCosts"] = _v.to_dict()
        _v = self.interest_expenses_to_companies_in_same_group
        if _v is not UNSET:
            field_dict["interestExpensesToCompaniesInSameGroup"] = _v.to_dict()
        _v = self.interest_income_from_companies_in_same_group
        if _v is not UNSET:
            field_dict["interestIncomeFromCompaniesInSameGroup"] = _v.to_dict()
        _v = self.interest_expenses_to_related_parties_outside_group
        if _v is not UNSET:
            field_dict["interestExpensesToRelatedPartiesOutsideGroup"] = _v.to_dict()
        _v = self.interest_income_from_related_parties_outside_group
        if _v is not UNSET:
            field_dict["interestIncomeFromRelatedPartiesOutsideGroup"] = _v.to_dict()
        _v = self.basis_for_calculation_of_interest_deduction_limit
        if _v is not UNSET:
            field_dict["basisForCalculationOfInterestDeductionLimit"] = _v.to_dict()
        _v = self.forwarding_disallowed_interest_deductions
        if _v is not UNSET:
            field_dict["forwardingDisallowedInterestDeductions"] = [_e.to_dict() for _e in _v]
        _v = self.net_interest_costs
        if _v is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = _v
        _v = self.interest_deduction_limit
        if _v is not UNSET and not _in_request:
            field_dict["interestDeductionLimit"] = _v
        _v = self.additions_or_deductions_in_income_difference
        if _v is not UNSET and not _in_request:
            field_dict["additionsOrDeductionsInIncomeDifference"] = _v
        _v = self.income_addition_for_exceeding_interest_deduction_limit
        if _v is not UNSET and not _in_request:
            field_dict["incomeAdditionForExceedingInterestDeductionLimit"] = _v
        _v = self.reversed_income_addition
        if _v is not UNSET and not _in_request:
            field_dict["reversedIncomeAddition"] = _v
        _v = self.income_addition_for_interest_deduction_denial_to_related_parties
        if _v is not UNSET and not _in_request:
            field_dict["incomeAdditionForInterestDeductionDenialToRelatedParties"] = _v
        _v = self.addition_to_income
        if _v is not UNSET and not _in_request:
            field_dict["additionToIncome"] = _v
        _v = self.deduction_from_income
        if _v is not UNSET and not _in_request:
            field_dict["deductionFromIncome"] = _v
        _v = self.income_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["incomeAdjustment"] = _v
        _v = self.carried_forward_from_previous_years
        if _v is not UNSET and not _in_request:
            field_dict["carriedForwardFromPreviousYears"] = _v
        _v = self.interest_expenses_for_carry_forward
        if _v is not UNSET and not _in_request:
            field_dict["interestExpensesForCarryForward"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InterestLimitation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.forwarding_disallowed_interest_deduction import ForwardingDisallowedInterestDeduction  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.interest_expenses_to_companies_in_same_group import InterestExpensesToCompaniesInSameGroup  # noqa: PLC0415
        from ..models.interest_expenses_to_related_parties_outside_group import (
            InterestExpensesToRelatedPartiesOutsideGroup,  # noqa: PLC0415
        )
        from ..models.interest_income_from_companies_in_same_group import InterestIncomeFromCompaniesInSameGroup  # noqa: PLC0415
        from ..models.interest_income_from_related_parties_outside_group import (
            InterestIncomeFromRelatedPartiesOutsideGroup,  # noqa: PLC0415
        )
        from ..models.interest_limitation_calculation_of_interest_deduction_limit import (
            InterestLimitationCalculationOfInterestDeductionLimit,  # noqa: PLC0415
        )
        from ..models.interest_limitation_calculation_of_total_net_costs import (
            InterestLimitationCalculationOfTotalNetCosts,  # noqa: PLC0415
        )
        from ..models.interest_limitation_group_apex import InterestLimitationGroupApex  # noqa: PLC0415
        from ..models.interest_limitation_norwegian_part_of_group import InterestLimitationNorwegianPartOfGroup  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "companyComplianceWithInterestLimitation",
                "netInterestCostsNorwegianGroupExceeds25MNOK",
                "companyUsesExceptionRule",
                "companyCarriedForwardInterestDeductionsFromPreviousYears",
                "groupApex",
                "norwegianPartOfGroup",
                "calculationOfTotalNetCosts",
                "interestExpensesToCompaniesInSameGroup",
                "interestIncomeFromCompaniesInSameGroup",
                "interestExpensesToRelatedPartiesOutsideGroup",
                "interestIncomeFromRelatedPartiesOutsideGroup",
                "basisForCalculationOfInterestDeductionLimit",
                "forwardingDisallowedInterestDeductions",
                "netInterestCosts",
                "interestDeductionLimit",
                "additionsOrDeductionsInIncomeDifference",
                "incomeAdditionForExceedingInterestDeductionLimit",
                "reversedIncomeAddition",
                "incomeAdditionForInterestDeductionDenialToRelatedParties",
                "additionToIncome",
                "deductionFromIncome",
                "incomeAdjustment",
                "carriedForwardFromPreviousYears",
                "interestExpensesForCarryForward",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "companyComplianceWithInterestLimitation": "company_compliance_with_interest_limitation",
            "netInterestCostsNorwegianGroupExceeds25MNOK": "net_interest_costs_norwegian_group_exceeds_25mnok",
            "companyUsesExceptionRule": "company_uses_exception_rule",
            "companyCarriedForwardInterestDeductionsFromPreviousYears": "company_carried_forward_interest_deductions_from_previous_years",
            "netInterestCosts": "net_interest_costs",
            "interestDeductionLimit": "interest_deduction_limit",
            "additionsOrDeductionsInIncomeDifference": "additions_or_deductions_in_income_difference",
            "incomeAdditionForExceedingInterestDeductionLimit": "income_addition_for_exceeding_interest_deduction_limit",
            "reversedIncomeAddition": "reversed_income_addition",
            "incomeAdditionForInterestDeductionDenialToRelatedParties": "income_addition_for_interest_deduction_denial_to_related_parties",
            "additionToIncome": "addition_to_income",
            "deductionFromIncome": "deduction_from_income",
            "incomeAdjustment": "income_adjustment",
            "carriedForwardFromPreviousYears": "carried_forward_from_previous_years",
            "interestExpensesForCarryForward": "interest_expenses_for_carry_forward",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = (
                        o.company_compliance_with_interest_limitation
                    ) = o.net_interest_costs_norwegian_group_exceeds_25mnok = o.company_uses_exception_rule = (
                        o.company_carried_forward_interest_deductions_from_previous_years
                    ) = o.group_apex = o.norwegian_part_of_group = o.calculation_of_total_net_costs = (
                        o.interest_expenses_to_companies_in_same_group
                    ) = o.interest_income_from_companies_in_same_group = (
                        o.interest_expenses_to_related_parties_outside_group
                    ) = o.interest_income_from_related_parties_outside_group = (
                        o.basis_for_calculation_of_interest_deduction_limit
                    ) = o.forwarding_disallowed_interest_deductions = o.net_interest_costs = (
                        o.interest_deduction_limit
                    ) = o.additions_or_deductions_in_income_difference = (
                        o.income_addition_for_exceeding_interest_deduction_limit
                    ) = o.reversed_income_addition = (
                        o.income_addition_for_interest_deduction_denial_to_related_parties
                    ) = o.addition_to_income = o.deduction_from_income = o.income_adjustment = (
                        o.carried_forward_from_previous_years
                    ) = o.interest_expenses_for_carry_forward = UNSET
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
                v = g("companyComplianceWithInterestLimitation")
                if v is None:
                    o.company_compliance_with_interest_limitation = u
                    if "companyComplianceWithInterestLimitation" not in d:
                        m += 1
                else:
                    o.company_compliance_with_interest_limitation = v
                v = g("netInterestCostsNorwegianGroupExceeds25MNOK")
                if v is None:
                    o.net_interest_costs_norwegian_group_exceeds_25mnok = u
                    if "netInterestCostsNorwegianGroupExceeds25MNOK" not in d:
                        m += 1
                else:
                    o.net_interest_costs_norwegian_group_exceeds_25mnok = v
                v = g("companyUsesExceptionRule")
                if v is None:
                    o.company_uses_exception_rule = u
                    if "companyUsesExceptionRule" not in d:
                        m += 1
                else:
                    o.company_uses_exception_rule = v
                v = g("companyCarriedForwardInterestDeductionsFromPreviousYears")
                if v is None:
                    o.company_carried_forward_interest_deductions_from_previous_years = u
                    if "companyCarriedForwardInterestDeductionsFromPreviousYears" not in d:
                        m += 1
                else:
                    o.company_carried_forward_interest_deductions_from_previous_years = v
                k = "groupApex"
                v = g("groupApex")
                if v is None:
                    o.group_apex = u
                    if "groupApex" not in d:
                        m += 1
                else:
                    o.group_apex = InterestLimitationGroupApex._tx_parse(v)
                k = "norwegianPartOfGroup"
                v = g("norwegianPartOfGroup")
                if v is None:
                    o.norwegian_part_of_group = u
                    if "norwegianPartOfGroup" not in d:
                        m += 1
                else:
                    o.norwegian_part_of_group = InterestLimitationNorwegianPartOfGroup._tx_parse(v)
                k = "calculationOfTotalNetCosts"
                v = g("calculationOfTotalNetCosts")
                if v is None:
                    o.calculation_of_total_net_costs = u
                    if "calculationOfTotalNetCosts" not in d:
                        m += 1
                else:
                    o.calculation_of_total_net_costs = InterestLimitationCalculationOfTotalNetCosts._tx_parse(v)
                k = "interestExpensesToCompaniesInSameGroup"
                v = g("interestExpensesToCompaniesInSameGroup")
                if v is None:
                    o.interest_expenses_to_companies_in_same_group = u
                    if "interestExpensesToCompaniesInSameGroup" not in d:
                        m += 1
                else:
                    o.interest_expenses_to_companies_in_same_group = InterestExpensesToCompaniesInSameGroup._tx_parse(v)
                k = "interestIncomeFromCompaniesInSameGroup"
                v = g("interestIncomeFromCompaniesInSameGroup")
                if v is None:
                    o.interest_income_from_companies_in_same_group = u
                    if "interestIncomeFromCompaniesInSameGroup" not in d:
                        m += 1
                else:
                    o.interest_income_from_companies_in_same_group = InterestIncomeFromCompaniesInSameGroup._tx_parse(v)
                k = "interestExpensesToRelatedPartiesOutsideGroup"
                v = g("interestExpensesToRelatedPartiesOutsideGroup")
                if v is None:
                    o.interest_expenses_to_related_parties_outside_group = u
                    if "interestExpensesToRelatedPartiesOutsideGroup" not in d:
                        m += 1
                else:
                    o.interest_expenses_to_related_parties_outside_group = (
                        InterestExpensesToRelatedPartiesOutsideGroup._tx_parse(v)
                    )
                k = "interestIncomeFromRelatedPartiesOutsideGroup"
                v = g("interestIncomeFromRelatedPartiesOutsideGroup")
                if v is None:
                    o.interest_income_from_related_parties_outside_group = u
                    if "interestIncomeFromRelatedPartiesOutsideGroup" not in d:
                        m += 1
                else:
                    o.interest_income_from_related_parties_outside_group = (
                        InterestIncomeFromRelatedPartiesOutsideGroup._tx_parse(v)
                    )
                k = "basisForCalculationOfInterestDeductionLimit"
                v = g("basisForCalculationOfInterestDeductionLimit")
                if v is None:
                    o.basis_for_calculation_of_interest_deduction_limit = u
                    if "basisForCalculationOfInterestDeductionLimit" not in d:
                        m += 1
                else:
                    o.basis_for_calculation_of_interest_deduction_limit = (
                        InterestLimitationCalculationOfInterestDeductionLimit._tx_parse(v)
                    )
                k = "forwardingDisallowedInterestDeductions"
                v = g("forwardingDisallowedInterestDeductions")
                if v is None:
                    o.forwarding_disallowed_interest_deductions = u
                    if "forwardingDisallowedInterestDeductions" not in d:
                        m += 1
                else:
                    o.forwarding_disallowed_interest_deductions = (
                        ([ForwardingDisallowedInterestDeduction._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("netInterestCosts")
                if v is None:
                    o.net_interest_costs = u
                    if "netInterestCosts" not in d:
                        m += 1
                else:
                    o.net_interest_costs = v
                v = g("interestDeductionLimit")
                if v is None:
                    o.interest_deduction_limit = u
                    if "interestDeductionLimit" not in d:
                        m += 1
                else:
                    o.interest_deduction_limit = v
                v = g("additionsOrDeductionsInIncomeDifference")
                if v is None:
                    o.additions_or_deductions_in_income_difference = u
                    if "additionsOrDeductionsInIncomeDifference" not in d:
                        m += 1
                else:
                    o.additions_or_deductions_in_income_difference = v
                v = g("incomeAdditionForExceedingInterestDeductionLimit")
                if v is None:
                    o.income_addition_for_exceeding_interest_deduction_limit = u
                    if "incomeAdditionForExceedingInterestDeductionLimit" not in d:
                        m += 1
                else:
                    o.income_addition_for_exceeding_interest_deduction_limit = v
                v = g("reversedIncomeAddition")
                if v is None:
                    o.reversed_income_addition = u
                    if "reversedIncomeAddition" not in d:
                        m += 1
                else:
                    o.reversed_income_addition = v
                v = g("incomeAdditionForInterestDeductionDenialToRelatedParties")
                if v is None:
                    o.income_addition_for_interest_deduction_denial_to_related_parties = u
                    if "incomeAdditionForInterestDeductionDenialToRelatedParties" not in d:
                        m += 1
                else:
                    o.income_addition_for_interest_deduction_denial_to_related_parties = v
                v = g("additionToIncome")
                if v is None:
                    o.addition_to_income = u
                    if "additionToIncome" not in d:
                        m += 1
                else:
                    o.addition_to_income = v
                v = g("deductionFromIncome")
                if v is None:
                    o.deduction_from_income = u
                    if "deductionFromIncome" not in d:
                        m += 1
                else:
                    o.deduction_from_income = v
                v = g("incomeAdjustment")
                if v is None:
                    o.income_adjustment = u
                    if "incomeAdjustment" not in d:
                        m += 1
                else:
                    o.income_adjustment = v
                v = g("carriedForwardFromPreviousYears")
                if v is None:
                    o.carried_forward_from_previous_years = u
                    if "carriedForwardFromPreviousYears" not in d:
                        m += 1
                else:
                    o.carried_forward_from_previous_years = v
                v = g("interestExpensesForCarryForward")
                if v is None:
                    o.interest_expenses_for_carry_forward = u
                    if "interestExpensesForCarryForward" not in d:
                        m += 1
                else:
                    o.interest_expenses_for_carry_forward = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 28 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("company_compliance_with_interest_limitation", "companyComplianceWithInterestLimitation"),
            ("net_interest_costs_norwegian_group_exceeds_25mnok", "netInterestCostsNorwegianGroupExceeds25MNOK"),
            ("company_uses_exception_rule", "companyUsesExceptionRule"),
            (
                "company_carried_forward_interest_deductions_from_previous_years",
                "companyCarriedForwardInterestDeductionsFromPreviousYears",
            ),
            ("group_apex", "groupApex"),
            ("norwegian_part_of_group", "norwegianPartOfGroup"),
            ("calculation_of_total_net_costs", "calculationOfTotalNetCosts"),
            ("interest_expenses_to_companies_in_same_group", "interestExpensesToCompaniesInSameGroup"),
            ("interest_income_from_companies_in_same_group", "interestIncomeFromCompaniesInSameGroup"),
            ("interest_expenses_to_related_parties_outside_group", "interestExpensesToRelatedPartiesOutsideGroup"),
            ("interest_income_from_related_parties_outside_group", "interestIncomeFromRelatedPartiesOutsideGroup"),
            ("basis_for_calculation_of_interest_deduction_limit", "basisForCalculationOfInterestDeductionLimit"),
            ("forwarding_disallowed_interest_deductions", "forwardingDisallowedInterestDeductions"),
            ("net_interest_costs", "netInterestCosts"),
            ("interest_deduction_limit", "interestDeductionLimit"),
            ("additions_or_deductions_in_income_difference", "additionsOrDeductionsInIncomeDifference"),
            (
                "income_addition_for_exceeding_interest_deduction_limit",
                "incomeAdditionForExceedingInterestDeductionLimit",
            ),
            ("reversed_income_addition", "reversedIncomeAddition"),
            (
                "income_addition_for_interest_deduction_denial_to_related_parties",
                "incomeAdditionForInterestDeductionDenialToRelatedParties",
            ),
            ("addition_to_income", "additionToIncome"),
            ("deduction_from_income", "deductionFromIncome"),
            ("income_adjustment", "incomeAdjustment"),
            ("carried_forward_from_previous_years", "carriedForwardFromPreviousYears"),
            ("interest_expenses_for_carry_forward", "interestExpensesForCarryForward"),
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
            v = s.company_compliance_with_interest_limitation
            o.company_compliance_with_interest_limitation = u if v is None else v
            v = s.net_interest_costs_norwegian_group_exceeds_25mnok
            o.net_interest_costs_norwegian_group_exceeds_25mnok = u if v is None else v
            v = s.company_uses_exception_rule
            o.company_uses_exception_rule = u if v is None else v
            v = s.company_carried_forward_interest_deductions_from_previous_years
            o.company_carried_forward_interest_deductions_from_previous_years = u if v is None else v
            v = s.group_apex
            o.group_apex = u if v is None or v is u else InterestLimitationGroupApex._tx_parse(v)
            v = s.norwegian_part_of_group
            o.norwegian_part_of_group = (
                u if v is None or v is u else InterestLimitationNorwegianPartOfGroup._tx_parse(v)
            )
            v = s.calculation_of_total_net_costs
            o.calculation_of_total_net_costs = (
                u if v is None or v is u else InterestLimitationCalculationOfTotalNetCosts._tx_parse(v)
            )
            v = s.interest_expenses_to_companies_in_same_group
            o.interest_expenses_to_companies_in_same_group = (
                u if v is None or v is u else InterestExpensesToCompaniesInSameGroup._tx_parse(v)
            )
            v = s.interest_income_from_companies_in_same_group
            o.interest_income_from_companies_in_same_group = (
                u if v is None or v is u else InterestIncomeFromCompaniesInSameGroup._tx_parse(v)
            )
            v = s.interest_expenses_to_related_parties_outside_group
            o.interest_expenses_to_related_parties_outside_group = (
                u if v is None or v is u else InterestExpensesToRelatedPartiesOutsideGroup._tx_parse(v)
            )
            v = s.interest_income_from_related_parties_outside_group
            o.interest_income_from_related_parties_outside_group = (
                u if v is None or v is u else InterestIncomeFromRelatedPartiesOutsideGroup._tx_parse(v)
            )
            v = s.basis_for_calculation_of_interest_deduction_limit
            o.basis_for_calculation_of_interest_deduction_limit = (
                u if v is None or v is u else InterestLimitationCalculationOfInterestDeductionLimit._tx_parse(v)
            )
            v = s.forwarding_disallowed_interest_deductions
            o.forwarding_disallowed_interest_deductions = (
                u
                if v is None or v is u
                else ([ForwardingDisallowedInterestDeduction._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.net_interest_costs
            o.net_interest_costs = u if v is None else v
            v = s.interest_deduction_limit
            o.interest_deduction_limit = u if v is None else v
            v = s.additions_or_deductions_in_income_difference
            o.additions_or_deductions_in_income_difference = u if v is None else v
            v = s.income_addition_for_exceeding_interest_deduction_limit
            o.income_addition_for_exceeding_interest_deduction_limit = u if v is None else v
            v = s.reversed_income_addition
            o.reversed_income_addition = u if v is None else v
            v = s.income_addition_for_interest_deduction_denial_to_related_parties
            o.income_addition_for_interest_deduction_denial_to_related_parties = u if v is None else v
            v = s.addition_to_income
            o.addition_to_income = u if v is None else v
            v = s.deduction_from_income
            o.deduction_from_income = u if v is None else v
            v = s.income_adjustment
            o.income_adjustment = u if v is None else v
            v = s.carried_forward_from_previous_years
            o.carried_forward_from_previous_years = u if v is None else v
            v = s.interest_expenses_for_carry_forward
            o.interest_expenses_for_carry_forward = u if v is None else v
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
