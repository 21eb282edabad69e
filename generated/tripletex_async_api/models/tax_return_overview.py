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
    from ..models.aid_scheme import AidScheme
    from ..models.generic_data import GenericData
    from ..models.tax_return import TaxReturn
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="TaxReturnOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
    ("capitalAndDebt", list, False),
    ("aidSchemes", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxReturnOverview(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        show_concern_relation (bool | Unset): [read-only]
        show_forestry (bool | Unset): [read-only]
        business_income (float | Unset): [read-only]
        group_contribution_received (float | Unset): [read-only]
        group_contribution_received_grouping (str | Unset): [read-only]
        paid_group_contribution (float | Unset): [read-only]
        paid_group_contribution_grouping (str | Unset): [read-only]
        obtained_private_agreement_and_debt_forgiveness (float | Unset): [read-only]
        obtained_private_agreement_and_debt_forgiveness_grouping (str | Unset): [read-only]
        taxable_profit_for_the_year (float | Unset): [read-only]
        taxable_profit_to_tax_return (float | Unset): [read-only]
        accumulated_loss_from_previous_year (float | Unset): [read-only]
        losses_in_business_and_real_estate (float | Unset): [read-only]
        use_of_loss_carry_forwards (float | Unset): [read-only]
        accumulated_loss_for_next_year (float | Unset): [read-only]
        tax_value_tangible_fixed_assets (float | Unset): [read-only]
        sum_amount_ans_da_group (float | Unset): [read-only]
        sum_total_wealth_distribution (float | Unset): [read-only]
        tax_value_inventories (float | Unset): [read-only]
        tax_value_customer_receivables (float | Unset): [read-only]
        negative_tax_value_customer_receivables (float | Unset): [read-only]
        sum_gross_assets (float | Unset): [read-only]
        total_debt_in_accounts (float | Unset): [read-only]
        tax_to_pay (float | Unset): [read-only]
        sum_debt (float | Unset): [read-only]
        total_tax_value (float | Unset): [read-only]
        reduction_of_asset_value (float | Unset): [read-only]
        corrected_asset_value (float | Unset): [read-only]
        value_per_share (float | Unset): [read-only]
        total_value_shares_and_securities (float | Unset): [read-only]
        total_value_real_estate (float | Unset): [read-only]
        posts (list[GenericData] | Unset):
        capital_and_debt (list[TaxReturn] | Unset):
        aid_schemes (list[AidScheme] | Unset):
        tax_value_tangible_fixed_assets_after_valuation_discount (float | Unset): [read-only]
        tangible_fixed_assets_valuation_discount (float | Unset): [read-only]
        tax_value_inventories_after_valuation_discount (float | Unset): [read-only]
        inventories_valuation_discount (float | Unset): [read-only]
        tax_value_customer_receivables_after_valuation_discount (float | Unset): [read-only]
        customer_receivables_valuation_discount (float | Unset): [read-only]
        tax_value_shares_and_securities_after_valuation_discount (float | Unset): [read-only]
        shares_and_securities_valuation_discount (float | Unset): [read-only]
        tax_value_real_estate_after_valuation_discount (float | Unset): [read-only]
        real_estate_valuation_discount (float | Unset): [read-only]
        tax_value_sdf (float | Unset): [read-only]
        tax_value_sdf_after_valuation_discount (float | Unset): [read-only]
        sdf_debt (float | Unset): [read-only]
        sdf_valuation_discount (float | Unset): [read-only]
        tax_value_forestry_after_valuation_discount (float | Unset): [read-only]
        forestry_valuation_discount (float | Unset): [read-only]
        reduction_debt_valuation_discount (float | Unset): [read-only]
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
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        show_concern_relation = self.show_concern_relation

        show_forestry = self.show_forestry

        business_income = self.business_income

        group_contribution_received = self.group_contribution_received

        group_contribution_received_grouping = self.group_contribution_received_grouping

        paid_group_contribution = self.paid_group_contribution

        paid_group_contribution_grouping = self.paid_group_contribution_grouping

        obtained_private_agreement_and_debt_forgiveness = self.obtained_private_agreement_and_debt_forgiveness

        obtained_private_agreement_and_debt_forgiveness_grouping = (
            self.obtained_private_agreement_and_debt_forgiveness_grouping
        )

        taxable_profit_for_the_year = self.taxable_profit_for_the_year

        taxable_profit_to_tax_return = self.taxable_profit_to_tax_return

        accumulated_loss_from_previous_year = self.accumulated_loss_from_previous_year

        losses_in_business_and_real_estate = self.losses_in_business_and_real_estate

        use_of_loss_carry_forwards = self.use_of_loss_carry_forwards

        accumulated_loss_for_next_year = self.accumulated_loss_for_next_year

        tax_value_tangible_fixed_assets = self.tax_value_tangible_fixed_assets

        sum_amount_ans_da_group = self.sum_amount_ans_da_group

        sum_total_wealth_distribution = self.sum_total_wealth_distribution

        tax_value_inventories = self.tax_value_inventories

        tax_value_customer_receivables = self.tax_value_customer_receivables

        negative_tax_value_customer_receivables = self.negative_tax_value_customer_receivables

        sum_gross_assets = self.sum_gross_assets

        total_debt_in_accounts = self.total_debt_in_accounts

        tax_to_pay = self.tax_to_pay

        sum_debt = self.sum_debt

        total_tax_value = self.total_tax_value

        reduction_of_asset_value = self.reduction_of_asset_value

        corrected_asset_value = self.corrected_asset_value

        value_per_share = self.value_per_share

        total_value_shares_and_securities = self.total_value_shares_and_securities

        total_value_real_estate = self.total_value_real_estate

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        capital_and_debt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capital_and_debt, Unset):
            capital_and_debt = []
            for capital_and_debt_item_data in self.capital_and_debt:
                capital_and_debt_item = capital_and_debt_item_data.to_dict()
                capital_and_debt.append(capital_and_debt_item)

        aid_schemes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aid_schemes, Unset):
            aid_schemes = []
            for aid_schemes_item_data in self.aid_schemes:
                aid_schemes_item = aid_schemes_item_data.to_dict()
                aid_schemes.append(aid_schemes_item)

        tax_value_tangible_fixed_assets_after_valuation_discount = (
            self.tax_value_tangible_fixed_assets_after_valuation_discount
        )

        tangible_fixed_assets_valuation_discount = self.tangible_fixed_assets_valuation_discount

        tax_value_inventories_after_valuation_discount = self.tax_value_inventories_after_valuation_discount

        inventories_valuation_discount = self.inventories_valuation_discount

        tax_value_customer_receivables_after_valuation_discount = (
            self.tax_value_customer_receivables_after_valuation_discount
        )

        customer_receivables_valuation_discount = self.customer_receivables_valuation_discount

        tax_value_shares_and_securities_after_valuation_discount = (
            self.tax_value_shares_and_securities_after_valuation_discount
        )

        shares_and_securities_valuation_discount = self.shares_and_securities_valuation_discount

        tax_value_real_estate_after_valuation_discount = self.tax_value_real_estate_after_valuation_discount

        real_estate_valuation_discount = self.real_estate_valuation_discount

        tax_value_sdf = self.tax_value_sdf

        tax_value_sdf_after_valuation_discount = self.tax_value_sdf_after_valuation_discount

        sdf_debt = self.sdf_debt

        sdf_valuation_discount = self.sdf_valuation_discount

        tax_value_forestry_after_valuation_discount = self.tax_value_forestry_after_valuation_discount

        forestry_valuation_discount = self.forestry_valuation_discount

        reduction_debt_valuation_discount = self.reduction_debt_valuation_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if show_concern_relation is not UNSET and not _in_request:
            field_dict["showConcernRelation"] = show_concern_relation
        if show_forestry is not UNSET and not _in_request:
            field_dict["showForestry"] = show_forestry
        if business_income is not UNSET and not _in_request:
            field_dict["businessIncome"] = business_income
        if group_contribution_received is not UNSET and not _in_request:
            field_dict["groupContributionReceived"] = group_contribution_received
        if group_contribution_received_grouping is not UNSET and not _in_request:
            field_dict["groupContributionReceivedGrouping"] = group_contribution_received_grouping
        if paid_group_contribution is not UNSET and not _in_request:
            field_dict["paidGroupContribution"] = paid_group_contribution
        if paid_group_contribution_grouping is not UNSET and not _in_request:
            field_dict["paidGroupContributionGrouping"] = paid_group_contribution_grouping
        if obtained_private_agreement_and_debt_forgiveness is not UNSET and not _in_request:
            field_dict["obtainedPrivateAgreementAndDebtForgiveness"] = obtained_private_agreement_and_debt_forgiveness
        if obtained_private_agreement_and_debt_forgiveness_grouping is not UNSET and not _in_request:
            field_dict["obtainedPrivateAgreementAndDebtForgivenessGrouping"] = (
                obtained_private_agreement_and_debt_forgiveness_grouping
            )
        if taxable_profit_for_the_year is not UNSET and not _in_request:
            field_dict["taxableProfitForTheYear"] = taxable_profit_for_the_year
        if taxable_profit_to_tax_return is not UNSET and not _in_request:
            field_dict["taxableProfitToTaxReturn"] = taxable_profit_to_tax_return
        if accumulated_loss_from_previous_year is not UNSET and not _in_request:
            field_dict["accumulatedLossFromPreviousYear"] = accumulated_loss_from_previous_year
        if losses_in_business_and_real_estate is not UNSET and not _in_request:
            field_dict["lossesInBusinessAndRealEstate"] = losses_in_business_and_real_estate
        if use_of_loss_carry_forwards is not UNSET and not _in_request:
            field_dict["useOfLossCarryForwards"] = use_of_loss_carry_forwards
        if accumulated_loss_for_next_year is not UNSET and not _in_request:
            field_dict["accumulatedLossForNextYear"] = accumulated_loss_for_next_year
        if tax_value_tangible_fixed_assets is not UNSET and not _in_request:
            field_dict["taxValueTangibleFixedAssets"] = tax_value_tangible_fixed_assets
        if sum_amount_ans_da_group is not UNSET and not _in_request:
            field_dict["sumAmountAnsDaGroup"] = sum_amount_ans_da_group
        if sum_total_wealth_distribution is not UNSET and not _in_request:
            field_dict["sumTotalWealthDistribution"] = sum_total_wealth_distribution
        if tax_value_inventories is not UNSET and not _in_request:
            field_dict["taxValueInventories"] = tax_value_inventories
        if tax_value_customer_receivables is not UNSET and not _in_request:
            field_dict["taxValueCustomerReceivables"] = tax_value_customer_receivables
        if negative_tax_value_customer_receivables is not UNSET and not _in_request:
            field_dict["negativeTaxValueCustomerReceivables"] = negative_tax_value_customer_receivables
        if sum_gross_assets is not UNSET and not _in_request:
            field_dict["sumGrossAssets"] = sum_gross_assets
        if total_debt_in_accounts is not UNSET and not _in_request:
            field_dict["totalDebtInAccounts"] = total_debt_in_accounts
        if tax_to_pay is not UNSET and not _in_request:
            field_dict["taxToPay"] = tax_to_pay
        if sum_debt is not UNSET and not _in_request:
            field_dict["sumDebt"] = sum_debt
        if total_tax_value is not UNSET and not _in_request:
            field_dict["totalTaxValue"] = total_tax_value
        if reduction_of_asset_value is not UNSET and not _in_request:
            field_dict["reductionOfAssetValue"] = reduction_of_asset_value
        if corrected_asset_value is not UNSET and not _in_request:
            field_dict["correctedAssetValue"] = corrected_asset_value
        if value_per_share is not UNSET and not _in_request:
            field_dict["valuePerShare"] = value_per_share
        if total_value_shares_and_securities is not UNSET and not _in_request:
            field_dict["totalValueSharesAndSecurities"] = total_value_shares_and_securities
        if total_value_real_estate is not UNSET and not _in_request:
            field_dict["totalValueRealEstate"] = total_value_real_estate
        if posts is not UNSET:
            field_dict["posts"] = posts
        if capital_and_debt is not UNSET:
            field_dict["capitalAndDebt"] = capital_and_debt
        if aid_schemes is not UNSET:
            field_dict["aidSchemes"] = aid_schemes
        if tax_value_tangible_fixed_assets_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueTangibleFixedAssetsAfterValuationDiscount"] = (
                tax_value_tangible_fixed_assets_after_valuation_discount
            )
        if tangible_fixed_assets_valuation_discount is not UNSET and not _in_request:
            field_dict["tangibleFixedAssetsValuationDiscount"] = tangible_fixed_assets_valuation_discount
        if tax_value_inventories_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueInventoriesAfterValuationDiscount"] = tax_value_inventories_after_valuation_discount
        if inventories_valuation_discount is not UNSET and not _in_request:
            field_dict["inventoriesValuationDiscount"] = inventories_valuation_discount
        if tax_value_customer_receivables_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueCustomerReceivablesAfterValuationDiscount"] = (
                tax_value_customer_receivables_after_valuation_discount
            )
        if customer_receivables_valuation_discount is not UNSET and not _in_request:
            field_dict["customerReceivablesValuationDiscount"] = customer_receivables_valuation_discount
        if tax_value_shares_and_securities_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueSharesAndSecuritiesAfterValuationDiscount"] = (
                tax_value_shares_and_securities_after_valuation_discount
            )
        if shares_and_securities_valuation_discount is not UNSET and not _in_request:
            field_dict["sharesAndSecuritiesValuationDiscount"] = shares_and_securities_valuation_discount
        if tax_value_real_estate_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueRealEstateAfterValuationDiscount"] = tax_value_real_estate_after_valuation_discount
        if real_estate_valuation_discount is not UNSET and not _in_request:
            field_dict["realEstateValuationDiscount"] = real_estate_valuation_discount
        if tax_value_sdf is not UNSET and not _in_request:
            field_dict["taxValueSdf"] = tax_value_sdf
        if tax_value_sdf_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueSdfAfterValuationDiscount"] = tax_value_sdf_after_valuation_discount
        if sdf_debt is not UNSET and not _in_request:
            field_dict["sdfDebt"] = sdf_debt
        if sdf_valuation_discount is not UNSET and not _in_request:
            field_dict["sdfValuationDiscount"] = sdf_valuation_discount
        if tax_value_forestry_after_valuation_discount is not UNSET and not _in_request:
            field_dict["taxValueForestryAfterValuationDiscount"] = tax_value_forestry_after_valuation_discount
        if forestry_valuation_discount is not UNSET and not _in_request:
            field_dict["forestryValuationDiscount"] = forestry_valuation_discount
        if reduction_debt_valuation_discount is not UNSET and not _in_request:
            field_dict["reductionDebtValuationDiscount"] = reduction_debt_valuation_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.aid_scheme import AidScheme  # noqa: PLC0415
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.tax_return import TaxReturn  # noqa: PLC0415
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

        def _p_capital_and_debt(_tx_v: Any) -> list[TaxReturn] | Unset:
            _capital_and_debt = _tx_v
            capital_and_debt: list[TaxReturn] | Unset = UNSET
            if _capital_and_debt is not UNSET:
                capital_and_debt = []
                for capital_and_debt_item_data in _capital_and_debt:
                    if capital_and_debt_item_data is None:
                        continue
                    capital_and_debt_item = TaxReturn._tx_from_json(capital_and_debt_item_data)

                    capital_and_debt.append(capital_and_debt_item)

            return capital_and_debt

        def _p_aid_schemes(_tx_v: Any) -> list[AidScheme] | Unset:
            _aid_schemes = _tx_v
            aid_schemes: list[AidScheme] | Unset = UNSET
            if _aid_schemes is not UNSET:
                aid_schemes = []
                for aid_schemes_item_data in _aid_schemes:
                    if aid_schemes_item_data is None:
                        continue
                    aid_schemes_item = AidScheme._tx_from_json(aid_schemes_item_data)

                    aid_schemes.append(aid_schemes_item)

            return aid_schemes

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "show_concern_relation": ("showConcernRelation", None),
            "show_forestry": ("showForestry", None),
            "business_income": ("businessIncome", None),
            "group_contribution_received": ("groupContributionReceived", None),
            "group_contribution_received_grouping": ("groupContributionReceivedGrouping", None),
            "paid_group_contribution": ("paidGroupContribution", None),
            "paid_group_contribution_grouping": ("paidGroupContributionGrouping", None),
            "obtained_private_agreement_and_debt_forgiveness": ("obtainedPrivateAgreementAndDebtForgiveness", None),
            "obtained_private_agreement_and_debt_forgiveness_grouping": (
                "obtainedPrivateAgreementAndDebtForgivenessGrouping",
                None,
            ),
            "taxable_profit_for_the_year": ("taxableProfitForTheYear", None),
            "taxable_profit_to_tax_return": ("taxableProfitToTaxReturn", None),
            "accumulated_loss_from_previous_year": ("accumulatedLossFromPreviousYear", None),
            "losses_in_business_and_real_estate": ("lossesInBusinessAndRealEstate", None),
            "use_of_loss_carry_forwards": ("useOfLossCarryForwards", None),
            "accumulated_loss_for_next_year": ("accumulatedLossForNextYear", None),
            "tax_value_tangible_fixed_assets": ("taxValueTangibleFixedAssets", None),
            "sum_amount_ans_da_group": ("sumAmountAnsDaGroup", None),
            "sum_total_wealth_distribution": ("sumTotalWealthDistribution", None),
            "tax_value_inventories": ("taxValueInventories", None),
            "tax_value_customer_receivables": ("taxValueCustomerReceivables", None),
            "negative_tax_value_customer_receivables": ("negativeTaxValueCustomerReceivables", None),
            "sum_gross_assets": ("sumGrossAssets", None),
            "total_debt_in_accounts": ("totalDebtInAccounts", None),
            "tax_to_pay": ("taxToPay", None),
            "sum_debt": ("sumDebt", None),
            "total_tax_value": ("totalTaxValue", None),
            "reduction_of_asset_value": ("reductionOfAssetValue", None),
            "corrected_asset_value": ("correctedAssetValue", None),
            "value_per_share": ("valuePerShare", None),
            "total_value_shares_and_securities": ("totalValueSharesAndSecurities", None),
            "total_value_real_estate": ("totalValueRealEstate", None),
            "posts": ("posts", _p_posts),
            "capital_and_debt": ("capitalAndDebt", _p_capital_and_debt),
            "aid_schemes": ("aidSchemes", _p_aid_schemes),
            "tax_value_tangible_fixed_assets_after_valuation_discount": (
                "taxValueTangibleFixedAssetsAfterValuationDiscount",
                None,
            ),
            "tangible_fixed_assets_valuation_discount": ("tangibleFixedAssetsValuationDiscount", None),
            "tax_value_inventories_after_valuation_discount": ("taxValueInventoriesAfterValuationDiscount", None),
            "inventories_valuation_discount": ("inventoriesValuationDiscount", None),
            "tax_value_customer_receivables_after_valuation_discount": (
                "taxValueCustomerReceivablesAfterValuationDiscount",
                None,
            ),
            "customer_receivables_valuation_discount": ("customerReceivablesValuationDiscount", None),
            "tax_value_shares_and_securities_after_valuation_discount": (
                "taxValueSharesAndSecuritiesAfterValuationDiscount",
                None,
            ),
            "shares_and_securities_valuation_discount": ("sharesAndSecuritiesValuationDiscount", None),
            "tax_value_real_estate_after_valuation_discount": ("taxValueRealEstateAfterValuationDiscount", None),
            "real_estate_valuation_discount": ("realEstateValuationDiscount", None),
            "tax_value_sdf": ("taxValueSdf", None),
            "tax_value_sdf_after_valuation_discount": ("taxValueSdfAfterValuationDiscount", None),
            "sdf_debt": ("sdfDebt", None),
            "sdf_valuation_discount": ("sdfValuationDiscount", None),
            "tax_value_forestry_after_valuation_discount": ("taxValueForestryAfterValuationDiscount", None),
            "forestry_valuation_discount": ("forestryValuationDiscount", None),
            "reduction_debt_valuation_discount": ("reductionDebtValuationDiscount", None),
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
