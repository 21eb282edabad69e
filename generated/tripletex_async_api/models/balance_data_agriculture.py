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

T = TypeVar("T", bound="BalanceDataAgriculture")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BalanceDataAgriculture(LazyModel):
    """Balansc data

    Attributes:
        inherited_upon_inheritance_generational_change (float | Unset): [read-only]
        realized_upon_inheritance_generational_change (float | Unset): [read-only]
        transferred_income_or_expense_to_agricultural_account (float | Unset): [read-only]
        basis_balance_adjustment (float | Unset): [read-only]
        share_of_basis_next_year_rate (float | Unset): [read-only]
        share_of_basis_next_year (float | Unset): [read-only]
        income_or_expense_from_agricultural_account (float | Unset): [read-only]
        sum_transferred (float | Unset): [read-only]
    """

    inherited_upon_inheritance_generational_change: float | Unset = UNSET
    realized_upon_inheritance_generational_change: float | Unset = UNSET
    transferred_income_or_expense_to_agricultural_account: float | Unset = UNSET
    basis_balance_adjustment: float | Unset = UNSET
    share_of_basis_next_year_rate: float | Unset = UNSET
    share_of_basis_next_year: float | Unset = UNSET
    income_or_expense_from_agricultural_account: float | Unset = UNSET
    sum_transferred: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        inherited_upon_inheritance_generational_change = self.inherited_upon_inheritance_generational_change

        realized_upon_inheritance_generational_change = self.realized_upon_inheritance_generational_change

        transferred_income_or_expense_to_agricultural_account = (
            self.transferred_income_or_expense_to_agricultural_account
        )

        basis_balance_adjustment = self.basis_balance_adjustment

        share_of_basis_next_year_rate = self.share_of_basis_next_year_rate

        share_of_basis_next_year = self.share_of_basis_next_year

        income_or_expense_from_agricultural_account = self.income_or_expense_from_agricultural_account

        sum_transferred = self.sum_transferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inherited_upon_inheritance_generational_change is not UNSET and not _in_request:
            field_dict["inheritedUponInheritanceGenerationalChange"] = inherited_upon_inheritance_generational_change
        if realized_upon_inheritance_generational_change is not UNSET and not _in_request:
            field_dict["realizedUponInheritanceGenerationalChange"] = realized_upon_inheritance_generational_change
        if transferred_income_or_expense_to_agricultural_account is not UNSET and not _in_request:
            field_dict["transferredIncomeOrExpenseToAgriculturalAccount"] = (
                transferred_income_or_expense_to_agricultural_account
            )
        if basis_balance_adjustment is not UNSET and not _in_request:
            field_dict["basisBalanceAdjustment"] = basis_balance_adjustment
        if share_of_basis_next_year_rate is not UNSET and not _in_request:
            field_dict["shareOfBasisNextYearRate"] = share_of_basis_next_year_rate
        if share_of_basis_next_year is not UNSET and not _in_request:
            field_dict["shareOfBasisNextYear"] = share_of_basis_next_year
        if income_or_expense_from_agricultural_account is not UNSET and not _in_request:
            field_dict["incomeOrExpenseFromAgriculturalAccount"] = income_or_expense_from_agricultural_account
        if sum_transferred is not UNSET and not _in_request:
            field_dict["sumTransferred"] = sum_transferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceDataAgriculture from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "inheritedUponInheritanceGenerationalChange",
                "realizedUponInheritanceGenerationalChange",
                "transferredIncomeOrExpenseToAgriculturalAccount",
                "basisBalanceAdjustment",
                "shareOfBasisNextYearRate",
                "shareOfBasisNextYear",
                "incomeOrExpenseFromAgriculturalAccount",
                "sumTransferred",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "inherited_upon_inheritance_generational_change": ("inheritedUponInheritanceGenerationalChange", None),
            "realized_upon_inheritance_generational_change": ("realizedUponInheritanceGenerationalChange", None),
            "transferred_income_or_expense_to_agricultural_account": (
                "transferredIncomeOrExpenseToAgriculturalAccount",
                None,
            ),
            "basis_balance_adjustment": ("basisBalanceAdjustment", None),
            "share_of_basis_next_year_rate": ("shareOfBasisNextYearRate", None),
            "share_of_basis_next_year": ("shareOfBasisNextYear", None),
            "income_or_expense_from_agricultural_account": ("incomeOrExpenseFromAgriculturalAccount", None),
            "sum_transferred": ("sumTransferred", None),
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
