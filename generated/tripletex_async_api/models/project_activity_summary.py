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

T = TypeVar("T", bound="ProjectActivitySummary")


@_attrs_define
class ProjectActivitySummary(Model):
    """Summary aggregation over all activities

    Attributes:
        sum_activity_budget_hours (float | Unset): Sum of activity budget hours
        sum_activity_budget_fee_rate_currency (float | Unset): Average/derived activity budget fee rate
        sum_activity_budget_fee_currency (float | Unset): Sum of activity budget fee
        sum_activity_period_hours (float | Unset): Sum of period hours
        sum_activity_period_fee_currency (float | Unset): Sum of period fee
        sum_activity_period_hour_cost_currency (float | Unset): Sum of period hour cost
        sum_activity_period_net_fee_currency (float | Unset): Sum of period net fee
        sum_activity_total_hours (float | Unset): Sum of total hours
        sum_activity_total_fee_currency (float | Unset): Sum of total fee
        sum_activity_total_hour_cost_currency (float | Unset): Sum of total hour cost
        sum_activity_total_net_fee_currency (float | Unset): Sum of total net fee
        sum_activity_left_hours (float | Unset): Sum of left hours
        sum_activity_left_fee_currency (float | Unset): Sum of left fee
    """

    sum_activity_budget_hours: float | Unset = UNSET
    sum_activity_budget_fee_rate_currency: float | Unset = UNSET
    sum_activity_budget_fee_currency: float | Unset = UNSET
    sum_activity_period_hours: float | Unset = UNSET
    sum_activity_period_fee_currency: float | Unset = UNSET
    sum_activity_period_hour_cost_currency: float | Unset = UNSET
    sum_activity_period_net_fee_currency: float | Unset = UNSET
    sum_activity_total_hours: float | Unset = UNSET
    sum_activity_total_fee_currency: float | Unset = UNSET
    sum_activity_total_hour_cost_currency: float | Unset = UNSET
    sum_activity_total_net_fee_currency: float | Unset = UNSET
    sum_activity_left_hours: float | Unset = UNSET
    sum_activity_left_fee_currency: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_activity_budget_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityBudgetHours"] = _v
        _v = self.sum_activity_budget_fee_rate_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityBudgetFeeRateCurrency"] = _v
        _v = self.sum_activity_budget_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityBudgetFeeCurrency"] = _v
        _v = self.sum_activity_period_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityPeriodHours"] = _v
        _v = self.sum_activity_period_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityPeriodFeeCurrency"] = _v
        _v = self.sum_activity_period_hour_cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityPeriodHourCostCurrency"] = _v
        _v = self.sum_activity_period_net_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityPeriodNetFeeCurrency"] = _v
        _v = self.sum_activity_total_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityTotalHours"] = _v
        _v = self.sum_activity_total_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityTotalFeeCurrency"] = _v
        _v = self.sum_activity_total_hour_cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityTotalHourCostCurrency"] = _v
        _v = self.sum_activity_total_net_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityTotalNetFeeCurrency"] = _v
        _v = self.sum_activity_left_hours
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityLeftHours"] = _v
        _v = self.sum_activity_left_fee_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumActivityLeftFeeCurrency"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectActivitySummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectActivitySummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumActivityBudgetHours",
                "sumActivityBudgetFeeRateCurrency",
                "sumActivityBudgetFeeCurrency",
                "sumActivityPeriodHours",
                "sumActivityPeriodFeeCurrency",
                "sumActivityPeriodHourCostCurrency",
                "sumActivityPeriodNetFeeCurrency",
                "sumActivityTotalHours",
                "sumActivityTotalFeeCurrency",
                "sumActivityTotalHourCostCurrency",
                "sumActivityTotalNetFeeCurrency",
                "sumActivityLeftHours",
                "sumActivityLeftFeeCurrency",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumActivityBudgetHours": "sum_activity_budget_hours",
            "sumActivityBudgetFeeRateCurrency": "sum_activity_budget_fee_rate_currency",
            "sumActivityBudgetFeeCurrency": "sum_activity_budget_fee_currency",
            "sumActivityPeriodHours": "sum_activity_period_hours",
            "sumActivityPeriodFeeCurrency": "sum_activity_period_fee_currency",
            "sumActivityPeriodHourCostCurrency": "sum_activity_period_hour_cost_currency",
            "sumActivityPeriodNetFeeCurrency": "sum_activity_period_net_fee_currency",
            "sumActivityTotalHours": "sum_activity_total_hours",
            "sumActivityTotalFeeCurrency": "sum_activity_total_fee_currency",
            "sumActivityTotalHourCostCurrency": "sum_activity_total_hour_cost_currency",
            "sumActivityTotalNetFeeCurrency": "sum_activity_total_net_fee_currency",
            "sumActivityLeftHours": "sum_activity_left_hours",
            "sumActivityLeftFeeCurrency": "sum_activity_left_fee_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.sum_activity_budget_hours = o.sum_activity_budget_fee_rate_currency = (
                        o.sum_activity_budget_fee_currency
                    ) = o.sum_activity_period_hours = o.sum_activity_period_fee_currency = (
                        o.sum_activity_period_hour_cost_currency
                    ) = o.sum_activity_period_net_fee_currency = o.sum_activity_total_hours = (
                        o.sum_activity_total_fee_currency
                    ) = o.sum_activity_total_hour_cost_currency = o.sum_activity_total_net_fee_currency = (
                        o.sum_activity_left_hours
                    ) = o.sum_activity_left_fee_currency = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumActivityBudgetHours")
                if v is None:
                    o.sum_activity_budget_hours = u
                    if "sumActivityBudgetHours" not in d:
                        m += 1
                else:
                    o.sum_activity_budget_hours = v
                v = g("sumActivityBudgetFeeRateCurrency")
                if v is None:
                    o.sum_activity_budget_fee_rate_currency = u
                    if "sumActivityBudgetFeeRateCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_budget_fee_rate_currency = v
                v = g("sumActivityBudgetFeeCurrency")
                if v is None:
                    o.sum_activity_budget_fee_currency = u
                    if "sumActivityBudgetFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_budget_fee_currency = v
                v = g("sumActivityPeriodHours")
                if v is None:
                    o.sum_activity_period_hours = u
                    if "sumActivityPeriodHours" not in d:
                        m += 1
                else:
                    o.sum_activity_period_hours = v
                v = g("sumActivityPeriodFeeCurrency")
                if v is None:
                    o.sum_activity_period_fee_currency = u
                    if "sumActivityPeriodFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_period_fee_currency = v
                v = g("sumActivityPeriodHourCostCurrency")
                if v is None:
                    o.sum_activity_period_hour_cost_currency = u
                    if "sumActivityPeriodHourCostCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_period_hour_cost_currency = v
                v = g("sumActivityPeriodNetFeeCurrency")
                if v is None:
                    o.sum_activity_period_net_fee_currency = u
                    if "sumActivityPeriodNetFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_period_net_fee_currency = v
                v = g("sumActivityTotalHours")
                if v is None:
                    o.sum_activity_total_hours = u
                    if "sumActivityTotalHours" not in d:
                        m += 1
                else:
                    o.sum_activity_total_hours = v
                v = g("sumActivityTotalFeeCurrency")
                if v is None:
                    o.sum_activity_total_fee_currency = u
                    if "sumActivityTotalFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_total_fee_currency = v
                v = g("sumActivityTotalHourCostCurrency")
                if v is None:
                    o.sum_activity_total_hour_cost_currency = u
                    if "sumActivityTotalHourCostCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_total_hour_cost_currency = v
                v = g("sumActivityTotalNetFeeCurrency")
                if v is None:
                    o.sum_activity_total_net_fee_currency = u
                    if "sumActivityTotalNetFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_total_net_fee_currency = v
                v = g("sumActivityLeftHours")
                if v is None:
                    o.sum_activity_left_hours = u
                    if "sumActivityLeftHours" not in d:
                        m += 1
                else:
                    o.sum_activity_left_hours = v
                v = g("sumActivityLeftFeeCurrency")
                if v is None:
                    o.sum_activity_left_fee_currency = u
                    if "sumActivityLeftFeeCurrency" not in d:
                        m += 1
                else:
                    o.sum_activity_left_fee_currency = v
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
            ("sum_activity_budget_hours", "sumActivityBudgetHours"),
            ("sum_activity_budget_fee_rate_currency", "sumActivityBudgetFeeRateCurrency"),
            ("sum_activity_budget_fee_currency", "sumActivityBudgetFeeCurrency"),
            ("sum_activity_period_hours", "sumActivityPeriodHours"),
            ("sum_activity_period_fee_currency", "sumActivityPeriodFeeCurrency"),
            ("sum_activity_period_hour_cost_currency", "sumActivityPeriodHourCostCurrency"),
            ("sum_activity_period_net_fee_currency", "sumActivityPeriodNetFeeCurrency"),
            ("sum_activity_total_hours", "sumActivityTotalHours"),
            ("sum_activity_total_fee_currency", "sumActivityTotalFeeCurrency"),
            ("sum_activity_total_hour_cost_currency", "sumActivityTotalHourCostCurrency"),
            ("sum_activity_total_net_fee_currency", "sumActivityTotalNetFeeCurrency"),
            ("sum_activity_left_hours", "sumActivityLeftHours"),
            ("sum_activity_left_fee_currency", "sumActivityLeftFeeCurrency"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_activity_budget_hours
            o.sum_activity_budget_hours = u if v is None else v
            v = s.sum_activity_budget_fee_rate_currency
            o.sum_activity_budget_fee_rate_currency = u if v is None else v
            v = s.sum_activity_budget_fee_currency
            o.sum_activity_budget_fee_currency = u if v is None else v
            v = s.sum_activity_period_hours
            o.sum_activity_period_hours = u if v is None else v
            v = s.sum_activity_period_fee_currency
            o.sum_activity_period_fee_currency = u if v is None else v
            v = s.sum_activity_period_hour_cost_currency
            o.sum_activity_period_hour_cost_currency = u if v is None else v
            v = s.sum_activity_period_net_fee_currency
            o.sum_activity_period_net_fee_currency = u if v is None else v
            v = s.sum_activity_total_hours
            o.sum_activity_total_hours = u if v is None else v
            v = s.sum_activity_total_fee_currency
            o.sum_activity_total_fee_currency = u if v is None else v
            v = s.sum_activity_total_hour_cost_currency
            o.sum_activity_total_hour_cost_currency = u if v is None else v
            v = s.sum_activity_total_net_fee_currency
            o.sum_activity_total_net_fee_currency = u if v is None else v
            v = s.sum_activity_left_hours
            o.sum_activity_left_hours = u if v is None else v
            v = s.sum_activity_left_fee_currency
            o.sum_activity_left_fee_currency = u if v is None else v
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
