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

T = TypeVar("T", bound="BudgetItem")


@_attrs_define
class BudgetItem(Model):
    """Budget item representing the 'No Budget' category

    Attributes:
        display_name (str | Unset): The display name of the budget item
        budget_income (float | Unset): The budgeted income amount
        total_income (float | Unset): The total income amount
        deviation_income (float | Unset): The deviation of income from the budget
        budget_cost (float | Unset): The budgeted cost amount
        total_expenses (float | Unset): The total expenses amount
        deviation_expenses (float | Unset): The deviation of expenses from the budget
        budget_net_amount (float | Unset): The budgeted net amount (income - cost)
        total_net_amount (float | Unset): The total net amount (total income - total expenses)
        deviation_net_amount (float | Unset): The deviation of net amount from the budget
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.budget_income
        if _v is not UNSET and not _in_request:
            field_dict["budgetIncome"] = _v
        _v = self.total_income
        if _v is not UNSET and not _in_request:
            field_dict["totalIncome"] = _v
        _v = self.deviation_income
        if _v is not UNSET and not _in_request:
            field_dict["deviationIncome"] = _v
        _v = self.budget_cost
        if _v is not UNSET and not _in_request:
            field_dict["budgetCost"] = _v
        _v = self.total_expenses
        if _v is not UNSET and not _in_request:
            field_dict["totalExpenses"] = _v
        _v = self.deviation_expenses
        if _v is not UNSET and not _in_request:
            field_dict["deviationExpenses"] = _v
        _v = self.budget_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["budgetNetAmount"] = _v
        _v = self.total_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalNetAmount"] = _v
        _v = self.deviation_net_amount
        if _v is not UNSET and not _in_request:
            field_dict["deviationNetAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BudgetItem from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BudgetItem.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "displayName": "display_name",
            "budgetIncome": "budget_income",
            "totalIncome": "total_income",
            "deviationIncome": "deviation_income",
            "budgetCost": "budget_cost",
            "totalExpenses": "total_expenses",
            "deviationExpenses": "deviation_expenses",
            "budgetNetAmount": "budget_net_amount",
            "totalNetAmount": "total_net_amount",
            "deviationNetAmount": "deviation_net_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.display_name = o.budget_income = o.total_income = o.deviation_income = o.budget_cost = (
                        o.total_expenses
                    ) = o.deviation_expenses = o.budget_net_amount = o.total_net_amount = o.deviation_net_amount = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("budgetIncome")
                if v is None:
                    o.budget_income = u
                    if "budgetIncome" not in d:
                        m += 1
                else:
                    o.budget_income = v
                v = g("totalIncome")
                if v is None:
                    o.total_income = u
                    if "totalIncome" not in d:
                        m += 1
                else:
                    o.total_income = v
                v = g("deviationIncome")
                if v is None:
                    o.deviation_income = u
                    if "deviationIncome" not in d:
                        m += 1
                else:
                    o.deviation_income = v
                v = g("budgetCost")
                if v is None:
                    o.budget_cost = u
                    if "budgetCost" not in d:
                        m += 1
                else:
                    o.budget_cost = v
                v = g("totalExpenses")
                if v is None:
                    o.total_expenses = u
                    if "totalExpenses" not in d:
                        m += 1
                else:
                    o.total_expenses = v
                v = g("deviationExpenses")
                if v is None:
                    o.deviation_expenses = u
                    if "deviationExpenses" not in d:
                        m += 1
                else:
                    o.deviation_expenses = v
                v = g("budgetNetAmount")
                if v is None:
                    o.budget_net_amount = u
                    if "budgetNetAmount" not in d:
                        m += 1
                else:
                    o.budget_net_amount = v
                v = g("totalNetAmount")
                if v is None:
                    o.total_net_amount = u
                    if "totalNetAmount" not in d:
                        m += 1
                else:
                    o.total_net_amount = v
                v = g("deviationNetAmount")
                if v is None:
                    o.deviation_net_amount = u
                    if "deviationNetAmount" not in d:
                        m += 1
                else:
                    o.deviation_net_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("display_name", "displayName"),
            ("budget_income", "budgetIncome"),
            ("total_income", "totalIncome"),
            ("deviation_income", "deviationIncome"),
            ("budget_cost", "budgetCost"),
            ("total_expenses", "totalExpenses"),
            ("deviation_expenses", "deviationExpenses"),
            ("budget_net_amount", "budgetNetAmount"),
            ("total_net_amount", "totalNetAmount"),
            ("deviation_net_amount", "deviationNetAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.budget_income
            o.budget_income = u if v is None else v
            v = s.total_income
            o.total_income = u if v is None else v
            v = s.deviation_income
            o.deviation_income = u if v is None else v
            v = s.budget_cost
            o.budget_cost = u if v is None else v
            v = s.total_expenses
            o.total_expenses = u if v is None else v
            v = s.deviation_expenses
            o.deviation_expenses = u if v is None else v
            v = s.budget_net_amount
            o.budget_net_amount = u if v is None else v
            v = s.total_net_amount
            o.total_net_amount = u if v is None else v
            v = s.deviation_net_amount
            o.deviation_net_amount = u if v is None else v
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
