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

T = TypeVar("T", bound="Disposition")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class Disposition(LazyModel):
    """
    Attributes:
        annual_result (float | Unset): [read-only]
        group_contribution_given (float | Unset): [read-only]
        group_contribution_received (float | Unset): [read-only]
        dividend (float | Unset): [read-only]
        sum_annual_result (float | Unset): [read-only]
        free_equity_opening_balance (float | Unset): [read-only]
        free_equity_closing_balance (float | Unset): [read-only]
        calculated_free_equity_closing_balance (float | Unset): [read-only]
        free_equity_diff (float | Unset): [read-only]
        uncovered_loss_opening_balance (float | Unset): [read-only]
        uncovered_loss_closing_balance (float | Unset): [read-only]
        calculated_uncovered_loss_closing_balance (float | Unset): [read-only]
        uncovered_loss_diff (float | Unset): [read-only]
        remaining_uncovered_loss (float | Unset): [read-only]
        free_equity (float | Unset): [read-only]
    """

    annual_result: float | Unset = UNSET
    group_contribution_given: float | Unset = UNSET
    group_contribution_received: float | Unset = UNSET
    dividend: float | Unset = UNSET
    sum_annual_result: float | Unset = UNSET
    free_equity_opening_balance: float | Unset = UNSET
    free_equity_closing_balance: float | Unset = UNSET
    calculated_free_equity_closing_balance: float | Unset = UNSET
    free_equity_diff: float | Unset = UNSET
    uncovered_loss_opening_balance: float | Unset = UNSET
    uncovered_loss_closing_balance: float | Unset = UNSET
    calculated_uncovered_loss_closing_balance: float | Unset = UNSET
    uncovered_loss_diff: float | Unset = UNSET
    remaining_uncovered_loss: float | Unset = UNSET
    free_equity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        annual_result = self.annual_result

        group_contribution_given = self.group_contribution_given

        group_contribution_received = self.group_contribution_received

        dividend = self.dividend

        sum_annual_result = self.sum_annual_result

        free_equity_opening_balance = self.free_equity_opening_balance

        free_equity_closing_balance = self.free_equity_closing_balance

        calculated_free_equity_closing_balance = self.calculated_free_equity_closing_balance

        free_equity_diff = self.free_equity_diff

        uncovered_loss_opening_balance = self.uncovered_loss_opening_balance

        uncovered_loss_closing_balance = self.uncovered_loss_closing_balance

        calculated_uncovered_loss_closing_balance = self.calculated_uncovered_loss_closing_balance

        uncovered_loss_diff = self.uncovered_loss_diff

        remaining_uncovered_loss = self.remaining_uncovered_loss

        free_equity = self.free_equity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual_result is not UNSET and not _in_request:
            field_dict["annualResult"] = annual_result
        if group_contribution_given is not UNSET and not _in_request:
            field_dict["groupContributionGiven"] = group_contribution_given
        if group_contribution_received is not UNSET and not _in_request:
            field_dict["groupContributionReceived"] = group_contribution_received
        if dividend is not UNSET and not _in_request:
            field_dict["dividend"] = dividend
        if sum_annual_result is not UNSET and not _in_request:
            field_dict["sumAnnualResult"] = sum_annual_result
        if free_equity_opening_balance is not UNSET and not _in_request:
            field_dict["freeEquityOpeningBalance"] = free_equity_opening_balance
        if free_equity_closing_balance is not UNSET and not _in_request:
            field_dict["freeEquityClosingBalance"] = free_equity_closing_balance
        if calculated_free_equity_closing_balance is not UNSET and not _in_request:
            field_dict["calculatedFreeEquityClosingBalance"] = calculated_free_equity_closing_balance
        if free_equity_diff is not UNSET and not _in_request:
            field_dict["freeEquityDiff"] = free_equity_diff
        if uncovered_loss_opening_balance is not UNSET and not _in_request:
            field_dict["uncoveredLossOpeningBalance"] = uncovered_loss_opening_balance
        if uncovered_loss_closing_balance is not UNSET and not _in_request:
            field_dict["uncoveredLossClosingBalance"] = uncovered_loss_closing_balance
        if calculated_uncovered_loss_closing_balance is not UNSET and not _in_request:
            field_dict["calculatedUncoveredLossClosingBalance"] = calculated_uncovered_loss_closing_balance
        if uncovered_loss_diff is not UNSET and not _in_request:
            field_dict["uncoveredLossDiff"] = uncovered_loss_diff
        if remaining_uncovered_loss is not UNSET and not _in_request:
            field_dict["remainingUncoveredLoss"] = remaining_uncovered_loss
        if free_equity is not UNSET and not _in_request:
            field_dict["freeEquity"] = free_equity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Disposition from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "annualResult",
                "groupContributionGiven",
                "groupContributionReceived",
                "dividend",
                "sumAnnualResult",
                "freeEquityOpeningBalance",
                "freeEquityClosingBalance",
                "calculatedFreeEquityClosingBalance",
                "freeEquityDiff",
                "uncoveredLossOpeningBalance",
                "uncoveredLossClosingBalance",
                "calculatedUncoveredLossClosingBalance",
                "uncoveredLossDiff",
                "remainingUncoveredLoss",
                "freeEquity",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "annual_result": ("annualResult", None),
            "group_contribution_given": ("groupContributionGiven", None),
            "group_contribution_received": ("groupContributionReceived", None),
            "dividend": ("dividend", None),
            "sum_annual_result": ("sumAnnualResult", None),
            "free_equity_opening_balance": ("freeEquityOpeningBalance", None),
            "free_equity_closing_balance": ("freeEquityClosingBalance", None),
            "calculated_free_equity_closing_balance": ("calculatedFreeEquityClosingBalance", None),
            "free_equity_diff": ("freeEquityDiff", None),
            "uncovered_loss_opening_balance": ("uncoveredLossOpeningBalance", None),
            "uncovered_loss_closing_balance": ("uncoveredLossClosingBalance", None),
            "calculated_uncovered_loss_closing_balance": ("calculatedUncoveredLossClosingBalance", None),
            "uncovered_loss_diff": ("uncoveredLossDiff", None),
            "remaining_uncovered_loss": ("remainingUncoveredLoss", None),
            "free_equity": ("freeEquity", None),
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
