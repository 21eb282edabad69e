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
    from ..models.balance_data import BalanceData
    from ..models.department import Department
    from ..models.extraordinary_distribution_data import ExtraordinaryDistributionData
    from ..models.forest_fund_data import ForestFundData
    from ..models.profit_and_loss_data import ProfitAndLossData
    from ..models.transferred_data import TransferredData
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="TimberAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("department", dict, False),
    ("salesIncomeAndWithdrawalsTimberPulpwoodEtc", dict, False),
    ("salesIncomeAndWithdrawalsFirewoodBiomass", dict, False),
    ("incomeHuntingFishingEtc", dict, False),
    ("revenueRecognitionNegativeBalance", dict, False),
    ("incomeDeductionProfitAndLoss", dict, False),
    ("operatingRevenuesIncTaxablePartOfForestFund", dict, False),
    ("operatingCostIncDepreciationAndAllocationForestFund", dict, False),
    ("transferredFromPreviousYear", dict, False),
    ("forestFundPaymentToPurposeWithTaxAssets", dict, False),
    ("paidUpGovernmentContributionsToForestFund", dict, False),
    ("taxAssetsForestFund", dict, False),
    ("reversalOfPrevCalculatedTaxAssetsForestFund", dict, False),
    ("forestFundPaymentToPurposeWithoutTaxAssets", dict, False),
    ("taxableIncomeForestFund", dict, False),
    ("transferredData", dict, False),
    ("balanceData", dict, False),
    ("profitAndLossData", dict, False),
    ("extraordinaryDistributionData", dict, False),
    ("forestFundData", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TimberAccount(LazyModel):
    """
    Attributes:
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        group_id (int | Unset): [read-only]
        sales_income_and_withdrawals_timber_pulpwood_etc (YearEndGroupDetails | Unset):
        sales_income_and_withdrawals_firewood_biomass (YearEndGroupDetails | Unset):
        income_hunting_fishing_etc (YearEndGroupDetails | Unset):
        revenue_recognition_negative_balance (YearEndGroupDetails | Unset):
        income_deduction_profit_and_loss (YearEndGroupDetails | Unset):
        operating_revenues_inc_taxable_part_of_forest_fund (YearEndGroupDetails | Unset):
        operating_cost_inc_depreciation_and_allocation_forest_fund (YearEndGroupDetails | Unset):
        transferred_from_previous_year (YearEndGroupDetails | Unset):
        forest_fund_payment_to_purpose_with_tax_assets (YearEndGroupDetails | Unset):
        paid_up_government_contributions_to_forest_fund (YearEndGroupDetails | Unset):
        tax_assets_forest_fund (YearEndGroupDetails | Unset):
        reversal_of_prev_calculated_tax_assets_forest_fund (YearEndGroupDetails | Unset):
        forest_fund_payment_to_purpose_without_tax_assets (YearEndGroupDetails | Unset):
        taxable_income_forest_fund (YearEndGroupDetails | Unset):
        transferred_data (TransferredData | Unset): Transferred data
        balance_data (BalanceData | Unset): Balansc data
        profit_and_loss_data (ProfitAndLossData | Unset): Profit and loss data
        extraordinary_distribution_data (ExtraordinaryDistributionData | Unset): Forest fund and extraordinary
            distribution data
        forest_fund_data (ForestFundData | Unset): Forest fund and extraordinary distribution data
    """

    department: Department | Unset = UNSET
    group_id: int | Unset = UNSET
    sales_income_and_withdrawals_timber_pulpwood_etc: YearEndGroupDetails | Unset = UNSET
    sales_income_and_withdrawals_firewood_biomass: YearEndGroupDetails | Unset = UNSET
    income_hunting_fishing_etc: YearEndGroupDetails | Unset = UNSET
    revenue_recognition_negative_balance: YearEndGroupDetails | Unset = UNSET
    income_deduction_profit_and_loss: YearEndGroupDetails | Unset = UNSET
    operating_revenues_inc_taxable_part_of_forest_fund: YearEndGroupDetails | Unset = UNSET
    operating_cost_inc_depreciation_and_allocation_forest_fund: YearEndGroupDetails | Unset = UNSET
    transferred_from_previous_year: YearEndGroupDetails | Unset = UNSET
    forest_fund_payment_to_purpose_with_tax_assets: YearEndGroupDetails | Unset = UNSET
    paid_up_government_contributions_to_forest_fund: YearEndGroupDetails | Unset = UNSET
    tax_assets_forest_fund: YearEndGroupDetails | Unset = UNSET
    reversal_of_prev_calculated_tax_assets_forest_fund: YearEndGroupDetails | Unset = UNSET
    forest_fund_payment_to_purpose_without_tax_assets: YearEndGroupDetails | Unset = UNSET
    taxable_income_forest_fund: YearEndGroupDetails | Unset = UNSET
    transferred_data: TransferredData | Unset = UNSET
    balance_data: BalanceData | Unset = UNSET
    profit_and_loss_data: ProfitAndLossData | Unset = UNSET
    extraordinary_distribution_data: ExtraordinaryDistributionData | Unset = UNSET
    forest_fund_data: ForestFundData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        group_id = self.group_id

        sales_income_and_withdrawals_timber_pulpwood_etc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_income_and_withdrawals_timber_pulpwood_etc, Unset):
            sales_income_and_withdrawals_timber_pulpwood_etc = (
                self.sales_income_and_withdrawals_timber_pulpwood_etc.to_dict()
            )

        sales_income_and_withdrawals_firewood_biomass: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_income_and_withdrawals_firewood_biomass, Unset):
            sales_income_and_withdrawals_firewood_biomass = self.sales_income_and_withdrawals_firewood_biomass.to_dict()

        income_hunting_fishing_etc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_hunting_fishing_etc, Unset):
            income_hunting_fishing_etc = self.income_hunting_fishing_etc.to_dict()

        revenue_recognition_negative_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue_recognition_negative_balance, Unset):
            revenue_recognition_negative_balance = self.revenue_recognition_negative_balance.to_dict()

        income_deduction_profit_and_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_deduction_profit_and_loss, Unset):
            income_deduction_profit_and_loss = self.income_deduction_profit_and_loss.to_dict()

        operating_revenues_inc_taxable_part_of_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_revenues_inc_taxable_part_of_forest_fund, Unset):
            operating_revenues_inc_taxable_part_of_forest_fund = (
                self.operating_revenues_inc_taxable_part_of_forest_fund.to_dict()
            )

        operating_cost_inc_depreciation_and_allocation_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_cost_inc_depreciation_and_allocation_forest_fund, Unset):
            operating_cost_inc_depreciation_and_allocation_forest_fund = (
                self.operating_cost_inc_depreciation_and_allocation_forest_fund.to_dict()
            )

        transferred_from_previous_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transferred_from_previous_year, Unset):
            transferred_from_previous_year = self.transferred_from_previous_year.to_dict()

        forest_fund_payment_to_purpose_with_tax_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forest_fund_payment_to_purpose_with_tax_assets, Unset):
            forest_fund_payment_to_purpose_with_tax_assets = (
                self.forest_fund_payment_to_purpose_with_tax_assets.to_dict()
            )

        paid_up_government_contributions_to_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid_up_government_contributions_to_forest_fund, Unset):
            paid_up_government_contributions_to_forest_fund = (
                self.paid_up_government_contributions_to_forest_fund.to_dict()
            )

        tax_assets_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_assets_forest_fund, Unset):
            tax_assets_forest_fund = self.tax_assets_forest_fund.to_dict()

        reversal_of_prev_calculated_tax_assets_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reversal_of_prev_calculated_tax_assets_forest_fund, Unset):
            reversal_of_prev_calculated_tax_assets_forest_fund = (
                self.reversal_of_prev_calculated_tax_assets_forest_fund.to_dict()
            )

        forest_fund_payment_to_purpose_without_tax_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forest_fund_payment_to_purpose_without_tax_assets, Unset):
            forest_fund_payment_to_purpose_without_tax_assets = (
                self.forest_fund_payment_to_purpose_without_tax_assets.to_dict()
            )

        taxable_income_forest_fund: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxable_income_forest_fund, Unset):
            taxable_income_forest_fund = self.taxable_income_forest_fund.to_dict()

        transferred_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transferred_data, Unset):
            transferred_data = self.transferred_data.to_dict()

        balance_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_data, Unset):
            balance_data = self.balance_data.to_dict()

        profit_and_loss_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profit_and_loss_data, Unset):
            profit_and_loss_data = self.profit_and_loss_data.to_dict()

        extraordinary_distribution_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extraordinary_distribution_data, Unset):
            extraordinary_distribution_data = self.extraordinary_distribution_data.to_dict()

        forest_fund_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forest_fund_data, Unset):
            forest_fund_data = self.forest_fund_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if department is not UNSET:
            field_dict["department"] = department
        if group_id is not UNSET and not _in_request:
            field_dict["groupId"] = group_id
        if sales_income_and_withdrawals_timber_pulpwood_etc is not UNSET:
            field_dict["salesIncomeAndWithdrawalsTimberPulpwoodEtc"] = sales_income_and_withdrawals_timber_pulpwood_etc
        if sales_income_and_withdrawals_firewood_biomass is not UNSET:
            field_dict["salesIncomeAndWithdrawalsFirewoodBiomass"] = sales_income_and_withdrawals_firewood_biomass
        if income_hunting_fishing_etc is not UNSET:
            field_dict["incomeHuntingFishingEtc"] = income_hunting_fishing_etc
        if revenue_recognition_negative_balance is not UNSET:
            field_dict["revenueRecognitionNegativeBalance"] = revenue_recognition_negative_balance
        if income_deduction_profit_and_loss is not UNSET:
            field_dict["incomeDeductionProfitAndLoss"] = income_deduction_profit_and_loss
        if operating_revenues_inc_taxable_part_of_forest_fund is not UNSET:
            field_dict["operatingRevenuesIncTaxablePartOfForestFund"] = (
                operating_revenues_inc_taxable_part_of_forest_fund
            )
        if operating_cost_inc_depreciation_and_allocation_forest_fund is not UNSET:
            field_dict["operatingCostIncDepreciationAndAllocationForestFund"] = (
                operating_cost_inc_depreciation_and_allocation_forest_fund
            )
        if transferred_from_previous_year is not UNSET:
            field_dict["transferredFromPreviousYear"] = transferred_from_previous_year
        if forest_fund_payment_to_purpose_with_tax_assets is not UNSET:
            field_dict["forestFundPaymentToPurposeWithTaxAssets"] = forest_fund_payment_to_purpose_with_tax_assets
        if paid_up_government_contributions_to_forest_fund is not UNSET:
            field_dict["paidUpGovernmentContributionsToForestFund"] = paid_up_government_contributions_to_forest_fund
        if tax_assets_forest_fund is not UNSET:
            field_dict["taxAssetsForestFund"] = tax_assets_forest_fund
        if reversal_of_prev_calculated_tax_assets_forest_fund is not UNSET:
            field_dict["reversalOfPrevCalculatedTaxAssetsForestFund"] = (
                reversal_of_prev_calculated_tax_assets_forest_fund
            )
        if forest_fund_payment_to_purpose_without_tax_assets is not UNSET:
            field_dict["forestFundPaymentToPurposeWithoutTaxAssets"] = forest_fund_payment_to_purpose_without_tax_assets
        if taxable_income_forest_fund is not UNSET:
            field_dict["taxableIncomeForestFund"] = taxable_income_forest_fund
        if transferred_data is not UNSET:
            field_dict["transferredData"] = transferred_data
        if balance_data is not UNSET:
            field_dict["balanceData"] = balance_data
        if profit_and_loss_data is not UNSET:
            field_dict["profitAndLossData"] = profit_and_loss_data
        if extraordinary_distribution_data is not UNSET:
            field_dict["extraordinaryDistributionData"] = extraordinary_distribution_data
        if forest_fund_data is not UNSET:
            field_dict["forestFundData"] = forest_fund_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimberAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.balance_data import BalanceData  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.extraordinary_distribution_data import ExtraordinaryDistributionData  # noqa: PLC0415
        from ..models.forest_fund_data import ForestFundData  # noqa: PLC0415
        from ..models.profit_and_loss_data import ProfitAndLossData  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_sales_income_and_withdrawals_timber_pulpwood_etc(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _sales_income_and_withdrawals_timber_pulpwood_etc = _tx_v
            sales_income_and_withdrawals_timber_pulpwood_etc: YearEndGroupDetails | Unset
            if isinstance(_sales_income_and_withdrawals_timber_pulpwood_etc, Unset):
                sales_income_and_withdrawals_timber_pulpwood_etc = UNSET
            else:
                sales_income_and_withdrawals_timber_pulpwood_etc = YearEndGroupDetails._tx_from_json(
                    _sales_income_and_withdrawals_timber_pulpwood_etc
                )

            return sales_income_and_withdrawals_timber_pulpwood_etc

        def _p_sales_income_and_withdrawals_firewood_biomass(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _sales_income_and_withdrawals_firewood_biomass = _tx_v
            sales_income_and_withdrawals_firewood_biomass: YearEndGroupDetails | Unset
            if isinstance(_sales_income_and_withdrawals_firewood_biomass, Unset):
                sales_income_and_withdrawals_firewood_biomass = UNSET
            else:
                sales_income_and_withdrawals_firewood_biomass = YearEndGroupDetails._tx_from_json(
                    _sales_income_and_withdrawals_firewood_biomass
                )

            return sales_income_and_withdrawals_firewood_biomass

        def _p_income_hunting_fishing_etc(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _income_hunting_fishing_etc = _tx_v
            income_hunting_fishing_etc: YearEndGroupDetails | Unset
            if isinstance(_income_hunting_fishing_etc, Unset):
                income_hunting_fishing_etc = UNSET
            else:
                income_hunting_fishing_etc = YearEndGroupDetails._tx_from_json(_income_hunting_fishing_etc)

            return income_hunting_fishing_etc

        def _p_revenue_recognition_negative_balance(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _revenue_recognition_negative_balance = _tx_v
            revenue_recognition_negative_balance: YearEndGroupDetails | Unset
            if isinstance(_revenue_recognition_negative_balance, Unset):
                revenue_recognition_negative_balance = UNSET
            else:
                revenue_recognition_negative_balance = YearEndGroupDetails._tx_from_json(
                    _revenue_recognition_negative_balance
                )

            return revenue_recognition_negative_balance

        def _p_income_deduction_profit_and_loss(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _income_deduction_profit_and_loss = _tx_v
            income_deduction_profit_and_loss: YearEndGroupDetails | Unset
            if isinstance(_income_deduction_profit_and_loss, Unset):
                income_deduction_profit_and_loss = UNSET
            else:
                income_deduction_profit_and_loss = YearEndGroupDetails._tx_from_json(_income_deduction_profit_and_loss)

            return income_deduction_profit_and_loss

        def _p_operating_revenues_inc_taxable_part_of_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _operating_revenues_inc_taxable_part_of_forest_fund = _tx_v
            operating_revenues_inc_taxable_part_of_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_operating_revenues_inc_taxable_part_of_forest_fund, Unset):
                operating_revenues_inc_taxable_part_of_forest_fund = UNSET
            else:
                operating_revenues_inc_taxable_part_of_forest_fund = YearEndGroupDetails._tx_from_json(
                    _operating_revenues_inc_taxable_part_of_forest_fund
                )

            return operating_revenues_inc_taxable_part_of_forest_fund

        def _p_operating_cost_inc_depreciation_and_allocation_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _operating_cost_inc_depreciation_and_allocation_forest_fund = _tx_v
            operating_cost_inc_depreciation_and_allocation_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_operating_cost_inc_depreciation_and_allocation_forest_fund, Unset):
                operating_cost_inc_depreciation_and_allocation_forest_fund = UNSET
            else:
                operating_cost_inc_depreciation_and_allocation_forest_fund = YearEndGroupDetails._tx_from_json(
                    _operating_cost_inc_depreciation_and_allocation_forest_fund
                )

            return operating_cost_inc_depreciation_and_allocation_forest_fund

        def _p_transferred_from_previous_year(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _transferred_from_previous_year = _tx_v
            transferred_from_previous_year: YearEndGroupDetails | Unset
            if isinstance(_transferred_from_previous_year, Unset):
                transferred_from_previous_year = UNSET
            else:
                transferred_from_previous_year = YearEndGroupDetails._tx_from_json(_transferred_from_previous_year)

            return transferred_from_previous_year

        def _p_forest_fund_payment_to_purpose_with_tax_assets(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _forest_fund_payment_to_purpose_with_tax_assets = _tx_v
            forest_fund_payment_to_purpose_with_tax_assets: YearEndGroupDetails | Unset
            if isinstance(_forest_fund_payment_to_purpose_with_tax_assets, Unset):
                forest_fund_payment_to_purpose_with_tax_assets = UNSET
            else:
                forest_fund_payment_to_purpose_with_tax_assets = YearEndGroupDetails._tx_from_json(
                    _forest_fund_payment_to_purpose_with_tax_assets
                )

            return forest_fund_payment_to_purpose_with_tax_assets

        def _p_paid_up_government_contributions_to_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _paid_up_government_contributions_to_forest_fund = _tx_v
            paid_up_government_contributions_to_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_paid_up_government_contributions_to_forest_fund, Unset):
                paid_up_government_contributions_to_forest_fund = UNSET
            else:
                paid_up_government_contributions_to_forest_fund = YearEndGroupDetails._tx_from_json(
                    _paid_up_government_contributions_to_forest_fund
                )

            return paid_up_government_contributions_to_forest_fund

        def _p_tax_assets_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _tax_assets_forest_fund = _tx_v
            tax_assets_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_tax_assets_forest_fund, Unset):
                tax_assets_forest_fund = UNSET
            else:
                tax_assets_forest_fund = YearEndGroupDetails._tx_from_json(_tax_assets_forest_fund)

            return tax_assets_forest_fund

        def _p_reversal_of_prev_calculated_tax_assets_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _reversal_of_prev_calculated_tax_assets_forest_fund = _tx_v
            reversal_of_prev_calculated_tax_assets_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_reversal_of_prev_calculated_tax_assets_forest_fund, Unset):
                reversal_of_prev_calculated_tax_assets_forest_fund = UNSET
            else:
                reversal_of_prev_calculated_tax_assets_forest_fund = YearEndGroupDetails._tx_from_json(
                    _reversal_of_prev_calculated_tax_assets_forest_fund
                )

            return reversal_of_prev_calculated_tax_assets_forest_fund

        def _p_forest_fund_payment_to_purpose_without_tax_assets(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _forest_fund_payment_to_purpose_without_tax_assets = _tx_v
            forest_fund_payment_to_purpose_without_tax_assets: YearEndGroupDetails | Unset
            if isinstance(_forest_fund_payment_to_purpose_without_tax_assets, Unset):
                forest_fund_payment_to_purpose_without_tax_assets = UNSET
            else:
                forest_fund_payment_to_purpose_without_tax_assets = YearEndGroupDetails._tx_from_json(
                    _forest_fund_payment_to_purpose_without_tax_assets
                )

            return forest_fund_payment_to_purpose_without_tax_assets

        def _p_taxable_income_forest_fund(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _taxable_income_forest_fund = _tx_v
            taxable_income_forest_fund: YearEndGroupDetails | Unset
            if isinstance(_taxable_income_forest_fund, Unset):
                taxable_income_forest_fund = UNSET
            else:
                taxable_income_forest_fund = YearEndGroupDetails._tx_from_json(_taxable_income_forest_fund)

            return taxable_income_forest_fund

        def _p_transferred_data(_tx_v: Any) -> TransferredData | Unset:
            _transferred_data = _tx_v
            transferred_data: TransferredData | Unset
            if isinstance(_transferred_data, Unset):
                transferred_data = UNSET
            else:
                transferred_data = TransferredData._tx_from_json(_transferred_data)

            return transferred_data

        def _p_balance_data(_tx_v: Any) -> BalanceData | Unset:
            _balance_data = _tx_v
            balance_data: BalanceData | Unset
            if isinstance(_balance_data, Unset):
                balance_data = UNSET
            else:
                balance_data = BalanceData._tx_from_json(_balance_data)

            return balance_data

        def _p_profit_and_loss_data(_tx_v: Any) -> ProfitAndLossData | Unset:
            _profit_and_loss_data = _tx_v
            profit_and_loss_data: ProfitAndLossData | Unset
            if isinstance(_profit_and_loss_data, Unset):
                profit_and_loss_data = UNSET
            else:
                profit_and_loss_data = ProfitAndLossData._tx_from_json(_profit_and_loss_data)

            return profit_and_loss_data

        def _p_extraordinary_distribution_data(_tx_v: Any) -> ExtraordinaryDistributionData | Unset:
            _extraordinary_distribution_data = _tx_v
            extraordinary_distribution_data: ExtraordinaryDistributionData | Unset
            if isinstance(_extraordinary_distribution_data, Unset):
                extraordinary_distribution_data = UNSET
            else:
                extraordinary_distribution_data = ExtraordinaryDistributionData._tx_from_json(
                    _extraordinary_distribution_data
                )

            return extraordinary_distribution_data

        def _p_forest_fund_data(_tx_v: Any) -> ForestFundData | Unset:
            _forest_fund_data = _tx_v
            forest_fund_data: ForestFundData | Unset
            if isinstance(_forest_fund_data, Unset):
                forest_fund_data = UNSET
            else:
                forest_fund_data = ForestFundData._tx_from_json(_forest_fund_data)

            return forest_fund_data

        _tx_known: frozenset[str] = frozenset(
            (
                "department",
                "groupId",
                "salesIncomeAndWithdrawalsTimberPulpwoodEtc",
                "salesIncomeAndWithdrawalsFirewoodBiomass",
                "incomeHuntingFishingEtc",
                "revenueRecognitionNegativeBalance",
                "incomeDeductionProfitAndLoss",
                "operatingRevenuesIncTaxablePartOfForestFund",
                "operatingCostIncDepreciationAndAllocationForestFund",
                "transferredFromPreviousYear",
                "forestFundPaymentToPurposeWithTaxAssets",
                "paidUpGovernmentContributionsToForestFund",
                "taxAssetsForestFund",
                "reversalOfPrevCalculatedTaxAssetsForestFund",
                "forestFundPaymentToPurposeWithoutTaxAssets",
                "taxableIncomeForestFund",
                "transferredData",
                "balanceData",
                "profitAndLossData",
                "extraordinaryDistributionData",
                "forestFundData",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "department": ("department", _p_department),
            "group_id": ("groupId", None),
            "sales_income_and_withdrawals_timber_pulpwood_etc": (
                "salesIncomeAndWithdrawalsTimberPulpwoodEtc",
                _p_sales_income_and_withdrawals_timber_pulpwood_etc,
            ),
            "sales_income_and_withdrawals_firewood_biomass": (
                "salesIncomeAndWithdrawalsFirewoodBiomass",
                _p_sales_income_and_withdrawals_firewood_biomass,
            ),
            "income_hunting_fishing_etc": ("incomeHuntingFishingEtc", _p_income_hunting_fishing_etc),
            "revenue_recognition_negative_balance": (
                "revenueRecognitionNegativeBalance",
                _p_revenue_recognition_negative_balance,
            ),
            "income_deduction_profit_and_loss": ("incomeDeductionProfitAndLoss", _p_income_deduction_profit_and_loss),
            "operating_revenues_inc_taxable_part_of_forest_fund": (
                "operatingRevenuesIncTaxablePartOfForestFund",
                _p_operating_revenues_inc_taxable_part_of_forest_fund,
            ),
            "operating_cost_inc_depreciation_and_allocation_forest_fund": (
                "operatingCostIncDepreciationAndAllocationForestFund",
                _p_operating_cost_inc_depreciation_and_allocation_forest_fund,
            ),
            "transferred_from_previous_year": ("transferredFromPreviousYear", _p_transferred_from_previous_year),
            "forest_fund_payment_to_purpose_with_tax_assets": (
                "forestFundPaymentToPurposeWithTaxAssets",
                _p_forest_fund_payment_to_purpose_with_tax_assets,
            ),
            "paid_up_government_contributions_to_forest_fund": (
                "paidUpGovernmentContributionsToForestFund",
                _p_paid_up_government_contributions_to_forest_fund,
            ),
            "tax_assets_forest_fund": ("taxAssetsForestFund", _p_tax_assets_forest_fund),
            "reversal_of_prev_calculated_tax_assets_forest_fund": (
                "reversalOfPrevCalculatedTaxAssetsForestFund",
                _p_reversal_of_prev_calculated_tax_assets_forest_fund,
            ),
            "forest_fund_payment_to_purpose_without_tax_assets": (
                "forestFundPaymentToPurposeWithoutTaxAssets",
                _p_forest_fund_payment_to_purpose_without_tax_assets,
            ),
            "taxable_income_forest_fund": ("taxableIncomeForestFund", _p_taxable_income_forest_fund),
            "transferred_data": ("transferredData", _p_transferred_data),
            "balance_data": ("balanceData", _p_balance_data),
            "profit_and_loss_data": ("profitAndLossData", _p_profit_and_loss_data),
            "extraordinary_distribution_data": ("extraordinaryDistributionData", _p_extraordinary_distribution_data),
            "forest_fund_data": ("forestFundData", _p_forest_fund_data),
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
