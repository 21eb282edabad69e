from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.budget_item import BudgetItem
    from ..models.budget_summary import BudgetSummary


T = TypeVar("T", bound="Budget")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("budgetItems", list, False),
    ("noBudgetItem", dict, False),
    ("summary", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Budget(LazyModel):
    """
    Attributes:
        show_income (bool | Unset): [read-only] Indicates if income should be shown in the budget
        budget_items (list[BudgetItem] | Unset): [read-only]
        no_budget_item (BudgetItem | Unset): Budget item representing the 'No Budget' category
        summary (BudgetSummary | Unset): Summary row for the budget
        currency_code (str | Unset): [read-only] Currency code for the budget amounts
    """

    show_income: bool | Unset = UNSET
    budget_items: list[BudgetItem] | Unset = UNSET
    no_budget_item: BudgetItem | Unset = UNSET
    summary: BudgetSummary | Unset = UNSET
    currency_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        show_income = self.show_income

        budget_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.budget_items, Unset):
            budget_items = []
            for budget_items_item_data in self.budget_items:
                budget_items_item = budget_items_item_data.to_dict()
                budget_items.append(budget_items_item)

        no_budget_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.no_budget_item, Unset):
            no_budget_item = self.no_budget_item.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_income is not UNSET and not _in_request:
            field_dict["showIncome"] = show_income
        if budget_items is not UNSET and not _in_request:
            field_dict["budgetItems"] = budget_items
        if no_budget_item is not UNSET:
            field_dict["noBudgetItem"] = no_budget_item
        if summary is not UNSET:
            field_dict["summary"] = summary
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Budget from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.budget_item import BudgetItem  # noqa: PLC0415
        from ..models.budget_summary import BudgetSummary  # noqa: PLC0415

        def _p_budget_items(_tx_v: Any) -> list[BudgetItem] | Unset:
            _budget_items = _tx_v
            budget_items: list[BudgetItem] | Unset = UNSET
            if _budget_items is not UNSET:
                budget_items = []
                for budget_items_item_data in _budget_items:
                    if budget_items_item_data is None:
                        continue
                    budget_items_item = BudgetItem._tx_from_json(budget_items_item_data)

                    budget_items.append(budget_items_item)

            return budget_items

        def _p_no_budget_item(_tx_v: Any) -> BudgetItem | Unset:
            _no_budget_item = _tx_v
            no_budget_item: BudgetItem | Unset
            if isinstance(_no_budget_item, Unset):
                no_budget_item = UNSET
            else:
                no_budget_item = BudgetItem._tx_from_json(_no_budget_item)

            return no_budget_item

        def _p_summary(_tx_v: Any) -> BudgetSummary | Unset:
            _summary = _tx_v
            summary: BudgetSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = BudgetSummary._tx_from_json(_summary)

            return summary

        _tx_known: frozenset[str] = frozenset(
            (
                "showIncome",
                "budgetItems",
                "noBudgetItem",
                "summary",
                "currencyCode",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "show_income": ("showIncome", None),
            "budget_items": ("budgetItems", _p_budget_items),
            "no_budget_item": ("noBudgetItem", _p_no_budget_item),
            "summary": ("summary", _p_summary),
            "currency_code": ("currencyCode", None),
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
