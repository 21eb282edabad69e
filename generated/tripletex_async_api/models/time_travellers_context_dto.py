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

T = TypeVar("T", bound="TimeTravellersContextDTO")


@_attrs_define
class TimeTravellersContextDTO(Model):
    """
    Attributes:
        approve_expenses (bool | Unset):
        only_include_expense_vouchers_on_salary (bool | Unset):
        expense_settings_url (str | Unset):
        is_trial_account (bool | Unset):
    """

    approve_expenses: bool | Unset = UNSET
    only_include_expense_vouchers_on_salary: bool | Unset = UNSET
    expense_settings_url: str | Unset = UNSET
    is_trial_account: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.approve_expenses
        if _v is not UNSET and not _in_request:
            field_dict["approveExpenses"] = _v
        _v = self.only_include_expense_vouchers_on_salary
        if _v is not UNSET and not _in_request:
            field_dict["onlyIncludeExpenseVouchersOnSalary"] = _v
        _v = self.expense_settings_url
        if _v is not UNSET and not _in_request:
            field_dict["expenseSettingsUrl"] = _v
        _v = self.is_trial_account
        if _v is not UNSET and not _in_request:
            field_dict["isTrialAccount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimeTravellersContextDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TimeTravellersContextDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "approveExpenses",
                "onlyIncludeExpenseVouchersOnSalary",
                "expenseSettingsUrl",
                "isTrialAccount",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("approveExpenses")
                if v is None:
                    o.approve_expenses = u
                    if "approveExpenses" not in d:
                        m += 1
                else:
                    o.approve_expenses = v
                v = g("onlyIncludeExpenseVouchersOnSalary")
                if v is None:
                    o.only_include_expense_vouchers_on_salary = u
                    if "onlyIncludeExpenseVouchersOnSalary" not in d:
                        m += 1
                else:
                    o.only_include_expense_vouchers_on_salary = v
                v = g("expenseSettingsUrl")
                if v is None:
                    o.expense_settings_url = u
                    if "expenseSettingsUrl" not in d:
                        m += 1
                else:
                    o.expense_settings_url = v
                v = g("isTrialAccount")
                if v is None:
                    o.is_trial_account = u
                    if "isTrialAccount" not in d:
                        m += 1
                else:
                    o.is_trial_account = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("approve_expenses", "approveExpenses"),
            ("only_include_expense_vouchers_on_salary", "onlyIncludeExpenseVouchersOnSalary"),
            ("expense_settings_url", "expenseSettingsUrl"),
            ("is_trial_account", "isTrialAccount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.approve_expenses
            o.approve_expenses = u if v is None else v
            v = s.only_include_expense_vouchers_on_salary
            o.only_include_expense_vouchers_on_salary = u if v is None else v
            v = s.expense_settings_url
            o.expense_settings_url = u if v is None else v
            v = s.is_trial_account
            o.is_trial_account = u if v is None else v
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
