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

T = TypeVar("T", bound="ParticipantReportRetainedEarnings")


@_attrs_define
class ParticipantReportRetainedEarnings(Model):
    """Retained earnings

    Attributes:
        retained_earnings_previous_year (float | Unset): Retained earnings previous year
        retained_earnings_beginning_of_year (float | Unset): Retained earnings at beginning of year
        acquisition_of_share (float | Unset):
        disposal_of_share (float | Unset):
        tax_result (float | Unset):
        tax_free_income (float | Unset):
        other_correction (float | Unset):
        dividend (float | Unset):
        improper_deposit (float | Unset):
        tax_benefit_from_loss (float | Unset):
        nondeductible_expenses (float | Unset):
        tax_capital_equity_as_of_end_of_year (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.retained_earnings_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["retainedEarningsPreviousYear"] = _v
        _v = self.retained_earnings_beginning_of_year
        if _v is not UNSET and not _in_request:
            field_dict["retainedEarningsBeginningOfYear"] = _v
        _v = self.acquisition_of_share
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionOfShare"] = _v
        _v = self.disposal_of_share
        if _v is not UNSET and not _in_request:
            field_dict["disposalOfShare"] = _v
        _v = self.tax_result
        if _v is not UNSET and not _in_request:
            field_dict["taxResult"] = _v
        _v = self.tax_free_income
        if _v is not UNSET and not _in_request:
            field_dict["taxFreeIncome"] = _v
        _v = self.other_correction
        if _v is not UNSET and not _in_request:
            field_dict["otherCorrection"] = _v
        _v = self.dividend
        if _v is not UNSET and not _in_request:
            field_dict["dividend"] = _v
        _v = self.improper_deposit
        if _v is not UNSET and not _in_request:
            field_dict["improperDeposit"] = _v
        _v = self.tax_benefit_from_loss
        if _v is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = _v
        _v = self.nondeductible_expenses
        if _v is not UNSET and not _in_request:
            field_dict["nondeductibleExpenses"] = _v
        _v = self.tax_capital_equity_as_of_end_of_year
        if _v is not UNSET and not _in_request:
            field_dict["taxCapitalEquityAsOfEndOfYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportRetainedEarnings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportRetainedEarnings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "retainedEarningsPreviousYear": "retained_earnings_previous_year",
            "retainedEarningsBeginningOfYear": "retained_earnings_beginning_of_year",
            "acquisitionOfShare": "acquisition_of_share",
            "disposalOfShare": "disposal_of_share",
            "taxResult": "tax_result",
            "taxFreeIncome": "tax_free_income",
            "otherCorrection": "other_correction",
            "dividend": "dividend",
            "improperDeposit": "improper_deposit",
            "taxBenefitFromLoss": "tax_benefit_from_loss",
            "nondeductibleExpenses": "nondeductible_expenses",
            "taxCapitalEquityAsOfEndOfYear": "tax_capital_equity_as_of_end_of_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.retained_earnings_previous_year = o.retained_earnings_beginning_of_year = (
                        o.acquisition_of_share
                    ) = o.disposal_of_share = o.tax_result = o.tax_free_income = o.other_correction = o.dividend = (
                        o.improper_deposit
                    ) = o.tax_benefit_from_loss = o.nondeductible_expenses = o.tax_capital_equity_as_of_end_of_year = (
                        UNSET
                    )
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("retainedEarningsPreviousYear")
                if v is None:
                    o.retained_earnings_previous_year = u
                    if "retainedEarningsPreviousYear" not in d:
                        m += 1
                else:
                    o.retained_earnings_previous_year = v
                v = g("retainedEarningsBeginningOfYear")
                if v is None:
                    o.retained_earnings_beginning_of_year = u
                    if "retainedEarningsBeginningOfYear" not in d:
                        m += 1
                else:
                    o.retained_earnings_beginning_of_year = v
                v = g("acquisitionOfShare")
                if v is None:
                    o.acquisition_of_share = u
                    if "acquisitionOfShare" not in d:
                        m += 1
                else:
                    o.acquisition_of_share = v
                v = g("disposalOfShare")
                if v is None:
                    o.disposal_of_share = u
                    if "disposalOfShare" not in d:
                        m += 1
                else:
                    o.disposal_of_share = v
                v = g("taxResult")
                if v is None:
                    o.tax_result = u
                    if "taxResult" not in d:
                        m += 1
                else:
                    o.tax_result = v
                v = g("taxFreeIncome")
                if v is None:
                    o.tax_free_income = u
                    if "taxFreeIncome" not in d:
                        m += 1
                else:
                    o.tax_free_income = v
                v = g("otherCorrection")
                if v is None:
                    o.other_correction = u
                    if "otherCorrection" not in d:
                        m += 1
                else:
                    o.other_correction = v
                v = g("dividend")
                if v is None:
                    o.dividend = u
                    if "dividend" not in d:
                        m += 1
                else:
                    o.dividend = v
                v = g("improperDeposit")
                if v is None:
                    o.improper_deposit = u
                    if "improperDeposit" not in d:
                        m += 1
                else:
                    o.improper_deposit = v
                v = g("taxBenefitFromLoss")
                if v is None:
                    o.tax_benefit_from_loss = u
                    if "taxBenefitFromLoss" not in d:
                        m += 1
                else:
                    o.tax_benefit_from_loss = v
                v = g("nondeductibleExpenses")
                if v is None:
                    o.nondeductible_expenses = u
                    if "nondeductibleExpenses" not in d:
                        m += 1
                else:
                    o.nondeductible_expenses = v
                v = g("taxCapitalEquityAsOfEndOfYear")
                if v is None:
                    o.tax_capital_equity_as_of_end_of_year = u
                    if "taxCapitalEquityAsOfEndOfYear" not in d:
                        m += 1
                else:
                    o.tax_capital_equity_as_of_end_of_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("retained_earnings_previous_year", "retainedEarningsPreviousYear"),
            ("retained_earnings_beginning_of_year", "retainedEarningsBeginningOfYear"),
            ("acquisition_of_share", "acquisitionOfShare"),
            ("disposal_of_share", "disposalOfShare"),
            ("tax_result", "taxResult"),
            ("tax_free_income", "taxFreeIncome"),
            ("other_correction", "otherCorrection"),
            ("dividend", "dividend"),
            ("improper_deposit", "improperDeposit"),
            ("tax_benefit_from_loss", "taxBenefitFromLoss"),
            ("nondeductible_expenses", "nondeductibleExpenses"),
            ("tax_capital_equity_as_of_end_of_year", "taxCapitalEquityAsOfEndOfYear"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.retained_earnings_previous_year
            o.retained_earnings_previous_year = u if v is None else v
            v = s.retained_earnings_beginning_of_year
            o.retained_earnings_beginning_of_year = u if v is None else v
            v = s.acquisition_of_share
            o.acquisition_of_share = u if v is None else v
            v = s.disposal_of_share
            o.disposal_of_share = u if v is None else v
            v = s.tax_result
            o.tax_result = u if v is None else v
            v = s.tax_free_income
            o.tax_free_income = u if v is None else v
            v = s.other_correction
            o.other_correction = u if v is None else v
            v = s.dividend
            o.dividend = u if v is None else v
            v = s.improper_deposit
            o.improper_deposit = u if v is None else v
            v = s.tax_benefit_from_loss
            o.tax_benefit_from_loss = u if v is None else v
            v = s.nondeductible_expenses
            o.nondeductible_expenses = u if v is None else v
            v = s.tax_capital_equity_as_of_end_of_year
            o.tax_capital_equity_as_of_end_of_year = u if v is None else v
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
