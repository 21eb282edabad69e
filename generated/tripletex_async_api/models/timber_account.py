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
    parse_error,
    parse_model,
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


@_attrs_define
class TimberAccount(Model):
    """
    Attributes:
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        group_id (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET and not _in_request:
            field_dict["groupId"] = _v
        _v = self.sales_income_and_withdrawals_timber_pulpwood_etc
        if _v is not UNSET:
            field_dict["salesIncomeAndWithdrawalsTimberPulpwoodEtc"] = _v.to_dict()
        _v = self.sales_income_and_withdrawals_firewood_biomass
        if _v is not UNSET:
            field_dict["salesIncomeAndWithdrawalsFirewoodBiomass"] = _v.to_dict()
        _v = self.income_hunting_fishing_etc
        if _v is not UNSET:
            field_dict["incomeHuntingFishingEtc"] = _v.to_dict()
        _v = self.revenue_recognition_negative_balance
        if _v is not UNSET:
            field_dict["revenueRecognitionNegativeBalance"] = _v.to_dict()
        _v = self.income_deduction_profit_and_loss
        if _v is not UNSET:
            field_dict["incomeDeductionProfitAndLoss"] = _v.to_dict()
        _v = self.operating_revenues_inc_taxable_part_of_forest_fund
        if _v is not UNSET:
            field_dict["operatingRevenuesIncTaxablePartOfForestFund"] = _v.to_dict()
        _v = self.operating_cost_inc_depreciation_and_allocation_forest_fund
        if _v is not UNSET:
            field_dict["operatingCostIncDepreciationAndAllocationForestFund"] = _v.to_dict()
        _v = self.transferred_from_previous_year
        if _v is not UNSET:
            field_dict["transferredFromPreviousYear"] = _v.to_dict()
        _v = self.forest_fund_payment_to_purpose_with_tax_assets
        if _v is not UNSET:
            field_dict["forestFundPaymentToPurposeWithTaxAssets"] = _v.to_dict()
        _v = self.paid_up_government_contributions_to_forest_fund
        if _v is not UNSET:
            field_dict["paidUpGovernmentContributionsToForestFund"] = _v.to_dict()
        _v = self.tax_assets_forest_fund
        if _v is not UNSET:
            field_dict["taxAssetsForestFund"] = _v.to_dict()
        _v = self.reversal_of_prev_calculated_tax_assets_forest_fund
        if _v is not UNSET:
            field_dict["reversalOfPrevCalculatedTaxAssetsForestFund"] = _v.to_dict()
        _v = self.forest_fund_payment_to_purpose_without_tax_assets
        if _v is not UNSET:
            field_dict["forestFundPaymentToPurposeWithoutTaxAssets"] = _v.to_dict()
        _v = self.taxable_income_forest_fund
        if _v is not UNSET:
            field_dict["taxableIncomeForestFund"] = _v.to_dict()
        _v = self.transferred_data
        if _v is not UNSET:
            field_dict["transferredData"] = _v.to_dict()
        _v = self.balance_data
        if _v is not UNSET:
            field_dict["balanceData"] = _v.to_dict()
        _v = self.profit_and_loss_data
        if _v is not UNSET:
            field_dict["profitAndLossData"] = _v.to_dict()
        _v = self.extraordinary_distribution_data
        if _v is not UNSET:
            field_dict["extraordinaryDistributionData"] = _v.to_dict()
        _v = self.forest_fund_data
        if _v is not UNSET:
            field_dict["forestFundData"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimberAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimberAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.balance_data import BalanceData  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.extraordinary_distribution_data import ExtraordinaryDistributionData  # noqa: PLC0415
        from ..models.forest_fund_data import ForestFundData  # noqa: PLC0415
        from ..models.profit_and_loss_data import ProfitAndLossData  # noqa: PLC0415
        from ..models.transferred_data import TransferredData  # noqa: PLC0415
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.department = o.group_id = o.sales_income_and_withdrawals_timber_pulpwood_etc = (
                        o.sales_income_and_withdrawals_firewood_biomass
                    ) = o.income_hunting_fishing_etc = o.revenue_recognition_negative_balance = (
                        o.income_deduction_profit_and_loss
                    ) = o.operating_revenues_inc_taxable_part_of_forest_fund = (
                        o.operating_cost_inc_depreciation_and_allocation_forest_fund
                    ) = o.transferred_from_previous_year = o.forest_fund_payment_to_purpose_with_tax_assets = (
                        o.paid_up_government_contributions_to_forest_fund
                    ) = o.tax_assets_forest_fund = o.reversal_of_prev_calculated_tax_assets_forest_fund = (
                        o.forest_fund_payment_to_purpose_without_tax_assets
                    ) = o.taxable_income_forest_fund = o.transferred_data = o.balance_data = o.profit_and_loss_data = (
                        o.extraordinary_distribution_data
                    ) = o.forest_fund_data = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                k = "salesIncomeAndWithdrawalsTimberPulpwoodEtc"
                v = g("salesIncomeAndWithdrawalsTimberPulpwoodEtc")
                if v is None:
                    o.sales_income_and_withdrawals_timber_pulpwood_etc = u
                    if "salesIncomeAndWithdrawalsTimberPulpwoodEtc" not in d:
                        m += 1
                else:
                    o.sales_income_and_withdrawals_timber_pulpwood_etc = YearEndGroupDetails._tx_parse(v)
                k = "salesIncomeAndWithdrawalsFirewoodBiomass"
                v = g("salesIncomeAndWithdrawalsFirewoodBiomass")
                if v is None:
                    o.sales_income_and_withdrawals_firewood_biomass = u
                    if "salesIncomeAndWithdrawalsFirewoodBiomass" not in d:
                        m += 1
                else:
                    o.sales_income_and_withdrawals_firewood_biomass = YearEndGroupDetails._tx_parse(v)
                k = "incomeHuntingFishingEtc"
                v = g("incomeHuntingFishingEtc")
                if v is None:
                    o.income_hunting_fishing_etc = u
                    if "incomeHuntingFishingEtc" not in d:
                        m += 1
                else:
                    o.income_hunting_fishing_etc = YearEndGroupDetails._tx_parse(v)
                k = "revenueRecognitionNegativeBalance"
                v = g("revenueRecognitionNegativeBalance")
                if v is None:
                    o.revenue_recognition_negative_balance = u
                    if "revenueRecognitionNegativeBalance" not in d:
                        m += 1
                else:
                    o.revenue_recognition_negative_balance = YearEndGroupDetails._tx_parse(v)
                k = "incomeDeductionProfitAndLoss"
                v = g("incomeDeductionProfitAndLoss")
                if v is None:
                    o.income_deduction_profit_and_loss = u
                    if "incomeDeductionProfitAndLoss" not in d:
                        m += 1
                else:
                    o.income_deduction_profit_and_loss = YearEndGroupDetails._tx_parse(v)
                k = "operatingRevenuesIncTaxablePartOfForestFund"
                v = g("operatingRevenuesIncTaxablePartOfForestFund")
                if v is None:
                    o.operating_revenues_inc_taxable_part_of_forest_fund = u
                    if "operatingRevenuesIncTaxablePartOfForestFund" not in d:
                        m += 1
                else:
                    o.operating_revenues_inc_taxable_part_of_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "operatingCostIncDepreciationAndAllocationForestFund"
                v = g("operatingCostIncDepreciationAndAllocationForestFund")
                if v is None:
                    o.operating_cost_inc_depreciation_and_allocation_forest_fund = u
                    if "operatingCostIncDepreciationAndAllocationForestFund" not in d:
                        m += 1
                else:
                    o.operating_cost_inc_depreciation_and_allocation_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "transferredFromPreviousYear"
                v = g("transferredFromPreviousYear")
                if v is None:
                    o.transferred_from_previous_year = u
                    if "transferredFromPreviousYear" not in d:
                        m += 1
                else:
                    o.transferred_from_previous_year = YearEndGroupDetails._tx_parse(v)
                k = "forestFundPaymentToPurposeWithTaxAssets"
                v = g("forestFundPaymentToPurposeWithTaxAssets")
                if v is None:
                    o.forest_fund_payment_to_purpose_with_tax_assets = u
                    if "forestFundPaymentToPurposeWithTaxAssets" not in d:
                        m += 1
                else:
                    o.forest_fund_payment_to_purpose_with_tax_assets = YearEndGroupDetails._tx_parse(v)
                k = "paidUpGovernmentContributionsToForestFund"
                v = g("paidUpGovernmentContributionsToForestFund")
                if v is None:
                    o.paid_up_government_contributions_to_forest_fund = u
                    if "paidUpGovernmentContributionsToForestFund" not in d:
                        m += 1
                else:
                    o.paid_up_government_contributions_to_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "taxAssetsForestFund"
                v = g("taxAssetsForestFund")
                if v is None:
                    o.tax_assets_forest_fund = u
                    if "taxAssetsForestFund" not in d:
                        m += 1
                else:
                    o.tax_assets_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "reversalOfPrevCalculatedTaxAssetsForestFund"
                v = g("reversalOfPrevCalculatedTaxAssetsForestFund")
                if v is None:
                    o.reversal_of_prev_calculated_tax_assets_forest_fund = u
                    if "reversalOfPrevCalculatedTaxAssetsForestFund" not in d:
                        m += 1
                else:
                    o.reversal_of_prev_calculated_tax_assets_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "forestFundPaymentToPurposeWithoutTaxAssets"
                v = g("forestFundPaymentToPurposeWithoutTaxAssets")
                if v is None:
                    o.forest_fund_payment_to_purpose_without_tax_assets = u
                    if "forestFundPaymentToPurposeWithoutTaxAssets" not in d:
                        m += 1
                else:
                    o.forest_fund_payment_to_purpose_without_tax_assets = YearEndGroupDetails._tx_parse(v)
                k = "taxableIncomeForestFund"
                v = g("taxableIncomeForestFund")
                if v is None:
                    o.taxable_income_forest_fund = u
                    if "taxableIncomeForestFund" not in d:
                        m += 1
                else:
                    o.taxable_income_forest_fund = YearEndGroupDetails._tx_parse(v)
                k = "transferredData"
                v = g("transferredData")
                if v is None:
                    o.transferred_data = u
                    if "transferredData" not in d:
                        m += 1
                else:
                    o.transferred_data = TransferredData._tx_parse(v)
                k = "balanceData"
                v = g("balanceData")
                if v is None:
                    o.balance_data = u
                    if "balanceData" not in d:
                        m += 1
                else:
                    o.balance_data = BalanceData._tx_parse(v)
                k = "profitAndLossData"
                v = g("profitAndLossData")
                if v is None:
                    o.profit_and_loss_data = u
                    if "profitAndLossData" not in d:
                        m += 1
                else:
                    o.profit_and_loss_data = ProfitAndLossData._tx_parse(v)
                k = "extraordinaryDistributionData"
                v = g("extraordinaryDistributionData")
                if v is None:
                    o.extraordinary_distribution_data = u
                    if "extraordinaryDistributionData" not in d:
                        m += 1
                else:
                    o.extraordinary_distribution_data = ExtraordinaryDistributionData._tx_parse(v)
                k = "forestFundData"
                v = g("forestFundData")
                if v is None:
                    o.forest_fund_data = u
                    if "forestFundData" not in d:
                        m += 1
                else:
                    o.forest_fund_data = ForestFundData._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 21 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("department", "department"),
            ("group_id", "groupId"),
            ("sales_income_and_withdrawals_timber_pulpwood_etc", "salesIncomeAndWithdrawalsTimberPulpwoodEtc"),
            ("sales_income_and_withdrawals_firewood_biomass", "salesIncomeAndWithdrawalsFirewoodBiomass"),
            ("income_hunting_fishing_etc", "incomeHuntingFishingEtc"),
            ("revenue_recognition_negative_balance", "revenueRecognitionNegativeBalance"),
            ("income_deduction_profit_and_loss", "incomeDeductionProfitAndLoss"),
            ("operating_revenues_inc_taxable_part_of_forest_fund", "operatingRevenuesIncTaxablePartOfForestFund"),
            (
                "operating_cost_inc_depreciation_and_allocation_forest_fund",
                "operatingCostIncDepreciationAndAllocationForestFund",
            ),
            ("transferred_from_previous_year", "transferredFromPreviousYear"),
            ("forest_fund_payment_to_purpose_with_tax_assets", "forestFundPaymentToPurposeWithTaxAssets"),
            ("paid_up_government_contributions_to_forest_fund", "paidUpGovernmentContributionsToForestFund"),
            ("tax_assets_forest_fund", "taxAssetsForestFund"),
            ("reversal_of_prev_calculated_tax_assets_forest_fund", "reversalOfPrevCalculatedTaxAssetsForestFund"),
            ("forest_fund_payment_to_purpose_without_tax_assets", "forestFundPaymentToPurposeWithoutTaxAssets"),
            ("taxable_income_forest_fund", "taxableIncomeForestFund"),
            ("transferred_data", "transferredData"),
            ("balance_data", "balanceData"),
            ("profit_and_loss_data", "profitAndLossData"),
            ("extraordinary_distribution_data", "extraordinaryDistributionData"),
            ("forest_fund_data", "forestFundData"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sales_income_and_withdrawals_timber_pulpwood_etc
            o.sales_income_and_withdrawals_timber_pulpwood_etc = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.sales_income_and_withdrawals_firewood_biomass
            o.sales_income_and_withdrawals_firewood_biomass = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.income_hunting_fishing_etc
            o.income_hunting_fishing_etc = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.revenue_recognition_negative_balance
            o.revenue_recognition_negative_balance = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.income_deduction_profit_and_loss
            o.income_deduction_profit_and_loss = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.operating_revenues_inc_taxable_part_of_forest_fund
            o.operating_revenues_inc_taxable_part_of_forest_fund = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.operating_cost_inc_depreciation_and_allocation_forest_fund
            o.operating_cost_inc_depreciation_and_allocation_forest_fund = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.transferred_from_previous_year
            o.transferred_from_previous_year = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.forest_fund_payment_to_purpose_with_tax_assets
            o.forest_fund_payment_to_purpose_with_tax_assets = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.paid_up_government_contributions_to_forest_fund
            o.paid_up_government_contributions_to_forest_fund = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.tax_assets_forest_fund
            o.tax_assets_forest_fund = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.reversal_of_prev_calculated_tax_assets_forest_fund
            o.reversal_of_prev_calculated_tax_assets_forest_fund = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.forest_fund_payment_to_purpose_without_tax_assets
            o.forest_fund_payment_to_purpose_without_tax_assets = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.taxable_income_forest_fund
            o.taxable_income_forest_fund = u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            v = s.transferred_data
            o.transferred_data = u if v is None or v is u else TransferredData._tx_parse(v)
            v = s.balance_data
            o.balance_data = u if v is None or v is u else BalanceData._tx_parse(v)
            v = s.profit_and_loss_data
            o.profit_and_loss_data = u if v is None or v is u else ProfitAndLossData._tx_parse(v)
            v = s.extraordinary_distribution_data
            o.extraordinary_distribution_data = u if v is None or v is u else ExtraordinaryDistributionData._tx_parse(v)
            v = s.forest_fund_data
            o.forest_fund_data = u if v is None or v is u else ForestFundData._tx_parse(v)
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
