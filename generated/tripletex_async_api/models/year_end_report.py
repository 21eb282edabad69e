from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_report_status import YearEndReportStatus
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
    from ..models.altinn_instance import AltinnInstance
    from ..models.basic_data import BasicData
    from ..models.change import Change
    from ..models.tangible_fixed_asset import TangibleFixedAsset
    from ..models.tax_return_submission_result import TaxReturnSubmissionResult
    from ..models.year_end_report_type import YearEndReportType


T = TypeVar("T", bound="YearEndReport")


@_attrs_define
class YearEndReport(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        year (int | Unset):
        sent_date (str | Unset):
        year_end_report_basic_data (BasicData | Unset):
        status (YearEndReportStatus | Unset):
        altinn_metadata (AltinnInstance | Unset):
        submission_result (TaxReturnSubmissionResult | Unset):
        submission_in_progress (bool | Unset):
        submission_attempt_date (str | Unset):
        annual_result (float | Unset):
        annual_result_previous_year (float | Unset):
        asset (float | Unset):
        asset_previous_year (float | Unset):
        equity_and_debt (float | Unset):
        equity_and_debt_previous_year (float | Unset):
        operating_revenue (YearEndReportType | Unset):
        operating_expense (YearEndReportType | Unset):
        capital_income (YearEndReportType | Unset):
        capital_cost (YearEndReportType | Unset):
        extraordinary_cost (YearEndReportType | Unset):
        tax_cost (YearEndReportType | Unset):
        fixed_asset (YearEndReportType | Unset):
        current_asset (YearEndReportType | Unset):
        equity (YearEndReportType | Unset):
        debt (YearEndReportType | Unset):
        current_debt (YearEndReportType | Unset):
        inventories (YearEndReportType | Unset):
        year_end_report_posting (YearEndReportType | Unset):
        tangible_fixed_assets (list[TangibleFixedAsset] | Unset):
        wealth_from_business_activity (YearEndReportType | Unset):
        show_info_sum_depreciation (bool | Unset):
        show_info_sum_revenue_recognition_neg_balance (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    sent_date: str | Unset = UNSET
    year_end_report_basic_data: BasicData | Unset = UNSET
    status: YearEndReportStatus | Unset = UNSET
    altinn_metadata: AltinnInstance | Unset = UNSET
    submission_result: TaxReturnSubmissionResult | Unset = UNSET
    submission_in_progress: bool | Unset = UNSET
    submission_attempt_date: str | Unset = UNSET
    annual_result: float | Unset = UNSET
    annual_result_previous_year: float | Unset = UNSET
    asset: float | Unset = UNSET
    asset_previous_year: float | Unset = UNSET
    equity_and_debt: float | Unset = UNSET
    equity_and_debt_previous_year: float | Unset = UNSET
    operating_revenue: YearEndReportType | Unset = UNSET
    operating_expense: YearEndReportType | Unset = UNSET
    capital_income: YearEndReportType | Unset = UNSET
    capital_cost: YearEndReportType | Unset = UNSET
    extraordinary_cost: YearEndReportType | Unset = UNSET
    tax_cost: YearEndReportType | Unset = UNSET
    fixed_asset: YearEndReportType | Unset = UNSET
    current_asset: YearEndReportType | Unset = UNSET
    equity: YearEndReportType | Unset = UNSET
    debt: YearEndReportType | Unset = UNSET
    current_debt: YearEndReportType | Unset = UNSET
    inventories: YearEndReportType | Unset = UNSET
    year_end_report_posting: YearEndReportType | Unset = UNSET
    tangible_fixed_assets: list[TangibleFixedAsset] | Unset = UNSET
    wealth_from_business_activity: YearEndReportType | Unset = UNSET
    show_info_sum_depreciation: bool | Unset = UNSET
    show_info_sum_revenue_recognition_neg_balance: bool | Unset = UNSET
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
        _v = self.year_end_report_basic_data
        if _v is not UNSET:
            field_dict["yearEndReportBasicData"] = _v.to_dict()
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        _v = self.altinn_metadata
        if _v is not UNSET:
            field_dict["altinnMetadata"] = _v.to_dict()
        _v = self.submission_result
        if _v is not UNSET:
            field_dict["submissionResult"] = _v.to_dict()
        _v = self.submission_in_progress
        if _v is not UNSET:
            field_dict["submissionInProgress"] = _v
        _v = self.submission_attempt_date
        if _v is not UNSET:
            field_dict["submissionAttemptDate"] = _v
        _v = self.annual_result
        if _v is not UNSET:
            field_dict["annualResult"] = _v
        _v = self.annual_result_previous_year
        if _v is not UNSET:
            field_dict["annualResultPreviousYear"] = _v
        _v = self.asset
        if _v is not UNSET:
            field_dict["asset"] = _v
        _v = self.asset_previous_year
        if _v is not UNSET:
            field_dict["assetPreviousYear"] = _v
        _v = self.equity_and_debt
        if _v is not UNSET:
            field_dict["equityAndDebt"] = _v
        _v = self.equity_and_debt_previous_year
        if _v is not UNSET:
            field_dict["equityAndDebtPreviousYear"] = _v
        _v = self.operating_revenue
        if _v is not UNSET:
            field_dict["operatingRevenue"] = _v.to_dict()
        _v = self.operating_expense
        if _v is not UNSET:
            field_dict["operatingExpense"] = _v.to_dict()
        _v = self.capital_income
        if _v is not UNSET:
            field_dict["capitalIncome"] = _v.to_dict()
        _v = self.capital_cost
        if _v is not UNSET:
            field_dict["capitalCost"] = _v.to_dict()
        _v = self.extraordinary_cost
        if _v is not UNSET:
            field_dict["extraordinaryCost"] = _v.to_dict()
        _v = self.tax_cost
        if _v is not UNSET:
            field_dict["taxCost"] = _v.to_dict()
        _v = self.fixed_asset
        if _v is not UNSET:
            field_dict["fixedAsset"] = _v.to_dict()
        _v = self.current_asset
        if _v is not UNSET:
            field_dict["currentAsset"] = _v.to_dict()
        _v = self.equity
        if _v is not UNSET:
            field_dict["equity"] = _v.to_dict()
        _v = self.debt
        if _v is not UNSET:
            field_dict["debt"] = _v.to_dict()
        _v = self.current_debt
        if _v is not UNSET:
            field_dict["currentDebt"] = _v.to_dict()
        _v = self.inventories
        if _v is not UNSET:
            field_dict["inventories"] = _v.to_dict()
        _v = self.year_end_report_posting
        if _v is not UNSET:
            field_dict["yearEndReportPosting"] = _v.to_dict()
        _v = self.tangible_fixed_assets
        if _v is not UNSET:
            field_dict["tangibleFixedAssets"] = [_e.to_dict() for _e in _v]
        _v = self.wealth_from_business_activity
        if _v is not UNSET:
            field_dict["wealthFromBusinessActivity"] = _v.to_dict()
        _v = self.show_info_sum_depreciation
        if _v is not UNSET:
            field_dict["showInfoSumDepreciation"] = _v
        _v = self.show_info_sum_revenue_recognition_neg_balance
        if _v is not UNSET:
            field_dict["showInfoSumRevenueRecognitionNegBalance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``YearEndReport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.altinn_instance import AltinnInstance  # noqa: PLC0415
        from ..models.basic_data import BasicData  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.tangible_fixed_asset import TangibleFixedAsset  # noqa: PLC0415
        from ..models.tax_return_submission_result import TaxReturnSubmissionResult  # noqa: PLC0415
        from ..models.year_end_report_type import YearEndReportType  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(YearEndReportStatus)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "year",
                "sentDate",
                "yearEndReportBasicData",
                "status",
                "altinnMetadata",
                "submissionResult",
                "submissionInProgress",
                "submissionAttemptDate",
                "annualResult",
                "annualResultPreviousYear",
                "asset",
                "assetPreviousYear",
                "equityAndDebt",
                "equityAndDebtPreviousYear",
                "operatingRevenue",
                "operatingExpense",
                "capitalIncome",
                "capitalCost",
                "extraordinaryCost",
                "taxCost",
                "fixedAsset",
                "currentAsset",
                "equity",
                "debt",
                "currentDebt",
                "inventories",
                "yearEndReportPosting",
                "tangibleFixedAssets",
                "wealthFromBusinessActivity",
                "showInfoSumDepreciation",
                "showInfoSumRevenueRecognitionNegBalance",
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
            "annualResult": "annual_result",
            "annualResultPreviousYear": "annual_result_previous_year",
            "asset": "asset",
            "assetPreviousYear": "asset_previous_year",
            "equityAndDebt": "equity_and_debt",
            "equityAndDebtPreviousYear": "equity_and_debt_previous_year",
            "showInfoSumDepreciation": "show_info_sum_depreciation",
            "showInfoSumRevenueRecognitionNegBalance": "show_info_sum_revenue_recognition_neg_balance",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.year = o.sent_date = o.year_end_report_basic_data = (
                        o.status
                    ) = o.altinn_metadata = o.submission_result = o.submission_in_progress = (
                        o.submission_attempt_date
                    ) = o.annual_result = o.annual_result_previous_year = o.asset = o.asset_previous_year = (
                        o.equity_and_debt
                    ) = o.equity_and_debt_previous_year = o.operating_revenue = o.operating_expense = (
                        o.capital_income
                    ) = o.capital_cost = o.extraordinary_cost = o.tax_cost = o.fixed_asset = o.current_asset = (
                        o.equity
                    ) = o.debt = o.current_debt = o.inventories = o.year_end_report_posting = (
                        o.tangible_fixed_assets
                    ) = o.wealth_from_business_activity = o.show_info_sum_depreciation = (
                        o.show_info_sum_revenue_recognition_neg_balance
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.year = o.sent_date = o.year_end_report_basic_data = (
                        o.status
                    ) = o.altinn_metadata = o.submission_result = o.submission_in_progress = (
                        o.submission_attempt_date
                    ) = o.annual_result = o.annual_result_previous_year = o.asset = o.asset_previous_year = (
                        o.equity_and_debt
                    ) = o.equity_and_debt_previous_year = o.operating_revenue = o.operating_expense = (
                        o.capital_income
                    ) = o.capital_cost = o.extraordinary_cost = o.tax_cost = o.fixed_asset = o.current_asset = (
                        o.equity
                    ) = o.debt = o.current_debt = o.inventories = o.year_end_report_posting = (
                        o.tangible_fixed_assets
                    ) = o.wealth_from_business_activity = o.show_info_sum_depreciation = (
                        o.show_info_sum_revenue_recognition_neg_balance
                    ) = UNSET
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
                k = "yearEndReportBasicData"
                v = g("yearEndReportBasicData")
                if v is None:
                    o.year_end_report_basic_data = u
                    if "yearEndReportBasicData" not in d:
                        m += 1
                else:
                    o.year_end_report_basic_data = BasicData._tx_parse(v)
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(YearEndReportStatus, v)
                k = "altinnMetadata"
                v = g("altinnMetadata")
                if v is None:
                    o.altinn_metadata = u
                    if "altinnMetadata" not in d:
                        m += 1
                else:
                    o.altinn_metadata = AltinnInstance._tx_parse(v)
                k = "submissionResult"
                v = g("submissionResult")
                if v is None:
                    o.submission_result = u
                    if "submissionResult" not in d:
                        m += 1
                else:
                    o.submission_result = TaxReturnSubmissionResult._tx_parse(v)
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
                v = g("annualResult")
                if v is None:
                    o.annual_result = u
                    if "annualResult" not in d:
                        m += 1
                else:
                    o.annual_result = v
                v = g("annualResultPreviousYear")
                if v is None:
                    o.annual_result_previous_year = u
                    if "annualResultPreviousYear" not in d:
                        m += 1
                else:
                    o.annual_result_previous_year = v
                v = g("asset")
                if v is None:
                    o.asset = u
                    if "asset" not in d:
                        m += 1
                else:
                    o.asset = v
                v = g("assetPreviousYear")
                if v is None:
                    o.asset_previous_year = u
                    if "assetPreviousYear" not in d:
                        m += 1
                else:
                    o.asset_previous_year = v
                v = g("equityAndDebt")
                if v is None:
                    o.equity_and_debt = u
                    if "equityAndDebt" not in d:
                        m += 1
                else:
                    o.equity_and_debt = v
                v = g("equityAndDebtPreviousYear")
                if v is None:
                    o.equity_and_debt_previous_year = u
                    if "equityAndDebtPreviousYear" not in d:
                        m += 1
                else:
                    o.equity_and_debt_previous_year = v
                k = "operatingRevenue"
                v = g("operatingRevenue")
                if v is None:
                    o.operating_revenue = u
                    if "operatingRevenue" not in d:
                        m += 1
                else:
                    o.operating_revenue = YearEndReportType._tx_parse(v)
                k = "operatingExpense"
                v = g("operatingExpense")
                if v is None:
                    o.operating_expense = u
                    if "operatingExpense" not in d:
                        m += 1
                else:
                    o.operating_expense = YearEndReportType._tx_parse(v)
                k = "capitalIncome"
                v = g("capitalIncome")
                if v is None:
                    o.capital_income = u
                    if "capitalIncome" not in d:
                        m += 1
                else:
                    o.capital_income = YearEndReportType._tx_parse(v)
                k = "capitalCost"
                v = g("capitalCost")
                if v is None:
                    o.capital_cost = u
                    if "capitalCost" not in d:
                        m += 1
                else:
                    o.capital_cost = YearEndReportType._tx_parse(v)
                k = "extraordinaryCost"
                v = g("extraordinaryCost")
                if v is None:
                    o.extraordinary_cost = u
                    if "extraordinaryCost" not in d:
                        m += 1
                else:
                    o.extraordinary_cost = YearEndReportType._tx_parse(v)
                k = "taxCost"
                v = g("taxCost")
                if v is None:
                    o.tax_cost = u
                    if "taxCost" not in d:
                        m += 1
                else:
                    o.tax_cost = YearEndReportType._tx_parse(v)
                k = "fixedAsset"
                v = g("fixedAsset")
                if v is None:
                    o.fixed_asset = u
                    if "fixedAsset" not in d:
                        m += 1
                else:
                    o.fixed_asset = YearEndReportType._tx_parse(v)
                k = "currentAsset"
                v = g("currentAsset")
                if v is None:
                    o.current_asset = u
                    if "currentAsset" not in d:
                        m += 1
                else:
                    o.current_asset = YearEndReportType._tx_parse(v)
                k = "equity"
                v = g("equity")
                if v is None:
                    o.equity = u
                    if "equity" not in d:
                        m += 1
                else:
                    o.equity = YearEndReportType._tx_parse(v)
                k = "debt"
                v = g("debt")
                if v is None:
                    o.debt = u
                    if "debt" not in d:
                        m += 1
                else:
                    o.debt = YearEndReportType._tx_parse(v)
                k = "currentDebt"
                v = g("currentDebt")
                if v is None:
                    o.current_debt = u
                    if "currentDebt" not in d:
                        m += 1
                else:
                    o.current_debt = YearEndReportType._tx_parse(v)
                k = "inventories"
                v = g("inventories")
                if v is None:
                    o.inventories = u
                    if "inventories" not in d:
                        m += 1
                else:
                    o.inventories = YearEndReportType._tx_parse(v)
                k = "yearEndReportPosting"
                v = g("yearEndReportPosting")
                if v is None:
                    o.year_end_report_posting = u
                    if "yearEndReportPosting" not in d:
                        m += 1
                else:
                    o.year_end_report_posting = YearEndReportType._tx_parse(v)
                k = "tangibleFixedAssets"
                v = g("tangibleFixedAssets")
                if v is None:
                    o.tangible_fixed_assets = u
                    if "tangibleFixedAssets" not in d:
                        m += 1
                else:
                    o.tangible_fixed_assets = (
                        ([TangibleFixedAsset._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "wealthFromBusinessActivity"
                v = g("wealthFromBusinessActivity")
                if v is None:
                    o.wealth_from_business_activity = u
                    if "wealthFromBusinessActivity" not in d:
                        m += 1
                else:
                    o.wealth_from_business_activity = YearEndReportType._tx_parse(v)
                v = g("showInfoSumDepreciation")
                if v is None:
                    o.show_info_sum_depreciation = u
                    if "showInfoSumDepreciation" not in d:
                        m += 1
                else:
                    o.show_info_sum_depreciation = v
                v = g("showInfoSumRevenueRecognitionNegBalance")
                if v is None:
                    o.show_info_sum_revenue_recognition_neg_balance = u
                    if "showInfoSumRevenueRecognitionNegBalance" not in d:
                        m += 1
                else:
                    o.show_info_sum_revenue_recognition_neg_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 35 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("year_end_report_basic_data", "yearEndReportBasicData"),
            ("status", "status"),
            ("altinn_metadata", "altinnMetadata"),
            ("submission_result", "submissionResult"),
            ("submission_in_progress", "submissionInProgress"),
            ("submission_attempt_date", "submissionAttemptDate"),
            ("annual_result", "annualResult"),
            ("annual_result_previous_year", "annualResultPreviousYear"),
            ("asset", "asset"),
            ("asset_previous_year", "assetPreviousYear"),
            ("equity_and_debt", "equityAndDebt"),
            ("equity_and_debt_previous_year", "equityAndDebtPreviousYear"),
            ("operating_revenue", "operatingRevenue"),
            ("operating_expense", "operatingExpense"),
            ("capital_income", "capitalIncome"),
            ("capital_cost", "capitalCost"),
            ("extraordinary_cost", "extraordinaryCost"),
            ("tax_cost", "taxCost"),
            ("fixed_asset", "fixedAsset"),
            ("current_asset", "currentAsset"),
            ("equity", "equity"),
            ("debt", "debt"),
            ("current_debt", "currentDebt"),
            ("inventories", "inventories"),
            ("year_end_report_posting", "yearEndReportPosting"),
            ("tangible_fixed_assets", "tangibleFixedAssets"),
            ("wealth_from_business_activity", "wealthFromBusinessActivity"),
            ("show_info_sum_depreciation", "showInfoSumDepreciation"),
            ("show_info_sum_revenue_recognition_neg_balance", "showInfoSumRevenueRecognitionNegBalance"),
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
            v = s.year_end_report_basic_data
            o.year_end_report_basic_data = u if v is None or v is u else BasicData._tx_parse(v)
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(YearEndReportStatus, v)
            )
            v = s.altinn_metadata
            o.altinn_metadata = u if v is None or v is u else AltinnInstance._tx_parse(v)
            v = s.submission_result
            o.submission_result = u if v is None or v is u else TaxReturnSubmissionResult._tx_parse(v)
            v = s.submission_in_progress
            o.submission_in_progress = u if v is None else v
            v = s.submission_attempt_date
            o.submission_attempt_date = u if v is None else v
            v = s.annual_result
            o.annual_result = u if v is None else v
            v = s.annual_result_previous_year
            o.annual_result_previous_year = u if v is None else v
            v = s.asset
            o.asset = u if v is None else v
            v = s.asset_previous_year
            o.asset_previous_year = u if v is None else v
            v = s.equity_and_debt
            o.equity_and_debt = u if v is None else v
            v = s.equity_and_debt_previous_year
            o.equity_and_debt_previous_year = u if v is None else v
            v = s.operating_revenue
            o.operating_revenue = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.operating_expense
            o.operating_expense = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.capital_income
            o.capital_income = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.capital_cost
            o.capital_cost = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.extraordinary_cost
            o.extraordinary_cost = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.tax_cost
            o.tax_cost = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.fixed_asset
            o.fixed_asset = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.current_asset
            o.current_asset = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.equity
            o.equity = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.debt
            o.debt = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.current_debt
            o.current_debt = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.inventories
            o.inventories = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.year_end_report_posting
            o.year_end_report_posting = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.tangible_fixed_assets
            o.tangible_fixed_assets = (
                u
                if v is None or v is u
                else ([TangibleFixedAsset._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.wealth_from_business_activity
            o.wealth_from_business_activity = u if v is None or v is u else YearEndReportType._tx_parse(v)
            v = s.show_info_sum_depreciation
            o.show_info_sum_depreciation = u if v is None else v
            v = s.show_info_sum_revenue_recognition_neg_balance
            o.show_info_sum_revenue_recognition_neg_balance = u if v is None else v
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
