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
    from ..models.generic_data import GenericData
    from ..models.interest_expenses_to_company_in_same_group import InterestExpensesToCompanyInSameGroup
    from ..models.interest_expenses_to_other_group_guarantor import InterestExpensesToOtherGroupGuarantor
    from ..models.interest_expenses_to_other_with_outstanding_claim import InterestExpensesToOtherWithOutstandingClaim
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestExpensesToCompaniesInSameGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("interestExpensesToCompanies", list, False),
    ("interestExpensesToOthersGroupGuarantor", list, False),
    ("interestExpensesToOthersWithOutstandingClaim", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InterestExpensesToCompaniesInSameGroup(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        interest_expenses_to_companies (list[InterestExpensesToCompanyInSameGroup] | Unset): Interest expenses to
            companies in the same group
        interest_expenses_to_others_group_guarantor (list[InterestExpensesToOtherGroupGuarantor] | Unset): Interest
            expenses to other group guarantor
        interest_expenses_to_others_with_outstanding_claim (list[InterestExpensesToOtherWithOutstandingClaim] | Unset):
            Interest expenses to other companies with outstanding claims
        total_interest_expenses (float | Unset): [read-only] Total interest expenses
        costs_for_guarantee_commission (float | Unset): Costs for guarantee commission
        total_interest_expenses_including_guarantee_costs (float | Unset): [read-only] Total interest expenses including
            guarantee costs
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    interest_expenses_to_companies: list[InterestExpensesToCompanyInSameGroup] | Unset = UNSET
    interest_expenses_to_others_group_guarantor: list[InterestExpensesToOtherGroupGuarantor] | Unset = UNSET
    interest_expenses_to_others_with_outstanding_claim: list[InterestExpensesToOtherWithOutstandingClaim] | Unset = (
        UNSET
    )
    total_interest_expenses: float | Unset = UNSET
    costs_for_guarantee_commission: float | Unset = UNSET
    total_interest_expenses_including_guarantee_costs: float | Unset = UNSET
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

        interest_expenses_to_companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interest_expenses_to_companies, Unset):
            interest_expenses_to_companies = []
            for interest_expenses_to_companies_item_data in self.interest_expenses_to_companies:
                interest_expenses_to_companies_item = interest_expenses_to_companies_item_data.to_dict()
                interest_expenses_to_companies.append(interest_expenses_to_companies_item)

        interest_expenses_to_others_group_guarantor: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interest_expenses_to_others_group_guarantor, Unset):
            interest_expenses_to_others_group_guarantor = []
            for (
                interest_expenses_to_others_group_guarantor_item_data
            ) in self.interest_expenses_to_others_group_guarantor:
                interest_expenses_to_others_group_guarantor_item = (
                    interest_expenses_to_others_group_guarantor_item_data.to_dict()
                )
                interest_expenses_to_others_group_guarantor.append(interest_expenses_to_others_group_guarantor_item)

        interest_expenses_to_others_with_outstanding_claim: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.interest_expenses_to_others_with_outstanding_claim, Unset):
            interest_expenses_to_others_with_outstanding_claim = []
            for (
                interest_expenses_to_others_with_outstanding_claim_item_data
            ) in self.interest_expenses_to_others_with_outstanding_claim:
                interest_expenses_to_others_with_outstanding_claim_item = (
                    interest_expenses_to_others_with_outstanding_claim_item_data.to_dict()
                )
                interest_expenses_to_others_with_outstanding_claim.append(
                    interest_expenses_to_others_with_outstanding_claim_item
                )

        total_interest_expenses = self.total_interest_expenses

        costs_for_guarantee_commission = self.costs_for_guarantee_commission

        total_interest_expenses_including_guarantee_costs = self.total_interest_expenses_including_guarantee_costs

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
        if interest_expenses_to_companies is not UNSET:
            field_dict["interestExpensesToCompanies"] = interest_expenses_to_companies
        if interest_expenses_to_others_group_guarantor is not UNSET:
            field_dict["interestExpensesToOthersGroupGuarantor"] = interest_expenses_to_others_group_guarantor
        if interest_expenses_to_others_with_outstanding_claim is not UNSET:
            field_dict["interestExpensesToOthersWithOutstandingClaim"] = (
                interest_expenses_to_others_with_outstanding_claim
            )
        if total_interest_expenses is not UNSET and not _in_request:
            field_dict["totalInterestExpenses"] = total_interest_expenses
        if costs_for_guarantee_commission is not UNSET:
            field_dict["costsForGuaranteeCommission"] = costs_for_guarantee_commission
        if total_interest_expenses_including_guarantee_costs is not UNSET and not _in_request:
            field_dict["totalInterestExpensesIncludingGuaranteeCosts"] = (
                total_interest_expenses_including_guarantee_costs
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestExpensesToCompaniesInSameGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.interest_expenses_to_company_in_same_group import InterestExpensesToCompanyInSameGroup  # noqa: PLC0415
        from ..models.interest_expenses_to_other_group_guarantor import InterestExpensesToOtherGroupGuarantor  # noqa: PLC0415
        from ..models.interest_expenses_to_other_with_outstanding_claim import (
            InterestExpensesToOtherWithOutstandingClaim,  # noqa: PLC0415
        )
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

        def _p_interest_expenses_to_companies(_tx_v: Any) -> list[InterestExpensesToCompanyInSameGroup] | Unset:
            _interest_expenses_to_companies = _tx_v
            interest_expenses_to_companies: list[InterestExpensesToCompanyInSameGroup] | Unset = UNSET
            if _interest_expenses_to_companies is not UNSET:
                interest_expenses_to_companies = []
                for interest_expenses_to_companies_item_data in _interest_expenses_to_companies:
                    if interest_expenses_to_companies_item_data is None:
                        continue
                    interest_expenses_to_companies_item = InterestExpensesToCompanyInSameGroup._tx_from_json(
                        interest_expenses_to_companies_item_data
                    )

                    interest_expenses_to_companies.append(interest_expenses_to_companies_item)

            return interest_expenses_to_companies

        def _p_interest_expenses_to_others_group_guarantor(
            _tx_v: Any,
        ) -> list[InterestExpensesToOtherGroupGuarantor] | Unset:
            _interest_expenses_to_others_group_guarantor = _tx_v
            interest_expenses_to_others_group_guarantor: list[InterestExpensesToOtherGroupGuarantor] | Unset = UNSET
            if _interest_expenses_to_others_group_guarantor is not UNSET:
                interest_expenses_to_others_group_guarantor = []
                for (
                    interest_expenses_to_others_group_guarantor_item_data
                ) in _interest_expenses_to_others_group_guarantor:
                    if interest_expenses_to_others_group_guarantor_item_data is None:
                        continue
                    interest_expenses_to_others_group_guarantor_item = (
                        InterestExpensesToOtherGroupGuarantor._tx_from_json(
                            interest_expenses_to_others_group_guarantor_item_data
                        )
                    )

                    interest_expenses_to_others_group_guarantor.append(interest_expenses_to_others_group_guarantor_item)

            return interest_expenses_to_others_group_guarantor

        def _p_interest_expenses_to_others_with_outstanding_claim(
            _tx_v: Any,
        ) -> list[InterestExpensesToOtherWithOutstandingClaim] | Unset:
            _interest_expenses_to_others_with_outstanding_claim = _tx_v
            interest_expenses_to_others_with_outstanding_claim: (
                list[InterestExpensesToOtherWithOutstandingClaim] | Unset
            ) = UNSET
            if _interest_expenses_to_others_with_outstanding_claim is not UNSET:
                interest_expenses_to_others_with_outstanding_claim = []
                for (
                    interest_expenses_to_others_with_outstanding_claim_item_data
                ) in _interest_expenses_to_others_with_outstanding_claim:
                    if interest_expenses_to_others_with_outstanding_claim_item_data is None:
                        continue
                    interest_expenses_to_others_with_outstanding_claim_item = (
                        InterestExpensesToOtherWithOutstandingClaim._tx_from_json(
                            interest_expenses_to_others_with_outstanding_claim_item_data
                        )
                    )

                    interest_expenses_to_others_with_outstanding_claim.append(
                        interest_expenses_to_others_with_outstanding_claim_item
                    )

            return interest_expenses_to_others_with_outstanding_claim

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "interestExpensesToCompanies",
                "interestExpensesToOthersGroupGuarantor",
                "interestExpensesToOthersWithOutstandingClaim",
                "totalInterestExpenses",
                "costsForGuaranteeCommission",
                "totalInterestExpensesIncludingGuaranteeCosts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "interest_expenses_to_companies": ("interestExpensesToCompanies", _p_interest_expenses_to_companies),
            "interest_expenses_to_others_group_guarantor": (
                "interestExpensesToOthersGroupGuarantor",
                _p_interest_expenses_to_others_group_guarantor,
            ),
            "interest_expenses_to_others_with_outstanding_claim": (
                "interestExpensesToOthersWithOutstandingClaim",
                _p_interest_expenses_to_others_with_outstanding_claim,
            ),
            "total_interest_expenses": ("totalInterestExpenses", None),
            "costs_for_guarantee_commission": ("costsForGuaranteeCommission", None),
            "total_interest_expenses_including_guarantee_costs": ("totalInterestExpensesIncludingGuaranteeCosts", None),
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
