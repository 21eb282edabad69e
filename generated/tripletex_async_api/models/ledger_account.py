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
    from ..models.currency import Currency
    from ..models.posting import Posting


T = TypeVar("T", bound="LedgerAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("currency", dict, False),
    ("postings", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class LedgerAccount(LazyModel):
    """
    Attributes:
        account (Account | Unset):
        sum_amount (float | Unset): [read-only]
        currency (Currency | Unset):
        sum_amount_currency (float | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        opening_balance_currency (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        closing_balance_currency (float | Unset): [read-only]
        balance_out_in_account_currency (float | Unset): [read-only]
        postings (list[Posting] | Unset): [read-only] Link to postings on this account.
    """

    account: Account | Unset = UNSET
    sum_amount: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    sum_amount_currency: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    opening_balance_currency: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    closing_balance_currency: float | Unset = UNSET
    balance_out_in_account_currency: float | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        sum_amount = self.sum_amount

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        sum_amount_currency = self.sum_amount_currency

        opening_balance = self.opening_balance

        opening_balance_currency = self.opening_balance_currency

        closing_balance = self.closing_balance

        closing_balance_currency = self.closing_balance_currency

        balance_out_in_account_currency = self.balance_out_in_account_currency

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if sum_amount is not UNSET and not _in_request:
            field_dict["sumAmount"] = sum_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sum_amount_currency is not UNSET and not _in_request:
            field_dict["sumAmountCurrency"] = sum_amount_currency
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if opening_balance_currency is not UNSET and not _in_request:
            field_dict["openingBalanceCurrency"] = opening_balance_currency
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if closing_balance_currency is not UNSET and not _in_request:
            field_dict["closingBalanceCurrency"] = closing_balance_currency
        if balance_out_in_account_currency is not UNSET and not _in_request:
            field_dict["balanceOutInAccountCurrency"] = balance_out_in_account_currency
        if postings is not UNSET and not _in_request:
            field_dict["postings"] = postings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LedgerAccount from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_postings(_tx_v: Any) -> list[Posting] | Unset:
            _postings = _tx_v
            postings: list[Posting] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = Posting._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "sumAmount",
                "currency",
                "sumAmountCurrency",
                "openingBalance",
                "openingBalanceCurrency",
                "closingBalance",
                "closingBalanceCurrency",
                "balanceOutInAccountCurrency",
                "postings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "sum_amount": ("sumAmount", None),
            "currency": ("currency", _p_currency),
            "sum_amount_currency": ("sumAmountCurrency", None),
            "opening_balance": ("openingBalance", None),
            "opening_balance_currency": ("openingBalanceCurrency", None),
            "closing_balance": ("closingBalance", None),
            "closing_balance_currency": ("closingBalanceCurrency", None),
            "balance_out_in_account_currency": ("balanceOutInAccountCurrency", None),
            "postings": ("postings", _p_postings),
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
