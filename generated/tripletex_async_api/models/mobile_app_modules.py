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

T = TypeVar("T", bound="MobileAppModules")


@_attrs_define
class MobileAppModules(Model):
    """
    Attributes:
        number_of_registered_hours_today (float | Unset): Number of registered hours today.
        number_of_open_orders (float | Unset): Number of orders.
        number_of_travels_and_expenses_for_approval (float | Unset): Number of travels & expenses for approval.
        number_of_vouchers_for_approval (float | Unset): Number of vouchers for approval.
        number_of_requested_vacation_days_for_approval (float | Unset): Number of pending approvals requested vacation
            days for approval.
        number_of_open_and_rejected_travels_expenses (float | Unset): Number of open and rejected travels & expenses.
        number_of_payslips (float | Unset): Number of payslips.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.number_of_registered_hours_today
        if _v is not UNSET and not _in_request:
            field_dict["numberOfRegisteredHoursToday"] = _v
        _v = self.number_of_open_orders
        if _v is not UNSET and not _in_request:
            field_dict["numberOfOpenOrders"] = _v
        _v = self.number_of_travels_and_expenses_for_approval
        if _v is not UNSET and not _in_request:
            field_dict["numberOfTravelsAndExpensesForApproval"] = _v
        _v = self.number_of_vouchers_for_approval
        if _v is not UNSET and not _in_request:
            field_dict["numberOfVouchersForApproval"] = _v
        _v = self.number_of_requested_vacation_days_for_approval
        if _v is not UNSET and not _in_request:
            field_dict["numberOfRequestedVacationDaysForApproval"] = _v
        _v = self.number_of_open_and_rejected_travels_expenses
        if _v is not UNSET and not _in_request:
            field_dict["numberOfOpenAndRejectedTravelsExpenses"] = _v
        _v = self.number_of_payslips
        if _v is not UNSET and not _in_request:
            field_dict["numberOfPayslips"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MobileAppModules from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MobileAppModules.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("numberOfRegisteredHoursToday")
                if v is None:
                    o.number_of_registered_hours_today = u
                    if "numberOfRegisteredHoursToday" not in d:
                        m += 1
                else:
                    o.number_of_registered_hours_today = v
                v = g("numberOfOpenOrders")
                if v is None:
                    o.number_of_open_orders = u
                    if "numberOfOpenOrders" not in d:
                        m += 1
                else:
                    o.number_of_open_orders = v
                v = g("numberOfTravelsAndExpensesForApproval")
                if v is None:
                    o.number_of_travels_and_expenses_for_approval = u
                    if "numberOfTravelsAndExpensesForApproval" not in d:
                        m += 1
                else:
                    o.number_of_travels_and_expenses_for_approval = v
                v = g("numberOfVouchersForApproval")
                if v is None:
                    o.number_of_vouchers_for_approval = u
                    if "numberOfVouchersForApproval" not in d:
                        m += 1
                else:
                    o.number_of_vouchers_for_approval = v
                v = g("numberOfRequestedVacationDaysForApproval")
                if v is None:
                    o.number_of_requested_vacation_days_for_approval = u
                    if "numberOfRequestedVacationDaysForApproval" not in d:
                        m += 1
                else:
                    o.number_of_requested_vacation_days_for_approval = v
                v = g("numberOfOpenAndRejectedTravelsExpenses")
                if v is None:
                    o.number_of_open_and_rejected_travels_expenses = u
                    if "numberOfOpenAndRejectedTravelsExpenses" not in d:
                        m += 1
                else:
                    o.number_of_open_and_rejected_travels_expenses = v
                v = g("numberOfPayslips")
                if v is None:
                    o.number_of_payslips = u
                    if "numberOfPayslips" not in d:
                        m += 1
                else:
                    o.number_of_payslips = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("number_of_registered_hours_today", "numberOfRegisteredHoursToday"),
            ("number_of_open_orders", "numberOfOpenOrders"),
            ("number_of_travels_and_expenses_for_approval", "numberOfTravelsAndExpensesForApproval"),
            ("number_of_vouchers_for_approval", "numberOfVouchersForApproval"),
            ("number_of_requested_vacation_days_for_approval", "numberOfRequestedVacationDaysForApproval"),
            ("number_of_open_and_rejected_travels_expenses", "numberOfOpenAndRejectedTravelsExpenses"),
            ("number_of_payslips", "numberOfPayslips"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.number_of_registered_hours_today
            o.number_of_registered_hours_today = u if v is None else v
            v = s.number_of_open_orders
            o.number_of_open_orders = u if v is None else v
            v = s.number_of_travels_and_expenses_for_approval
            o.number_of_travels_and_expenses_for_approval = u if v is None else v
            v = s.number_of_vouchers_for_approval
            o.number_of_vouchers_for_approval = u if v is None else v
            v = s.number_of_requested_vacation_days_for_approval
            o.number_of_requested_vacation_days_for_approval = u if v is None else v
            v = s.number_of_open_and_rejected_travels_expenses
            o.number_of_open_and_rejected_travels_expenses = u if v is None else v
            v = s.number_of_payslips
            o.number_of_payslips = u if v is None else v
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
