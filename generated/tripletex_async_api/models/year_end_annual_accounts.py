from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_annual_accounts_status import YearEndAnnualAccountsStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection
    from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult
    from ..models.change import Change


T = TypeVar("T", bound="YearEndAnnualAccounts")


@_attrs_define
class YearEndAnnualAccounts(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        year (int | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.sent_date
        if _v is not UNSET:
            field_dict["sentDate"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.submission_in_progress
        if _v is not UNSET:
            field_dict["submissionInProgress"] = _v
        _v = self.submission_attempt_date
        if _v is not UNSET:
            field_dict["submissionAttemptDate"] = _v
        _v = self.submission_result
        if _v is not UNSET:
            field_dict["submissionResult"] = _v.to_dict()
        _v = self.operating_profit_revenues
        if _v is not UNSET:
            field_dict["operatingProfitRevenues"] = _v.to_dict()
        _v = self.operating_profit_expenses
        if _v is not UNSET:
            field_dict["operatingProfitExpenses"] = _v.to_dict()
        _v = self.operating_profit
        if _v is not UNSET:
            field_dict["operatingProfit"] = _v.to_dict()
        _v = self.net_financial_items_income
        if _v is not UNSET:
            field_dict["netFinancialItemsIncome"] = _v.to_dict()
        _v = self.net_financial_items_expenses
        if _v is not UNSET:
            field_dict["netFinancialItemsExpenses"] = _v.to_dict()
        _v = self.net_financial_items
        if _v is not UNSET:
            field_dict["netFinancialItems"] = _v.to_dict()
        _v = self.ordinary_result_before_taxes
        if _v is not UNSET:
            field_dict["ordinaryResultBeforeTaxes"] = _v.to_dict()
        _v = self.ordinary_result_after_taxes
        if _v is not UNSET:
            field_dict["ordinaryResultAfterTaxes"] = _v.to_dict()
        _v = self.net_profit_or_loss_for_the_year
        if _v is not UNSET:
            field_dict["netProfitOrLossForTheYear"] = _v.to_dict()
        _v = self.net_profit_or_loss_for_the_year_after_minorities_share_of_profit
        if _v is not UNSET:
            field_dict["netProfitOrLossForTheYearAfterMinoritiesShareOfProfit"] = _v.to_dict()
        _v = self.transfers
        if _v is not UNSET:
            field_dict["transfers"] = _v.to_dict()
        _v = self.fixed_assets_intangible
        if _v is not UNSET:
            field_dict["fixedAssetsIntangible"] = _v.to_dict()
        _v = self.fixed_assets_tangible
        if _v is not UNSET:
            field_dict["fixedAssetsTangible"] = _v.to_dict()
        _v = self.fixed_assets_financial
        if _v is not UNSET:
            field_dict["fixedAssetsFinancial"] = _v.to_dict()
        _v = self.fixed_assets
        if _v is not UNSET:
            field_dict["fixedAssets"] = _v.to_dict()
        _v = self.current_assets_stocks
        if _v is not UNSET:
            field_dict["currentAssetsStocks"] = _v.to_dict()
        _v = self.current_assets_receivables
        if _v is not UNSET:
            field_dict["currentAssetsReceivables"] = _v.to_dict()
        _v = self.current_assets_investments
        if _v is not UNSET:
            field_dict["currentAssetsInvestments"] = _v.to_dict()
        _v = self.current_assets_bank_deposits_cash
        if _v is not UNSET:
            field_dict["currentAssetsBankDepositsCash"] = _v.to_dict()
        _v = self.current_assets
        if _v is not UNSET:
            field_dict["currentAssets"] = _v.to_dict()
        _v = self.assets
        if _v is not UNSET:
            field_dict["assets"] = _v.to_dict()
        _v = self.equity_paid_in_capital
        if _v is not UNSET:
            field_dict["equityPaidInCapital"] = _v.to_dict()
        _v = self.equity_retained_earnings
        if _v is not UNSET:
            field_dict["equityRetainedEarnings"] = _v.to_dict()
        _v = self.equity
        if _v is not UNSET:
            field_dict["equity"] = _v.to_dict()
        _v = self.long_term_liabilities_provisions
        if _v is not UNSET:
            field_dict["longTermLiabilitiesProvisions"] = _v.to_dict()
        _v = self.long_term_liabilities_other
        if _v is not UNSET:
            field_dict["longTermLiabilitiesOther"] = _v.to_dict()
        _v = self.long_term_liabilities
        if _v is not UNSET:
            field_dict["longTermLiabilities"] = _v.to_dict()
        _v = self.current_liabilities
        if _v is not UNSET:
            field_dict["currentLiabilities"] = _v.to_dict()
        _v = self.liabilities
        if _v is not UNSET:
            field_dict["liabilities"] = _v.to_dict()
        _v = self.equity_and_liabilities
        if _v is not UNSET:
            field_dict["equityAndLiabilities"] = _v.to_dict()
        _v = self.sum_opening_balance
        if _v is not UNSET:
            field_dict["sumOpeningBalance"] = _v
        _v = self.sum_closing_balance
        if _v is not UNSET:
            field_dict["sumClosingBalance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndAnnualAccounts from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``YearEndAnnualAccounts.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.annual_accounts_sub_total_section import AnnualAccountsSubTotalSection  # noqa: PLC0415
        from ..models.annual_accounts_submission_result import AnnualAccountsSubmissionResult  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(YearEndAnnualAccountsStatus)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "year": "year",
            "sentDate": "sent_date",
            "submissionInProgress": "submission_in_progress",
            "submissionAttemptDate": "submission_attempt_date",
            "sumOpeningBalance": "sum_opening_balance",
            "sumClosingBalance": "sum_closing_balance",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.year = o.sent_date = o.status = (
                        o.submission_in_progress
                    ) = o.submission_attempt_date = o.submission_result = o.operating_profit_revenues = (
                        o.operating_profit_expenses
                    ) = o.operating_profit = o.net_financial_items_income = o.net_financial_items_expenses = (
                        o.net_financial_items
                    ) = o.ordinary_result_before_taxes = o.ordinary_result_after_taxes = (
                        o.net_profit_or_loss_for_the_year
                    ) = o.net_profit_or_loss_for_the_year_after_minorities_share_of_profit = o.transfers = (
                        o.fixed_assets_intangible
                    ) = o.fixed_assets_tangible = o.fixed_assets_financial = o.fixed_assets = (
                        o.current_assets_stocks
                    ) = o.current_assets_receivables = o.current_assets_investments = (
                        o.current_assets_bank_deposits_cash
                    ) = o.current_assets = o.assets = o.equity_paid_in_capital = o.equity_retained_earnings = (
                        o.equity
                    ) = o.long_term_liabilities_provisions = o.long_term_liabilities_other = o.long_term_liabilities = (
                        o.current_liabilities
                    ) = o.liabilities = o.equity_and_liabilities = o.sum_opening_balance = o.sum_closing_balance = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 14 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.year = o.sent_date = o.status = (
                        o.submission_in_progress
                    ) = o.submission_attempt_date = o.submission_result = o.operating_profit_revenues = (
                        o.operating_profit_expenses
                    ) = o.operating_profit = o.net_financial_items_income = o.net_financial_items_expenses = (
                        o.net_financial_items
                    ) = o.ordinary_result_before_taxes = o.ordinary_result_after_taxes = (
                        o.net_profit_or_loss_for_the_year
                    ) = o.net_profit_or_loss_for_the_year_after_minorities_share_of_profit = o.transfers = (
                        o.fixed_assets_intangible
                    ) = o.fixed_assets_tangible = o.fixed_assets_financial = o.fixed_assets = (
                        o.current_assets_stocks
                    ) = o.current_assets_receivables = o.current_assets_investments = (
                        o.current_assets_bank_deposits_cash
                    ) = o.current_assets = o.assets = o.equity_paid_in_capital = o.equity_retained_earnings = (
                        o.equity
                    ) = o.long_term_liabilities_provisions = o.long_term_liabilities_other = o.long_term_liabilities = (
                        o.current_liabilities
                    ) = o.liabilities = o.equity_and_liabilities = o.sum_opening_balance = o.sum_closing_balance = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("sentDate")
                if v is None:
                    o.sent_date = u
                    if "sentDate" not in d:
                        m += 1
                else:
                    o.sent_date = v
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_ if (e_ := _e_status.get(v)) is not None else enum_value(YearEndAnnualAccountsStatus, v)
                    )
                v = g("submissionInProgress")
                if v is None:
                    o.submission_in_progress = u
                    if "submissionInProgress" not in d:
                        m += 1
                else:
                    o.submission_in_progress = v
                v = g("submissionAttemptDate")
                if v is None:
                    o.submission_attempt_date = u
                    if "submissionAttemptDate" not in d:
                        m += 1
                else:
                    o.submission_attempt_date = v
                k = "submissionResult"
                v = g("submissionResult")
                if v is None:
                    o.submission_result = u
                    if "submissionResult" not in d:
                        m += 1
                else:
                    o.submission_result = AnnualAccountsSubmissionResult._tx_parse(v)
                k = "operatingProfitRevenues"
                v = g("operatingProfitRevenues")
                if v is None:
                    o.operating_profit_revenues = u
                    if "operatingProfitRevenues" not in d:
                        m += 1
                else:
                    o.operating_profit_revenues = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "operatingProfitExpenses"
                v = g("operatingProfitExpenses")
                if v is None:
                    o.operating_profit_expenses = u
                    if "operatingProfitExpenses" not in d:
                        m += 1
                else:
                    o.operating_profit_expenses = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "operatingProfit"
                v = g("operatingProfit")
                if v is None:
                    o.operating_profit = u
                    if "operatingProfit" not in d:
                        m += 1
                else:
                    o.operating_profit = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "netFinancialItemsIncome"
                v = g("netFinancialItemsIncome")
                if v is None:
                    o.net_financial_items_income = u
                    if "netFinancialItemsIncome" not in d:
                        m += 1
                else:
                    o.net_financial_items_income = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "netFinancialItemsExpenses"
                v = g("netFinancialItemsExpenses")
                if v is None:
                    o.net_financial_items_expenses = u
                    if "netFinancialItemsExpenses" not in d:
                        m += 1
                else:
                    o.net_financial_items_expenses = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "netFinancialItems"
                v = g("netFinancialItems")
                if v is None:
                    o.net_financial_items = u
                    if "netFinancialItems" not in d:
                        m += 1
                else:
                    o.net_financial_items = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "ordinaryResultBeforeTaxes"
                v = g("ordinaryResultBeforeTaxes")
                if v is None:
                    o.ordinary_result_before_taxes = u
                    if "ordinaryResultBeforeTaxes" not in d:
                        m += 1
                else:
                    o.ordinary_result_before_taxes = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "ordinaryResultAfterTaxes"
                v = g("ordinaryResultAfterTaxes")
                if v is None:
                    o.ordinary_result_after_taxes = u
                    if "ordinaryResultAfterTaxes" not in d:
                        m += 1
                else:
                    o.ordinary_result_after_taxes = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "netProfitOrLossForTheYear"
                v = g("netProfitOrLossForTheYear")
                if v is None:
                    o.net_profit_or_loss_for_the_year = u
                    if "netProfitOrLossForTheYear" not in d:
                        m += 1
                else:
                    o.net_profit_or_loss_for_the_year = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit"
                v = g("netProfitOrLossForTheYearAfterMinoritiesShareOfProfit")
                if v is None:
                    o.net_profit_or_loss_for_the_year_after_minorities_share_of_profit = u
                    if "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit" not in d:
                        m += 1
                else:
                    o.net_profit_or_loss_for_the_year_after_minorities_share_of_profit = (
                        AnnualAccountsSubTotalSection._tx_parse(v)
                    )
                k = "transfers"
                v = g("transfers")
                if v is None:
                    o.transfers = u
                    if "transfers" not in d:
                        m += 1
                else:
                    o.transfers = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "fixedAssetsIntangible"
                v = g("fixedAssetsIntangible")
                if v is None:
                    o.fixed_assets_intangible = u
                    if "fixedAssetsIntangible" not in d:
                        m += 1
                else:
                    o.fixed_assets_intangible = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "fixedAssetsTangible"
                v = g("fixedAssetsTangible")
                if v is None:
                    o.fixed_assets_tangible = u
                    if "fixedAssetsTangible" not in d:
                        m += 1
                else:
                    o.fixed_assets_tangible = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "fixedAssetsFinancial"
                v = g("fixedAssetsFinancial")
                if v is None:
                    o.fixed_assets_financial = u
                    if "fixedAssetsFinancial" not in d:
                        m += 1
                else:
                    o.fixed_assets_financial = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "fixedAssets"
                v = g("fixedAssets")
                if v is None:
                    o.fixed_assets = u
                    if "fixedAssets" not in d:
                        m += 1
                else:
                    o.fixed_assets = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentAssetsStocks"
                v = g("currentAssetsStocks")
                if v is None:
                    o.current_assets_stocks = u
                    if "currentAssetsStocks" not in d:
                        m += 1
                else:
                    o.current_assets_stocks = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentAssetsReceivables"
                v = g("currentAssetsReceivables")
                if v is None:
                    o.current_assets_receivables = u
                    if "currentAssetsReceivables" not in d:
                        m += 1
                else:
                    o.current_assets_receivables = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentAssetsInvestments"
                v = g("currentAssetsInvestments")
                if v is None:
                    o.current_assets_investments = u
                    if "currentAssetsInvestments" not in d:
                        m += 1
                else:
                    o.current_assets_investments = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentAssetsBankDepositsCash"
                v = g("currentAssetsBankDepositsCash")
                if v is None:
                    o.current_assets_bank_deposits_cash = u
                    if "currentAssetsBankDepositsCash" not in d:
                        m += 1
                else:
                    o.current_assets_bank_deposits_cash = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentAssets"
                v = g("currentAssets")
                if v is None:
                    o.current_assets = u
                    if "currentAssets" not in d:
                        m += 1
                else:
                    o.current_assets = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "assets"
                v = g("assets")
                if v is None:
                    o.assets = u
                    if "assets" not in d:
                        m += 1
                else:
                    o.assets = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "equityPaidInCapital"
                v = g("equityPaidInCapital")
                if v is None:
                    o.equity_paid_in_capital = u
                    if "equityPaidInCapital" not in d:
                        m += 1
                else:
                    o.equity_paid_in_capital = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "equityRetainedEarnings"
                v = g("equityRetainedEarnings")
                if v is None:
                    o.equity_retained_earnings = u
                    if "equityRetainedEarnings" not in d:
                        m += 1
                else:
                    o.equity_retained_earnings = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "equity"
                v = g("equity")
                if v is None:
                    o.equity = u
                    if "equity" not in d:
                        m += 1
                else:
                    o.equity = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "longTermLiabilitiesProvisions"
                v = g("longTermLiabilitiesProvisions")
                if v is None:
                    o.long_term_liabilities_provisions = u
                    if "longTermLiabilitiesProvisions" not in d:
                        m += 1
                else:
                    o.long_term_liabilities_provisions = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "longTermLiabilitiesOther"
                v = g("longTermLiabilitiesOther")
                if v is None:
                    o.long_term_liabilities_other = u
                    if "longTermLiabilitiesOther" not in d:
                        m += 1
                else:
                    o.long_term_liabilities_other = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "longTermLiabilities"
                v = g("longTermLiabilities")
                if v is None:
                    o.long_term_liabilities = u
                    if "longTermLiabilities" not in d:
                        m += 1
                else:
                    o.long_term_liabilities = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "currentLiabilities"
                v = g("currentLiabilities")
                if v is None:
                    o.current_liabilities = u
                    if "currentLiabilities" not in d:
                        m += 1
                else:
                    o.current_liabilities = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "liabilities"
                v = g("liabilities")
                if v is None:
                    o.liabilities = u
                    if "liabilities" not in d:
                        m += 1
                else:
                    o.liabilities = AnnualAccountsSubTotalSection._tx_parse(v)
                k = "equityAndLiabilities"
                v = g("equityAndLiabilities")
                if v is None:
                    o.equity_and_liabilities = u
                    if "equityAndLiabilities" not in d:
                        m += 1
                else:
                    o.equity_and_liabilities = AnnualAccountsSubTotalSection._tx_parse(v)
                v = g("sumOpeningBalance")
                if v is None:
                    o.sum_opening_balance = u
                    if "sumOpeningBalance" not in d:
                        m += 1
                else:
                    o.sum_opening_balance = v
                v = g("sumClosingBalance")
                if v is None:
                    o.sum_closing_balance = u
                    if "sumClosingBalance" not in d:
                        m += 1
                else:
                    o.sum_closing_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 42 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("year", "year"),
            ("sent_date", "sentDate"),
            ("status", "status"),
            ("submission_in_progress", "submissionInProgress"),
            ("submission_attempt_date", "submissionAttemptDate"),
            ("submission_result", "submissionResult"),
            ("operating_profit_revenues", "operatingProfitRevenues"),
            ("operating_profit_expenses", "operatingProfitExpenses"),
            ("operating_profit", "operatingProfit"),
            ("net_financial_items_income", "netFinancialItemsIncome"),
            ("net_financial_items_expenses", "netFinancialItemsExpenses"),
            ("net_financial_items", "netFinancialItems"),
            ("ordinary_result_before_taxes", "ordinaryResultBeforeTaxes"),
            ("ordinary_result_after_taxes", "ordinaryResultAfterTaxes"),
            ("net_profit_or_loss_for_the_year", "netProfitOrLossForTheYear"),
            (
                "net_profit_or_loss_for_the_year_after_minorities_share_of_profit",
                "netProfitOrLossForTheYearAfterMinoritiesShareOfProfit",
            ),
            ("transfers", "transfers"),
            ("fixed_assets_intangible", "fixedAssetsIntangible"),
            ("fixed_assets_tangible", "fixedAssetsTangible"),
            ("fixed_assets_financial", "fixedAssetsFinancial"),
            ("fixed_assets", "fixedAssets"),
            ("current_assets_stocks", "currentAssetsStocks"),
            ("current_assets_receivables", "currentAssetsReceivables"),
            ("current_assets_investments", "currentAssetsInvestments"),
            ("current_assets_bank_deposits_cash", "currentAssetsBankDepositsCash"),
            ("current_assets", "currentAssets"),
            ("assets", "assets"),
            ("equity_paid_in_capital", "equityPaidInCapital"),
            ("equity_retained_earnings", "equityRetainedEarnings"),
            ("equity", "equity"),
            ("long_term_liabilities_provisions", "longTermLiabilitiesProvisions"),
            ("long_term_liabilities_other", "longTermLiabilitiesOther"),
            ("long_term_liabilities", "longTermLiabilities"),
            ("current_liabilities", "currentLiabilities"),
            ("liabilities", "liabilities"),
            ("equity_and_liabilities", "equityAndLiabilities"),
            ("sum_opening_balance", "sumOpeningBalance"),
            ("sum_closing_balance", "sumClosingBalance"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.sent_date
            o.sent_date = u if v is None else v
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(YearEndAnnualAccountsStatus, v)
            )
            v = s.submission_in_progress
            o.submission_in_progress = u if v is None else v
            v = s.submission_attempt_date
            o.submission_attempt_date = u if v is None else v
            v = s.submission_result
            o.submission_result = u if v is None or v is u else AnnualAccountsSubmissionResult._tx_parse(v)
            v = s.operating_profit_revenues
            o.operating_profit_revenues = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.operating_profit_expenses
            o.operating_profit_expenses = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.operating_profit
            o.operating_profit = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.net_financial_items_income
            o.net_financial_items_income = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.net_financial_items_expenses
            o.net_financial_items_expenses = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.net_financial_items
            o.net_financial_items = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.ordinary_result_before_taxes
            o.ordinary_result_before_taxes = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.ordinary_result_after_taxes
            o.ordinary_result_after_taxes = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.net_profit_or_loss_for_the_year
            o.net_profit_or_loss_for_the_year = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.net_profit_or_loss_for_the_year_after_minorities_share_of_profit
            o.net_profit_or_loss_for_the_year_after_minorities_share_of_profit = (
                u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            )
            v = s.transfers
            o.transfers = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.fixed_assets_intangible
            o.fixed_assets_intangible = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.fixed_assets_tangible
            o.fixed_assets_tangible = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.fixed_assets_financial
            o.fixed_assets_financial = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.fixed_assets
            o.fixed_assets = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.current_assets_stocks
            o.current_assets_stocks = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.current_assets_receivables
            o.current_assets_receivables = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.current_assets_investments
            o.current_assets_investments = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.current_assets_bank_deposits_cash
            o.current_assets_bank_deposits_cash = (
                u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            )
            v = s.current_assets
            o.current_assets = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.assets
            o.assets = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.equity_paid_in_capital
            o.equity_paid_in_capital = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.equity_retained_earnings
            o.equity_retained_earnings = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.equity
            o.equity = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.long_term_liabilities_provisions
            o.long_term_liabilities_provisions = (
                u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            )
            v = s.long_term_liabilities_other
            o.long_term_liabilities_other = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.long_term_liabilities
            o.long_term_liabilities = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.current_liabilities
            o.current_liabilities = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.liabilities
            o.liabilities = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.equity_and_liabilities
            o.equity_and_liabilities = u if v is None or v is u else AnnualAccountsSubTotalSection._tx_parse(v)
            v = s.sum_opening_balance
            o.sum_opening_balance = u if v is None else v
            v = s.sum_closing_balance
            o.sum_closing_balance = u if v is None else v
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
