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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestLimitationCalculationOfInterestDeductionLimit")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InterestLimitationCalculationOfInterestDeductionLimit(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        this_years_result_from_tax_return (float | Unset): This year result from tax return
        given_group_contribution (float | Unset): Given group contribution
        additions_for_tax_depreciation_from_fixed_assets (float | Unset): Additions for tax depreciation from fixed
            assets
        direct_compensation_for_depreciated_asset (float | Unset): Direct compensation for depreciated assets
        amortized_lease_cost (float | Unset): Amortized lease cost
        deduction_for_group_contributions_not_included_in_calculation_basis (float | Unset): Deduction for group
            contributions not included in calculation basis
        basis_for_calculation_of_interest_deduction_limit (float | Unset): [read-only] Basis for calculation of interest
            deduction limit
        net_interest_costs (float | Unset): [read-only] Net interest costs
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    this_years_result_from_tax_return: float | Unset = UNSET
    given_group_contribution: float | Unset = UNSET
    additions_for_tax_depreciation_from_fixed_assets: float | Unset = UNSET
    direct_compensation_for_depreciated_asset: float | Unset = UNSET
    amortized_lease_cost: float | Unset = UNSET
    deduction_for_group_contributions_not_included_in_calculation_basis: float | Unset = UNSET
    basis_for_calculation_of_interest_deduction_limit: float | Unset = UNSET
    net_interest_costs: float | Unset = UNSET
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

        this_years_result_from_tax_return = self.this_years_result_from_tax_return

        given_group_contribution = self.given_group_contribution

        additions_for_tax_depreciation_from_fixed_assets = self.additions_for_tax_depreciation_from_fixed_assets

        direct_compensation_for_depreciated_asset = self.direct_compensation_for_depreciated_asset

        amortized_lease_cost = self.amortized_lease_cost

        deduction_for_group_contributions_not_included_in_calculation_basis = (
            self.deduction_for_group_contributions_not_included_in_calculation_basis
        )

        basis_for_calculation_of_interest_deduction_limit = self.basis_for_calculation_of_interest_deduction_limit

        net_interest_costs = self.net_interest_costs

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
        if this_years_result_from_tax_return is not UNSET:
            field_dict["thisYearsResultFromTaxReturn"] = this_years_result_from_tax_return
        if given_group_contribution is not UNSET:
            field_dict["givenGroupContribution"] = given_group_contribution
        if additions_for_tax_depreciation_from_fixed_assets is not UNSET:
            field_dict["additionsForTaxDepreciationFromFixedAssets"] = additions_for_tax_depreciation_from_fixed_assets
        if direct_compensation_for_depreciated_asset is not UNSET:
            field_dict["directCompensationForDepreciatedAsset"] = direct_compensation_for_depreciated_asset
        if amortized_lease_cost is not UNSET:
            field_dict["amortizedLeaseCost"] = amortized_lease_cost
        if deduction_for_group_contributions_not_included_in_calculation_basis is not UNSET:
            field_dict["deductionForGroupContributionsNotIncludedInCalculationBasis"] = (
                deduction_for_group_contributions_not_included_in_calculation_basis
            )
        if basis_for_calculation_of_interest_deduction_limit is not UNSET and not _in_request:
            field_dict["basisForCalculationOfInterestDeductionLimit"] = (
                basis_for_calculation_of_interest_deduction_limit
            )
        if net_interest_costs is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = net_interest_costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitationCalculationOfInterestDeductionLimit from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
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

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "thisYearsResultFromTaxReturn",
                "givenGroupContribution",
                "additionsForTaxDepreciationFromFixedAssets",
                "directCompensationForDepreciatedAsset",
                "amortizedLeaseCost",
                "deductionForGroupContributionsNotIncludedInCalculationBasis",
                "basisForCalculationOfInterestDeductionLimit",
                "netInterestCosts",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "this_years_result_from_tax_return": ("thisYearsResultFromTaxReturn", None),
            "given_group_contribution": ("givenGroupContribution", None),
            "additions_for_tax_depreciation_from_fixed_assets": ("additionsForTaxDepreciationFromFixedAssets", None),
            "direct_compensation_for_depreciated_asset": ("directCompensationForDepreciatedAsset", None),
            "amortized_lease_cost": ("amortizedLeaseCost", None),
            "deduction_for_group_contributions_not_included_in_calculation_basis": (
                "deductionForGroupContributionsNotIncludedInCalculationBasis",
                None,
            ),
            "basis_for_calculation_of_interest_deduction_limit": ("basisForCalculationOfInterestDeductionLimit", None),
            "net_interest_costs": ("netInterestCosts", None),
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
