from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BudgetItem")


@_attrs_define
class BudgetItem:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        display_name = d.pop("displayName", UNSET)

        budget_income = d.pop("budgetIncome", UNSET)

        total_income = d.pop("totalIncome", UNSET)

        deviation_income = d.pop("deviationIncome", UNSET)

        budget_cost = d.pop("budgetCost", UNSET)

        total_expenses = d.pop("totalExpenses", UNSET)

        deviation_expenses = d.pop("deviationExpenses", UNSET)

        budget_net_amount = d.pop("budgetNetAmount", UNSET)

        total_net_amount = d.pop("totalNetAmount", UNSET)

        deviation_net_amount = d.pop("deviationNetAmount", UNSET)

        _obj = cls(
            display_name=display_name,
            budget_income=budget_income,
            total_income=total_income,
            deviation_income=deviation_income,
            budget_cost=budget_cost,
            total_expenses=total_expenses,
            deviation_expenses=deviation_expenses,
            budget_net_amount=budget_net_amount,
            total_net_amount=total_net_amount,
            deviation_net_amount=deviation_net_amount,
        )

        _obj.additional_properties = d
        return _obj

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
