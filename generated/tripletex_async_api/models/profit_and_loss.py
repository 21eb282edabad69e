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
    from ..models.generic_data_overview import GenericDataOverview
    from ..models.profit_and_loss_deduction_department_map import ProfitAndLossDeductionDepartmentMap
    from ..models.profit_and_loss_income_recognition_department_map import ProfitAndLossIncomeRecognitionDepartmentMap
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ProfitAndLoss")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("deductionDepartmentMap", dict, False),
    ("incomeRecognitionDepartmentMap", dict, False),
    ("genericDataOverviews", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProfitAndLoss(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        sum_profit (float | Unset): [read-only]
        sum_loss (float | Unset): [read-only]
        sum_profit_and_loss (float | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        opening_balance_profit (float | Unset): [read-only]
        opening_balance_loss (float | Unset): [read-only]
        closing_balance_profit (float | Unset): [read-only]
        closing_balance_loss (float | Unset): [read-only]
        posted_opening_balance_profit (float | Unset): [read-only]
        posted_opening_balance_loss (float | Unset): [read-only]
        posted_closing_balance_profit (float | Unset): [read-only]
        posted_closing_balance_loss (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        annual_income_recognition (float | Unset): [read-only]
        annual_deduction (float | Unset): [read-only]
        amount_to_be_posted_on_income_recognition_account (float | Unset): [read-only]
        amount_to_be_posted_on_deduction_account (float | Unset): [read-only]
        deduction_department_map (ProfitAndLossDeductionDepartmentMap | Unset): [read-only]
        income_recognition_department_map (ProfitAndLossIncomeRecognitionDepartmentMap | Unset): [read-only]
        generic_data_overviews (list[GenericDataOverview] | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    sum_profit: float | Unset = UNSET
    sum_loss: float | Unset = UNSET
    sum_profit_and_loss: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    opening_balance_profit: float | Unset = UNSET
    opening_balance_loss: float | Unset = UNSET
    closing_balance_profit: float | Unset = UNSET
    closing_balance_loss: float | Unset = UNSET
    posted_opening_balance_profit: float | Unset = UNSET
    posted_opening_balance_loss: float | Unset = UNSET
    posted_closing_balance_profit: float | Unset = UNSET
    posted_closing_balance_loss: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    annual_income_recognition: float | Unset = UNSET
    annual_deduction: float | Unset = UNSET
    amount_to_be_posted_on_income_recognition_account: float | Unset = UNSET
    amount_to_be_posted_on_deduction_account: float | Unset = UNSET
    deduction_department_map: ProfitAndLossDeductionDepartmentMap | Unset = UNSET
    income_recognition_department_map: ProfitAndLossIncomeRecognitionDepartmentMap | Unset = UNSET
    generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        sum_profit = self.sum_profit

        sum_loss = self.sum_loss

        sum_profit_and_loss = self.sum_profit_and_loss

        opening_balance = self.opening_balance

        opening_balance_profit = self.opening_balance_profit

        opening_balance_loss = self.opening_balance_loss

        closing_balance_profit = self.closing_balance_profit

        closing_balance_loss = self.closing_balance_loss

        posted_opening_balance_profit = self.posted_opening_balance_profit

        posted_opening_balance_loss = self.posted_opening_balance_loss

        posted_closing_balance_profit = self.posted_closing_balance_profit

        posted_closing_balance_loss = self.posted_closing_balance_loss

        closing_balance = self.closing_balance

        annual_income_recognition = self.annual_income_recognition

        annual_deduction = self.annual_deduction

        amount_to_be_posted_on_income_recognition_account = self.amount_to_be_posted_on_income_recognition_account

        amount_to_be_posted_on_deduction_account = self.amount_to_be_posted_on_deduction_account

        deduction_department_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deduction_department_map, Unset):
            deduction_department_map = self.deduction_department_map.to_dict()

        income_recognition_department_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_recognition_department_map, Unset):
            income_recognition_department_map = self.income_recognition_department_map.to_dict()

        generic_data_overviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generic_data_overviews, Unset):
            generic_data_overviews = []
            for generic_data_overviews_item_data in self.generic_data_overviews:
                generic_data_overviews_item = generic_data_overviews_item_data.to_dict()
                generic_data_overviews.append(generic_data_overviews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if sum_profit is not UNSET and not _in_request:
            field_dict["sumProfit"] = sum_profit
        if sum_loss is not UNSET and not _in_request:
            field_dict["sumLoss"] = sum_loss
        if sum_profit_and_loss is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = sum_profit_and_loss
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if opening_balance_profit is not UNSET and not _in_request:
            field_dict["openingBalanceProfit"] = opening_balance_profit
        if opening_balance_loss is not UNSET and not _in_request:
            field_dict["openingBalanceLoss"] = opening_balance_loss
        if closing_balance_profit is not UNSET and not _in_request:
            field_dict["closingBalanceProfit"] = closing_balance_profit
        if closing_balance_loss is not UNSET and not _in_request:
            field_dict["closingBalanceLoss"] = closing_balance_loss
        if posted_opening_balance_profit is not UNSET and not _in_request:
            field_dict["postedOpeningBalanceProfit"] = posted_opening_balance_profit
        if posted_opening_balance_loss is not UNSET and not _in_request:
            field_dict["postedOpeningBalanceLoss"] = posted_opening_balance_loss
        if posted_closing_balance_profit is not UNSET and not _in_request:
            field_dict["postedClosingBalanceProfit"] = posted_closing_balance_profit
        if posted_closing_balance_loss is not UNSET and not _in_request:
            field_dict["postedClosingBalanceLoss"] = posted_closing_balance_loss
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if annual_income_recognition is not UNSET and not _in_request:
            field_dict["annualIncomeRecognition"] = annual_income_recognition
        if annual_deduction is not UNSET and not _in_request:
            field_dict["annualDeduction"] = annual_deduction
        if amount_to_be_posted_on_income_recognition_account is not UNSET and not _in_request:
            field_dict["amountToBePostedOnIncomeRecognitionAccount"] = amount_to_be_posted_on_income_recognition_account
        if amount_to_be_posted_on_deduction_account is not UNSET and not _in_request:
            field_dict["amountToBePostedOnDeductionAccount"] = amount_to_be_posted_on_deduction_account
        if deduction_department_map is not UNSET and not _in_request:
            field_dict["deductionDepartmentMap"] = deduction_department_map
        if income_recognition_department_map is not UNSET and not _in_request:
            field_dict["incomeRecognitionDepartmentMap"] = income_recognition_department_map
        if generic_data_overviews is not UNSET:
            field_dict["genericDataOverviews"] = generic_data_overviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProfitAndLoss from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data_overview import GenericDataOverview  # noqa: PLC0415
        from ..models.profit_and_loss_deduction_department_map import ProfitAndLossDeductionDepartmentMap  # noqa: PLC0415
        from ..models.profit_and_loss_income_recognition_department_map import (
            ProfitAndLossIncomeRecognitionDepartmentMap,  # noqa: PLC0415
        )
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_deduction_department_map(_tx_v: Any) -> ProfitAndLossDeductionDepartmentMap | Unset:
            _deduction_department_map = _tx_v
            deduction_department_map: ProfitAndLossDeductionDepartmentMap | Unset
            if isinstance(_deduction_department_map, Unset):
                deduction_department_map = UNSET
            else:
                deduction_department_map = ProfitAndLossDeductionDepartmentMap._tx_from_json(_deduction_department_map)

            return deduction_department_map

        def _p_income_recognition_department_map(_tx_v: Any) -> ProfitAndLossIncomeRecognitionDepartmentMap | Unset:
            _income_recognition_department_map = _tx_v
            income_recognition_department_map: ProfitAndLossIncomeRecognitionDepartmentMap | Unset
            if isinstance(_income_recognition_department_map, Unset):
                income_recognition_department_map = UNSET
            else:
                income_recognition_department_map = ProfitAndLossIncomeRecognitionDepartmentMap._tx_from_json(
                    _income_recognition_department_map
                )

            return income_recognition_department_map

        def _p_generic_data_overviews(_tx_v: Any) -> list[GenericDataOverview] | Unset:
            _generic_data_overviews = _tx_v
            generic_data_overviews: list[GenericDataOverview] | Unset = UNSET
            if _generic_data_overviews is not UNSET:
                generic_data_overviews = []
                for generic_data_overviews_item_data in _generic_data_overviews:
                    if generic_data_overviews_item_data is None:
                        continue
                    generic_data_overviews_item = GenericDataOverview._tx_from_json(generic_data_overviews_item_data)

                    generic_data_overviews.append(generic_data_overviews_item)

            return generic_data_overviews

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "sumProfit",
                "sumLoss",
                "sumProfitAndLoss",
                "openingBalance",
                "openingBalanceProfit",
                "openingBalanceLoss",
                "closingBalanceProfit",
                "closingBalanceLoss",
                "postedOpeningBalanceProfit",
                "postedOpeningBalanceLoss",
                "postedClosingBalanceProfit",
                "postedClosingBalanceLoss",
                "closingBalance",
                "annualIncomeRecognition",
                "annualDeduction",
                "amountToBePostedOnIncomeRecognitionAccount",
                "amountToBePostedOnDeductionAccount",
                "deductionDepartmentMap",
                "incomeRecognitionDepartmentMap",
                "genericDataOverviews",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "sum_profit": ("sumProfit", None),
            "sum_loss": ("sumLoss", None),
            "sum_profit_and_loss": ("sumProfitAndLoss", None),
            "opening_balance": ("openingBalance", None),
            "opening_balance_profit": ("openingBalanceProfit", None),
            "opening_balance_loss": ("openingBalanceLoss", None),
            "closing_balance_profit": ("closingBalanceProfit", None),
            "closing_balance_loss": ("closingBalanceLoss", None),
            "posted_opening_balance_profit": ("postedOpeningBalanceProfit", None),
            "posted_opening_balance_loss": ("postedOpeningBalanceLoss", None),
            "posted_closing_balance_profit": ("postedClosingBalanceProfit", None),
            "posted_closing_balance_loss": ("postedClosingBalanceLoss", None),
            "closing_balance": ("closingBalance", None),
            "annual_income_recognition": ("annualIncomeRecognition", None),
            "annual_deduction": ("annualDeduction", None),
            "amount_to_be_posted_on_income_recognition_account": ("amountToBePostedOnIncomeRecognitionAccount", None),
            "amount_to_be_posted_on_deduction_account": ("amountToBePostedOnDeductionAccount", None),
            "deduction_department_map": ("deductionDepartmentMap", _p_deduction_department_map),
            "income_recognition_department_map": (
                "incomeRecognitionDepartmentMap",
                _p_income_recognition_department_map,
            ),
            "generic_data_overviews": ("genericDataOverviews", _p_generic_data_overviews),
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
