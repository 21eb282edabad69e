from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.currency import Currency
    from ..models.posting import Posting


T = TypeVar("T", bound="LedgerAccount")


@_attrs_define
class LedgerAccount:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        sum_amount = d.pop("sumAmount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        sum_amount_currency = d.pop("sumAmountCurrency", UNSET)

        opening_balance = d.pop("openingBalance", UNSET)

        opening_balance_currency = d.pop("openingBalanceCurrency", UNSET)

        closing_balance = d.pop("closingBalance", UNSET)

        closing_balance_currency = d.pop("closingBalanceCurrency", UNSET)

        balance_out_in_account_currency = d.pop("balanceOutInAccountCurrency", UNSET)

        _postings = d.pop("postings", UNSET)
        postings: list[Posting] | Unset = UNSET
        if _postings is not UNSET:
            postings = []
            for postings_item_data in _postings:
                if postings_item_data is None:
                    continue
                postings_item = Posting.from_dict(postings_item_data)

                postings.append(postings_item)

        _obj = cls(
            account=account,
            sum_amount=sum_amount,
            currency=currency,
            sum_amount_currency=sum_amount_currency,
            opening_balance=opening_balance,
            opening_balance_currency=opening_balance_currency,
            closing_balance=closing_balance,
            closing_balance_currency=closing_balance_currency,
            balance_out_in_account_currency=balance_out_in_account_currency,
            postings=postings,
        )

        _obj.additional_properties = d
        return _obj

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
