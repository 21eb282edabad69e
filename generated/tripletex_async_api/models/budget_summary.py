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

T = TypeVar("T", bound="BudgetSummary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BudgetSummary(LazyModel):
    """Summary row for the budget

    Attributes:
        sum_budget_income (float | Unset): [read-only] Total budgeted income amount
        sum_total_income (float | Unset): [read-only] Total income amount
        sum_deviation_income (float | Unset): [read-only] Deviation of income from the budget
        sum_budget_cost (float | Unset): [read-only] Total budgeted cost amount
        sum_total_expenses (float | Unset): [read-only] Total expenses amount
        sum_deviation_expenses (float | Unset): [read-only] Deviation of expenses from the budget
        sum_budget_net_amount (float | Unset): [read-only] Total budgeted net amount (income - cost)
        sum_total_net_amount (float | Unset): [read-only] Total net amount (total income - total expenses)
        sum_deviation_net_amount (float | Unset): [read-only] Deviation of net amount from the budget
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
        self._tx_load()
        _in_request = serializing_request_body()
        sum_budget_income = self.sum_budget_income

        sum_total_income = self.sum_total_income

        sum_deviation_income = self.sum_deviation_income

        sum_budget_cost = self.sum_budget_cost

        sum_total_expenses = self.sum_total_expenses

        sum_deviation_expenses = self.sum_deviation_expenses

        sum_budget_net_amount = self.sum_budget_net_amount

        sum_total_net_amount = self.sum_total_net_amount

        sum_deviation_net_amount = self.sum_deviation_net_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_budget_income is not UNSET and not _in_request:
            field_dict["sumBudgetIncome"] = sum_budget_income
        if sum_total_income is not UNSET and not _in_request:
            field_dict["sumTotalIncome"] = sum_total_income
        if sum_deviation_income is not UNSET and not _in_request:
            field_dict["sumDeviationIncome"] = sum_deviation_income
        if sum_budget_cost is not UNSET and not _in_request:
            field_dict["sumBudgetCost"] = sum_budget_cost
        if sum_total_expenses is not UNSET and not _in_request:
            field_dict["sumTotalExpenses"] = sum_total_expenses
        if sum_deviation_expenses is not UNSET and not _in_request:
            field_dict["sumDeviationExpenses"] = sum_deviation_expenses
        if sum_budget_net_amount is not UNSET and not _in_request:
            field_dict["sumBudgetNetAmount"] = sum_budget_net_amount
        if sum_total_net_amount is not UNSET and not _in_request:
            field_dict["sumTotalNetAmount"] = sum_total_net_amount
        if sum_deviation_net_amount is not UNSET and not _in_request:
            field_dict["sumDeviationNetAmount"] = sum_deviation_net_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BudgetSummary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_budget_income": ("sumBudgetIncome", None),
            "sum_total_income": ("sumTotalIncome", None),
            "sum_deviation_income": ("sumDeviationIncome", None),
            "sum_budget_cost": ("sumBudgetCost", None),
            "sum_total_expenses": ("sumTotalExpenses", None),
            "sum_deviation_expenses": ("sumDeviationExpenses", None),
            "sum_budget_net_amount": ("sumBudgetNetAmount", None),
            "sum_total_net_amount": ("sumTotalNetAmount", None),
            "sum_deviation_net_amount": ("sumDeviationNetAmount", None),
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
