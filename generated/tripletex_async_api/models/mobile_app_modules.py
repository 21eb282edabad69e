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

T = TypeVar("T", bound="MobileAppModules")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class MobileAppModules(LazyModel):
    """
    Attributes:
        number_of_registered_hours_today (float | Unset): [read-only] Number of registered hours today.
        number_of_open_orders (float | Unset): [read-only] Number of orders.
        number_of_travels_and_expenses_for_approval (float | Unset): [read-only] Number of travels & expenses for
            approval.
        number_of_vouchers_for_approval (float | Unset): [read-only] Number of vouchers for approval.
        number_of_requested_vacation_days_for_approval (float | Unset): [read-only] Number of pending approvals
            requested vacation days for approval.
        number_of_open_and_rejected_travels_expenses (float | Unset): [read-only] Number of open and rejected travels &
            expenses.
        number_of_payslips (float | Unset): [read-only] Number of payslips.
    """

    number_of_registered_hours_today: float | Unset = UNSET
    number_of_open_orders: float | Unset = UNSET
    number_of_travels_and_expenses_for_approval: float | Unset = UNSET
    number_of_vouchers_for_approval: float | Unset = UNSET
    number_of_requested_vacation_days_for_approval: float | Unset = UNSET
    number_of_open_and_rejected_travels_expenses: float | Unset = UNSET
    number_of_payslips: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        number_of_registered_hours_today = self.number_of_registered_hours_today

        number_of_open_orders = self.number_of_open_orders

        number_of_travels_and_expenses_for_approval = self.number_of_travels_and_expenses_for_approval

        number_of_vouchers_for_approval = self.number_of_vouchers_for_approval

        number_of_requested_vacation_days_for_approval = self.number_of_requested_vacation_days_for_approval

        number_of_open_and_rejected_travels_expenses = self.number_of_open_and_rejected_travels_expenses

        number_of_payslips = self.number_of_payslips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_registered_hours_today is not UNSET and not _in_request:
            field_dict["numberOfRegisteredHoursToday"] = number_of_registered_hours_today
        if number_of_open_orders is not UNSET and not _in_request:
            field_dict["numberOfOpenOrders"] = number_of_open_orders
        if number_of_travels_and_expenses_for_approval is not UNSET and not _in_request:
            field_dict["numberOfTravelsAndExpensesForApproval"] = number_of_travels_and_expenses_for_approval
        if number_of_vouchers_for_approval is not UNSET and not _in_request:
            field_dict["numberOfVouchersForApproval"] = number_of_vouchers_for_approval
        if number_of_requested_vacation_days_for_approval is not UNSET and not _in_request:
            field_dict["numberOfRequestedVacationDaysForApproval"] = number_of_requested_vacation_days_for_approval
        if number_of_open_and_rejected_travels_expenses is not UNSET and not _in_request:
            field_dict["numberOfOpenAndRejectedTravelsExpenses"] = number_of_open_and_rejected_travels_expenses
        if number_of_payslips is not UNSET and not _in_request:
            field_dict["numberOfPayslips"] = number_of_payslips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileAppModules from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "numberOfRegisteredHoursToday",
                "numberOfOpenOrders",
                "numberOfTravelsAndExpensesForApproval",
                "numberOfVouchersForApproval",
                "numberOfRequestedVacationDaysForApproval",
                "numberOfOpenAndRejectedTravelsExpenses",
                "numberOfPayslips",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "number_of_registered_hours_today": ("numberOfRegisteredHoursToday", None),
            "number_of_open_orders": ("numberOfOpenOrders", None),
            "number_of_travels_and_expenses_for_approval": ("numberOfTravelsAndExpensesForApproval", None),
            "number_of_vouchers_for_approval": ("numberOfVouchersForApproval", None),
            "number_of_requested_vacation_days_for_approval": ("numberOfRequestedVacationDaysForApproval", None),
            "number_of_open_and_rejected_travels_expenses": ("numberOfOpenAndRejectedTravelsExpenses", None),
            "number_of_payslips": ("numberOfPayslips", None),
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
