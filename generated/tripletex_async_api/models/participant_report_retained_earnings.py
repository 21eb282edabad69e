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

T = TypeVar("T", bound="ParticipantReportRetainedEarnings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportRetainedEarnings(LazyModel):
    """Retained earnings

    Attributes:
        retained_earnings_previous_year (float | Unset): [read-only] Retained earnings previous year
        retained_earnings_beginning_of_year (float | Unset): [read-only] Retained earnings at beginning of year
        acquisition_of_share (float | Unset): [read-only]
        disposal_of_share (float | Unset): [read-only]
        tax_result (float | Unset): [read-only]
        tax_free_income (float | Unset): [read-only]
        other_correction (float | Unset): [read-only]
        dividend (float | Unset): [read-only]
        improper_deposit (float | Unset): [read-only]
        tax_benefit_from_loss (float | Unset): [read-only]
        nondeductible_expenses (float | Unset): [read-only]
        tax_capital_equity_as_of_end_of_year (float | Unset): [read-only]
    """

    retained_earnings_previous_year: float | Unset = UNSET
    retained_earnings_beginning_of_year: float | Unset = UNSET
    acquisition_of_share: float | Unset = UNSET
    disposal_of_share: float | Unset = UNSET
    tax_result: float | Unset = UNSET
    tax_free_income: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    dividend: float | Unset = UNSET
    improper_deposit: float | Unset = UNSET
    tax_benefit_from_loss: float | Unset = UNSET
    nondeductible_expenses: float | Unset = UNSET
    tax_capital_equity_as_of_end_of_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        retained_earnings_previous_year = self.retained_earnings_previous_year

        retained_earnings_beginning_of_year = self.retained_earnings_beginning_of_year

        acquisition_of_share = self.acquisition_of_share

        disposal_of_share = self.disposal_of_share

        tax_result = self.tax_result

        tax_free_income = self.tax_free_income

        other_correction = self.other_correction

        dividend = self.dividend

        improper_deposit = self.improper_deposit

        tax_benefit_from_loss = self.tax_benefit_from_loss

        nondeductible_expenses = self.nondeductible_expenses

        tax_capital_equity_as_of_end_of_year = self.tax_capital_equity_as_of_end_of_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retained_earnings_previous_year is not UNSET and not _in_request:
            field_dict["retainedEarningsPreviousYear"] = retained_earnings_previous_year
        if retained_earnings_beginning_of_year is not UNSET and not _in_request:
            field_dict["retainedEarningsBeginningOfYear"] = retained_earnings_beginning_of_year
        if acquisition_of_share is not UNSET and not _in_request:
            field_dict["acquisitionOfShare"] = acquisition_of_share
        if disposal_of_share is not UNSET and not _in_request:
            field_dict["disposalOfShare"] = disposal_of_share
        if tax_result is not UNSET and not _in_request:
            field_dict["taxResult"] = tax_result
        if tax_free_income is not UNSET and not _in_request:
            field_dict["taxFreeIncome"] = tax_free_income
        if other_correction is not UNSET and not _in_request:
            field_dict["otherCorrection"] = other_correction
        if dividend is not UNSET and not _in_request:
            field_dict["dividend"] = dividend
        if improper_deposit is not UNSET and not _in_request:
            field_dict["improperDeposit"] = improper_deposit
        if tax_benefit_from_loss is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = tax_benefit_from_loss
        if nondeductible_expenses is not UNSET and not _in_request:
            field_dict["nondeductibleExpenses"] = nondeductible_expenses
        if tax_capital_equity_as_of_end_of_year is not UNSET and not _in_request:
            field_dict["taxCapitalEquityAsOfEndOfYear"] = tax_capital_equity_as_of_end_of_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportRetainedEarnings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "retainedEarningsPreviousYear",
                "retainedEarningsBeginningOfYear",
                "acquisitionOfShare",
                "disposalOfShare",
                "taxResult",
                "taxFreeIncome",
                "otherCorrection",
                "dividend",
                "improperDeposit",
                "taxBenefitFromLoss",
                "nondeductibleExpenses",
                "taxCapitalEquityAsOfEndOfYear",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "retained_earnings_previous_year": ("retainedEarningsPreviousYear", None),
            "retained_earnings_beginning_of_year": ("retainedEarningsBeginningOfYear", None),
            "acquisition_of_share": ("acquisitionOfShare", None),
            "disposal_of_share": ("disposalOfShare", None),
            "tax_result": ("taxResult", None),
            "tax_free_income": ("taxFreeIncome", None),
            "other_correction": ("otherCorrection", None),
            "dividend": ("dividend", None),
            "improper_deposit": ("improperDeposit", None),
            "tax_benefit_from_loss": ("taxBenefitFromLoss", None),
            "nondeductible_expenses": ("nondeductibleExpenses", None),
            "tax_capital_equity_as_of_end_of_year": ("taxCapitalEquityAsOfEndOfYear", None),
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
