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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("groupApex", dict, False),
    ("norwegianPartOfGroup", dict, False),
    ("calculationOfTotalNetCosts", dict, False),
    ("interestExpensesToCompaniesInSameGroup", dict, False),
    ("interestIncomeFromCompaniesInSameGroup", dict, False),
    ("interestExpensesToRelatedPartiesOutsideGroup", dict, False),
    ("interestIncomeFromRelatedPartiesOutsideGroup", dict, False),
    ("basisForCalculationOfInterestDeductionLimit", dict, False),
    ("forwardingDisallowedInterestDeductions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InterestLimitation(LazyModel):
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
        net_interest_costs (float | Unset): [read-only] Net interest cost from calculation of total net costs
        interest_deduction_limit (float | Unset): [read-only] Interest deduction limit
        additions_or_deductions_in_income_difference (float | Unset): [read-only] Additions or deductions in income
            difference
        income_addition_for_exceeding_interest_deduction_limit (float | Unset): [read-only] Income addition for
            exceeding interest deduction limit
        reversed_income_addition (float | Unset): [read-only] Reversed income addition
        income_addition_for_interest_deduction_denial_to_related_parties (float | Unset): [read-only] Income addition
            for interest deduction denial to related parties
        addition_to_income (float | Unset): [read-only] Addition to income
        deduction_from_income (float | Unset): [read-only] Deduction from income
        income_adjustment (float | Unset): [read-only] Income adjustment
        carried_forward_from_previous_years (float | Unset): [read-only] Income adjustment
        interest_expenses_for_carry_forward (float | Unset): [read-only] Interest expenses for carry forward
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

        company_compliance_with_interest_limitation = self.company_compliance_with_interest_limitation

        net_interest_costs_norwegian_group_exceeds_25mnok = self.net_interest_costs_norwegian_group_exceeds_25mnok

        company_uses_exception_rule = self.company_uses_exception_rule

        company_carried_forward_interest_deductions_from_previous_years = (
            self.company_carried_forward_interest_deductions_from_previous_years
        )

        group_apex: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_apex, Unset):
            group_apex = self.group_apex.to_dict()

        norwegian_part_of_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.norwegian_part_of_group, Unset):
            norwegian_part_of_group = self.norwegian_part_of_group.to_dict()

        calculation_of_total_net_costs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.calculation_of_total_net_costs, Unset):
            calculation_of_total_net_costs = self.calculation_of_total_net_costs.to_dict()

        interest_expenses_to_companies_in_same_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_expenses_to_companies_in_same_group, Unset):
            interest_expenses_to_companies_in_same_group = self.interest_expenses_to_companies_in_same_group.to_dict()

        interest_income_from_companies_in_same_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_income_from_companies_in_same_group, Unset):
            interest_income_from_companies_in_same_group = self.interest_income_from_companies_in_same_group.to_dict()

        interest_expenses_to_related_parties_outside_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_expenses_to_related_parties_outside_group, Unset):
            interest_expenses_to_related_parties_outside_group = (
                self.interest_expenses_to_related_parties_outside_group.to_dict()
            )

        interest_income_from_related_parties_outside_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interest_income_from_related_parties_outside_group, Unset):
            interest_income_from_related_parties_outside_group = (
                self.interest_income_from_related_parties_outside_group.to_dict()
            )

        basis_for_calculation_of_interest_deduction_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basis_for_calculation_of_interest_deduction_limit, Unset):
            basis_for_calculation_of_interest_deduction_limit = (
                self.basis_for_calculation_of_interest_deduction_limit.to_dict()
            )

        forwarding_disallowed_interest_deductions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.forwarding_disallowed_interest_deductions, Unset):
            forwarding_disallowed_interest_deductions = []
            for forwarding_disallowed_interest_deductions_item_data in self.forwarding_disallowed_interest_deductions:
                forwarding_disallowed_interest_deductions_item = (
                    forwarding_disallowed_interest_deductions_item_data.to_dict()
                )
                forwarding_disallowed_interest_deductions.append(forwarding_disallowed_interest_deductions_item)

        net_interest_costs = self.net_interest_costs

        interest_deduction_limit = self.interest_deduction_limit

        additions_or_deductions_in_income_difference = self.additions_or_deductions_in_income_difference

        income_addition_for_exceeding_interest_deduction_limit = (
            self.income_addition_for_exceeding_interest_deduction_limit
        )

        reversed_income_addition = self.reversed_income_addition

        income_addition_for_interest_deduction_denial_to_related_parties = (
            self.income_addition_for_interest_deduction_denial_to_related_parties
        )

        addition_to_income = self.addition_to_income

        deduction_from_income = self.deduction_from_income

        income_adjustment = self.income_adjustment

        carried_forward_from_previous_years = self.carried_forward_from_previous_years

        interest_expenses_for_carry_forward = self.interest_expenses_for_carry_forward

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
        if company_compliance_with_interest_limitation is not UNSET:
            field_dict["companyComplianceWithInterestLimitation"] = company_compliance_with_interest_limitation
        if net_interest_costs_norwegian_group_exceeds_25mnok is not UNSET:
            field_dict["netInterestCostsNorwegianGroupExceeds25MNOK"] = (
                net_interest_costs_norwegian_group_exceeds_25mnok
            )
        if company_uses_exception_rule is not UNSET:
            field_dict["companyUsesExceptionRule"] = company_uses_exception_rule
        if company_carried_forward_interest_deductions_from_previous_years is not UNSET:
            field_dict["companyCarriedForwardInterestDeductionsFromPreviousYears"] = (
                company_carried_forward_interest_deductions_from_previous_years
            )
        if group_apex is not UNSET:
            field_dict["groupApex"] = group_apex
        if norwegian_part_of_group is not UNSET:
            field_dict["norwegianPartOfGroup"] = norwegian_part_of_group
        if calculation_of_total_net_costs is not UNSET:
            field_dict["calculationOfTotalNetCosts"] = calculation_of_total_net_costs
        if interest_expenses_to_companies_in_same_group is not UNSET:
            field_dict["interestExpensesToCompaniesInSameGroup"] = interest_expenses_to_companies_in_same_group
        if interest_income_from_companies_in_same_group is not UNSET:
            field_dict["interestIncomeFromCompaniesInSameGroup"] = interest_income_from_companies_in_same_group
        if interest_expenses_to_related_parties_outside_group is not UNSET:
            field_dict["interestExpensesToRelatedPartiesOutsideGroup"] = (
                interest_expenses_to_related_parties_outside_group
            )
        if interest_income_from_related_parties_outside_group is not UNSET:
            field_dict["interestIncomeFromRelatedPartiesOutsideGroup"] = (
                interest_income_from_related_parties_outside_group
            )
        if basis_for_calculation_of_interest_deduction_limit is not UNSET:
            field_dict["basisForCalculationOfInterestDeductionLimit"] = (
                basis_for_calculation_of_interest_deduction_limit
            )
        if forwarding_disallowed_interest_deductions is not UNSET:
            field_dict["forwardingDisallowedInterestDeductions"] = forwarding_disallowed_interest_deductions
        if net_interest_costs is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = net_interest_costs
        if interest_deduction_limit is not UNSET and not _in_request:
            field_dict["interestDeductionLimit"] = interest_deduction_limit
        if additions_or_deductions_in_income_difference is not UNSET and not _in_request:
            field_dict["additionsOrDeductionsInIncomeDifference"] = additions_or_deductions_in_income_difference
        if income_addition_for_exceeding_interest_deduction_limit is not UNSET and not _in_request:
            field_dict["incomeAdditionForExceedingInterestDeductionLimit"] = (
                income_addition_for_exceeding_interest_deduction_limit
            )
        if reversed_income_addition is not UNSET and not _in_request:
            field_dict["reversedIncomeAddition"] = reversed_income_addition
        if income_addition_for_interest_deduction_denial_to_related_parties is not UNSET and not _in_request:
            field_dict["incomeAdditionForInterestDeductionDenialToRelatedParties"] = (
                income_addition_for_interest_deduction_denial_to_related_parties
            )
        if addition_to_income is not UNSET and not _in_request:
            field_dict["additionToIncome"] = addition_to_income
        if deduction_from_income is not UNSET and not _in_request:
            field_dict["deductionFromIncome"] = deduction_from_income
        if income_adjustment is not UNSET and not _in_request:
            field_dict["incomeAdjustment"] = income_adjustment
        if carried_forward_from_previous_years is not UNSET and not _in_request:
            field_dict["carriedForwardFromPreviousYears"] = carried_forward_from_previous_years
        if interest_expenses_for_carry_forward is not UNSET and not _in_request:
            field_dict["interestExpensesForCarryForward"] = interest_expenses_for_carry_forward

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_group_apex(_tx_v: Any) -> InterestLimitationGroupApex | Unset:
            _group_apex = _tx_v
            group_apex: InterestLimitationGroupApex | Unset
            if isinstance(_group_apex, Unset):
                group_apex = UNSET
            else:
                group_apex = InterestLimitationGroupApex._tx_from_json(_group_apex)

            return group_apex

        def _p_norwegian_part_of_group(_tx_v: Any) -> InterestLimitationNorwegianPartOfGroup | Unset:
            _norwegian_part_of_group = _tx_v
            norwegian_part_of_group: InterestLimitationNorwegianPartOfGroup | Unset
            if isinstance(_norwegian_part_of_group, Unset):
                norwegian_part_of_group = UNSET
            else:
                norwegian_part_of_group = InterestLimitationNorwegianPartOfGroup._tx_from_json(_norwegian_part_of_group)

            return norwegian_part_of_group

        def _p_calculation_of_total_net_costs(_tx_v: Any) -> InterestLimitationCalculationOfTotalNetCosts | Unset:
            _calculation_of_total_net_costs = _tx_v
            calculation_of_total_net_costs: InterestLimitationCalculationOfTotalNetCosts | Unset
            if isinstance(_calculation_of_total_net_costs, Unset):
                calculation_of_total_net_costs = UNSET
            else:
                calculation_of_total_net_costs = InterestLimitationCalculationOfTotalNetCosts._tx_from_json(
                    _calculation_of_total_net_costs
                )

            return calculation_of_total_net_costs

        def _p_interest_expenses_to_companies_in_same_group(
            _tx_v: Any,
        ) -> InterestExpensesToCompaniesInSameGroup | Unset:
            _interest_expenses_to_companies_in_same_group = _tx_v
            interest_expenses_to_companies_in_same_group: InterestExpensesToCompaniesInSameGroup | Unset
            if isinstance(_interest_expenses_to_companies_in_same_group, Unset):
                interest_expenses_to_companies_in_same_group = UNSET
            else:
                interest_expenses_to_companies_in_same_group = InterestExpensesToCompaniesInSameGroup._tx_from_json(
                    _interest_expenses_to_companies_in_same_group
                )

            return interest_expenses_to_companies_in_same_group

        def _p_interest_income_from_companies_in_same_group(
            _tx_v: Any,
        ) -> InterestIncomeFromCompaniesInSameGroup | Unset:
            _interest_income_from_companies_in_same_group = _tx_v
            interest_income_from_companies_in_same_group: InterestIncomeFromCompaniesInSameGroup | Unset
            if isinstance(_interest_income_from_companies_in_same_group, Unset):
                interest_income_from_companies_in_same_group = UNSET
            else:
                interest_income_from_companies_in_same_group = InterestIncomeFromCompaniesInSameGroup._tx_from_json(
                    _interest_income_from_companies_in_same_group
                )

            return interest_income_from_companies_in_same_group

        def _p_interest_expenses_to_related_parties_outside_group(
            _tx_v: Any,
        ) -> InterestExpensesToRelatedPartiesOutsideGroup | Unset:
            _interest_expenses_to_related_parties_outside_group = _tx_v
            interest_expenses_to_related_parties_outside_group: InterestExpensesToRelatedPartiesOutsideGroup | Unset
            if isinstance(_interest_expenses_to_related_parties_outside_group, Unset):
                interest_expenses_to_related_parties_outside_group = UNSET
            else:
                interest_expenses_to_related_parties_outside_group = (
                    InterestExpensesToRelatedPartiesOutsideGroup._tx_from_json(
                        _interest_expenses_to_related_parties_outside_group
                    )
                )

            return interest_expenses_to_related_parties_outside_group

        def _p_interest_income_from_related_parties_outside_group(
            _tx_v: Any,
        ) -> InterestIncomeFromRelatedPartiesOutsideGroup | Unset:
            _interest_income_from_related_parties_outside_group = _tx_v
            interest_income_from_related_parties_outside_group: InterestIncomeFromRelatedPartiesOutsideGroup | Unset
            if isinstance(_interest_income_from_related_parties_outside_group, Unset):
                interest_income_from_related_parties_outside_group = UNSET
            else:
                interest_income_from_related_parties_outside_group = (
                    InterestIncomeFromRelatedPartiesOutsideGroup._tx_from_json(
                        _interest_income_from_related_parties_outside_group
                    )
                )

            return interest_income_from_related_parties_outside_group

        def _p_basis_for_calculation_of_interest_deduction_limit(
            _tx_v: Any,
        ) -> InterestLimitationCalculationOfInterestDeductionLimit | Unset:
            _basis_for_calculation_of_interest_deduction_limit = _tx_v
            basis_for_calculation_of_interest_deduction_limit: (
                InterestLimitationCalculationOfInterestDeductionLimit | Unset
            )
            if isinstance(_basis_for_calculation_of_interest_deduction_limit, Unset):
                basis_for_calculation_of_interest_deduction_limit = UNSET
            else:
                basis_for_calculation_of_interest_deduction_limit = (
                    InterestLimitationCalculationOfInterestDeductionLimit._tx_from_json(
                        _basis_for_calculation_of_interest_deduction_limit
                    )
                )

            return basis_for_calculation_of_interest_deduction_limit

        def _p_forwarding_disallowed_interest_deductions(
            _tx_v: Any,
        ) -> list[ForwardingDisallowedInterestDeduction] | Unset:
            _forwarding_disallowed_interest_deductions = _tx_v
            forwarding_disallowed_interest_deductions: list[ForwardingDisallowedInterestDeduction] | Unset = UNSET
            if _forwarding_disallowed_interest_deductions is not UNSET:
                forwarding_disallowed_interest_deductions = []
                for forwarding_disallowed_interest_deductions_item_data in _forwarding_disallowed_interest_deductions:
                    if forwarding_disallowed_interest_deductions_item_data is None:
                        continue
                    forwarding_disallowed_interest_deductions_item = (
                        ForwardingDisallowedInterestDeduction._tx_from_json(
                            forwarding_disallowed_interest_deductions_item_data
                        )
                    )

                    forwarding_disallowed_interest_deductions.append(forwarding_disallowed_interest_deductions_item)

            return forwarding_disallowed_interest_deductions

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "company_compliance_with_interest_limitation": ("companyComplianceWithInterestLimitation", None),
            "net_interest_costs_norwegian_group_exceeds_25mnok": ("netInterestCostsNorwegianGroupExceeds25MNOK", None),
            "company_uses_exception_rule": ("companyUsesExceptionRule", None),
            "company_carried_forward_interest_deductions_from_previous_years": (
                "companyCarriedForwardInterestDeductionsFromPreviousYears",
                None,
            ),
            "group_apex": ("groupApex", _p_group_apex),
            "norwegian_part_of_group": ("norwegianPartOfGroup", _p_norwegian_part_of_group),
            "calculation_of_total_net_costs": ("calculationOfTotalNetCosts", _p_calculation_of_total_net_costs),
            "interest_expenses_to_companies_in_same_group": (
                "interestExpensesToCompaniesInSameGroup",
                _p_interest_expenses_to_companies_in_same_group,
            ),
            "interest_income_from_companies_in_same_group": (
                "interestIncomeFromCompaniesInSameGroup",
                _p_interest_income_from_companies_in_same_group,
            ),
            "interest_expenses_to_related_parties_outside_group": (
                "interestExpensesToRelatedPartiesOutsideGroup",
                _p_interest_expenses_to_related_parties_outside_group,
            ),
            "interest_income_from_related_parties_outside_group": (
                "interestIncomeFromRelatedPartiesOutsideGroup",
                _p_interest_income_from_related_parties_outside_group,
            ),
            "basis_for_calculation_of_interest_deduction_limit": (
                "basisForCalculationOfInterestDeductionLimit",
                _p_basis_for_calculation_of_interest_deduction_limit,
            ),
            "forwarding_disallowed_interest_deductions": (
                "forwardingDisallowedInterestDeductions",
                _p_forwarding_disallowed_interest_deductions,
            ),
            "net_interest_costs": ("netInterestCosts", None),
            "interest_deduction_limit": ("interestDeductionLimit", None),
            "additions_or_deductions_in_income_difference": ("additionsOrDeductionsInIncomeDifference", None),
            "income_addition_for_exceeding_interest_deduction_limit": (
                "incomeAdditionForExceedingInterestDeductionLimit",
                None,
            ),
            "reversed_income_addition": ("reversedIncomeAddition", None),
            "income_addition_for_interest_deduction_denial_to_related_parties": (
                "incomeAdditionForInterestDeductionDenialToRelatedParties",
                None,
            ),
            "addition_to_income": ("additionToIncome", None),
            "deduction_from_income": ("deductionFromIncome", None),
            "income_adjustment": ("incomeAdjustment", None),
            "carried_forward_from_previous_years": ("carriedForwardFromPreviousYears", None),
            "interest_expenses_for_carry_forward": ("interestExpensesForCarryForward", None),
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
