from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ReindeerHusbandry")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ReindeerHusbandry(LazyModel):
    """
    Attributes:
        business_income_this_industry (float | Unset): [read-only] Business income this industry
        capital_costs_minus_capital_revenues (float | Unset): [read-only] Capital costs minus capital revenues
        amount_from_profit_and_loss (float | Unset): [read-only] Business income this industry
        corrected_business_income_this_industry (float | Unset): [read-only] Corrected business income this industry
        corrected_business_income_two_years_ago (float | Unset): [read-only] Corrected business income two years ago
        corrected_business_income_one_year_ago (float | Unset): [read-only] Corrected business income one year ago
        average_corrected_business_income (float | Unset): [read-only] Average business income
        difference (float | Unset): [read-only] Difference
        withdrawal (float | Unset): [read-only] Withdrawal
        deposit (float | Unset): [read-only] Deposit
        change (float | Unset): [read-only] Change
        corrected_business_income (float | Unset): [read-only] Corrected business income
        business_income (float | Unset): [read-only] Business income
    """

    business_income_this_industry: float | Unset = UNSET
    capital_costs_minus_capital_revenues: float | Unset = UNSET
    amount_from_profit_and_loss: float | Unset = UNSET
    corrected_business_income_this_industry: float | Unset = UNSET
    corrected_business_income_two_years_ago: float | Unset = UNSET
    corrected_business_income_one_year_ago: float | Unset = UNSET
    average_corrected_business_income: float | Unset = UNSET
    difference: float | Unset = UNSET
    withdrawal: float | Unset = UNSET
    deposit: float | Unset = UNSET
    change: float | Unset = UNSET
    corrected_business_income: float | Unset = UNSET
    business_income: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        business_income_this_industry = self.business_income_this_industry

        capital_costs_minus_capital_revenues = self.capital_costs_minus_capital_revenues

        amount_from_profit_and_loss = self.amount_from_profit_and_loss

        corrected_business_income_this_industry = self.corrected_business_income_this_industry

        corrected_business_income_two_years_ago = self.corrected_business_income_two_years_ago

        corrected_business_income_one_year_ago = self.corrected_business_income_one_year_ago

        average_corrected_business_income = self.average_corrected_business_income

        difference = self.difference

        withdrawal = self.withdrawal

        deposit = self.deposit

        change = self.change

        corrected_business_income = self.corrected_business_income

        business_income = self.business_income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_income_this_industry is not UNSET and not _in_request:
            field_dict["businessIncomeThisIndustry"] = business_income_this_industry
        if capital_costs_minus_capital_revenues is not UNSET and not _in_request:
            field_dict["capitalCostsMinusCapitalRevenues"] = capital_costs_minus_capital_revenues
        if amount_from_profit_and_loss is not UNSET and not _in_request:
            field_dict["amountFromProfitAndLoss"] = amount_from_profit_and_loss
        if corrected_business_income_this_industry is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeThisIndustry"] = corrected_business_income_this_industry
        if corrected_business_income_two_years_ago is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeTwoYearsAgo"] = corrected_business_income_two_years_ago
        if corrected_business_income_one_year_ago is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeOneYearAgo"] = corrected_business_income_one_year_ago
        if average_corrected_business_income is not UNSET and not _in_request:
            field_dict["averageCorrectedBusinessIncome"] = average_corrected_business_income
        if difference is not UNSET and not _in_request:
            field_dict["difference"] = difference
        if withdrawal is not UNSET and not _in_request:
            field_dict["withdrawal"] = withdrawal
        if deposit is not UNSET and not _in_request:
            field_dict["deposit"] = deposit
        if change is not UNSET and not _in_request:
            field_dict["change"] = change
        if corrected_business_income is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = corrected_business_income
        if business_income is not UNSET and not _in_request:
            field_dict["businessIncome"] = business_income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReindeerHusbandry from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "businessIncomeThisIndustry",
                "capitalCostsMinusCapitalRevenues",
                "amountFromProfitAndLoss",
                "correctedBusinessIncomeThisIndustry",
                "correctedBusinessIncomeTwoYearsAgo",
                "correctedBusinessIncomeOneYearAgo",
                "averageCorrectedBusinessIncome",
                "difference",
                "withdrawal",
                "deposit",
                "change",
                "correctedBusinessIncome",
                "businessIncome",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "business_income_this_industry": ("businessIncomeThisIndustry", None),
            "capital_costs_minus_capital_revenues": ("capitalCostsMinusCapitalRevenues", None),
            "amount_from_profit_and_loss": ("amountFromProfitAndLoss", None),
            "corrected_business_income_this_industry": ("correctedBusinessIncomeThisIndustry", None),
            "corrected_business_income_two_years_ago": ("correctedBusinessIncomeTwoYearsAgo", None),
            "corrected_business_income_one_year_ago": ("correctedBusinessIncomeOneYearAgo", None),
            "average_corrected_business_income": ("averageCorrectedBusinessIncome", None),
            "difference": ("difference", None),
            "withdrawal": ("withdrawal", None),
            "deposit": ("deposit", None),
            "change": ("change", None),
            "corrected_business_income": ("correctedBusinessIncome", None),
            "business_income": ("businessIncome", None),
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
