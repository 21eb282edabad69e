from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.bank_reconciliation import BankReconciliation
    from ..models.currency import Currency


T = TypeVar("T", bound="ReconciliationState")


@_attrs_define
class ReconciliationState(Model):
    """
    Attributes:
        reconciliation (BankReconciliation | Unset):
        ledger_account_out_balance (float | Unset):
        ledger_account_in_balance (float | Unset):
        bank_statement_out_balance (float | Unset):
        bank_statement_in_balance (float | Unset):
        balance_out_difference (float | Unset):
        currency (Currency | Unset):
        is_approvable_complete (bool | Unset):
        is_approvable_incomplete (bool | Unset):
        is_read_only (bool | Unset):
        newer_approved_reconciliation_url (str | Unset):
        is_inactive_account (bool | Unset):
        accounting_period_closed_url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.reconciliation
        if _v is not UNSET:
            field_dict["reconciliation"] = _v.to_dict()
        _v = self.ledger_account_out_balance
        if _v is not UNSET and not _in_request:
            field_dict["ledgerAccountOutBalance"] = _v
        _v = self.ledger_account_in_balance
        if _v is not UNSET and not _in_request:
            field_dict["ledgerAccountInBalance"] = _v
        _v = self.bank_statement_out_balance
        if _v is not UNSET and not _in_request:
            field_dict["bankStatementOutBalance"] = _v
        _v = self.bank_statement_in_balance
        if _v is not UNSET and not _in_request:
            field_dict["bankStatementInBalance"] = _v
        _v = self.balance_out_difference
        if _v is not UNSET and not _in_request:
            field_dict["balanceOutDifference"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.is_approvable_complete
        if _v is not UNSET and not _in_request:
            field_dict["isApprovableComplete"] = _v
        _v = self.is_approvable_incomplete
        if _v is not UNSET and not _in_request:
            field_dict["isApprovableIncomplete"] = _v
        _v = self.is_read_only
        if _v is not UNSET and not _in_request:
            field_dict["isReadOnly"] = _v
        _v = self.newer_approved_reconciliation_url
        if _v is not UNSET and not _in_request:
            field_dict["newerApprovedReconciliationUrl"] = _v
        _v = self.is_inactive_account
        if _v is not UNSET and not _in_request:
            field_dict["isInactiveAccount"] = _v
        _v = self.accounting_period_closed_url
        if _v is not UNSET and not _in_request:
            field_dict["accountingPeriodClosedUrl"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationState from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationState.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.bank_reconciliation import BankReconciliation  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "ledgerAccountOutBalance": "ledger_account_out_balance",
            "ledgerAccountInBalance": "ledger_account_in_balance",
            "bankStatementOutBalance": "bank_statement_out_balance",
            "bankStatementInBalance": "bank_statement_in_balance",
            "balanceOutDifference": "balance_out_difference",
            "isApprovableComplete": "is_approvable_complete",
            "isApprovableIncomplete": "is_approvable_incomplete",
            "isReadOnly": "is_read_only",
            "newerApprovedReconciliationUrl": "newer_approved_reconciliation_url",
            "isInactiveAccount": "is_inactive_account",
            "accountingPeriodClosedUrl": "accounting_period_closed_url",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.reconciliation = o.ledger_account_out_balance = o.ledger_account_in_balance = (
                        o.bank_statement_out_balance
                    ) = o.bank_statement_in_balance = o.balance_out_difference = o.currency = (
                        o.is_approvable_complete
                    ) = o.is_approvable_incomplete = o.is_read_only = o.newer_approved_reconciliation_url = (
                        o.is_inactive_account
                    ) = o.accounting_period_closed_url = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "reconciliation"
                v = g("reconciliation")
                if v is None:
                    o.reconciliation = u
                    if "reconciliation" not in d:
                        m += 1
                else:
                    o.reconciliation = BankReconciliation._tx_parse(v)
                v = g("ledgerAccountOutBalance")
                if v is None:
                    o.ledger_account_out_balance = u
                    if "ledgerAccountOutBalance" not in d:
                        m += 1
                else:
                    o.ledger_account_out_balance = v
                v = g("ledgerAccountInBalance")
                if v is None:
                    o.ledger_account_in_balance = u
                    if "ledgerAccountInBalance" not in d:
                        m += 1
                else:
                    o.ledger_account_in_balance = v
                v = g("bankStatementOutBalance")
                if v is None:
                    o.bank_statement_out_balance = u
                    if "bankStatementOutBalance" not in d:
                        m += 1
                else:
                    o.bank_statement_out_balance = v
                v = g("bankStatementInBalance")
                if v is None:
                    o.bank_statement_in_balance = u
                    if "bankStatementInBalance" not in d:
                        m += 1
                else:
                    o.bank_statement_in_balance = v
                v = g("balanceOutDifference")
                if v is None:
                    o.balance_out_difference = u
                    if "balanceOutDifference" not in d:
                        m += 1
                else:
                    o.balance_out_difference = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("isApprovableComplete")
                if v is None:
                    o.is_approvable_complete = u
                    if "isApprovableComplete" not in d:
                        m += 1
                else:
                    o.is_approvable_complete = v
                v = g("isApprovableIncomplete")
                if v is None:
                    o.is_approvable_incomplete = u
                    if "isApprovableIncomplete" not in d:
                        m += 1
                else:
                    o.is_approvable_incomplete = v
                v = g("isReadOnly")
                if v is None:
                    o.is_read_only = u
                    if "isReadOnly" not in d:
                        m += 1
                else:
                    o.is_read_only = v
                v = g("newerApprovedReconciliationUrl")
                if v is None:
                    o.newer_approved_reconciliation_url = u
                    if "newerApprovedReconciliationUrl" not in d:
                        m += 1
                else:
                    o.newer_approved_reconciliation_url = v
                v = g("isInactiveAccount")
                if v is None:
                    o.is_inactive_account = u
                    if "isInactiveAccount" not in d:
                        m += 1
                else:
                    o.is_inactive_account = v
                v = g("accountingPeriodClosedUrl")
                if v is None:
                    o.accounting_period_closed_url = u
                    if "accountingPeriodClosedUrl" not in d:
                        m += 1
                else:
                    o.accounting_period_closed_url = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("reconciliation", "reconciliation"),
            ("ledger_account_out_balance", "ledgerAccountOutBalance"),
            ("ledger_account_in_balance", "ledgerAccountInBalance"),
            ("bank_statement_out_balance", "bankStatementOutBalance"),
            ("bank_statement_in_balance", "bankStatementInBalance"),
            ("balance_out_difference", "balanceOutDifference"),
            ("currency", "currency"),
            ("is_approvable_complete", "isApprovableComplete"),
            ("is_approvable_incomplete", "isApprovableIncomplete"),
            ("is_read_only", "isReadOnly"),
            ("newer_approved_reconciliation_url", "newerApprovedReconciliationUrl"),
            ("is_inactive_account", "isInactiveAccount"),
            ("accounting_period_closed_url", "accountingPeriodClosedUrl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.reconciliation
            o.reconciliation = u if v is None or v is u else BankReconciliation._tx_parse(v)
            v = s.ledger_account_out_balance
            o.ledger_account_out_balance = u if v is None else v
            v = s.ledger_account_in_balance
            o.ledger_account_in_balance = u if v is None else v
            v = s.bank_statement_out_balance
            o.bank_statement_out_balance = u if v is None else v
            v = s.bank_statement_in_balance
            o.bank_statement_in_balance = u if v is None else v
            v = s.balance_out_difference
            o.balance_out_difference = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.is_approvable_complete
            o.is_approvable_complete = u if v is None else v
            v = s.is_approvable_incomplete
            o.is_approvable_incomplete = u if v is None else v
            v = s.is_read_only
            o.is_read_only = u if v is None else v
            v = s.newer_approved_reconciliation_url
            o.newer_approved_reconciliation_url = u if v is None else v
            v = s.is_inactive_account
            o.is_inactive_account = u if v is None else v
            v = s.accounting_period_closed_url
            o.accounting_period_closed_url = u if v is None else v
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
