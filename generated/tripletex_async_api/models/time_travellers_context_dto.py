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

T = TypeVar("T", bound="TimeTravellersContextDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TimeTravellersContextDTO(LazyModel):
    """
    Attributes:
        approve_expenses (bool | Unset): [read-only]
        only_include_expense_vouchers_on_salary (bool | Unset): [read-only]
        expense_settings_url (str | Unset): [read-only]
        is_trial_account (bool | Unset): [read-only]
    """

    approve_expenses: bool | Unset = UNSET
    only_include_expense_vouchers_on_salary: bool | Unset = UNSET
    expense_settings_url: str | Unset = UNSET
    is_trial_account: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        approve_expenses = self.approve_expenses

        only_include_expense_vouchers_on_salary = self.only_include_expense_vouchers_on_salary

        expense_settings_url = self.expense_settings_url

        is_trial_account = self.is_trial_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if approve_expenses is not UNSET and not _in_request:
            field_dict["approveExpenses"] = approve_expenses
        if only_include_expense_vouchers_on_salary is not UNSET and not _in_request:
            field_dict["onlyIncludeExpenseVouchersOnSalary"] = only_include_expense_vouchers_on_salary
        if expense_settings_url is not UNSET and not _in_request:
            field_dict["expenseSettingsUrl"] = expense_settings_url
        if is_trial_account is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = is_trial_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimeTravellersContextDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "approveExpenses",
                "onlyIncludeExpenseVouchersOnSalary",
                "expenseSettingsUrl",
                "isTrialAccount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "approve_expenses": ("approveExpenses", None),
            "only_include_expense_vouchers_on_salary": ("onlyIncludeExpenseVouchersOnSalary", None),
            "expense_settings_url": ("expenseSettingsUrl", None),
            "is_trial_account": ("isTrialAccount", None),
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
