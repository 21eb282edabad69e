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

T = TypeVar("T", bound="Disposition")


@_attrs_define
class Disposition(Model):
    """
    Attributes:
        annual_result (float | Unset):
        group_contribution_given (float | Unset):
        group_contribution_received (float | Unset):
        dividend (float | Unset):
        sum_annual_result (float | Unset):
        free_equity_opening_balance (float | Unset):
        free_equity_closing_balance (float | Unset):
        calculated_free_equity_closing_balance (float | Unset):
        free_equity_diff (float | Unset):
        uncovered_loss_opening_balance (float | Unset):
        uncovered_loss_closing_balance (float | Unset):
        calculated_uncovered_loss_closing_balance (float | Unset):
        uncovered_loss_diff (float | Unset):
        remaining_uncovered_loss (float | Unset):
        free_equity (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.annual_result
        if _v is not UNSET and not _in_request:
            field_dict["annualResult"] = _v
        _v = self.group_contribution_given
        if _v is not UNSET and not _in_request:
            field_dict["groupContributionGiven"] = _v
        _v = self.group_contribution_received
        if _v is not UNSET and not _in_request:
            field_dict["groupContributionReceived"] = _v
        _v = self.dividend
        if _v is not UNSET and not _in_request:
            field_dict["dividend"] = _v
        _v = self.sum_annual_result
        if _v is not UNSET and not _in_request:
            field_dict["sumAnnualResult"] = _v
        _v = self.free_equity_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["freeEquityOpeningBalance"] = _v
        _v = self.free_equity_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["freeEquityClosingBalance"] = _v
        _v = self.calculated_free_equity_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["calculatedFreeEquityClosingBalance"] = _v
        _v = self.free_equity_diff
        if _v is not UNSET and not _in_request:
            field_dict["freeEquityDiff"] = _v
        _v = self.uncovered_loss_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["uncoveredLossOpeningBalance"] = _v
        _v = self.uncovered_loss_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["uncoveredLossClosingBalance"] = _v
        _v = self.calculated_uncovered_loss_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["calculatedUncoveredLossClosingBalance"] = _v
        _v = self.uncovered_loss_diff
        if _v is not UNSET and not _in_request:
            field_dict["uncoveredLossDiff"] = _v
        _v = self.remaining_uncovered_loss
        if _v is not UNSET and not _in_request:
            field_dict["remainingUncoveredLoss"] = _v
        _v = self.free_equity
        if _v is not UNSET and not _in_request:
            field_dict["freeEquity"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Disposition from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Disposition.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "annualResult": "annual_result",
            "groupContributionGiven": "group_contribution_given",
            "groupContributionReceived": "group_contribution_received",
            "dividend": "dividend",
            "sumAnnualResult": "sum_annual_result",
            "freeEquityOpeningBalance": "free_equity_opening_balance",
            "freeEquityClosingBalance": "free_equity_closing_balance",
            "calculatedFreeEquityClosingBalance": "calculated_free_equity_closing_balance",
            "freeEquityDiff": "free_equity_diff",
            "uncoveredLossOpeningBalance": "uncovered_loss_opening_balance",
            "uncoveredLossClosingBalance": "uncovered_loss_closing_balance",
            "calculatedUncoveredLossClosingBalance": "calculated_uncovered_loss_closing_balance",
            "uncoveredLossDiff": "uncovered_loss_diff",
            "remainingUncoveredLoss": "remaining_uncovered_loss",
            "freeEquity": "free_equity",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.annual_result = o.group_contribution_given = o.group_contribution_received = o.dividend = (
                        o.sum_annual_result
                    ) = o.free_equity_opening_balance = o.free_equity_closing_balance = (
                        o.calculated_free_equity_closing_balance
                    ) = o.free_equity_diff = o.uncovered_loss_opening_balance = o.uncovered_loss_closing_balance = (
                        o.calculated_uncovered_loss_closing_balance
                    ) = o.uncovered_loss_diff = o.remaining_uncovered_loss = o.free_equity = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("annualResult")
                if v is None:
                    o.annual_result = u
                    if "annualResult" not in d:
                        m += 1
                else:
                    o.annual_result = v
                v = g("groupContributionGiven")
                if v is None:
                    o.group_contribution_given = u
                    if "groupContributionGiven" not in d:
                        m += 1
                else:
                    o.group_contribution_given = v
                v = g("groupContributionReceived")
                if v is None:
                    o.group_contribution_received = u
                    if "groupContributionReceived" not in d:
                        m += 1
                else:
                    o.group_contribution_received = v
                v = g("dividend")
                if v is None:
                    o.dividend = u
                    if "dividend" not in d:
                        m += 1
                else:
                    o.dividend = v
                v = g("sumAnnualResult")
                if v is None:
                    o.sum_annual_result = u
                    if "sumAnnualResult" not in d:
                        m += 1
                else:
                    o.sum_annual_result = v
                v = g("freeEquityOpeningBalance")
                if v is None:
                    o.free_equity_opening_balance = u
                    if "freeEquityOpeningBalance" not in d:
                        m += 1
                else:
                    o.free_equity_opening_balance = v
                v = g("freeEquityClosingBalance")
                if v is None:
                    o.free_equity_closing_balance = u
                    if "freeEquityClosingBalance" not in d:
                        m += 1
                else:
                    o.free_equity_closing_balance = v
                v = g("calculatedFreeEquityClosingBalance")
                if v is None:
                    o.calculated_free_equity_closing_balance = u
                    if "calculatedFreeEquityClosingBalance" not in d:
                        m += 1
                else:
                    o.calculated_free_equity_closing_balance = v
                v = g("freeEquityDiff")
                if v is None:
                    o.free_equity_diff = u
                    if "freeEquityDiff" not in d:
                        m += 1
                else:
                    o.free_equity_diff = v
                v = g("uncoveredLossOpeningBalance")
                if v is None:
                    o.uncovered_loss_opening_balance = u
                    if "uncoveredLossOpeningBalance" not in d:
                        m += 1
                else:
                    o.uncovered_loss_opening_balance = v
                v = g("uncoveredLossClosingBalance")
                if v is None:
                    o.uncovered_loss_closing_balance = u
                    if "uncoveredLossClosingBalance" not in d:
                        m += 1
                else:
                    o.uncovered_loss_closing_balance = v
                v = g("calculatedUncoveredLossClosingBalance")
                if v is None:
                    o.calculated_uncovered_loss_closing_balance = u
                    if "calculatedUncoveredLossClosingBalance" not in d:
                        m += 1
                else:
                    o.calculated_uncovered_loss_closing_balance = v
                v = g("uncoveredLossDiff")
                if v is None:
                    o.uncovered_loss_diff = u
                    if "uncoveredLossDiff" not in d:
                        m += 1
                else:
                    o.uncovered_loss_diff = v
                v = g("remainingUncoveredLoss")
                if v is None:
                    o.remaining_uncovered_loss = u
                    if "remainingUncoveredLoss" not in d:
                        m += 1
                else:
                    o.remaining_uncovered_loss = v
                v = g("freeEquity")
                if v is None:
                    o.free_equity = u
                    if "freeEquity" not in d:
                        m += 1
                else:
                    o.free_equity = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("annual_result", "annualResult"),
            ("group_contribution_given", "groupContributionGiven"),
            ("group_contribution_received", "groupContributionReceived"),
            ("dividend", "dividend"),
            ("sum_annual_result", "sumAnnualResult"),
            ("free_equity_opening_balance", "freeEquityOpeningBalance"),
            ("free_equity_closing_balance", "freeEquityClosingBalance"),
            ("calculated_free_equity_closing_balance", "calculatedFreeEquityClosingBalance"),
            ("free_equity_diff", "freeEquityDiff"),
            ("uncovered_loss_opening_balance", "uncoveredLossOpeningBalance"),
            ("uncovered_loss_closing_balance", "uncoveredLossClosingBalance"),
            ("calculated_uncovered_loss_closing_balance", "calculatedUncoveredLossClosingBalance"),
            ("uncovered_loss_diff", "uncoveredLossDiff"),
            ("remaining_uncovered_loss", "remainingUncoveredLoss"),
            ("free_equity", "freeEquity"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.annual_result
            o.annual_result = u if v is None else v
            v = s.group_contribution_given
            o.group_contribution_given = u if v is None else v
            v = s.group_contribution_received
            o.group_contribution_received = u if v is None else v
            v = s.dividend
            o.dividend = u if v is None else v
            v = s.sum_annual_result
            o.sum_annual_result = u if v is None else v
            v = s.free_equity_opening_balance
            o.free_equity_opening_balance = u if v is None else v
            v = s.free_equity_closing_balance
            o.free_equity_closing_balance = u if v is None else v
            v = s.calculated_free_equity_closing_balance
            o.calculated_free_equity_closing_balance = u if v is None else v
            v = s.free_equity_diff
            o.free_equity_diff = u if v is None else v
            v = s.uncovered_loss_opening_balance
            o.uncovered_loss_opening_balance = u if v is None else v
            v = s.uncovered_loss_closing_balance
            o.uncovered_loss_closing_balance = u if v is None else v
            v = s.calculated_uncovered_loss_closing_balance
            o.calculated_uncovered_loss_closing_balance = u if v is None else v
            v = s.uncovered_loss_diff
            o.uncovered_loss_diff = u if v is None else v
            v = s.remaining_uncovered_loss
            o.remaining_uncovered_loss = u if v is None else v
            v = s.free_equity
            o.free_equity = u if v is None else v
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
