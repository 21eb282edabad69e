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
    from ..models.bank_reconciliation import BankReconciliation
    from ..models.currency import Currency


T = TypeVar("T", bound="ReconciliationState")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("reconciliation", dict, False),
    ("currency", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationState(LazyModel):
    """
    Attributes:
        reconciliation (BankReconciliation | Unset):
        ledger_account_out_balance (float | Unset): [read-only]
        ledger_account_in_balance (float | Unset): [read-only]
        bank_statement_out_balance (float | Unset): [read-only]
        bank_statement_in_balance (float | Unset): [read-only]
        balance_out_difference (float | Unset): [read-only]
        currency (Currency | Unset):
        is_approvable_complete (bool | Unset): [read-only]
        is_approvable_incomplete (bool | Unset): [read-only]
        is_read_only (bool | Unset): [read-only]
        newer_approved_reconciliation_url (str | Unset): [read-only]
        is_inactive_account (bool | Unset): [read-only]
        accounting_period_closed_url (str | Unset): [read-only]
    """

    reconciliation: BankReconciliation | Unset = UNSET
    ledger_account_out_balance: float | Unset = UNSET
    ledger_account_in_balance: float | Unset = UNSET
    bank_statement_out_balance: float | Unset = UNSET
    bank_statement_in_balance: float | Unset = UNSET
    balance_out_difference: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    is_approvable_complete: bool | Unset = UNSET
    is_approvable_incomplete: bool | Unset = UNSET
    is_read_only: bool | Unset = UNSET
    newer_approved_reconciliation_url: str | Unset = UNSET
    is_inactive_account: bool | Unset = UNSET
    accounting_period_closed_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        reconciliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reconciliation, Unset):
            reconciliation = self.reconciliation.to_dict()

        ledger_account_out_balance = self.ledger_account_out_balance

        ledger_account_in_balance = self.ledger_account_in_balance

        bank_statement_out_balance = self.bank_statement_out_balance

        bank_statement_in_balance = self.bank_statement_in_balance

        balance_out_difference = self.balance_out_difference

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        is_approvable_complete = self.is_approvable_complete

        is_approvable_incomplete = self.is_approvable_incomplete

        is_read_only = self.is_read_only

        newer_approved_reconciliation_url = self.newer_approved_reconciliation_url

        is_inactive_account = self.is_inactive_account

        accounting_period_closed_url = self.accounting_period_closed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reconciliation is not UNSET:
            field_dict["reconciliation"] = reconciliation
        if ledger_account_out_balance is not UNSET and not _in_request:
            field_dict["ledgerAccountOutBalance"] = ledger_account_out_balance
        if ledger_account_in_balance is not UNSET and not _in_request:
            field_dict["ledgerAccountInBalance"] = ledger_account_in_balance
        if bank_statement_out_balance is not UNSET and not _in_request:
            field_dict["bankStatementOutBalance"] = bank_statement_out_balance
        if bank_statement_in_balance is not UNSET and not _in_request:
            field_dict["bankStatementInBalance"] = bank_statement_in_balance
        if balance_out_difference is not UNSET and not _in_request:
            field_dict["balanceOutDifference"] = balance_out_difference
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_approvable_complete is not UNSET and not _in_request:
            field_dict["isApprovableComplete"] = is_approvable_complete
        if is_approvable_incomplete is not UNSET and not _in_request:
            field_dict["isApprovableIncomplete"] = is_approvable_incomplete
        if is_read_only is not UNSET and not _in_request:
            field_dict["isReadOnly"] = is_read_only
        if newer_approved_reconciliation_url is not UNSET and not _in_request:
            field_dict["newerApprovedReconciliationUrl"] = newer_approved_reconciliation_url
        if is_inactive_account is not UNSET and not _in_request:
            field_dict["isInactiveAccount"] = is_inactive_account
        if accounting_period_closed_url is not UNSET and not _in_request:
            field_dict["accountingPeriodClosedUrl"] = accounting_period_closed_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationState from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank_reconciliation import BankReconciliation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        def _p_reconciliation(_tx_v: Any) -> BankReconciliation | Unset:
            _reconciliation = _tx_v
            reconciliation: BankReconciliation | Unset
            if isinstance(_reconciliation, Unset):
                reconciliation = UNSET
            else:
                reconciliation = BankReconciliation._tx_from_json(_reconciliation)

            return reconciliation

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        _tx_known: frozenset[str] = frozenset(
            (
                "reconciliation",
                "ledgerAccountOutBalance",
                "ledgerAccountInBalance",
                "bankStatementOutBalance",
                "bankStatementInBalance",
                "balanceOutDifference",
                "currency",
                "isApprovableComplete",
                "isApprovableIncomplete",
                "isReadOnly",
                "newerApprovedReconciliationUrl",
                "isInactiveAccount",
                "accountingPeriodClosedUrl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "reconciliation": ("reconciliation", _p_reconciliation),
            "ledger_account_out_balance": ("ledgerAccountOutBalance", None),
            "ledger_account_in_balance": ("ledgerAccountInBalance", None),
            "bank_statement_out_balance": ("bankStatementOutBalance", None),
            "bank_statement_in_balance": ("bankStatementInBalance", None),
            "balance_out_difference": ("balanceOutDifference", None),
            "currency": ("currency", _p_currency),
            "is_approvable_complete": ("isApprovableComplete", None),
            "is_approvable_incomplete": ("isApprovableIncomplete", None),
            "is_read_only": ("isReadOnly", None),
            "newer_approved_reconciliation_url": ("newerApprovedReconciliationUrl", None),
            "is_inactive_account": ("isInactiveAccount", None),
            "accounting_period_closed_url": ("accountingPeriodClosedUrl", None),
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
