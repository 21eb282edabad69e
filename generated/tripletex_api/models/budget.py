from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.budget_item import BudgetItem
    from ..models.budget_summary import BudgetSummary


T = TypeVar("T", bound="Budget")


@_attrs_define
class Budget:
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
        from ..models.budget_item import BudgetItem  # noqa: PLC0415
        from ..models.budget_summary import BudgetSummary  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        show_income = d.pop("showIncome", UNSET)

        _budget_items = d.pop("budgetItems", UNSET)
        budget_items: list[BudgetItem] | Unset = UNSET
        if _budget_items is not UNSET:
            budget_items = []
            for budget_items_item_data in _budget_items:
                if budget_items_item_data is None:
                    continue
                budget_items_item = BudgetItem.from_dict(budget_items_item_data)

                budget_items.append(budget_items_item)

        _no_budget_item = d.pop("noBudgetItem", UNSET)
        no_budget_item: BudgetItem | Unset
        if isinstance(_no_budget_item, Unset):
            no_budget_item = UNSET
        else:
            no_budget_item = BudgetItem.from_dict(_no_budget_item)

        _summary = d.pop("summary", UNSET)
        summary: BudgetSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = BudgetSummary.from_dict(_summary)

        currency_code = d.pop("currencyCode", UNSET)

        _obj = cls(
            show_income=show_income,
            budget_items=budget_items,
            no_budget_item=no_budget_item,
            summary=summary,
            currency_code=currency_code,
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
