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

T = TypeVar("T", bound="BudgetItem")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BudgetItem(LazyModel):
    """Budget item representing the 'No Budget' category

    Attributes:
        display_name (str | Unset): [read-only] The display name of the budget item
        budget_income (float | Unset): [read-only] The budgeted income amount
        total_income (float | Unset): [read-only] The total income amount
        deviation_income (float | Unset): [read-only] The deviation of income from the budget
        budget_cost (float | Unset): [read-only] The budgeted cost amount
        total_expenses (float | Unset): [read-only] The total expenses amount
        deviation_expenses (float | Unset): [read-only] The deviation of expenses from the budget
        budget_net_amount (float | Unset): [read-only] The budgeted net amount (income - cost)
        total_net_amount (float | Unset): [read-only] The total net amount (total income - total expenses)
        deviation_net_amount (float | Unset): [read-only] The deviation of net amount from the budget
    """

    display_name: str | Unset = UNSET
    budget_income: float | Unset = UNSET
    total_income: float | Unset = UNSET
    deviation_income: float | Unset = UNSET
    budget_cost: float | Unset = UNSET
    total_expenses: float | Unset = UNSET
    deviation_expenses: float | Unset = UNSET
    budget_net_amount: float | Unset = UNSET
    total_net_amount: float | Unset = UNSET
    deviation_net_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        display_name = self.display_name

        budget_income = self.budget_income

        total_income = self.total_income

        deviation_income = self.deviation_income

        budget_cost = self.budget_cost

        total_expenses = self.total_expenses

        deviation_expenses = self.deviation_expenses

        budget_net_amount = self.budget_net_amount

        total_net_amount = self.total_net_amount

        deviation_net_amount = self.deviation_net_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if budget_income is not UNSET and not _in_request:
            field_dict["budgetIncome"] = budget_income
        if total_income is not UNSET and not _in_request:
            field_dict["totalIncome"] = total_income
        if deviation_income is not UNSET and not _in_request:
            field_dict["deviationIncome"] = deviation_income
        if budget_cost is not UNSET and not _in_request:
            field_dict["budgetCost"] = budget_cost
        if total_expenses is not UNSET and not _in_request:
            field_dict["totalExpenses"] = total_expenses
        if deviation_expenses is not UNSET and not _in_request:
            field_dict["deviationExpenses"] = deviation_expenses
        if budget_net_amount is not UNSET and not _in_request:
            field_dict["budgetNetAmount"] = budget_net_amount
        if total_net_amount is not UNSET and not _in_request:
            field_dict["totalNetAmount"] = total_net_amount
        if deviation_net_amount is not UNSET and not _in_request:
            field_dict["deviationNetAmount"] = deviation_net_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BudgetItem from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "displayName",
                "budgetIncome",
                "totalIncome",
                "deviationIncome",
                "budgetCost",
                "totalExpenses",
                "deviationExpenses",
                "budgetNetAmount",
                "totalNetAmount",
                "deviationNetAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "display_name": ("displayName", None),
            "budget_income": ("budgetIncome", None),
            "total_income": ("totalIncome", None),
            "deviation_income": ("deviationIncome", None),
            "budget_cost": ("budgetCost", None),
            "total_expenses": ("totalExpenses", None),
            "deviation_expenses": ("deviationExpenses", None),
            "budget_net_amount": ("budgetNetAmount", None),
            "total_net_amount": ("totalNetAmount", None),
            "deviation_net_amount": ("deviationNetAmount", None),
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
