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
    from ..models.aid_scheme import AidScheme
    from ..models.generic_data import GenericData
    from ..models.tax_return import TaxReturn
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TaxReturnOverview")


@_attrs_define
class TaxReturnOverview(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        show_concern_relation (bool | Unset):
        show_forestry (bool | Unset):
        business_income (float | Unset):
        group_contribution_received (float | Unset):
        group_contribution_received_grouping (str | Unset):
        paid_group_contribution (float | Unset):
        paid_group_contribution_grouping (str | Unset):
        obtained_private_agreement_and_debt_forgiveness (float | Unset):
        obtained_private_agreement_and_debt_forgiveness_grouping (str | Unset):
        taxable_profit_for_the_year (float | Unset):
        taxable_profit_to_tax_return (float | Unset):
        accumulated_loss_from_previous_year (float | Unset):
        losses_in_business_and_real_estate (float | Unset):
        use_of_loss_carry_forwards (float | Unset):
        accumulated_loss_for_next_year (float | Unset):
        tax_value_tangible_fixed_assets (float | Unset):
        sum_amount_ans_da_group (float | Unset):
        sum_total_wealth_distribution (float | Unset):
        tax_value_inventories (float | Unset):
        tax_value_customer_receivables (float | Unset):
        negative_tax_value_customer_receivables (float | Unset):
        sum_gross_assets (float | Unset):
        total_debt_in_accounts (float | Unset):
        tax_to_pay (float | Unset):
        sum_debt (float | Unset):
        total_tax_value (float | Unset):
        reduction_of_asset_value (float | Unset):
        corrected_asset_value (float | Unset):
        value_per_share (float | Unset):
        total_value_shares_and_securities (float | Unset):
        total_value_real_estate (float | Unset):
        posts (list[GenericData] | Unset):
        capital_and_debt (list[TaxReturn] | Unset):
        aid_schemes (list[AidScheme] | Unset):
        tax_value_tangible_fixed_assets_after_valuation_discount (float | Unset):
        tangible_fixed_assets_valuation_discount (float | Unset):
        tax_value_inventories_after_valuation_discount (float | Unset):
        inventories_valuation_discount (float | Unset):
        tax_value_customer_receivables_after_valuation_discount (float | Unset):
        customer_receivables_valuation_discount (float | Unset):
        tax_value_shares_and_securities_after_valuation_discount (float | Unset):
        shares_and_securities_valuation_discount (float | Unset):
        tax_value_real_estate_after_valuation_discount (float | Unset):
        real_estate_valuation_discount (float | Unset):
        tax_value_sdf (float | Unset):
        tax_value_sdf_after_valuation_discount (float | Unset):
        sdf_debt (float | Unset):
        sdf_valuation_discount (float | Unset):
        tax_value_forestry_after_valuation_discount (float | Unset):
        forestry_valuation_discount (float | Unset):
        reduction_debt_valuation_discount (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    show_concern_relation: bool | Unset = UNSET
    show_forestry: bool | Unset = UNSET
    business_income: float | Unset = UNSET
    group_contribution_received: float | Unset = UNSET
    group_contribution_received_grouping: str | Unset = UNSET
    paid_group_contribution: float | Unset = UNSET
    paid_group_contribution_grouping: str | Unset = UNSET
    obtained_private_agreement_and_debt_forgiveness: float | Unset = UNSET
    obtained_private_agreement_and_debt_forgiveness_grouping: str | Unset = UNSET
    taxable_profit_for_the_year: float | Unset = UNSET
    taxable_profit_to_tax_return: float | Unset = UNSET
    accumulated_loss_from_previous_year: float | Unset = UNSET
    losses_in_business_and_real_estate: float | Unset = UNSET
    use_of_loss_carry_forwards: float | Unset = UNSET
    accumulated_loss_for_next_year: float | Unset = UNSET
    tax_value_tangible_fixed_assets: float | Unset = UNSET
    sum_amount_ans_da_group: float | Unset = UNSET
    sum_total_wealth_distribution: float | Unset = UNSET
    tax_value_inventories: float | Unset = UNSET
    tax_value_customer_receivables: float | Unset = UNSET
    negative_tax_value_customer_receivables: float | Unset = UNSET
    sum_gross_assets: float | Unset = UNSET
    total_debt_in_accounts: float | Unset = UNSET
    tax_to_pay: float | Unset = UNSET
    sum_debt: float | Unset = UNSET
    total_tax_value: float | Unset = UNSET
    reduction_of_asset_value: float | Unset = UNSET
    corrected_asset_value: float | Unset = UNSET
    value_per_share: float | Unset = UNSET
    total_value_shares_and_securities: float | Unset = UNSET
    total_value_real_estate: float | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    capital_and_debt: list[TaxReturn] | Unset = UNSET
    aid_schemes: list[AidScheme] | Unset = UNSET
    tax_value_tangible_fixed_assets_after_valuation_discount: float | Unset = UNSET
    tangible_fixed_assets_valuation_discount: float | Unset = UNSET
    tax_value_inventories_after_valuation_discount: float | Unset = UNSET
    inventories_valuation_discount: float | Unset = UNSET
    tax_value_customer_receivables_after_valuation_discount: float | Unset = UNSET
    customer_receivables_valuation_discount: float | Unset = UNSET
    tax_value_shares_and_securities_after_valuation_discount: float | Unset = UNSET
    shares_and_securities_valuation_discount: float | Unset = UNSET
    tax_value_real_estate_after_valuation_discount: float | Unset = UNSET
    real_estate_valuation_discount: float | Unset = UNSET
    tax_value_sdf: float | Unset = UNSET
    tax_value_sdf_after_valuation_discount: float | Unset = UNSET
    sdf_debt: float | Unset = UNSET
    sdf_valuation_discount: float | Unset = UNSET
    tax_value_forestry_after_valuation_discount: float | Unset = UNSET
    forestry_valuation_discount: float | Unset = UNSET
    reduction_debt_valuation_discount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.show_concern_relation
        if _v is not UNSET and not _in_request:
            field_dict["showConcernRelation"] = _v
        _v = self.show_forestry
        if _v is not UNSET and not _in_request:
            field_dict["showForestry"] = _v
        _v = self.business_income
        if _v is not UNSET and not _in_request:
            field_dict["businessIncome"] = _v
        _v = self.group_contribution_received
        if _v is not UNSET and not _in_request:
            field_dict["groupContributionReceived"] = _v
        _v = self.group_contribution_received_grouping
        if _v is not UNSET and not _in_request:
            field_dict["groupContributionReceivedGrouping"] = _v
        _v = self.paid_group_contribution
        if _v is not UNSET and not _in_request:
            field_dict["paidGroupContribution"] = _v
        _v = self.paid_group_contribution_grouping
        if _v is not UNSET and not _in_request:
            field_dict["paidGroupContributionGrouping"] = _v
        _v = self.obtained_private_agreement_and_debt_forgiveness
        if _v is not UNSET and not _in_request:
            field_dict["obtainedPrivateAgreementAndDebtForgiveness"] = _v
        _v = self.obtained_private_agreement_and_debt_forgiveness_grouping
        if _v is not UNSET and not _in_request:
            field_dict["obtainedPrivateAgreementAndDebtForgivenessGrouping"] = _v
        _v = self.taxable_profit_for_the_year
        if _v is not UNSET and not _in_request:
            field_dict["taxableProfitForTheYear"] = _v
        _v = self.taxable_profit_to_tax_return
        if _v is not UNSET and not _in_request:
            field_dict["taxableProfitToTaxReturn"] = _v
        _v = self.accumulated_loss_from_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["accumulatedLossFromPreviousYear"] = _v
        _v = self.losses_in_business_and_real_estate
        if _v is not UNSET and not _in_request:
            field_dict["lossesInBusinessAndRealEstate"] = _v
        _v = self.use_of_loss_carry_forwards
        if _v is not UNSET and not _in_request:
            field_dict["useOfLossCarryForwards"] = _v
        _v = self.accumulated_loss_for_next_year
        if _v is not UNSET and not _in_request:
            field_dict["accumulatedLossForNextYear"] = _v
        _v = self.tax_value_tangible_fixed_assets
        if _v is not UNSET and not _in_request:
            field_dict["taxValueTangibleFixedAssets"] = _v
        _v = self.sum_amount_ans_da_group
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountAnsDaGroup"] = _v
        _v = self.sum_total_wealth_distribution
        if _v is not UNSET and not _in_request:
            field_dict["sumTotalWealthDistribution"] = _v
        _v = self.tax_value_inventories
        if _v is not UNSET and not _in_request:
            field_dict["taxValueInventories"] = _v
        _v = self.tax_value_customer_receivables
        if _v is not UNSET and not _in_request:
            field_dict["taxValueCustomerReceivables"] = _v
        _v = self.negative_tax_value_customer_receivables
        if _v is not UNSET and not _in_request:
            field_dict["negativeTaxValueCustomerReceivables"] = _v
        _v = self.sum_gross_assets
        if _v is not UNSET and not _in_request:
            field_dict["sumGrossAssets"] = _v
        _v = self.total_debt_in_accounts
        if _v is not UNSET and not _in_request:
            field_dict["totalDebtInAccounts"] = _v
        _v = self.tax_to_pay
        if _v is not UNSET and not _in_request:
            field_dict["taxToPay"] = _v
        _v = self.sum_debt
        if _v is not UNSET and not _in_request:
            field_dict["sumDebt"] = _v
        _v = self.total_tax_value
        if _v is not UNSET and not _in_request:
            field_dict["totalTaxValue"] = _v
        _v = self.reduction_of_asset_value
        if _v is not UNSET and not _in_request:
            field_dict["reductionOfAssetValue"] = _v
        _v = self.corrected_asset_value
        if _v is not UNSET and not _in_request:
            field_dict["correctedAssetValue"] = _v
        _v = self.value_per_share
        if _v is not UNSET and not _in_request:
            field_dict["valuePerShare"] = _v
        _v = self.total_value_shares_and_securities
        if _v is not UNSET and not _in_request:
            field_dict["totalValueSharesAndSecurities"] = _v
        _v = self.total_value_real_estate
        if _v is not UNSET and not _in_request:
            field_dict["totalValueRealEstate"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.capital_and_debt
        if _v is not UNSET:
            field_dict["capitalAndDebt"] = [_e.to_dict() for _e in _v]
        _v = self.aid_schemes
        if _v is not UNSET:
            field_dict["aidSchemes"] = [_e.to_dict() for _e in _v]
        _v = self.tax_value_tangible_fixed_assets_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueTangibleFixedAssetsAfterValuationDiscount"] = _v
        _v = self.tangible_fixed_assets_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["tangibleFixedAssetsValuationDiscount"] = _v
        _v = self.tax_value_inventories_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueInventoriesAfterValuationDiscount"] = _v
        _v = self.inventories_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["inventoriesValuationDiscount"] = _v
        _v = self.tax_value_customer_receivables_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueCustomerReceivablesAfterValuationDiscount"] = _v
        _v = self.customer_receivables_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["customerReceivablesValuationDiscount"] = _v
        _v = self.tax_value_shares_and_securities_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueSharesAndSecuritiesAfterValuationDiscount"] = _v
        _v = self.shares_and_securities_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["sharesAndSecuritiesValuationDiscount"] = _v
        _v = self.tax_value_real_estate_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueRealEstateAfterValuationDiscount"] = _v
        _v = self.real_estate_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["realEstateValuationDiscount"] = _v
        _v = self.tax_value_sdf
        if _v is not UNSET and not _in_request:
            field_dict["taxValueSdf"] = _v
        _v = self.tax_value_sdf_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueSdfAfterValuationDiscount"] = _v
        _v = self.sdf_debt
        if _v is not UNSET and not _in_request:
            field_dict["sdfDebt"] = _v
        _v = self.sdf_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["sdfValuationDiscount"] = _v
        _v = self.tax_value_forestry_after_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["taxValueForestryAfterValuationDiscount"] = _v
        _v = self.forestry_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["forestryValuationDiscount"] = _v
        _v = self.reduction_debt_valuation_discount
        if _v is not UNSET and not _in_request:
            field_dict["reductionDebtValuationDiscount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxReturnOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.aid_scheme import AidScheme  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.tax_return import TaxReturn  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "showConcernRelation",
                "showForestry",
                "businessIncome",
                "groupContributionReceived",
                "groupContributionReceivedGrouping",
                "paidGroupContribution",
                "paidGroupContributionGrouping",
                "obtainedPrivateAgreementAndDebtForgiveness",
                "obtainedPrivateAgreementAndDebtForgivenessGrouping",
                "taxableProfitForTheYear",
                "taxableProfitToTaxReturn",
                "accumulatedLossFromPreviousYear",
                "lossesInBusinessAndRealEstate",
                "useOfLossCarryForwards",
                "accumulatedLossForNextYear",
                "taxValueTangibleFixedAssets",
                "sumAmountAnsDaGroup",
                "sumTotalWealthDistribution",
                "taxValueInventories",
                "taxValueCustomerReceivables",
                "negativeTaxValueCustomerReceivables",
                "sumGrossAssets",
                "totalDebtInAccounts",
                "taxToPay",
                "sumDebt",
                "totalTaxValue",
                "reductionOfAssetValue",
                "correctedAssetValue",
                "valuePerShare",
                "totalValueSharesAndSecurities",
                "totalValueRealEstate",
                "posts",
                "capitalAndDebt",
                "aidSchemes",
                "taxValueTangibleFixedAssetsAfterValuationDiscount",
                "tangibleFixedAssetsValuationDiscount",
                "taxValueInventoriesAfterValuationDiscount",
                "inventoriesValuationDiscount",
                "taxValueCustomerReceivablesAfterValuationDiscount",
                "customerReceivablesValuationDiscount",
                "taxValueSharesAndSecuritiesAfterValuationDiscount",
                "sharesAndSecuritiesValuationDiscount",
                "taxValueRealEstateAfterValuationDiscount",
                "realEstateValuationDiscount",
                "taxValueSdf",
                "taxValueSdfAfterValuationDiscount",
                "sdfDebt",
                "sdfValuationDiscount",
                "taxValueForestryAfterValuationDiscount",
                "forestryValuationDiscount",
                "reductionDebtValuationDiscount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "showConcernRelation": "show_concern_relation",
            "showForestry": "show_forestry",
            "businessIncome": "business_income",
            "groupContributionReceived": "group_contribution_received",
            "groupContributionReceivedGrouping": "group_contribution_received_grouping",
            "paidGroupContribution": "paid_group_contribution",
            "paidGroupContributionGrouping": "paid_group_contribution_grouping",
            "obtainedPrivateAgreementAndDebtForgiveness": "obtained_private_agreement_and_debt_forgiveness",
            "obtainedPrivateAgreementAndDebtForgivenessGrouping": "obtained_private_agreement_and_debt_forgiveness_grouping",
            "taxableProfitForTheYear": "taxable_profit_for_the_year",
            "taxableProfitToTaxReturn": "taxable_profit_to_tax_return",
            "accumulatedLossFromPreviousYear": "accumulated_loss_from_previous_year",
            "lossesInBusinessAndRealEstate": "losses_in_business_and_real_estate",
            "useOfLossCarryForwards": "use_of_loss_carry_forwards",
            "accumulatedLossForNextYear": "accumulated_loss_for_next_year",
            "taxValueTangibleFixedAssets": "tax_value_tangible_fixed_assets",
            "sumAmountAnsDaGroup": "sum_amount_ans_da_group",
            "sumTotalWealthDistribution": "sum_total_wealth_distribution",
            "taxValueInventories": "tax_value_inventories",
            "taxValueCustomerReceivables": "tax_value_customer_receivables",
            "negativeTaxValueCustomerReceivables": "negative_tax_value_customer_receivables",
            "sumGrossAssets": "sum_gross_assets",
            "totalDebtInAccounts": "total_debt_in_accounts",
            "taxToPay": "tax_to_pay",
            "sumDebt": "sum_debt",
            "totalTaxValue": "total_tax_value",
            "reductionOfAssetValue": "reduction_of_asset_value",
            "correctedAssetValue": "corrected_asset_value",
            "valuePerShare": "value_per_share",
            "totalValueSharesAndSecurities": "total_value_shares_and_securities",
            "totalValueRealEstate": "total_value_real_estate",
            "taxValueTangibleFixedAssetsAfterValuationDiscount": "tax_value_tangible_fixed_assets_after_valuation_discount",
            "tangibleFixedAssetsValuationDiscount": "tangible_fixed_assets_valuation_discount",
            "taxValueInventoriesAfterValuationDiscount": "tax_value_inventories_after_valuation_discount",
            "inventoriesValuationDiscount": "inventories_valuation_discount",
            "taxValueCustomerReceivablesAfterValuationDiscount": "tax_value_customer_receivables_after_valuation_discount",
            "customerReceivablesValuationDiscount": "customer_receivables_valuation_discount",
            "taxValueSharesAndSecuritiesAfterValuationDiscount": "tax_value_shares_and_securities_after_valuation_discount",
            "sharesAndSecuritiesValuationDiscount": "shares_and_securities_valuation_discount",
            "taxValueRealEstateAfterValuationDiscount": "tax_value_real_estate_after_valuation_discount",
            "realEstateValuationDiscount": "real_estate_valuation_discount",
            "taxValueSdf": "tax_value_sdf",
            "taxValueSdfAfterValuationDiscount": "tax_value_sdf_after_valuation_discount",
            "sdfDebt": "sdf_debt",
            "sdfValuationDiscount": "sdf_valuation_discount",
            "taxValueForestryAfterValuationDiscount": "tax_value_forestry_after_valuation_discount",
            "forestryValuationDiscount": "forestry_valuation_discount",
            "reductionDebtValuationDiscount": "reduction_debt_valuation_discount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 17 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.show_concern_relation = o.show_forestry = o.business_income = (
                        o.group_contribution_received
                    ) = o.group_contribution_received_grouping = o.paid_group_contribution = (
                        o.paid_group_contribution_grouping
                    ) = o.obtained_private_agreement_and_debt_forgiveness = (
                        o.obtained_private_agreement_and_debt_forgiveness_grouping
                    ) = o.taxable_profit_for_the_year = o.taxable_profit_to_tax_return = (
                        o.accumulated_loss_from_previous_year
                    ) = o.losses_in_business_and_real_estate = o.use_of_loss_carry_forwards = (
                        o.accumulated_loss_for_next_year
                    ) = o.tax_value_tangible_fixed_assets = o.sum_amount_ans_da_group = (
                        o.sum_total_wealth_distribution
                    ) = o.tax_value_inventories = o.tax_value_customer_receivables = (
                        o.negative_tax_value_customer_receivables
                    ) = o.sum_gross_assets = o.total_debt_in_accounts = o.tax_to_pay = o.sum_debt = (
                        o.total_tax_value
                    ) = o.reduction_of_asset_value = o.corrected_asset_value = o.value_per_share = (
                        o.total_value_shares_and_securities
                    ) = o.total_value_real_estate = o.posts = o.capital_and_debt = o.aid_schemes = (
                        o.tax_value_tangible_fixed_assets_after_valuation_discount
                    ) = o.tangible_fixed_assets_valuation_discount = (
                        o.tax_value_inventories_after_valuation_discount
                    ) = o.inventories_valuation_discount = o.tax_value_customer_receivables_after_valuation_discount = (
                        o.customer_receivables_valuation_discount
                    ) = o.tax_value_shares_and_securities_after_valuation_discount = (
                        o.shares_and_securities_valuation_discount
                    ) = o.tax_value_real_estate_after_valuation_discount = o.real_estate_valuation_discount = (
                        o.tax_value_sdf
                    ) = o.tax_value_sdf_after_valuation_discount = o.sdf_debt = o.sdf_valuation_discount = (
                        o.tax_value_forestry_after_valuation_discount
                    ) = o.forestry_valuation_discount = o.reduction_debt_valuation_discount = UNSET
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
                v = g("showConcernRelation")
                if v is None:
                    o.show_concern_relation = u
                    if "showConcernRelation" not in d:
                        m += 1
                else:
                    o.show_concern_relation = v
                v = g("showForestry")
                if v is None:
                    o.show_forestry = u
                    if "showForestry" not in d:
                        m += 1
                else:
                    o.show_forestry = v
                v = g("businessIncome")
                if v is None:
                    o.business_income = u
                    if "businessIncome" not in d:
                        m += 1
                else:
                    o.business_income = v
                v = g("groupContributionReceived")
                if v is None:
                    o.group_contribution_received = u
                    if "groupContributionReceived" not in d:
                        m += 1
                else:
                    o.group_contribution_received = v
                v = g("groupContributionReceivedGrouping")
                if v is None:
                    o.group_contribution_received_grouping = u
                    if "groupContributionReceivedGrouping" not in d:
                        m += 1
                else:
                    o.group_contribution_received_grouping = v
                v = g("paidGroupContribution")
                if v is None:
                    o.paid_group_contribution = u
                    if "paidGroupContribution" not in d:
                        m += 1
                else:
                    o.paid_group_contribution = v
                v = g("paidGroupContributionGrouping")
                if v is None:
                    o.paid_group_contribution_grouping = u
                    if "paidGroupContributionGrouping" not in d:
                        m += 1
                else:
                    o.paid_group_contribution_grouping = v
                v = g("obtainedPrivateAgreementAndDebtForgiveness")
                if v is None:
                    o.obtained_private_agreement_and_debt_forgiveness = u
                    if "obtainedPrivateAgreementAndDebtForgiveness" not in d:
                        m += 1
                else:
                    o.obtained_private_agreement_and_debt_forgiveness = v
                v = g("obtainedPrivateAgreementAndDebtForgivenessGrouping")
                if v is None:
                    o.obtained_private_agreement_and_debt_forgiveness_grouping = u
                    if "obtainedPrivateAgreementAndDebtForgivenessGrouping" not in d:
                        m += 1
                else:
                    o.obtained_private_agreement_and_debt_forgiveness_grouping = v
                v = g("taxableProfitForTheYear")
                if v is None:
                    o.taxable_profit_for_the_year = u
                    if "taxableProfitForTheYear" not in d:
                        m += 1
                else:
                    o.taxable_profit_for_the_year = v
                v = g("taxableProfitToTaxReturn")
                if v is None:
                    o.taxable_profit_to_tax_return = u
                    if "taxableProfitToTaxReturn" not in d:
                        m += 1
                else:
                    o.taxable_profit_to_tax_return = v
                v = g("accumulatedLossFromPreviousYear")
                if v is None:
                    o.accumulated_loss_from_previous_year = u
                    if "accumulatedLossFromPreviousYear" not in d:
                        m += 1
                else:
                    o.accumulated_loss_from_previous_year = v
                v = g("lossesInBusinessAndRealEstate")
                if v is None:
                    o.losses_in_business_and_real_estate = u
                    if "lossesInBusinessAndRealEstate" not in d:
                        m += 1
                else:
                    o.losses_in_business_and_real_estate = v
                v = g("useOfLossCarryForwards")
                if v is None:
                    o.use_of_loss_carry_forwards = u
                    if "useOfLossCarryForwards" not in d:
                        m += 1
                else:
                    o.use_of_loss_carry_forwards = v
                v = g("accumulatedLossForNextYear")
                if v is None:
                    o.accumulated_loss_for_next_year = u
                    if "accumulatedLossForNextYear" not in d:
                        m += 1
                else:
                    o.accumulated_loss_for_next_year = v
                v = g("taxValueTangibleFixedAssets")
                if v is None:
                    o.tax_value_tangible_fixed_assets = u
                    if "taxValueTangibleFixedAssets" not in d:
                        m += 1
                else:
                    o.tax_value_tangible_fixed_assets = v
                v = g("sumAmountAnsDaGroup")
                if v is None:
                    o.sum_amount_ans_da_group = u
                    if "sumAmountAnsDaGroup" not in d:
                        m += 1
                else:
                    o.sum_amount_ans_da_group = v
                v = g("sumTotalWealthDistribution")
                if v is None:
                    o.sum_total_wealth_distribution = u
                    if "sumTotalWealthDistribution" not in d:
                        m += 1
                else:
                    o.sum_total_wealth_distribution = v
                v = g("taxValueInventories")
                if v is None:
                    o.tax_value_inventories = u
                    if "taxValueInventories" not in d:
                        m += 1
                else:
                    o.tax_value_inventories = v
                v = g("taxValueCustomerReceivables")
                if v is None:
                    o.tax_value_customer_receivables = u
                    if "taxValueCustomerReceivables" not in d:
                        m += 1
                else:
                    o.tax_value_customer_receivables = v
                v = g("negativeTaxValueCustomerReceivables")
                if v is None:
                    o.negative_tax_value_customer_receivables = u
                    if "negativeTaxValueCustomerReceivables" not in d:
                        m += 1
                else:
                    o.negative_tax_value_customer_receivables = v
                v = g("sumGrossAssets")
                if v is None:
                    o.sum_gross_assets = u
                    if "sumGrossAssets" not in d:
                        m += 1
                else:
                    o.sum_gross_assets = v
                v = g("totalDebtInAccounts")
                if v is None:
                    o.total_debt_in_accounts = u
                    if "totalDebtInAccounts" not in d:
                        m += 1
                else:
                    o.total_debt_in_accounts = v
                v = g("taxToPay")
                if v is None:
                    o.tax_to_pay = u
                    if "taxToPay" not in d:
                        m += 1
                else:
                    o.tax_to_pay = v
                v = g("sumDebt")
                if v is None:
                    o.sum_debt = u
                    if "sumDebt" not in d:
                        m += 1
                else:
                    o.sum_debt = v
                v = g("totalTaxValue")
                if v is None:
                    o.total_tax_value = u
                    if "totalTaxValue" not in d:
                        m += 1
                else:
                    o.total_tax_value = v
                v = g("reductionOfAssetValue")
                if v is None:
                    o.reduction_of_asset_value = u
                    if "reductionOfAssetValue" not in d:
                        m += 1
                else:
                    o.reduction_of_asset_value = v
                v = g("correctedAssetValue")
                if v is None:
                    o.corrected_asset_value = u
                    if "correctedAssetValue" not in d:
                        m += 1
                else:
                    o.corrected_asset_value = v
                v = g("valuePerShare")
                if v is None:
                    o.value_per_share = u
                    if "valuePerShare" not in d:
                        m += 1
                else:
                    o.value_per_share = v
                v = g("totalValueSharesAndSecurities")
                if v is None:
                    o.total_value_shares_and_securities = u
                    if "totalValueSharesAndSecurities" not in d:
                        m += 1
                else:
                    o.total_value_shares_and_securities = v
                v = g("totalValueRealEstate")
                if v is None:
                    o.total_value_real_estate = u
                    if "totalValueRealEstate" not in d:
                        m += 1
                else:
                    o.total_value_real_estate = v
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
                k = "capitalAndDebt"
                v = g("capitalAndDebt")
                if v is None:
                    o.capital_and_debt = u
                    if "capitalAndDebt" not in d:
                        m += 1
                else:
                    o.capital_and_debt = (
                        ([TaxReturn._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "aidSchemes"
                v = g("aidSchemes")
                if v is None:
                    o.aid_schemes = u
                    if "aidSchemes" not in d:
                        m += 1
                else:
                    o.aid_schemes = (
                        ([AidScheme._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("taxValueTangibleFixedAssetsAfterValuationDiscount")
                if v is None:
                    o.tax_value_tangible_fixed_assets_after_valuation_discount = u
                    if "taxValueTangibleFixedAssetsAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_tangible_fixed_assets_after_valuation_discount = v
                v = g("tangibleFixedAssetsValuationDiscount")
                if v is None:
                    o.tangible_fixed_assets_valuation_discount = u
                    if "tangibleFixedAssetsValuationDiscount" not in d:
                        m += 1
                else:
                    o.tangible_fixed_assets_valuation_discount = v
                v = g("taxValueInventoriesAfterValuationDiscount")
                if v is None:
                    o.tax_value_inventories_after_valuation_discount = u
                    if "taxValueInventoriesAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_inventories_after_valuation_discount = v
                v = g("inventoriesValuationDiscount")
                if v is None:
                    o.inventories_valuation_discount = u
                    if "inventoriesValuationDiscount" not in d:
                        m += 1
                else:
                    o.inventories_valuation_discount = v
                v = g("taxValueCustomerReceivablesAfterValuationDiscount")
                if v is None:
                    o.tax_value_customer_receivables_after_valuation_discount = u
                    if "taxValueCustomerReceivablesAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_customer_receivables_after_valuation_discount = v
                v = g("customerReceivablesValuationDiscount")
                if v is None:
                    o.customer_receivables_valuation_discount = u
                    if "customerReceivablesValuationDiscount" not in d:
                        m += 1
                else:
                    o.customer_receivables_valuation_discount = v
                v = g("taxValueSharesAndSecuritiesAfterValuationDiscount")
                if v is None:
                    o.tax_value_shares_and_securities_after_valuation_discount = u
                    if "taxValueSharesAndSecuritiesAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_shares_and_securities_after_valuation_discount = v
                v = g("sharesAndSecuritiesValuationDiscount")
                if v is None:
                    o.shares_and_securities_valuation_discount = u
                    if "sharesAndSecuritiesValuationDiscount" not in d:
                        m += 1
                else:
                    o.shares_and_securities_valuation_discount = v
                v = g("taxValueRealEstateAfterValuationDiscount")
                if v is None:
                    o.tax_value_real_estate_after_valuation_discount = u
                    if "taxValueRealEstateAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_real_estate_after_valuation_discount = v
                v = g("realEstateValuationDiscount")
                if v is None:
                    o.real_estate_valuation_discount = u
                    if "realEstateValuationDiscount" not in d:
                        m += 1
                else:
                    o.real_estate_valuation_discount = v
                v = g("taxValueSdf")
                if v is None:
                    o.tax_value_sdf = u
                    if "taxValueSdf" not in d:
                        m += 1
                else:
                    o.tax_value_sdf = v
                v = g("taxValueSdfAfterValuationDiscount")
                if v is None:
                    o.tax_value_sdf_after_valuation_discount = u
                    if "taxValueSdfAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_sdf_after_valuation_discount = v
                v = g("sdfDebt")
                if v is None:
                    o.sdf_debt = u
                    if "sdfDebt" not in d:
                        m += 1
                else:
                    o.sdf_debt = v
                v = g("sdfValuationDiscount")
                if v is None:
                    o.sdf_valuation_discount = u
                    if "sdfValuationDiscount" not in d:
                        m += 1
                else:
                    o.sdf_valuation_discount = v
                v = g("taxValueForestryAfterValuationDiscount")
                if v is None:
                    o.tax_value_forestry_after_valuation_discount = u
                    if "taxValueForestryAfterValuationDiscount" not in d:
                        m += 1
                else:
                    o.tax_value_forestry_after_valuation_discount = v
                v = g("forestryValuationDiscount")
                if v is None:
                    o.forestry_valuation_discount = u
                    if "forestryValuationDiscount" not in d:
                        m += 1
                else:
                    o.forestry_valuation_discount = v
                v = g("reductionDebtValuationDiscount")
                if v is None:
                    o.reduction_debt_valuation_discount = u
                    if "reductionDebtValuationDiscount" not in d:
                        m += 1
                else:
                    o.reduction_debt_valuation_discount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 52 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("show_concern_relation", "showConcernRelation"),
            ("show_forestry", "showForestry"),
            ("business_income", "businessIncome"),
            ("group_contribution_received", "groupContributionReceived"),
            ("group_contribution_received_grouping", "groupContributionReceivedGrouping"),
            ("paid_group_contribution", "paidGroupContribution"),
            ("paid_group_contribution_grouping", "paidGroupContributionGrouping"),
            ("obtained_private_agreement_and_debt_forgiveness", "obtainedPrivateAgreementAndDebtForgiveness"),
            (
                "obtained_private_agreement_and_debt_forgiveness_grouping",
                "obtainedPrivateAgreementAndDebtForgivenessGrouping",
            ),
            ("taxable_profit_for_the_year", "taxableProfitForTheYear"),
            ("taxable_profit_to_tax_return", "taxableProfitToTaxReturn"),
            ("accumulated_loss_from_previous_year", "accumulatedLossFromPreviousYear"),
            ("losses_in_business_and_real_estate", "lossesInBusinessAndRealEstate"),
            ("use_of_loss_carry_forwards", "useOfLossCarryForwards"),
            ("accumulated_loss_for_next_year", "accumulatedLossForNextYear"),
            ("tax_value_tangible_fixed_assets", "taxValueTangibleFixedAssets"),
            ("sum_amount_ans_da_group", "sumAmountAnsDaGroup"),
            ("sum_total_wealth_distribution", "sumTotalWealthDistribution"),
            ("tax_value_inventories", "taxValueInventories"),
            ("tax_value_customer_receivables", "taxValueCustomerReceivables"),
            ("negative_tax_value_customer_receivables", "negativeTaxValueCustomerReceivables"),
            ("sum_gross_assets", "sumGrossAssets"),
            ("total_debt_in_accounts", "totalDebtInAccounts"),
            ("tax_to_pay", "taxToPay"),
            ("sum_debt", "sumDebt"),
            ("total_tax_value", "totalTaxValue"),
            ("reduction_of_asset_value", "reductionOfAssetValue"),
            ("corrected_asset_value", "correctedAssetValue"),
            ("value_per_share", "valuePerShare"),
            ("total_value_shares_and_securities", "totalValueSharesAndSecurities"),
            ("total_value_real_estate", "totalValueRealEstate"),
            ("posts", "posts"),
            ("capital_and_debt", "capitalAndDebt"),
            ("aid_schemes", "aidSchemes"),
            (
                "tax_value_tangible_fixed_assets_after_valuation_discount",
                "taxValueTangibleFixedAssetsAfterValuationDiscount",
            ),
            ("tangible_fixed_assets_valuation_discount", "tangibleFixedAssetsValuationDiscount"),
            ("tax_value_inventories_after_valuation_discount", "taxValueInventoriesAfterValuationDiscount"),
            ("inventories_valuation_discount", "inventoriesValuationDiscount"),
            (
                "tax_value_customer_receivables_after_valuation_discount",
                "taxValueCustomerReceivablesAfterValuationDiscount",
            ),
            ("customer_receivables_valuation_discount", "customerReceivablesValuationDiscount"),
            (
                "tax_value_shares_and_securities_after_valuation_discount",
                "taxValueSharesAndSecuritiesAfterValuationDiscount",
            ),
            ("shares_and_securities_valuation_discount", "sharesAndSecuritiesValuationDiscount"),
            ("tax_value_real_estate_after_valuation_discount", "taxValueRealEstateAfterValuationDiscount"),
            ("real_estate_valuation_discount", "realEstateValuationDiscount"),
            ("tax_value_sdf", "taxValueSdf"),
            ("tax_value_sdf_after_valuation_discount", "taxValueSdfAfterValuationDiscount"),
            ("sdf_debt", "sdfDebt"),
            ("sdf_valuation_discount", "sdfValuationDiscount"),
            ("tax_value_forestry_after_valuation_discount", "taxValueForestryAfterValuationDiscount"),
            ("forestry_valuation_discount", "forestryValuationDiscount"),
            ("reduction_debt_valuation_discount", "reductionDebtValuationDiscount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.show_concern_relation
            o.show_concern_relation = u if v is None else v
            v = s.show_forestry
            o.show_forestry = u if v is None else v
            v = s.business_income
            o.business_income = u if v is None else v
            v = s.group_contribution_received
            o.group_contribution_received = u if v is None else v
            v = s.group_contribution_received_grouping
            o.group_contribution_received_grouping = u if v is None else v
            v = s.paid_group_contribution
            o.paid_group_contribution = u if v is None else v
            v = s.paid_group_contribution_grouping
            o.paid_group_contribution_grouping = u if v is None else v
            v = s.obtained_private_agreement_and_debt_forgiveness
            o.obtained_private_agreement_and_debt_forgiveness = u if v is None else v
            v = s.obtained_private_agreement_and_debt_forgiveness_grouping
            o.obtained_private_agreement_and_debt_forgiveness_grouping = u if v is None else v
            v = s.taxable_profit_for_the_year
            o.taxable_profit_for_the_year = u if v is None else v
            v = s.taxable_profit_to_tax_return
            o.taxable_profit_to_tax_return = u if v is None else v
            v = s.accumulated_loss_from_previous_year
            o.accumulated_loss_from_previous_year = u if v is None else v
            v = s.losses_in_business_and_real_estate
            o.losses_in_business_and_real_estate = u if v is None else v
            v = s.use_of_loss_carry_forwards
            o.use_of_loss_carry_forwards = u if v is None else v
            v = s.accumulated_loss_for_next_year
            o.accumulated_loss_for_next_year = u if v is None else v
            v = s.tax_value_tangible_fixed_assets
            o.tax_value_tangible_fixed_assets = u if v is None else v
            v = s.sum_amount_ans_da_group
            o.sum_amount_ans_da_group = u if v is None else v
            v = s.sum_total_wealth_distribution
            o.sum_total_wealth_distribution = u if v is None else v
            v = s.tax_value_inventories
            o.tax_value_inventories = u if v is None else v
            v = s.tax_value_customer_receivables
            o.tax_value_customer_receivables = u if v is None else v
            v = s.negative_tax_value_customer_receivables
            o.negative_tax_value_customer_receivables = u if v is None else v
            v = s.sum_gross_assets
            o.sum_gross_assets = u if v is None else v
            v = s.total_debt_in_accounts
            o.total_debt_in_accounts = u if v is None else v
            v = s.tax_to_pay
            o.tax_to_pay = u if v is None else v
            v = s.sum_debt
            o.sum_debt = u if v is None else v
            v = s.total_tax_value
            o.total_tax_value = u if v is None else v
            v = s.reduction_of_asset_value
            o.reduction_of_asset_value = u if v is None else v
            v = s.corrected_asset_value
            o.corrected_asset_value = u if v is None else v
            v = s.value_per_share
            o.value_per_share = u if v is None else v
            v = s.total_value_shares_and_securities
            o.total_value_shares_and_securities = u if v is None else v
            v = s.total_value_real_estate
            o.total_value_real_estate = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.capital_and_debt
            o.capital_and_debt = (
                u
                if v is None or v is u
                else ([TaxReturn._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.aid_schemes
            o.aid_schemes = (
                u
                if v is None or v is u
                else ([AidScheme._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.tax_value_tangible_fixed_assets_after_valuation_discount
            o.tax_value_tangible_fixed_assets_after_valuation_discount = u if v is None else v
            v = s.tangible_fixed_assets_valuation_discount
            o.tangible_fixed_assets_valuation_discount = u if v is None else v
            v = s.tax_value_inventories_after_valuation_discount
            o.tax_value_inventories_after_valuation_discount = u if v is None else v
            v = s.inventories_valuation_discount
            o.inventories_valuation_discount = u if v is None else v
            v = s.tax_value_customer_receivables_after_valuation_discount
            o.tax_value_customer_receivables_after_valuation_discount = u if v is None else v
            v = s.customer_receivables_valuation_discount
            o.customer_receivables_valuation_discount = u if v is None else v
            v = s.tax_value_shares_and_securities_after_valuation_discount
            o.tax_value_shares_and_securities_after_valuation_discount = u if v is None else v
            v = s.shares_and_securities_valuation_discount
            o.shares_and_securities_valuation_discount = u if v is None else v
            v = s.tax_value_real_estate_after_valuation_discount
            o.tax_value_real_estate_after_valuation_discount = u if v is None else v
            v = s.real_estate_valuation_discount
            o.real_estate_valuation_discount = u if v is None else v
            v = s.tax_value_sdf
            o.tax_value_sdf = u if v is None else v
            v = s.tax_value_sdf_after_valuation_discount
            o.tax_value_sdf_after_valuation_discount = u if v is None else v
            v = s.sdf_debt
            o.sdf_debt = u if v is None else v
            v = s.sdf_valuation_discount
            o.sdf_valuation_discount = u if v is None else v
            v = s.tax_value_forestry_after_valuation_discount
            o.tax_value_forestry_after_valuation_discount = u if v is None else v
            v = s.forestry_valuation_discount
            o.forestry_valuation_discount = u if v is None else v
            v = s.reduction_debt_valuation_discount
            o.reduction_debt_valuation_discount = u if v is None else v
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
