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

T = TypeVar("T", bound="AccountBalanceSheetRow")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class AccountBalanceSheetRow(LazyModel):
    """
    Attributes:
        account_id (int | Unset): [read-only]
        account_number (int | Unset): [read-only]
        account_name (str | Unset): [read-only]
        balance_in (float | Unset): [read-only]
        balance_change (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        general_ledger_url (str | Unset): [read-only] Link to general ledger page for this account
        account_url (str | Unset): [read-only] Link to chart of accounts page for this account
        has_postings_in_period (bool | Unset): [read-only] True if there are postings in the period for this account,
            even if they sum to zero
    """

    account_id: int | Unset = UNSET
    account_number: int | Unset = UNSET
    account_name: str | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    general_ledger_url: str | Unset = UNSET
    account_url: str | Unset = UNSET
    has_postings_in_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account_id = self.account_id

        account_number = self.account_number

        account_name = self.account_name

        balance_in = self.balance_in

        balance_change = self.balance_change

        balance_out = self.balance_out

        general_ledger_url = self.general_ledger_url

        account_url = self.account_url

        has_postings_in_period = self.has_postings_in_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET and not _in_request:
            field_dict["accountId"] = account_id
        if account_number is not UNSET and not _in_request:
            field_dict["accountNumber"] = account_number
        if account_name is not UNSET and not _in_request:
            field_dict["accountName"] = account_name
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if general_ledger_url is not UNSET and not _in_request:
            field_dict["generalLedgerUrl"] = general_ledger_url
        if account_url is not UNSET and not _in_request:
            field_dict["accountUrl"] = account_url
        if has_postings_in_period is not UNSET and not _in_request:
            field_dict["hasPostingsInPeriod"] = has_postings_in_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountBalanceSheetRow from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "accountId",
                "accountNumber",
                "accountName",
                "balanceIn",
                "balanceChange",
                "balanceOut",
                "generalLedgerUrl",
                "accountUrl",
                "hasPostingsInPeriod",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account_id": ("accountId", None),
            "account_number": ("accountNumber", None),
            "account_name": ("accountName", None),
            "balance_in": ("balanceIn", None),
            "balance_change": ("balanceChange", None),
            "balance_out": ("balanceOut", None),
            "general_ledger_url": ("generalLedgerUrl", None),
            "account_url": ("accountUrl", None),
            "has_postings_in_period": ("hasPostingsInPeriod", None),
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
