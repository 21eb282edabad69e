from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_annual_accounts_status import YearEndAnnualAccountsStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection
    from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult
    from ..models.change import Change


T = TypeVar("T", bound="YearEndAnnualAccounts")


@_attrs_define
class YearEndAnnualAccounts:
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
        from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection  # noqa: PLC0415
        from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        year = d.pop("year", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        _status = d.pop("status", UNSET)
        status: YearEndAnnualAccountsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = YearEndAnnualAccountsStatus(_status)

        submission_in_progress = d.pop("submissionInProgress", UNSET)

        submission_attempt_date = d.pop("submissionAttemptDate", UNSET)

        _submission_result = d.pop("submissionResult", UNSET)
        submission_result: AnnualAccountsSubmissionResult | Unset
        if isinstance(_submission_result, Unset):
            submission_result = UNSET
        else:
            submission_result = AnnualAccountsSubmissionResult.from_dict(_submission_result)

        _operating_profit_revenues = d.pop("operatingProfitRevenues", UNSET)
        operating_profit_revenues: AnnualAccountsSubTotalSection | Unset
        if isinstance(_operating_profit_revenues, Unset):
            operating_profit_revenues = UNSET
        else:
            operating_profit_revenues = AnnualAccountsSubTotalSection.from_dict(_operating_profit_revenues)

        _operating_profit_expenses = d.pop("operatingProfitExpenses", UNSET)
        operating_profit_expenses: AnnualAccountsSubTotalSection | Unset
        if isinstance(_operating_profit_expenses, Unset):
            operating_profit_expenses = UNSET
        else:
            operating_profit_expenses = AnnualAccountsSubTotalSection.from_dict(_operating_profit_expenses)

        _operating_profit = d.pop("operatingProfit", UNSET)
        operating_profit: AnnualAccountsSubTotalSection | Unset
        if isinstance(_operating_profit, Unset):
            operating_profit = UNSET
        else:
            operating_profit = AnnualAccountsSubTotalSection.from_dict(_operating_profit)

        _net_financial_items_income = d.pop("netFinancialItemsIncome", UNSET)
        net_financial_items_income: AnnualAccountsSubTotalSection | Unset
        if isinstance(_net_financial_items_income, Unset):
            net_financial_items_income = UNSET
        else:
            net_financial_items_income = AnnualAccountsSubTotalSection.from_dict(_net_financial_items_income)

        _net_financial_items_expenses = d.pop("netFinancialItemsExpenses", UNSET)
        net_financial_items_expenses: AnnualAccountsSubTotalSection | Unset
        if isinstance(_net_financial_items_expenses, Unset):
            net_financial_items_expenses = UNSET
        else:
            net_financial_items_expenses = AnnualAccountsSubTotalSection.from_dict(_net_financial_items_expenses)

        _net_financial_items = d.pop("netFinancialItems", UNSET)
        net_financial_items: AnnualAccountsSubTotalSection | Unset
        if isinstance(_net_financial_items, Unset):
            net_financial_items = UNSET
        else:
            net_financial_items = AnnualAccountsSubTotalSection.from_dict(_net_financial_items)

        _ordinary_result_before_taxes = d.pop("ordinaryResultBeforeTaxes", UNSET)
        ordinary_result_before_taxes: AnnualAccountsSubTotalSection | Unset
        if isinstance(_ordinary_result_before_taxes, Unset):
            ordinary_result_before_taxes = UNSET
        else:
            ordinary_result_before_taxes = AnnualAccountsSubTotalSection.from_dict(_ordinary_result_before_taxes)

        _ordinary_result_after_taxes = d.pop("ordinaryResultAfterTaxes", UNSET)
        ordinary_result_after_taxes: AnnualAccountsSubTotalSection | Unset
        if isinstance(_ordinary_result_after_taxes, Unset):
            ordinary_result_after_taxes = UNSET
        else:
            ordinary_result_after_taxes = AnnualAccountsSubTotalSection.from_dict(_ordinary_result_after_taxes)

        _net_profit_or_loss_for_the_year = d.pop("netProfitOrLossForTheYear", UNSET)
        net_profit_or_loss_for_the_year: AnnualAccountsSubTotalSection | Unset
        if isinstance(_net_profit_or_loss_for_the_year, Unset):
            net_profit_or_loss_for_the_year = UNSET
        else:
            net_profit_or_loss_for_the_year = AnnualAccountsSubTotalSection.from_dict(_net_profit_or_loss_for_the_year)

        _net_profit_or_loss_for_the_year_after_minorities_share_of_profit = d.pop(
            "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit", UNSET
        )
        net_profit_or_loss_for_the_year_after_minorities_share_of_profit: AnnualAccountsSubTotalSection | Unset
        if isinstance(_net_profit_or_loss_for_the_year_after_minorities_share_of_profit, Unset):
            net_profit_or_loss_for_the_year_after_minorities_share_of_profit = UNSET
        else:
            net_profit_or_loss_for_the_year_after_minorities_share_of_profit = AnnualAccountsSubTotalSection.from_dict(
                _net_profit_or_loss_for_the_year_after_minorities_share_of_profit
            )

        _transfers = d.pop("transfers", UNSET)
        transfers: AnnualAccountsSubTotalSection | Unset
        if isinstance(_transfers, Unset):
            transfers = UNSET
        else:
            transfers = AnnualAccountsSubTotalSection.from_dict(_transfers)

        _fixed_assets_intangible = d.pop("fixedAssetsIntangible", UNSET)
        fixed_assets_intangible: AnnualAccountsSubTotalSection | Unset
        if isinstance(_fixed_assets_intangible, Unset):
            fixed_assets_intangible = UNSET
        else:
            fixed_assets_intangible = AnnualAccountsSubTotalSection.from_dict(_fixed_assets_intangible)

        _fixed_assets_tangible = d.pop("fixedAssetsTangible", UNSET)
        fixed_assets_tangible: AnnualAccountsSubTotalSection | Unset
        if isinstance(_fixed_assets_tangible, Unset):
            fixed_assets_tangible = UNSET
        else:
            fixed_assets_tangible = AnnualAccountsSubTotalSection.from_dict(_fixed_assets_tangible)

        _fixed_assets_financial = d.pop("fixedAssetsFinancial", UNSET)
        fixed_assets_financial: AnnualAccountsSubTotalSection | Unset
        if isinstance(_fixed_assets_financial, Unset):
            fixed_assets_financial = UNSET
        else:
            fixed_assets_financial = AnnualAccountsSubTotalSection.from_dict(_fixed_assets_financial)

        _fixed_assets = d.pop("fixedAssets", UNSET)
        fixed_assets: AnnualAccountsSubTotalSection | Unset
        if isinstance(_fixed_assets, Unset):
            fixed_assets = UNSET
        else:
            fixed_assets = AnnualAccountsSubTotalSection.from_dict(_fixed_assets)

        _current_assets_stocks = d.pop("currentAssetsStocks", UNSET)
        current_assets_stocks: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_assets_stocks, Unset):
            current_assets_stocks = UNSET
        else:
            current_assets_stocks = AnnualAccountsSubTotalSection.from_dict(_current_assets_stocks)

        _current_assets_receivables = d.pop("currentAssetsReceivables", UNSET)
        current_assets_receivables: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_assets_receivables, Unset):
            current_assets_receivables = UNSET
        else:
            current_assets_receivables = AnnualAccountsSubTotalSection.from_dict(_current_assets_receivables)

        _current_assets_investments = d.pop("currentAssetsInvestments", UNSET)
        current_assets_investments: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_assets_investments, Unset):
            current_assets_investments = UNSET
        else:
            current_assets_investments = AnnualAccountsSubTotalSection.from_dict(_current_assets_investments)

        _current_assets_bank_deposits_cash = d.pop("currentAssetsBankDepositsCash", UNSET)
        current_assets_bank_deposits_cash: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_assets_bank_deposits_cash, Unset):
            current_assets_bank_deposits_cash = UNSET
        else:
            current_assets_bank_deposits_cash = AnnualAccountsSubTotalSection.from_dict(
                _current_assets_bank_deposits_cash
            )

        _current_assets = d.pop("currentAssets", UNSET)
        current_assets: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_assets, Unset):
            current_assets = UNSET
        else:
            current_assets = AnnualAccountsSubTotalSection.from_dict(_current_assets)

        _assets = d.pop("assets", UNSET)
        assets: AnnualAccountsSubTotalSection | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = AnnualAccountsSubTotalSection.from_dict(_assets)

        _equity_paid_in_capital = d.pop("equityPaidInCapital", UNSET)
        equity_paid_in_capital: AnnualAccountsSubTotalSection | Unset
        if isinstance(_equity_paid_in_capital, Unset):
            equity_paid_in_capital = UNSET
        else:
            equity_paid_in_capital = AnnualAccountsSubTotalSection.from_dict(_equity_paid_in_capital)

        _equity_retained_earnings = d.pop("equityRetainedEarnings", UNSET)
        equity_retained_earnings: AnnualAccountsSubTotalSection | Unset
        if isinstance(_equity_retained_earnings, Unset):
            equity_retained_earnings = UNSET
        else:
            equity_retained_earnings = AnnualAccountsSubTotalSection.from_dict(_equity_retained_earnings)

        _equity = d.pop("equity", UNSET)
        equity: AnnualAccountsSubTotalSection | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = AnnualAccountsSubTotalSection.from_dict(_equity)

        _long_term_liabilities_provisions = d.pop("longTermLiabilitiesProvisions", UNSET)
        long_term_liabilities_provisions: AnnualAccountsSubTotalSection | Unset
        if isinstance(_long_term_liabilities_provisions, Unset):
            long_term_liabilities_provisions = UNSET
        else:
            long_term_liabilities_provisions = AnnualAccountsSubTotalSection.from_dict(
                _long_term_liabilities_provisions
            )

        _long_term_liabilities_other = d.pop("longTermLiabilitiesOther", UNSET)
        long_term_liabilities_other: AnnualAccountsSubTotalSection | Unset
        if isinstance(_long_term_liabilities_other, Unset):
            long_term_liabilities_other = UNSET
        else:
            long_term_liabilities_other = AnnualAccountsSubTotalSection.from_dict(_long_term_liabilities_other)

        _long_term_liabilities = d.pop("longTermLiabilities", UNSET)
        long_term_liabilities: AnnualAccountsSubTotalSection | Unset
        if isinstance(_long_term_liabilities, Unset):
            long_term_liabilities = UNSET
        else:
            long_term_liabilities = AnnualAccountsSubTotalSection.from_dict(_long_term_liabilities)

        _current_liabilities = d.pop("currentLiabilities", UNSET)
        current_liabilities: AnnualAccountsSubTotalSection | Unset
        if isinstance(_current_liabilities, Unset):
            current_liabilities = UNSET
        else:
            current_liabilities = AnnualAccountsSubTotalSection.from_dict(_current_liabilities)

        _liabilities = d.pop("liabilities", UNSET)
        liabilities: AnnualAccountsSubTotalSection | Unset
        if isinstance(_liabilities, Unset):
            liabilities = UNSET
        else:
            liabilities = AnnualAccountsSubTotalSection.from_dict(_liabilities)

        _equity_and_liabilities = d.pop("equityAndLiabilities", UNSET)
        equity_and_liabilities: AnnualAccountsSubTotalSection | Unset
        if isinstance(_equity_and_liabilities, Unset):
            equity_and_liabilities = UNSET
        else:
            equity_and_liabilities = AnnualAccountsSubTotalSection.from_dict(_equity_and_liabilities)

        sum_opening_balance = d.pop("sumOpeningBalance", UNSET)

        sum_closing_balance = d.pop("sumClosingBalance", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year=year,
            sent_date=sent_date,
            status=status,
            submission_in_progress=submission_in_progress,
            submission_attempt_date=submission_attempt_date,
            submission_result=submission_result,
            operating_profit_revenues=operating_profit_revenues,
            operating_profit_expenses=operating_profit_expenses,
            operating_profit=operating_profit,
            net_financial_items_income=net_financial_items_income,
            net_financial_items_expenses=net_financial_items_expenses,
            net_financial_items=net_financial_items,
            ordinary_result_before_taxes=ordinary_result_before_taxes,
            ordinary_result_after_taxes=ordinary_result_after_taxes,
            net_profit_or_loss_for_the_year=net_profit_or_loss_for_the_year,
            net_profit_or_loss_for_the_year_after_minorities_share_of_profit=net_profit_or_loss_for_the_year_after_minorities_share_of_profit,
            transfers=transfers,
            fixed_assets_intangible=fixed_assets_intangible,
            fixed_assets_tangible=fixed_assets_tangible,
            fixed_assets_financial=fixed_assets_financial,
            fixed_assets=fixed_assets,
            current_assets_stocks=current_assets_stocks,
            current_assets_receivables=current_assets_receivables,
            current_assets_investments=current_assets_investments,
            current_assets_bank_deposits_cash=current_assets_bank_deposits_cash,
            current_assets=current_assets,
            assets=assets,
            equity_paid_in_capital=equity_paid_in_capital,
            equity_retained_earnings=equity_retained_earnings,
            equity=equity,
            long_term_liabilities_provisions=long_term_liabilities_provisions,
            long_term_liabilities_other=long_term_liabilities_other,
            long_term_liabilities=long_term_liabilities,
            current_liabilities=current_liabilities,
            liabilities=liabilities,
            equity_and_liabilities=equity_and_liabilities,
            sum_opening_balance=sum_opening_balance,
            sum_closing_balance=sum_closing_balance,
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
