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

T = TypeVar("T", bound="BudgetSummary")


@_attrs_define
class BudgetSummary(Model):
    """Summary row for the budget

    Attributes:
        sum_budget_income (float | Unset): Total budgeted income amount
        sum_total_income (float | Unset): Total income amount
        sum_deviation_income (float | Unset): Deviation of income from the budget
        sum_budget_cost (float | Unset): Total budgeted cost amount
        sum_total_expenses (float | Unset): Total expenses amount
        sum_deviation_expenses (float | Unset): Deviation of expenses from the budget
        sum_budget_net_amount (float | Unset): Total budgeted net amount (income - cost)
        sum_total_net_amount (float | Unset): Total net amount (total income - total expenses)
        sum_deviation_net_amount (float | Unset): Deviation of net amount from the budget
    """

    sum_budget_income: float | Unset = UNSET
    sum_total_income: float | Unset = UNSET
    sum_deviation_income: float | Unset = UNSET
    sum_budget_cost: float | Unset = UNSET
    sum_total_expenses: float | Unset = UNSET
    sum_deviation_expenses: float | Unset = UNSET
    sum_budget_net_amount: float | Unset = UNSET
    sum_total_net_amount: float | Unset = UNSET
    sum_deviation_net_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_budget_income
        if _v is not UNSET and not _in_request:
            field_dict["sumBudgetIncome"] = _v
        _v = self.sum_total_income
        if _v is not UNSET and not _in_request:
            field_dict["sumTotalIncome"] = _v
        _v = self.sum_deviation_income
        if _v is not UNSET and not _in_request:
            field_dict["sumDeviationIncome"] = _v
        _v = self.sum_budget_cost
        if _v is not UNSET and not _in_request:
            field_dict["sumBudgetCost"] = _v
        _v = self.sum_total_expenses
        if _v is not UNSET and not _in_request:
            field_dict["sumTotalExpenses"] = _v
        _v = self.sum_deviation_expenses
        if _v is not UNSET and not _in_request:
            field_dict["sumDeviationExpenses"] = _v
        _v = self.sum_budget_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumBudgetNetAmount"] = _v
        _v = self.sum_total_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumTotalNetAmount"] = _v
        _v = self.sum_deviation_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumDeviationNetAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BudgetSummary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BudgetSummary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "sumBudgetIncome",
                "sumTotalIncome",
                "sumDeviationIncome",
                "sumBudgetCost",
                "sumTotalExpenses",
                "sumDeviationExpenses",
                "sumBudgetNetAmount",
                "sumTotalNetAmount",
                "sumDeviationNetAmount",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumBudgetIncome": "sum_budget_income",
            "sumTotalIncome": "sum_total_income",
            "sumDeviationIncome": "sum_deviation_income",
            "sumBudgetCost": "sum_budget_cost",
            "sumTotalExpenses": "sum_total_expenses",
            "sumDeviationExpenses": "sum_deviation_expenses",
            "sumBudgetNetAmount": "sum_budget_net_amount",
            "sumTotalNetAmount": "sum_total_net_amount",
            "sumDeviationNetAmount": "sum_deviation_net_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.sum_budget_income = o.sum_total_income = o.sum_deviation_income = o.sum_budget_cost = (
                        o.sum_total_expenses
                    ) = o.sum_deviation_expenses = o.sum_budget_net_amount = o.sum_total_net_amount = (
                        o.sum_deviation_net_amount
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumBudgetIncome")
                if v is None:
                    o.sum_budget_income = u
                    if "sumBudgetIncome" not in d:
                        m += 1
                else:
                    o.sum_budget_income = v
                v = g("sumTotalIncome")
                if v is None:
                    o.sum_total_income = u
                    if "sumTotalIncome" not in d:
                        m += 1
                else:
                    o.sum_total_income = v
                v = g("sumDeviationIncome")
                if v is None:
                    o.sum_deviation_income = u
                    if "sumDeviationIncome" not in d:
                        m += 1
                else:
                    o.sum_deviation_income = v
                v = g("sumBudgetCost")
                if v is None:
                    o.sum_budget_cost = u
                    if "sumBudgetCost" not in d:
                        m += 1
                else:
                    o.sum_budget_cost = v
                v = g("sumTotalExpenses")
                if v is None:
                    o.sum_total_expenses = u
                    if "sumTotalExpenses" not in d:
                        m += 1
                else:
                    o.sum_total_expenses = v
                v = g("sumDeviationExpenses")
                if v is None:
                    o.sum_deviation_expenses = u
                    if "sumDeviationExpenses" not in d:
                        m += 1
                else:
                    o.sum_deviation_expenses = v
                v = g("sumBudgetNetAmount")
                if v is None:
                    o.sum_budget_net_amount = u
                    if "sumBudgetNetAmount" not in d:
                        m += 1
                else:
                    o.sum_budget_net_amount = v
                v = g("sumTotalNetAmount")
                if v is None:
                    o.sum_total_net_amount = u
                    if "sumTotalNetAmount" not in d:
                        m += 1
                else:
                    o.sum_total_net_amount = v
                v = g("sumDeviationNetAmount")
                if v is None:
                    o.sum_deviation_net_amount = u
                    if "sumDeviationNetAmount" not in d:
                        m += 1
                else:
                    o.sum_deviation_net_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sum_budget_income", "sumBudgetIncome"),
            ("sum_total_income", "sumTotalIncome"),
            ("sum_deviation_income", "sumDeviationIncome"),
            ("sum_budget_cost", "sumBudgetCost"),
            ("sum_total_expenses", "sumTotalExpenses"),
            ("sum_deviation_expenses", "sumDeviationExpenses"),
            ("sum_budget_net_amount", "sumBudgetNetAmount"),
            ("sum_total_net_amount", "sumTotalNetAmount"),
            ("sum_deviation_net_amount", "sumDeviationNetAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_budget_income
            o.sum_budget_income = u if v is None else v
            v = s.sum_total_income
            o.sum_total_income = u if v is None else v
            v = s.sum_deviation_income
            o.sum_deviation_income = u if v is None else v
            v = s.sum_budget_cost
            o.sum_budget_cost = u if v is None else v
            v = s.sum_total_expenses
            o.sum_total_expenses = u if v is None else v
            v = s.sum_deviation_expenses
            o.sum_deviation_expenses = u if v is None else v
            v = s.sum_budget_net_amount
            o.sum_budget_net_amount = u if v is None else v
            v = s.sum_total_net_amount
            o.sum_total_net_amount = u if v is None else v
            v = s.sum_deviation_net_amount
            o.sum_deviation_net_amount = u if v is None else v
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
