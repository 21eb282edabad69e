from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ReindeerHusbandry")


@_attrs_define
class ReindeerHusbandry(Model):
    """
    Attributes:
        business_income_this_industry (float | Unset): Business income this industry
        capital_costs_minus_capital_revenues (float | Unset): Capital costs minus capital revenues
        amount_from_profit_and_loss (float | Unset): Business income this industry
        corrected_business_income_this_industry (float | Unset): Corrected business income this industry
        corrected_business_income_two_years_ago (float | Unset): Corrected business income two years ago
        corrected_business_income_one_year_ago (float | Unset): Corrected business income one year ago
        average_corrected_business_income (float | Unset): Average business income
        difference (float | Unset): Difference
        withdrawal (float | Unset): Withdrawal
        deposit (float | Unset): Deposit
        change (float | Unset): Change
        corrected_business_income (float | Unset): Corrected business income
        business_income (float | Unset): Business income
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.business_income_this_industry
        if _v is not UNSET and not _in_request:
            field_dict["businessIncomeThisIndustry"] = _v
        _v = self.capital_costs_minus_capital_revenues
        if _v is not UNSET and not _in_request:
            field_dict["capitalCostsMinusCapitalRevenues"] = _v
        _v = self.amount_from_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["amountFromProfitAndLoss"] = _v
        _v = self.corrected_business_income_this_industry
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeThisIndustry"] = _v
        _v = self.corrected_business_income_two_years_ago
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeTwoYearsAgo"] = _v
        _v = self.corrected_business_income_one_year_ago
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncomeOneYearAgo"] = _v
        _v = self.average_corrected_business_income
        if _v is not UNSET and not _in_request:
            field_dict["averageCorrectedBusinessIncome"] = _v
        _v = self.difference
        if _v is not UNSET and not _in_request:
            field_dict["difference"] = _v
        _v = self.withdrawal
        if _v is not UNSET and not _in_request:
            field_dict["withdrawal"] = _v
        _v = self.deposit
        if _v is not UNSET and not _in_request:
            field_dict["deposit"] = _v
        _v = self.change
        if _v is not UNSET and not _in_request:
            field_dict["change"] = _v
        _v = self.corrected_business_income
        if _v is not UNSET and not _in_request:
            field_dict["correctedBusinessIncome"] = _v
        _v = self.business_income
        if _v is not UNSET and not _in_request:
            field_dict["businessIncome"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReindeerHusbandry from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReindeerHusbandry.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "businessIncomeThisIndustry": "business_income_this_industry",
            "capitalCostsMinusCapitalRevenues": "capital_costs_minus_capital_revenues",
            "amountFromProfitAndLoss": "amount_from_profit_and_loss",
            "correctedBusinessIncomeThisIndustry": "corrected_business_income_this_industry",
            "correctedBusinessIncomeTwoYearsAgo": "corrected_business_income_two_years_ago",
            "correctedBusinessIncomeOneYearAgo": "corrected_business_income_one_year_ago",
            "averageCorrectedBusinessIncome": "average_corrected_business_income",
            "difference": "difference",
            "withdrawal": "withdrawal",
            "deposit": "deposit",
            "change": "change",
            "correctedBusinessIncome": "corrected_business_income",
            "businessIncome": "business_income",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.business_income_this_industry = o.capital_costs_minus_capital_revenues = (
                        o.amount_from_profit_and_loss
                    ) = o.corrected_business_income_this_industry = o.corrected_business_income_two_years_ago = (
                        o.corrected_business_income_one_year_ago
                    ) = o.average_corrected_business_income = o.difference = o.withdrawal = o.deposit = o.change = (
                        o.corrected_business_income
                    ) = o.business_income = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("businessIncomeThisIndustry")
                if v is None:
                    o.business_income_this_industry = u
                    if "businessIncomeThisIndustry" not in d:
                        m += 1
                else:
                    o.business_income_this_industry = v
                v = g("capitalCostsMinusCapitalRevenues")
                if v is None:
                    o.capital_costs_minus_capital_revenues = u
                    if "capitalCostsMinusCapitalRevenues" not in d:
                        m += 1
                else:
                    o.capital_costs_minus_capital_revenues = v
                v = g("amountFromProfitAndLoss")
                if v is None:
                    o.amount_from_profit_and_loss = u
                    if "amountFromProfitAndLoss" not in d:
                        m += 1
                else:
                    o.amount_from_profit_and_loss = v
                v = g("correctedBusinessIncomeThisIndustry")
                if v is None:
                    o.corrected_business_income_this_industry = u
                    if "correctedBusinessIncomeThisIndustry" not in d:
                        m += 1
                else:
                    o.corrected_business_income_this_industry = v
                v = g("correctedBusinessIncomeTwoYearsAgo")
                if v is None:
                    o.corrected_business_income_two_years_ago = u
                    if "correctedBusinessIncomeTwoYearsAgo" not in d:
                        m += 1
                else:
                    o.corrected_business_income_two_years_ago = v
                v = g("correctedBusinessIncomeOneYearAgo")
                if v is None:
                    o.corrected_business_income_one_year_ago = u
                    if "correctedBusinessIncomeOneYearAgo" not in d:
                        m += 1
                else:
                    o.corrected_business_income_one_year_ago = v
                v = g("averageCorrectedBusinessIncome")
                if v is None:
                    o.average_corrected_business_income = u
                    if "averageCorrectedBusinessIncome" not in d:
                        m += 1
                else:
                    o.average_corrected_business_income = v
                v = g("difference")
                if v is None:
                    o.difference = u
                    if "difference" not in d:
                        m += 1
                else:
                    o.difference = v
                v = g("withdrawal")
                if v is None:
                    o.withdrawal = u
                    if "withdrawal" not in d:
                        m += 1
                else:
                    o.withdrawal = v
                v = g("deposit")
                if v is None:
                    o.deposit = u
                    if "deposit" not in d:
                        m += 1
                else:
                    o.deposit = v
                v = g("change")
                if v is None:
                    o.change = u
                    if "change" not in d:
                        m += 1
                else:
                    o.change = v
                v = g("correctedBusinessIncome")
                if v is None:
                    o.corrected_business_income = u
                    if "correctedBusinessIncome" not in d:
                        m += 1
                else:
                    o.corrected_business_income = v
                v = g("businessIncome")
                if v is None:
                    o.business_income = u
                    if "businessIncome" not in d:
                        m += 1
                else:
                    o.business_income = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("business_income_this_industry", "businessIncomeThisIndustry"),
            ("capital_costs_minus_capital_revenues", "capitalCostsMinusCapitalRevenues"),
            ("amount_from_profit_and_loss", "amountFromProfitAndLoss"),
            ("corrected_business_income_this_industry", "correctedBusinessIncomeThisIndustry"),
            ("corrected_business_income_two_years_ago", "correctedBusinessIncomeTwoYearsAgo"),
            ("corrected_business_income_one_year_ago", "correctedBusinessIncomeOneYearAgo"),
            ("average_corrected_business_income", "averageCorrectedBusinessIncome"),
            ("difference", "difference"),
            ("withdrawal", "withdrawal"),
            ("deposit", "deposit"),
            ("change", "change"),
            ("corrected_business_income", "correctedBusinessIncome"),
            ("business_income", "businessIncome"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.business_income_this_industry
            o.business_income_this_industry = u if v is None else v
            v = s.capital_costs_minus_capital_revenues
            o.capital_costs_minus_capital_revenues = u if v is None else v
            v = s.amount_from_profit_and_loss
            o.amount_from_profit_and_loss = u if v is None else v
            v = s.corrected_business_income_this_industry
            o.corrected_business_income_this_industry = u if v is None else v
            v = s.corrected_business_income_two_years_ago
            o.corrected_business_income_two_years_ago = u if v is None else v
            v = s.corrected_business_income_one_year_ago
            o.corrected_business_income_one_year_ago = u if v is None else v
            v = s.average_corrected_business_income
            o.average_corrected_business_income = u if v is None else v
            v = s.difference
            o.difference = u if v is None else v
            v = s.withdrawal
            o.withdrawal = u if v is None else v
            v = s.deposit
            o.deposit = u if v is None else v
            v = s.change
            o.change = u if v is None else v
            v = s.corrected_business_income
            o.corrected_business_income = u if v is None else v
            v = s.business_income
            o.business_income = u if v is None else v
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
