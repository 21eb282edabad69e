from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_report_status import YearEndReportStatus
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
    from ..models.altinn_instance import AltinnInstance
    from ..models.basic_data import BasicData
    from ..models.change import Change
    from ..models.tangible_fixed_asset import TangibleFixedAsset
    from ..models.tax_return_submission_result import TaxReturnSubmissionResult
    from ..models.year_end_report_type import YearEndReportType


T = TypeVar("T", bound="YearEndReport")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReportBasicData", dict, False),
    ("status", str, False),
    ("altinnMetadata", dict, False),
    ("submissionResult", dict, False),
    ("operatingRevenue", dict, False),
    ("operatingExpense", dict, False),
    ("capitalIncome", dict, False),
    ("capitalCost", dict, False),
    ("extraordinaryCost", dict, False),
    ("taxCost", dict, False),
    ("fixedAsset", dict, False),
    ("currentAsset", dict, False),
    ("equity", dict, False),
    ("debt", dict, False),
    ("currentDebt", dict, False),
    ("inventories", dict, False),
    ("yearEndReportPosting", dict, False),
    ("tangibleFixedAssets", list, False),
    ("wealthFromBusinessActivity", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class YearEndReport(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
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

        year_end_report_basic_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report_basic_data, Unset):
            year_end_report_basic_data = self.year_end_report_basic_data.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        altinn_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.altinn_metadata, Unset):
            altinn_metadata = self.altinn_metadata.to_dict()

        submission_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submission_result, Unset):
            submission_result = self.submission_result.to_dict()

        submission_in_progress = self.submission_in_progress

        submission_attempt_date = self.submission_attempt_date

        annual_result = self.annual_result

        annual_result_previous_year = self.annual_result_previous_year

        asset = self.asset

        asset_previous_year = self.asset_previous_year

        equity_and_debt = self.equity_and_debt

        equity_and_debt_previous_year = self.equity_and_debt_previous_year

        operating_revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_revenue, Unset):
            operating_revenue = self.operating_revenue.to_dict()

        operating_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_expense, Unset):
            operating_expense = self.operating_expense.to_dict()

        capital_income: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capital_income, Unset):
            capital_income = self.capital_income.to_dict()

        capital_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capital_cost, Unset):
            capital_cost = self.capital_cost.to_dict()

        extraordinary_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extraordinary_cost, Unset):
            extraordinary_cost = self.extraordinary_cost.to_dict()

        tax_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_cost, Unset):
            tax_cost = self.tax_cost.to_dict()

        fixed_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fixed_asset, Unset):
            fixed_asset = self.fixed_asset.to_dict()

        current_asset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_asset, Unset):
            current_asset = self.current_asset.to_dict()

        equity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = self.equity.to_dict()

        debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debt, Unset):
            debt = self.debt.to_dict()

        current_debt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_debt, Unset):
            current_debt = self.current_debt.to_dict()

        inventories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventories, Unset):
            inventories = self.inventories.to_dict()

        year_end_report_posting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report_posting, Unset):
            year_end_report_posting = self.year_end_report_posting.to_dict()

        tangible_fixed_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tangible_fixed_assets, Unset):
            tangible_fixed_assets = []
            for tangible_fixed_assets_item_data in self.tangible_fixed_assets:
                tangible_fixed_assets_item = tangible_fixed_assets_item_data.to_dict()
                tangible_fixed_assets.append(tangible_fixed_assets_item)

        wealth_from_business_activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wealth_from_business_activity, Unset):
            wealth_from_business_activity = self.wealth_from_business_activity.to_dict()

        show_info_sum_depreciation = self.show_info_sum_depreciation

        show_info_sum_revenue_recognition_neg_balance = self.show_info_sum_revenue_recognition_neg_balance

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
        if year_end_report_basic_data is not UNSET:
            field_dict["yearEndReportBasicData"] = year_end_report_basic_data
        if status is not UNSET:
            field_dict["status"] = status
        if altinn_metadata is not UNSET:
            field_dict["altinnMetadata"] = altinn_metadata
        if submission_result is not UNSET:
            field_dict["submissionResult"] = submission_result
        if submission_in_progress is not UNSET:
            field_dict["submissionInProgress"] = submission_in_progress
        if submission_attempt_date is not UNSET:
            field_dict["submissionAttemptDate"] = submission_attempt_date
        if annual_result is not UNSET:
            field_dict["annualResult"] = annual_result
        if annual_result_previous_year is not UNSET:
            field_dict["annualResultPreviousYear"] = annual_result_previous_year
        if asset is not UNSET:
            field_dict["asset"] = asset
        if asset_previous_year is not UNSET:
            field_dict["assetPreviousYear"] = asset_previous_year
        if equity_and_debt is not UNSET:
            field_dict["equityAndDebt"] = equity_and_debt
        if equity_and_debt_previous_year is not UNSET:
            field_dict["equityAndDebtPreviousYear"] = equity_and_debt_previous_year
        if operating_revenue is not UNSET:
            field_dict["operatingRevenue"] = operating_revenue
        if operating_expense is not UNSET:
            field_dict["operatingExpense"] = operating_expense
        if capital_income is not UNSET:
            field_dict["capitalIncome"] = capital_income
        if capital_cost is not UNSET:
            field_dict["capitalCost"] = capital_cost
        if extraordinary_cost is not UNSET:
            field_dict["extraordinaryCost"] = extraordinary_cost
        if tax_cost is not UNSET:
            field_dict["taxCost"] = tax_cost
        if fixed_asset is not UNSET:
            field_dict["fixedAsset"] = fixed_asset
        if current_asset is not UNSET:
            field_dict["currentAsset"] = current_asset
        if equity is not UNSET:
            field_dict["equity"] = equity
        if debt is not UNSET:
            field_dict["debt"] = debt
        if current_debt is not UNSET:
            field_dict["currentDebt"] = current_debt
        if inventories is not UNSET:
            field_dict["inventories"] = inventories
        if year_end_report_posting is not UNSET:
            field_dict["yearEndReportPosting"] = year_end_report_posting
        if tangible_fixed_assets is not UNSET:
            field_dict["tangibleFixedAssets"] = tangible_fixed_assets
        if wealth_from_business_activity is not UNSET:
            field_dict["wealthFromBusinessActivity"] = wealth_from_business_activity
        if show_info_sum_depreciation is not UNSET:
            field_dict["showInfoSumDepreciation"] = show_info_sum_depreciation
        if show_info_sum_revenue_recognition_neg_balance is not UNSET:
            field_dict["showInfoSumRevenueRecognitionNegBalance"] = show_info_sum_revenue_recognition_neg_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReport from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.altinn_instance import AltinnInstance  # noqa: PLC0415
        from ..models.basic_data import BasicData  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.tangible_fixed_asset import TangibleFixedAsset  # noqa: PLC0415
        from ..models.tax_return_submission_result import TaxReturnSubmissionResult  # noqa: PLC0415
        from ..models.year_end_report_type import YearEndReportType  # noqa: PLC0415

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

        def _p_year_end_report_basic_data(_tx_v: Any) -> BasicData | Unset:
            _year_end_report_basic_data = _tx_v
            year_end_report_basic_data: BasicData | Unset
            if isinstance(_year_end_report_basic_data, Unset):
                year_end_report_basic_data = UNSET
            else:
                year_end_report_basic_data = BasicData._tx_from_json(_year_end_report_basic_data)

            return year_end_report_basic_data

        def _p_status(_tx_v: Any) -> YearEndReportStatus | Unset:
            _status = _tx_v
            status: YearEndReportStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = YearEndReportStatus(_status)

            return status

        def _p_altinn_metadata(_tx_v: Any) -> AltinnInstance | Unset:
            _altinn_metadata = _tx_v
            altinn_metadata: AltinnInstance | Unset
            if isinstance(_altinn_metadata, Unset):
                altinn_metadata = UNSET
            else:
                altinn_metadata = AltinnInstance._tx_from_json(_altinn_metadata)

            return altinn_metadata

        def _p_submission_result(_tx_v: Any) -> TaxReturnSubmissionResult | Unset:
            _submission_result = _tx_v
            submission_result: TaxReturnSubmissionResult | Unset
            if isinstance(_submission_result, Unset):
                submission_result = UNSET
            else:
                submission_result = TaxReturnSubmissionResult._tx_from_json(_submission_result)

            return submission_result

        def _p_operating_revenue(_tx_v: Any) -> YearEndReportType | Unset:
            _operating_revenue = _tx_v
            operating_revenue: YearEndReportType | Unset
            if isinstance(_operating_revenue, Unset):
                operating_revenue = UNSET
            else:
                operating_revenue = YearEndReportType._tx_from_json(_operating_revenue)

            return operating_revenue

        def _p_operating_expense(_tx_v: Any) -> YearEndReportType | Unset:
            _operating_expense = _tx_v
            operating_expense: YearEndReportType | Unset
            if isinstance(_operating_expense, Unset):
                operating_expense = UNSET
            else:
                operating_expense = YearEndReportType._tx_from_json(_operating_expense)

            return operating_expense

        def _p_capital_income(_tx_v: Any) -> YearEndReportType | Unset:
            _capital_income = _tx_v
            capital_income: YearEndReportType | Unset
            if isinstance(_capital_income, Unset):
                capital_income = UNSET
            else:
                capital_income = YearEndReportType._tx_from_json(_capital_income)

            return capital_income

        def _p_capital_cost(_tx_v: Any) -> YearEndReportType | Unset:
            _capital_cost = _tx_v
            capital_cost: YearEndReportType | Unset
            if isinstance(_capital_cost, Unset):
                capital_cost = UNSET
            else:
                capital_cost = YearEndReportType._tx_from_json(_capital_cost)

            return capital_cost

        def _p_extraordinary_cost(_tx_v: Any) -> YearEndReportType | Unset:
            _extraordinary_cost = _tx_v
            extraordinary_cost: YearEndReportType | Unset
            if isinstance(_extraordinary_cost, Unset):
                extraordinary_cost = UNSET
            else:
                extraordinary_cost = YearEndReportType._tx_from_json(_extraordinary_cost)

            return extraordinary_cost

        def _p_tax_cost(_tx_v: Any) -> YearEndReportType | Unset:
            _tax_cost = _tx_v
            tax_cost: YearEndReportType | Unset
            if isinstance(_tax_cost, Unset):
                tax_cost = UNSET
            else:
                tax_cost = YearEndReportType._tx_from_json(_tax_cost)

            return tax_cost

        def _p_fixed_asset(_tx_v: Any) -> YearEndReportType | Unset:
            _fixed_asset = _tx_v
            fixed_asset: YearEndReportType | Unset
            if isinstance(_fixed_asset, Unset):
                fixed_asset = UNSET
            else:
                fixed_asset = YearEndReportType._tx_from_json(_fixed_asset)

            return fixed_asset

        def _p_current_asset(_tx_v: Any) -> YearEndReportType | Unset:
            _current_asset = _tx_v
            current_asset: YearEndReportType | Unset
            if isinstance(_current_asset, Unset):
                current_asset = UNSET
            else:
                current_asset = YearEndReportType._tx_from_json(_current_asset)

            return current_asset

        def _p_equity(_tx_v: Any) -> YearEndReportType | Unset:
            _equity = _tx_v
            equity: YearEndReportType | Unset
            if isinstance(_equity, Unset):
                equity = UNSET
            else:
                equity = YearEndReportType._tx_from_json(_equity)

            return equity

        def _p_debt(_tx_v: Any) -> YearEndReportType | Unset:
            _debt = _tx_v
            debt: YearEndReportType | Unset
            if isinstance(_debt, Unset):
                debt = UNSET
            else:
                debt = YearEndReportType._tx_from_json(_debt)

            return debt

        def _p_current_debt(_tx_v: Any) -> YearEndReportType | Unset:
            _current_debt = _tx_v
            current_debt: YearEndReportType | Unset
            if isinstance(_current_debt, Unset):
                current_debt = UNSET
            else:
                current_debt = YearEndReportType._tx_from_json(_current_debt)

            return current_debt

        def _p_inventories(_tx_v: Any) -> YearEndReportType | Unset:
            _inventories = _tx_v
            inventories: YearEndReportType | Unset
            if isinstance(_inventories, Unset):
                inventories = UNSET
            else:
                inventories = YearEndReportType._tx_from_json(_inventories)

            return inventories

        def _p_year_end_report_posting(_tx_v: Any) -> YearEndReportType | Unset:
            _year_end_report_posting = _tx_v
            year_end_report_posting: YearEndReportType | Unset
            if isinstance(_year_end_report_posting, Unset):
                year_end_report_posting = UNSET
            else:
                year_end_report_posting = YearEndReportType._tx_from_json(_year_end_report_posting)

            return year_end_report_posting

        def _p_tangible_fixed_assets(_tx_v: Any) -> list[TangibleFixedAsset] | Unset:
            _tangible_fixed_assets = _tx_v
            tangible_fixed_assets: list[TangibleFixedAsset] | Unset = UNSET
            if _tangible_fixed_assets is not UNSET:
                tangible_fixed_assets = []
                for tangible_fixed_assets_item_data in _tangible_fixed_assets:
                    if tangible_fixed_assets_item_data is None:
                        continue
                    tangible_fixed_assets_item = TangibleFixedAsset._tx_from_json(tangible_fixed_assets_item_data)

                    tangible_fixed_assets.append(tangible_fixed_assets_item)

            return tangible_fixed_assets

        def _p_wealth_from_business_activity(_tx_v: Any) -> YearEndReportType | Unset:
            _wealth_from_business_activity = _tx_v
            wealth_from_business_activity: YearEndReportType | Unset
            if isinstance(_wealth_from_business_activity, Unset):
                wealth_from_business_activity = UNSET
            else:
                wealth_from_business_activity = YearEndReportType._tx_from_json(_wealth_from_business_activity)

            return wealth_from_business_activity

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year": ("year", None),
            "sent_date": ("sentDate", None),
            "year_end_report_basic_data": ("yearEndReportBasicData", _p_year_end_report_basic_data),
            "status": ("status", _p_status),
            "altinn_metadata": ("altinnMetadata", _p_altinn_metadata),
            "submission_result": ("submissionResult", _p_submission_result),
            "submission_in_progress": ("submissionInProgress", None),
            "submission_attempt_date": ("submissionAttemptDate", None),
            "annual_result": ("annualResult", None),
            "annual_result_previous_year": ("annualResultPreviousYear", None),
            "asset": ("asset", None),
            "asset_previous_year": ("assetPreviousYear", None),
            "equity_and_debt": ("equityAndDebt", None),
            "equity_and_debt_previous_year": ("equityAndDebtPreviousYear", None),
            "operating_revenue": ("operatingRevenue", _p_operating_revenue),
            "operating_expense": ("operatingExpense", _p_operating_expense),
            "capital_income": ("capitalIncome", _p_capital_income),
            "capital_cost": ("capitalCost", _p_capital_cost),
            "extraordinary_cost": ("extraordinaryCost", _p_extraordinary_cost),
            "tax_cost": ("taxCost", _p_tax_cost),
            "fixed_asset": ("fixedAsset", _p_fixed_asset),
            "current_asset": ("currentAsset", _p_current_asset),
            "equity": ("equity", _p_equity),
            "debt": ("debt", _p_debt),
            "current_debt": ("currentDebt", _p_current_debt),
            "inventories": ("inventories", _p_inventories),
            "year_end_report_posting": ("yearEndReportPosting", _p_year_end_report_posting),
            "tangible_fixed_assets": ("tangibleFixedAssets", _p_tangible_fixed_assets),
            "wealth_from_business_activity": ("wealthFromBusinessActivity", _p_wealth_from_business_activity),
            "show_info_sum_depreciation": ("showInfoSumDepreciation", None),
            "show_info_sum_revenue_recognition_neg_balance": ("showInfoSumRevenueRecognitionNegBalance", None),
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
