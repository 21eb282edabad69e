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
    from ..models.account import Account


T = TypeVar("T", bound="BalanceSheetAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("account", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class BalanceSheetAccount(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        balance_in (float | Unset): [read-only]
        balance_change (float | Unset): [read-only]
        balance_out (float | Unset): [read-only]
        start_date (str | Unset): [read-only] The start date for this period - inclusive.
        end_date (str | Unset): [read-only] The end date for this period - exclusive.
    """

    account: Account | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        balance_in = self.balance_in

        balance_change = self.balance_change

        balance_out = self.balance_out

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if balance_in is not UNSET and not _in_request:
            field_dict["balanceIn"] = balance_in
        if balance_change is not UNSET and not _in_request:
            field_dict["balanceChange"] = balance_change
        if balance_out is not UNSET and not _in_request:
            field_dict["balanceOut"] = balance_out
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if end_date is not UNSET and not _in_request:
            field_dict["endDate"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BalanceSheetAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "balanceIn",
                "balanceChange",
                "balanceOut",
                "startDate",
                "endDate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "balance_in": ("balanceIn", None),
            "balance_change": ("balanceChange", None),
            "balance_out": ("balanceOut", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
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
