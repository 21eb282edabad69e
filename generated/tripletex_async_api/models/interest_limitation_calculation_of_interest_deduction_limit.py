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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InterestLimitationCalculationOfInterestDeductionLimit")


@_attrs_define
class InterestLimitationCalculationOfInterestDeductionLimit(Model):
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
        basis_for_calculation_of_interest_deduction_limit (float | Unset): Basis for calculation of interest deduction
            limit
        net_interest_costs (float | Unset): Net interest costs
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
        _v = self.this_years_result_from_tax_return
        if _v is not UNSET:
            field_dict["thisYearsResultFromTaxReturn"] = _v
        _v = self.given_group_contribution
        if _v is not UNSET:
            field_dict["givenGroupContribution"] = _v
        _v = self.additions_for_tax_depreciation_from_fixed_assets
        if _v is not UNSET:
            field_dict["additionsForTaxDepreciationFromFixedAssets"] = _v
        _v = self.direct_compensation_for_depreciated_asset
        if _v is not UNSET:
            field_dict["directCompensationForDepreciatedAsset"] = _v
        _v = self.amortized_lease_cost
        if _v is not UNSET:
            field_dict["amortizedLeaseCost"] = _v
        _v = self.deduction_for_group_contributions_not_included_in_calculation_basis
        if _v is not UNSET:
            field_dict["deductionForGroupContributionsNotIncludedInCalculationBasis"] = _v
        _v = self.basis_for_calculation_of_interest_deduction_limit
        if _v is not UNSET and not _in_request:
            field_dict["basisForCalculationOfInterestDeductionLimit"] = _v
        _v = self.net_interest_costs
        if _v is not UNSET and not _in_request:
            field_dict["netInterestCosts"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InterestLimitationCalculationOfInterestDeductionLimit from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InterestLimitationCalculationOfInterestDeductionLimit.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "thisYearsResultFromTaxReturn": "this_years_result_from_tax_return",
            "givenGroupContribution": "given_group_contribution",
            "additionsForTaxDepreciationFromFixedAssets": "additions_for_tax_depreciation_from_fixed_assets",
            "directCompensationForDepreciatedAsset": "direct_compensation_for_depreciated_asset",
            "amortizedLeaseCost": "amortized_lease_cost",
            "deductionForGroupContributionsNotIncludedInCalculationBasis": "deduction_for_group_contributions_not_included_in_calculation_basis",
            "basisForCalculationOfInterestDeductionLimit": "basis_for_calculation_of_interest_deduction_limit",
            "netInterestCosts": "net_interest_costs",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.this_years_result_from_tax_return = (
                        o.given_group_contribution
                    ) = o.additions_for_tax_depreciation_from_fixed_assets = (
                        o.direct_compensation_for_depreciated_asset
                    ) = o.amortized_lease_cost = (
                        o.deduction_for_group_contributions_not_included_in_calculation_basis
                    ) = o.basis_for_calculation_of_interest_deduction_limit = o.net_interest_costs = UNSET
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
                v = g("thisYearsResultFromTaxReturn")
                if v is None:
                    o.this_years_result_from_tax_return = u
                    if "thisYearsResultFromTaxReturn" not in d:
                        m += 1
                else:
                    o.this_years_result_from_tax_return = v
                v = g("givenGroupContribution")
                if v is None:
                    o.given_group_contribution = u
                    if "givenGroupContribution" not in d:
                        m += 1
                else:
                    o.given_group_contribution = v
                v = g("additionsForTaxDepreciationFromFixedAssets")
                if v is None:
                    o.additions_for_tax_depreciation_from_fixed_assets = u
                    if "additionsForTaxDepreciationFromFixedAssets" not in d:
                        m += 1
                else:
                    o.additions_for_tax_depreciation_from_fixed_assets = v
                v = g("directCompensationForDepreciatedAsset")
                if v is None:
                    o.direct_compensation_for_depreciated_asset = u
                    if "directCompensationForDepreciatedAsset" not in d:
                        m += 1
                else:
                    o.direct_compensation_for_depreciated_asset = v
                v = g("amortizedLeaseCost")
                if v is None:
                    o.amortized_lease_cost = u
                    if "amortizedLeaseCost" not in d:
                        m += 1
                else:
                    o.amortized_lease_cost = v
                v = g("deductionForGroupContributionsNotIncludedInCalculationBasis")
                if v is None:
                    o.deduction_for_group_contributions_not_included_in_calculation_basis = u
                    if "deductionForGroupContributionsNotIncludedInCalculationBasis" not in d:
                        m += 1
                else:
                    o.deduction_for_group_contributions_not_included_in_calculation_basis = v
                v = g("basisForCalculationOfInterestDeductionLimit")
                if v is None:
                    o.basis_for_calculation_of_interest_deduction_limit = u
                    if "basisForCalculationOfInterestDeductionLimit" not in d:
                        m += 1
                else:
                    o.basis_for_calculation_of_interest_deduction_limit = v
                v = g("netInterestCosts")
                if v is None:
                    o.net_interest_costs = u
                    if "netInterestCosts" not in d:
                        m += 1
                else:
                    o.net_interest_costs = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("this_years_result_from_tax_return", "thisYearsResultFromTaxReturn"),
            ("given_group_contribution", "givenGroupContribution"),
            ("additions_for_tax_depreciation_from_fixed_assets", "additionsForTaxDepreciationFromFixedAssets"),
            ("direct_compensation_for_depreciated_asset", "directCompensationForDepreciatedAsset"),
            ("amortized_lease_cost", "amortizedLeaseCost"),
            (
                "deduction_for_group_contributions_not_included_in_calculation_basis",
                "deductionForGroupContributionsNotIncludedInCalculationBasis",
            ),
            ("basis_for_calculation_of_interest_deduction_limit", "basisForCalculationOfInterestDeductionLimit"),
            ("net_interest_costs", "netInterestCosts"),
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
            v = s.this_years_result_from_tax_return
            o.this_years_result_from_tax_return = u if v is None else v
            v = s.given_group_contribution
            o.given_group_contribution = u if v is None else v
            v = s.additions_for_tax_depreciation_from_fixed_assets
            o.additions_for_tax_depreciation_from_fixed_assets = u if v is None else v
            v = s.direct_compensation_for_depreciated_asset
            o.direct_compensation_for_depreciated_asset = u if v is None else v
            v = s.amortized_lease_cost
            o.amortized_lease_cost = u if v is None else v
            v = s.deduction_for_group_contributions_not_included_in_calculation_basis
            o.deduction_for_group_contributions_not_included_in_calculation_basis = u if v is None else v
            v = s.basis_for_calculation_of_interest_deduction_limit
            o.basis_for_calculation_of_interest_deduction_limit = u if v is None else v
            v = s.net_interest_costs
            o.net_interest_costs = u if v is None else v
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
