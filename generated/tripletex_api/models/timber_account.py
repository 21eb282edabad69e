from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.balance_data import BalanceData
    from ..models.department import Department
    from ..models.extraordinary_distribution_data import ExtraordinaryDistributionData
    from ..models.forest_fund_data import ForestFundData
    from ..models.profit_and_loss_data import ProfitAndLossData
    from ..models.transferred_data import TransferredData
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="TimberAccount")


@_attrs_define
class TimberAccount:
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
        from ..models.balance_data import BalanceData  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.extraordinary_distribution_data import ExtraordinaryDistributionData  # noqa: PLC0415
        from ..models.forest_fund_data import ForestFundData  # noqa: PLC0415
        from ..models.profit_and_loss_data import ProfitAndLossData  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        group_id = d.pop("groupId", UNSET)

        _sales_income_and_withdrawals_timber_pulpwood_etc = d.pop("salesIncomeAndWithdrawalsTimberPulpwoodEtc", UNSET)
        sales_income_and_withdrawals_timber_pulpwood_etc: YearEndGroupDetails | Unset
        if isinstance(_sales_income_and_withdrawals_timber_pulpwood_etc, Unset):
            sales_income_and_withdrawals_timber_pulpwood_etc = UNSET
        else:
            sales_income_and_withdrawals_timber_pulpwood_etc = YearEndGroupDetails.from_dict(
                _sales_income_and_withdrawals_timber_pulpwood_etc
            )

        _sales_income_and_withdrawals_firewood_biomass = d.pop("salesIncomeAndWithdrawalsFirewoodBiomass", UNSET)
        sales_income_and_withdrawals_firewood_biomass: YearEndGroupDetails | Unset
        if isinstance(_sales_income_and_withdrawals_firewood_biomass, Unset):
            sales_income_and_withdrawals_firewood_biomass = UNSET
        else:
            sales_income_and_withdrawals_firewood_biomass = YearEndGroupDetails.from_dict(
                _sales_income_and_withdrawals_firewood_biomass
            )

        _income_hunting_fishing_etc = d.pop("incomeHuntingFishingEtc", UNSET)
        income_hunting_fishing_etc: YearEndGroupDetails | Unset
        if isinstance(_income_hunting_fishing_etc, Unset):
            income_hunting_fishing_etc = UNSET
        else:
            income_hunting_fishing_etc = YearEndGroupDetails.from_dict(_income_hunting_fishing_etc)

        _revenue_recognition_negative_balance = d.pop("revenueRecognitionNegativeBalance", UNSET)
        revenue_recognition_negative_balance: YearEndGroupDetails | Unset
        if isinstance(_revenue_recognition_negative_balance, Unset):
            revenue_recognition_negative_balance = UNSET
        else:
            revenue_recognition_negative_balance = YearEndGroupDetails.from_dict(_revenue_recognition_negative_balance)

        _income_deduction_profit_and_loss = d.pop("incomeDeductionProfitAndLoss", UNSET)
        income_deduction_profit_and_loss: YearEndGroupDetails | Unset
        if isinstance(_income_deduction_profit_and_loss, Unset):
            income_deduction_profit_and_loss = UNSET
        else:
            income_deduction_profit_and_loss = YearEndGroupDetails.from_dict(_income_deduction_profit_and_loss)

        _operating_revenues_inc_taxable_part_of_forest_fund = d.pop(
            "operatingRevenuesIncTaxablePartOfForestFund", UNSET
        )
        operating_revenues_inc_taxable_part_of_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_operating_revenues_inc_taxable_part_of_forest_fund, Unset):
            operating_revenues_inc_taxable_part_of_forest_fund = UNSET
        else:
            operating_revenues_inc_taxable_part_of_forest_fund = YearEndGroupDetails.from_dict(
                _operating_revenues_inc_taxable_part_of_forest_fund
            )

        _operating_cost_inc_depreciation_and_allocation_forest_fund = d.pop(
            "operatingCostIncDepreciationAndAllocationForestFund", UNSET
        )
        operating_cost_inc_depreciation_and_allocation_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_operating_cost_inc_depreciation_and_allocation_forest_fund, Unset):
            operating_cost_inc_depreciation_and_allocation_forest_fund = UNSET
        else:
            operating_cost_inc_depreciation_and_allocation_forest_fund = YearEndGroupDetails.from_dict(
                _operating_cost_inc_depreciation_and_allocation_forest_fund
            )

        _transferred_from_previous_year = d.pop("transferredFromPreviousYear", UNSET)
        transferred_from_previous_year: YearEndGroupDetails | Unset
        if isinstance(_transferred_from_previous_year, Unset):
            transferred_from_previous_year = UNSET
        else:
            transferred_from_previous_year = YearEndGroupDetails.from_dict(_transferred_from_previous_year)

        _forest_fund_payment_to_purpose_with_tax_assets = d.pop("forestFundPaymentToPurposeWithTaxAssets", UNSET)
        forest_fund_payment_to_purpose_with_tax_assets: YearEndGroupDetails | Unset
        if isinstance(_forest_fund_payment_to_purpose_with_tax_assets, Unset):
            forest_fund_payment_to_purpose_with_tax_assets = UNSET
        else:
            forest_fund_payment_to_purpose_with_tax_assets = YearEndGroupDetails.from_dict(
                _forest_fund_payment_to_purpose_with_tax_assets
            )

        _paid_up_government_contributions_to_forest_fund = d.pop("paidUpGovernmentContributionsToForestFund", UNSET)
        paid_up_government_contributions_to_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_paid_up_government_contributions_to_forest_fund, Unset):
            paid_up_government_contributions_to_forest_fund = UNSET
        else:
            paid_up_government_contributions_to_forest_fund = YearEndGroupDetails.from_dict(
                _paid_up_government_contributions_to_forest_fund
            )

        _tax_assets_forest_fund = d.pop("taxAssetsForestFund", UNSET)
        tax_assets_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_tax_assets_forest_fund, Unset):
            tax_assets_forest_fund = UNSET
        else:
            tax_assets_forest_fund = YearEndGroupDetails.from_dict(_tax_assets_forest_fund)

        _reversal_of_prev_calculated_tax_assets_forest_fund = d.pop(
            "reversalOfPrevCalculatedTaxAssetsForestFund", UNSET
        )
        reversal_of_prev_calculated_tax_assets_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_reversal_of_prev_calculated_tax_assets_forest_fund, Unset):
            reversal_of_prev_calculated_tax_assets_forest_fund = UNSET
        else:
            reversal_of_prev_calculated_tax_assets_forest_fund = YearEndGroupDetails.from_dict(
                _reversal_of_prev_calculated_tax_assets_forest_fund
            )

        _forest_fund_payment_to_purpose_without_tax_assets = d.pop("forestFundPaymentToPurposeWithoutTaxAssets", UNSET)
        forest_fund_payment_to_purpose_without_tax_assets: YearEndGroupDetails | Unset
        if isinstance(_forest_fund_payment_to_purpose_without_tax_assets, Unset):
            forest_fund_payment_to_purpose_without_tax_assets = UNSET
        else:
            forest_fund_payment_to_purpose_without_tax_assets = YearEndGroupDetails.from_dict(
                _forest_fund_payment_to_purpose_without_tax_assets
            )

        _taxable_income_forest_fund = d.pop("taxableIncomeForestFund", UNSET)
        taxable_income_forest_fund: YearEndGroupDetails | Unset
        if isinstance(_taxable_income_forest_fund, Unset):
            taxable_income_forest_fund = UNSET
        else:
            taxable_income_forest_fund = YearEndGroupDetails.from_dict(_taxable_income_forest_fund)

        _transferred_data = d.pop("transferredData", UNSET)
        transferred_data: TransferredData | Unset
        if isinstance(_transferred_data, Unset):
            transferred_data = UNSET
        else:
            transferred_data = TransferredData.from_dict(_transferred_data)

        _balance_data = d.pop("balanceData", UNSET)
        balance_data: BalanceData | Unset
        if isinstance(_balance_data, Unset):
            balance_data = UNSET
        else:
            balance_data = BalanceData.from_dict(_balance_data)

        _profit_and_loss_data = d.pop("profitAndLossData", UNSET)
        profit_and_loss_data: ProfitAndLossData | Unset
        if isinstance(_profit_and_loss_data, Unset):
            profit_and_loss_data = UNSET
        else:
            profit_and_loss_data = ProfitAndLossData.from_dict(_profit_and_loss_data)

        _extraordinary_distribution_data = d.pop("extraordinaryDistributionData", UNSET)
        extraordinary_distribution_data: ExtraordinaryDistributionData | Unset
        if isinstance(_extraordinary_distribution_data, Unset):
            extraordinary_distribution_data = UNSET
        else:
            extraordinary_distribution_data = ExtraordinaryDistributionData.from_dict(_extraordinary_distribution_data)

        _forest_fund_data = d.pop("forestFundData", UNSET)
        forest_fund_data: ForestFundData | Unset
        if isinstance(_forest_fund_data, Unset):
            forest_fund_data = UNSET
        else:
            forest_fund_data = ForestFundData.from_dict(_forest_fund_data)

        _obj = cls(
            department=department,
            group_id=group_id,
            sales_income_and_withdrawals_timber_pulpwood_etc=sales_income_and_withdrawals_timber_pulpwood_etc,
            sales_income_and_withdrawals_firewood_biomass=sales_income_and_withdrawals_firewood_biomass,
            income_hunting_fishing_etc=income_hunting_fishing_etc,
            revenue_recognition_negative_balance=revenue_recognition_negative_balance,
            income_deduction_profit_and_loss=income_deduction_profit_and_loss,
            operating_revenues_inc_taxable_part_of_forest_fund=operating_revenues_inc_taxable_part_of_forest_fund,
            operating_cost_inc_depreciation_and_allocation_forest_fund=operating_cost_inc_depreciation_and_allocation_forest_fund,
            transferred_from_previous_year=transferred_from_previous_year,
            forest_fund_payment_to_purpose_with_tax_assets=forest_fund_payment_to_purpose_with_tax_assets,
            paid_up_government_contributions_to_forest_fund=paid_up_government_contributions_to_forest_fund,
            tax_assets_forest_fund=tax_assets_forest_fund,
            reversal_of_prev_calculated_tax_assets_forest_fund=reversal_of_prev_calculated_tax_assets_forest_fund,
            forest_fund_payment_to_purpose_without_tax_assets=forest_fund_payment_to_purpose_without_tax_assets,
            taxable_income_forest_fund=taxable_income_forest_fund,
            transferred_data=transferred_data,
            balance_data=balance_data,
            profit_and_loss_data=profit_and_loss_data,
            extraordinary_distribution_data=extraordinary_distribution_data,
            forest_fund_data=forest_fund_data,
        )

        _obj.additional_properties = d
        return _obj

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
