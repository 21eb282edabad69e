from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_annual_accounts_status import YearEndAnnualAccountsStatus
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
    from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection
    from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult
    from ..models.change import Change


T = TypeVar("T", bound="YearEndAnnualAccounts")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("status", str, False),
    ("submissionResult", dict, False),
    ("operatingProfitRevenues", dict, False),
    ("operatingProfitExpenses", dict, False),
    ("operatingProfit", dict, False),
    ("netFinancialItemsIncome", dict, False),
    ("netFinancialItemsExpenses", dict, False),
    ("netFinancialItems", dict, False),
    ("ordinaryResultBeforeTaxes", dict, False),
    ("ordinaryResultAfterTaxes", dict, False),
    ("netProfitOrLossForTheYear", dict, False),
    ("netProfitOrLossForTheYearAfterMinoritiesShareOfProfit", dict, False),
    ("transfers", dict, False),
    ("fixedAssetsIntangible", dict, False),
    ("fixedAssetsTangible", dict, False),
    ("fixedAssetsFinancial", dict, False),
    ("fixedAssets", dict, False),
    ("currentAssetsStocks", dict, False),
    ("currentAssetsReceivables", dict, False),
    ("currentAssetsInvestments", dict, False),
    ("currentAssetsBankDepositsCash", dict, False),
    ("currentAssets", dict, False),
    ("assets", dict, False),
    ("equityPaidInCapital", dict, False),
    ("equityRetainedEarnings", dict, False),
    ("equity", dict, False),
    ("longTermLiabilitiesProvisions", dict, False),
    ("longTermLiabilitiesOther", dict, False),
    ("longTermLiabilities", dict, False),
    ("currentLiabilities", dict, False),
    ("liabilities", dict, False),
    ("equityAndLiabilities", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class YearEndAnnualAccounts(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
        sent_date (str | Unset):
        status (YearEndAnnualAccountsStatus | Unset):
        submission_in_progress (bool | Unset):
        submission_attempt_date (str | Unset):
        submission_result (AnnualAccountsSubmissionResult | Unset):
        operating_profit_revenues (AnnualAccountsSubTotalSection | Unset):
        operating_profit_expenses (AnnualAccountsSubTotalSection | Unset):
        operating_profit (AnnualAccountsSubTotalSection | Unset):
        net_financial_items_income (AnnualAccountsSubTotalSection | Unset):
        net_financial_items_expenses (AnnualAccountsSubTotalSection | Unset):
        net_financial_items (AnnualAccountsSubTotalSection | Unset):
        ordinary_result_before_taxes (AnnualAccountsSubTotalSection | Unset):
        ordinary_result_after_taxes (AnnualAccountsSubTotalSection | Unset):
        net_profit_or_loss_for_the_year (AnnualAccountsSubTotalSection | Unset):
        net_profit_or_loss_for_the_year_after_minorities_share_of_profit (AnnualAccountsSubTotalSection | Unset):
        transfers (AnnualAccountsSubTotalSection | Unset):
        fixed_assets_intangible (AnnualAccountsSubTotalSection | Unset):
        fixed_assets_tangible (AnnualAccountsSubTotalSection | Unset):
        fixed_assets_financial (AnnualAccountsSubTotalSection | Unset):
        fixed_assets (AnnualAccountsSubTotalSection | Unset):
        current_assets_stocks (AnnualAccountsSubTotalSection | Unset):
        current_assets_receivables (AnnualAccountsSubTotalSection | Unset):
        current_assets_investments (AnnualAccountsSubTotalSection | Unset):
        current_assets_bank_deposits_cash (AnnualAccountsSubTotalSection | Unset):
        current_assets (AnnualAccountsSubTotalSection | Unset):
        assets (AnnualAccountsSubTotalSection | Unset):
        equity_paid_in_capital (AnnualAccountsSubTotalSection | Unset):
        equity_retained_earnings (AnnualAccountsSubTotalSection | Unset):
        equity (AnnualAccountsSubTotalSection | Unset):
        long_term_liabilities_provisions (AnnualAccountsSubTotalSection | Unset):
        long_term_liabilities_other (AnnualAccountsSubTotalSection | Unset):
        long_term_liabilities (AnnualAccountsSubTotalSection | Unset):
        current_liabilities (AnnualAccountsSubTotalSection | Unset):
        liabilities (AnnualAccountsSubTotalSection | Unset):
        equity_and_liabilities (AnnualAccountsSubTotalSection | Unset):
        sum_opening_balance (float | Unset):
        sum_closing_balance (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    sent_date: str | Unset = UNSET
    status: YearEndAnnualAccountsStatus | Unset = UNSET
    submission_in_progress: bool | Unset = UNSET
    submission_attempt_date: str | Unset = UNSET
    submission_result: AnnualAccountsSubmissionResult | Unset = UNSET
    operating_profit_revenues: AnnualAccountsSubTotalSection | Unset = UNSET
    operating_profit_expenses: AnnualAccountsSubTotalSection | Unset = UNSET
    operating_profit: AnnualAccountsSubTotalSection | Unset = UNSET
    net_financial_items_income: AnnualAccountsSubTotalSection | Unset = UNSET
    net_financial_items_expenses: AnnualAccountsSubTotalSection | Unset = UNSET
    net_financial_items: AnnualAccountsSubTotalSection | Unset = UNSET
    ordinary_result_before_taxes: AnnualAccountsSubTotalSection | Unset = UNSET
    ordinary_result_after_taxes: AnnualAccountsSubTotalSection | Unset = UNSET
    net_profit_or_loss_for_the_year: AnnualAccountsSubTotalSection | Unset = UNSET
    net_profit_or_loss_for_the_year_after_minorities_share_of_profit: AnnualAccountsSubTotalSection | Unset = UNSET
    transfers: AnnualAccountsSubTotalSection | Unset = UNSET
    fixed_assets_intangible: AnnualAccountsSubTotalSection | Unset = UNSET
    fixed_assets_tangible: AnnualAccountsSubTotalSection | Unset = UNSET
    fixed_assets_financial: AnnualAccountsSubTotalSection | Unset = UNSET
    fixed_assets: AnnualAccountsSubTotalSection | Unset = UNSET
    current_assets_stocks: AnnualAccountsSubTotalSection | Unset = UNSET
    current_assets_receivables: AnnualAccountsSubTotalSection | Unset = UNSET
    current_assets_investments: AnnualAccountsSubTotalSection | Unset = UNSET
    current_assets_bank_deposits_cash: AnnualAccountsSubTotalSection | Unset = UNSET
    current_assets: AnnualAccountsSubTotalSection | Unset = UNSET
    assets: AnnualAccountsSubTotalSection | Unset = UNSET
    equity_paid_in_capital: AnnualAccountsSubTotalSection | Unset = UNSET
    equity_retained_earnings: AnnualAccountsSubTotalSection | Unset = UNSET
    equity: AnnualAccountsSubTotalSection | Unset = UNSET
    long_term_liabilities_provisions: AnnualAccountsSubTotalSection | Unset = UNSET
    long_term_liabilities_other: AnnualAccountsSubTotalSection | Unset = UNSET
    long_term_liabilities: AnnualAccountsSubTotalSection | Unset = UNSET
    current_liabilities: AnnualAccountsSubTotalSection | Unset = UNSET
    liabilities: AnnualAccountsSubTotalSection | Unset = UNSET
    equity_and_liabilities: AnnualAccountsSubTotalSection | Unset = UNSET
    sum_opening_balance: float | Unset = UNSET
    sum_closing_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        year = self.year

        sent_date = self.sent_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        submission_in_progress = self.submission_in_progress

        submission_attempt_date = self.submission_attempt_date

        submission_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submission_result, Unset):
            submission_result = self.submission_result.to_dict()

        operating_profit_revenues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_profit_revenues, Unset):
            operating_profit_revenues = self.operating_profit_revenues.to_dict()

        operating_profit_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_profit_expenses, Unset):
            operating_profit_expenses = self.operating_profit_expenses.to_dict()

        operating_profit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_profit, Unset):
            operating_profit = self.operating_profit.to_dict()

        net_financial_items_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_financial_items_income, Unset):
            net_financial_items_income = self.net_financial_items_income.to_dict()

        net_financial_items_expenses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_financial_items_expenses, Unset):
            net_financial_items_expenses = self.net_financial_items_expenses.to_dict()

        net_financial_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_financial_items, Unset):
            net_financial_items = self.net_financial_items.to_dict()

        ordinary_result_before_taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ordinary_result_before_taxes, Unset):
            ordinary_result_before_taxes = self.ordinary_result_before_taxes.to_dict()

        ordinary_result_after_taxes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ordinary_result_after_taxes, Unset):
            ordinary_result_after_taxes = self.ordinary_result_after_taxes.to_dict()

        net_profit_or_loss_for_the_year: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_profit_or_loss_for_the_year, Unset):
            net_profit_or_loss_for_the_year = self.net_profit_or_loss_for_the_year.to_dict()

        net_profit_or_loss_for_the_year_after_minorities_share_of_profit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.net_profit_or_loss_for_the_year_after_minorities_share_of_profit, Unset):
            net_profit_or_loss_for_the_year_after_minorities_share_of_profit = (
                self.net_profit_or_loss_for_the_year_after_minorities_share_of_profit.to_dict()
            )

        transfers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfers, Unset):
            transfers = self.transfers.to_dict()

        fixed_assets_intangible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assets_intangible, Unset):
            fixed_assets_intangible = self.fixed_assets_intangible.to_dict()

        fixed_assets_tangible: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assets_tangible, Unset):
            fixed_assets_tangible = self.fixed_assets_tangible.to_dict()

        fixed_assets_financial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assets_financial, Unset):
            fixed_assets_financial = self.fixed_assets_financial.to_dict()

        fixed_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_assets, Unset):
            fixed_assets = self.fixed_assets.to_dict()

        current_assets_stocks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_assets_stocks, Unset):
            current_assets_stocks = self.current_assets_stocks.to_dict()

        current_assets_receivables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_assets_receivables, Unset):
            current_assets_receivables = self.current_assets_receivables.to_dict()

        current_assets_investments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_assets_investments, Unset):
            current_assets_investments = self.current_assets_investments.to_dict()

        current_assets_bank_deposits_cash: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_assets_bank_deposits_cash, Unset):
            current_assets_bank_deposits_cash = self.current_assets_bank_deposits_cash.to_dict()

        current_assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_assets, Unset):
            current_assets = self.current_assets.to_dict()

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        equity_paid_in_capital: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity_paid_in_capital, Unset):
            equity_paid_in_capital = self.equity_paid_in_capital.to_dict()

        equity_retained_earnings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity_retained_earnings, Unset):
            equity_retained_earnings = self.equity_retained_earnings.to_dict()

        equity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = self.equity.to_dict()

        long_term_liabilities_provisions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long_term_liabilities_provisions, Unset):
            long_term_liabilities_provisions = self.long_term_liabilities_provisions.to_dict()

        long_term_liabilities_other: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long_term_liabilities_other, Unset):
            long_term_liabilities_other = self.long_term_liabilities_other.to_dict()

        long_term_liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.long_term_liabilities, Unset):
            long_term_liabilities = self.long_term_liabilities.to_dict()

        current_liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_liabilities, Unset):
            current_liabilities = self.current_liabilities.to_dict()

        liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.liabilities, Unset):
            liabilities = self.liabilities.to_dict()

        equity_and_liabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity_and_liabilities, Unset):
            equity_and_liabilities = self.equity_and_liabilities.to_dict()

        sum_opening_balance = self.sum_opening_balance

        sum_closing_balance = self.sum_closing_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if status is not UNSET:
            field_dict["status"] = status
        if submission_in_progress is not UNSET:
            field_dict["submissionInProgress"] = submission_in_progress
        if submission_attempt_date is not UNSET:
            field_dict["submissionAttemptDate"] = submission_attempt_date
        if submission_result is not UNSET:
            field_dict["submissionResult"] = submission_result
        if operating_profit_revenues is not UNSET:
            field_dict["operatingProfitRevenues"] = operating_profit_revenues
        if operating_profit_expenses is not UNSET:
            field_dict["operatingProfitExpenses"] = operating_profit_expenses
        if operating_profit is not UNSET:
            field_dict["operatingProfit"] = operating_profit
        if net_financial_items_income is not UNSET:
            field_dict["netFinancialItemsIncome"] = net_financial_items_income
        if net_financial_items_expenses is not UNSET:
            field_dict["netFinancialItemsExpenses"] = net_financial_items_expenses
        if net_financial_items is not UNSET:
            field_dict["netFinancialItems"] = net_financial_items
        if ordinary_result_before_taxes is not UNSET:
            field_dict["ordinaryResultBeforeTaxes"] = ordinary_result_before_taxes
        if ordinary_result_after_taxes is not UNSET:
            field_dict["ordinaryResultAfterTaxes"] = ordinary_result_after_taxes
        if net_profit_or_loss_for_the_year is not UNSET:
            field_dict["netProfitOrLossForTheYear"] = net_profit_or_loss_for_the_year
        if net_profit_or_loss_for_the_year_after_minorities_share_of_profit is not UNSET:
            field_dict["netProfitOrLossForTheYearAfterMinoritiesShareOfProfit"] = (
                net_profit_or_loss_for_the_year_after_minorities_share_of_profit
            )
        if transfers is not UNSET:
            field_dict["transfers"] = transfers
        if fixed_assets_intangible is not UNSET:
            field_dict["fixedAssetsIntangible"] = fixed_assets_intangible
        if fixed_assets_tangible is not UNSET:
            field_dict["fixedAssetsTangible"] = fixed_assets_tangible
        if fixed_assets_financial is not UNSET:
            field_dict["fixedAssetsFinancial"] = fixed_assets_financial
        if fixed_assets is not UNSET:
            field_dict["fixedAssets"] = fixed_assets
        if current_assets_stocks is not UNSET:
            field_dict["currentAssetsStocks"] = current_assets_stocks
        if current_assets_receivables is not UNSET:
            field_dict["currentAssetsReceivables"] = current_assets_receivables
        if current_assets_investments is not UNSET:
            field_dict["currentAssetsInvestments"] = current_assets_investments
        if current_assets_bank_deposits_cash is not UNSET:
            field_dict["currentAssetsBankDepositsCash"] = current_assets_bank_deposits_cash
        if current_assets is not UNSET:
            field_dict["currentAssets"] = current_assets
        if assets is not UNSET:
            field_dict["assets"] = assets
        if equity_paid_in_capital is not UNSET:
            field_dict["equityPaidInCapital"] = equity_paid_in_capital
        if equity_retained_earnings is not UNSET:
            field_dict["equityRetainedEarnings"] = equity_retained_earnings
        if equity is not UNSET:
            field_dict["equity"] = equity
        if long_term_liabilities_provisions is not UNSET:
            field_dict["longTermLiabilitiesProvisions"] = long_term_liabilities_provisions
        if long_term_liabilities_other is not UNSET:
            field_dict["longTermLiabilitiesOther"] = long_term_liabilities_other
        if long_term_liabilities is not UNSET:
            field_dict["longTermLiabilities"] = long_term_liabilities
        if current_liabilities is not UNSET:
            field_dict["currentLiabilities"] = current_liabilities
        if liabilities is not UNSET:
            field_dict["liabilities"] = liabilities
        if equity_and_liabilities is not UNSET:
            field_dict["equityAndLiabilities"] = equity_and_liabilities
        if sum_opening_balance is not UNSET:
            field_dict["sumOpeningBalance"] = sum_opening_balance
        if sum_closing_balance is not UNSET:
            field_dict["sumClosingBalance"] = sum_closing_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndAnnualAccounts from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection  # noqa: PLC0415
        from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_status(_tx_v: Any) -> YearEndAnnualAccountsStatus | Unset:
            _status = _tx_v
            status: YearEndAnnualAccountsStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = YearEndAnnualAccountsStatus(_status)

            return status

        def _p_submission_result(_tx_v: Any) -> AnnualAccountsSubmissionResult | Unset:
            _submission_result = _tx_v
            submission_result: AnnualAccountsSubmissionResult | Unset
            if isinstance(_submission_result, Unset):
                submission_result = UNSET
            else:
                submission_result = AnnualAccountsSubmissionResult._tx_from_json(_submission_result)

            return submission_result

        def _p_operating_profit_revenues(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _operating_profit_revenues = _tx_v
            operating_profit_revenues: AnnualAccountsSubTotalSection | Unset
            if isinstance(_operating_profit_revenues, Unset):
                operating_profit_revenues = UNSET
            else:
                operating_profit_revenues = AnnualAccountsSubTotalSection._tx_from_json(_operating_profit_revenues)

            return operating_profit_revenues

        def _p_operating_profit_expenses(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _operating_profit_expenses = _tx_v
            operating_profit_expenses: AnnualAccountsSubTotalSection | Unset
            if isinstance(_operating_profit_expenses, Unset):
                operating_profit_expenses = UNSET
            else:
                operating_profit_expenses = AnnualAccountsSubTotalSection._tx_from_json(_operating_profit_expenses)

            return operating_profit_expenses

        def _p_operating_profit(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _operating_profit = _tx_v
            operating_profit: AnnualAccountsSubTotalSection | Unset
            if isinstance(_operating_profit, Unset):
                operating_profit = UNSET
            else:
                operating_profit = AnnualAccountsSubTotalSection._tx_from_json(_operating_profit)

            return operating_profit

        def _p_net_financial_items_income(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _net_financial_items_income = _tx_v
            net_financial_items_income: AnnualAccountsSubTotalSection | Unset
            if isinstance(_net_financial_items_income, Unset):
                net_financial_items_income = UNSET
            else:
                net_financial_items_income = AnnualAccountsSubTotalSection._tx_from_json(_net_financial_items_income)

            return net_financial_items_income

        def _p_net_financial_items_expenses(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _net_financial_items_expenses = _tx_v
            net_financial_items_expenses: AnnualAccountsSubTotalSection | Unset
            if isinstance(_net_financial_items_expenses, Unset):
                net_financial_items_expenses = UNSET
            else:
                net_financial_items_expenses = AnnualAccountsSubTotalSection._tx_from_json(
                    _net_financial_items_expenses
                )

            return net_financial_items_expenses

        def _p_net_financial_items(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _net_financial_items = _tx_v
            net_financial_items: AnnualAccountsSubTotalSection | Unset
            if isinstance(_net_financial_items, Unset):
                net_financial_items = UNSET
            else:
                net_financial_items = AnnualAccountsSubTotalSection._tx_from_json(_net_financial_items)

            return net_financial_items

        def _p_ordinary_result_before_taxes(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _ordinary_result_before_taxes = _tx_v
            ordinary_result_before_taxes: AnnualAccountsSubTotalSection | Unset
            if isinstance(_ordinary_result_before_taxes, Unset):
                ordinary_result_before_taxes = UNSET
            else:
                ordinary_result_before_taxes = AnnualAccountsSubTotalSection._tx_from_json(
                    _ordinary_result_before_taxes
                )

            return ordinary_result_before_taxes

        def _p_ordinary_result_after_taxes(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _ordinary_result_after_taxes = _tx_v
            ordinary_result_after_taxes: AnnualAccountsSubTotalSection | Unset
            if isinstance(_ordinary_result_after_taxes, Unset):
                ordinary_result_after_taxes = UNSET
            else:
                ordinary_result_after_taxes = AnnualAccountsSubTotalSection._tx_from_json(_ordinary_result_after_taxes)

            return ordinary_result_after_taxes

        def _p_net_profit_or_loss_for_the_year(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _net_profit_or_loss_for_the_year = _tx_v
            net_profit_or_loss_for_the_year: AnnualAccountsSubTotalSection | Unset
            if isinstance(_net_profit_or_loss_for_the_year, Unset):
                net_profit_or_loss_for_the_year = UNSET
            else:
                net_profit_or_loss_for_the_year = AnnualAccountsSubTotalSection._tx_from_json(
                    _net_profit_or_loss_for_the_year
                )

            return net_profit_or_loss_for_the_year

        def _p_net_profit_or_loss_for_the_year_after_minorities_share_of_profit(
            _tx_v: Any,
        ) -> AnnualAccountsSubTotalSection | Unset:
            _net_profit_or_loss_for_the_year_after_minorities_share_of_profit = _tx_v
            net_profit_or_loss_for_the_year_after_minorities_share_of_profit: AnnualAccountsSubTotalSection | Unset
            if isinstance(_net_profit_or_loss_for_the_year_after_minorities_share_of_profit, Unset):
                net_profit_or_loss_for_the_year_after_minorities_share_of_profit = UNSET
            else:
                net_profit_or_loss_for_the_year_after_minorities_share_of_profit = (
                    AnnualAccountsSubTotalSection._tx_from_json(
                        _net_profit_or_loss_for_the_year_after_minorities_share_of_profit
                    )
                )

            return net_profit_or_loss_for_the_year_after_minorities_share_of_profit

        def _p_transfers(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _transfers = _tx_v
            transfers: AnnualAccountsSubTotalSection | Unset
            if isinstance(_transfers, Unset):
                transfers = UNSET
            else:
                transfers = AnnualAccountsSubTotalSection._tx_from_json(_transfers)

            return transfers

        def _p_fixed_assets_intangible(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _fixed_assets_intangible = _tx_v
            fixed_assets_intangible: AnnualAccountsSubTotalSection | Unset
            if isinstance(_fixed_assets_intangible, Unset):
                fixed_assets_intangible = UNSET
            else:
                fixed_assets_intangible = AnnualAccountsSubTotalSection._tx_from_json(_fixed_assets_intangible)

            return fixed_assets_intangible

        def _p_fixed_assets_tangible(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _fixed_assets_tangible = _tx_v
            fixed_assets_tangible: AnnualAccountsSubTotalSection | Unset
            if isinstance(_fixed_assets_tangible, Unset):
                fixed_assets_tangible = UNSET
            else:
                fixed_assets_tangible = AnnualAccountsSubTotalSection._tx_from_json(_fixed_assets_tangible)

            return fixed_assets_tangible

        def _p_fixed_assets_financial(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _fixed_assets_financial = _tx_v
            fixed_assets_financial: AnnualAccountsSubTotalSection | Unset
            if isinstance(_fixed_assets_financial, Unset):
                fixed_assets_financial = UNSET
            else:
                fixed_assets_financial = AnnualAccountsSubTotalSection._tx_from_json(_fixed_assets_financial)

            return fixed_assets_financial

        def _p_fixed_assets(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _fixed_assets = _tx_v
            fixed_assets: AnnualAccountsSubTotalSection | Unset
            if isinstance(_fixed_assets, Unset):
                fixed_assets = UNSET
            else:
                fixed_assets = AnnualAccountsSubTotalSection._tx_from_json(_fixed_assets)

            return fixed_assets

        def _p_current_assets_stocks(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_assets_stocks = _tx_v
            current_assets_stocks: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_assets_stocks, Unset):
                current_assets_stocks = UNSET
            else:
                current_assets_stocks = AnnualAccountsSubTotalSection._tx_from_json(_current_assets_stocks)

            return current_assets_stocks

        def _p_current_assets_receivables(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_assets_receivables = _tx_v
            current_assets_receivables: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_assets_receivables, Unset):
                current_assets_receivables = UNSET
            else:
                current_assets_receivables = AnnualAccountsSubTotalSection._tx_from_json(_current_assets_receivables)

            return current_assets_receivables

        def _p_current_assets_investments(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_assets_investments = _tx_v
            current_assets_investments: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_assets_investments, Unset):
                current_assets_investments = UNSET
            else:
                current_assets_investments = AnnualAccountsSubTotalSection._tx_from_json(_current_assets_investments)

            return current_assets_investments

        def _p_current_assets_bank_deposits_cash(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_assets_bank_deposits_cash = _tx_v
            current_assets_bank_deposits_cash: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_assets_bank_deposits_cash, Unset):
                current_assets_bank_deposits_cash = UNSET
            else:
                current_assets_bank_deposits_cash = AnnualAccountsSubTotalSection._tx_from_json(
                    _current_assets_bank_deposits_cash
                )

            return current_assets_bank_deposits_cash

        def _p_current_assets(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_assets = _tx_v
            current_assets: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_assets, Unset):
                current_assets = UNSET
            else:
                current_assets = AnnualAccountsSubTotalSection._tx_from_json(_current_assets)

            return current_assets

        def _p_assets(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _assets = _tx_v
            assets: AnnualAccountsSubTotalSection | Unset
            if isinstance(_assets, Unset):
                assets = UNSET
            else:
                assets = AnnualAccountsSubTotalSection._tx_from_json(_assets)

            return assets

        def _p_equity_paid_in_capital(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _equity_paid_in_capital = _tx_v
            equity_paid_in_capital: AnnualAccountsSubTotalSection | Unset
            if isinstance(_equity_paid_in_capital, Unset):
                equity_paid_in_capital = UNSET
            else:
                equity_paid_in_capital = AnnualAccountsSubTotalSection._tx_from_json(_equity_paid_in_capital)

            return equity_paid_in_capital

        def _p_equity_retained_earnings(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _equity_retained_earnings = _tx_v
            equity_retained_earnings: AnnualAccountsSubTotalSection | Unset
            if isinstance(_equity_retained_earnings, Unset):
                equity_retained_earnings = UNSET
            else:
                equity_retained_earnings = AnnualAccountsSubTotalSection._tx_from_json(_equity_retained_earnings)

            return equity_retained_earnings

        def _p_equity(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _equity = _tx_v
            equity: AnnualAccountsSubTotalSection | Unset
            if isinstance(_equity, Unset):
                equity = UNSET
            else:
                equity = AnnualAccountsSubTotalSection._tx_from_json(_equity)

            return equity

        def _p_long_term_liabilities_provisions(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _long_term_liabilities_provisions = _tx_v
            long_term_liabilities_provisions: AnnualAccountsSubTotalSection | Unset
            if isinstance(_long_term_liabilities_provisions, Unset):
                long_term_liabilities_provisions = UNSET
            else:
                long_term_liabilities_provisions = AnnualAccountsSubTotalSection._tx_from_json(
                    _long_term_liabilities_provisions
                )

            return long_term_liabilities_provisions

        def _p_long_term_liabilities_other(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _long_term_liabilities_other = _tx_v
            long_term_liabilities_other: AnnualAccountsSubTotalSection | Unset
            if isinstance(_long_term_liabilities_other, Unset):
                long_term_liabilities_other = UNSET
            else:
                long_term_liabilities_other = AnnualAccountsSubTotalSection._tx_from_json(_long_term_liabilities_other)

            return long_term_liabilities_other

        def _p_long_term_liabilities(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _long_term_liabilities = _tx_v
            long_term_liabilities: AnnualAccountsSubTotalSection | Unset
            if isinstance(_long_term_liabilities, Unset):
                long_term_liabilities = UNSET
            else:
                long_term_liabilities = AnnualAccountsSubTotalSection._tx_from_json(_long_term_liabilities)

            return long_term_liabilities

        def _p_current_liabilities(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _current_liabilities = _tx_v
            current_liabilities: AnnualAccountsSubTotalSection | Unset
            if isinstance(_current_liabilities, Unset):
                current_liabilities = UNSET
            else:
                current_liabilities = AnnualAccountsSubTotalSection._tx_from_json(_current_liabilities)

            return current_liabilities

        def _p_liabilities(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _liabilities = _tx_v
            liabilities: AnnualAccountsSubTotalSection | Unset
            if isinstance(_liabilities, Unset):
                liabilities = UNSET
            else:
                liabilities = AnnualAccountsSubTotalSection._tx_from_json(_liabilities)

            return liabilities

        def _p_equity_and_liabilities(_tx_v: Any) -> AnnualAccountsSubTotalSection | Unset:
            _equity_and_liabilities = _tx_v
            equity_and_liabilities: AnnualAccountsSubTotalSection | Unset
            if isinstance(_equity_and_liabilities, Unset):
                equity_and_liabilities = UNSET
            else:
                equity_and_liabilities = AnnualAccountsSubTotalSection._tx_from_json(_equity_and_liabilities)

            return equity_and_liabilities

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "year",
                "sentDate",
                "status",
                "submissionInProgress",
                "submissionAttemptDate",
                "submissionResult",
                "operatingProfitRevenues",
                "operatingProfitExpenses",
                "operatingProfit",
                "netFinancialItemsIncome",
                "netFinancialItemsExpenses",
                "netFinancialItems",
                "ordinaryResultBeforeTaxes",
                "ordinaryResultAfterTaxes",
                "netProfitOrLossForTheYear",
                "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit",
                "transfers",
                "fixedAssetsIntangible",
                "fixedAssetsTangible",
                "fixedAssetsFinancial",
                "fixedAssets",
                "currentAssetsStocks",
                "currentAssetsReceivables",
                "currentAssetsInvestments",
                "currentAssetsBankDepositsCash",
                "currentAssets",
                "assets",
                "equityPaidInCapital",
                "equityRetainedEarnings",
                "equity",
                "longTermLiabilitiesProvisions",
                "longTermLiabilitiesOther",
                "longTermLiabilities",
                "currentLiabilities",
                "liabilities",
                "equityAndLiabilities",
                "sumOpeningBalance",
                "sumClosingBalance",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year": ("year", None),
            "sent_date": ("sentDate", None),
            "status": ("status", _p_status),
            "submission_in_progress": ("submissionInProgress", None),
            "submission_attempt_date": ("submissionAttemptDate", None),
            "submission_result": ("submissionResult", _p_submission_result),
            "operating_profit_revenues": ("operatingProfitRevenues", _p_operating_profit_revenues),
            "operating_profit_expenses": ("operatingProfitExpenses", _p_operating_profit_expenses),
            "operating_profit": ("operatingProfit", _p_operating_profit),
            "net_financial_items_income": ("netFinancialItemsIncome", _p_net_financial_items_income),
            "net_financial_items_expenses": ("netFinancialItemsExpenses", _p_net_financial_items_expenses),
            "net_financial_items": ("netFinancialItems", _p_net_financial_items),
            "ordinary_result_before_taxes": ("ordinaryResultBeforeTaxes", _p_ordinary_result_before_taxes),
            "ordinary_result_after_taxes": ("ordinaryResultAfterTaxes", _p_ordinary_result_after_taxes),
            "net_profit_or_loss_for_the_year": ("netProfitOrLossForTheYear", _p_net_profit_or_loss_for_the_year),
            "net_profit_or_loss_for_the_year_after_minorities_share_of_profit": (
                "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit",
                _p_net_profit_or_loss_for_the_year_after_minorities_share_of_profit,
            ),
            "transfers": ("transfers", _p_transfers),
            "fixed_assets_intangible": ("fixedAssetsIntangible", _p_fixed_assets_intangible),
            "fixed_assets_tangible": ("fixedAssetsTangible", _p_fixed_assets_tangible),
            "fixed_assets_financial": ("fixedAssetsFinancial", _p_fixed_assets_financial),
            "fixed_assets": ("fixedAssets", _p_fixed_assets),
            "current_assets_stocks": ("currentAssetsStocks", _p_current_assets_stocks),
            "current_assets_receivables": ("currentAssetsReceivables", _p_current_assets_receivables),
            "current_assets_investments": ("currentAssetsInvestments", _p_current_assets_investments),
            "current_assets_bank_deposits_cash": (
                "currentAssetsBankDepositsCash",
                _p_current_assets_bank_deposits_cash,
            ),
            "current_assets": ("currentAssets", _p_current_assets),
            "assets": ("assets", _p_assets),
            "equity_paid_in_capital": ("equityPaidInCapital", _p_equity_paid_in_capital),
            "equity_retained_earnings": ("equityRetainedEarnings", _p_equity_retained_earnings),
            "equity": ("equity", _p_equity),
            "long_term_liabilities_provisions": ("longTermLiabilitiesProvisions", _p_long_term_liabilities_provisions),
            "long_term_liabilities_other": ("longTermLiabilitiesOther", _p_long_term_liabilities_other),
            "long_term_liabilities": ("longTermLiabilities", _p_long_term_liabilities),
            "current_liabilities": ("currentLiabilities", _p_current_liabilities),
            "liabilities": ("liabilities", _p_liabilities),
            "equity_and_liabilities": ("equityAndLiabilities", _p_equity_and_liabilities),
            "sum_opening_balance": ("sumOpeningBalance", None),
            "sum_closing_balance": ("sumClosingBalance", None),
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
