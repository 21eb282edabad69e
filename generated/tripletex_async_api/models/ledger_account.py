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
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.currency import Currency
    from ..models.posting import Posting


T = TypeVar("T", bound="LedgerAccount")


@_attrs_define
class LedgerAccount(Model):
    """
    Attributes:
        account (Account | Unset):
        sum_amount (float | Unset):
        currency (Currency | Unset):
        sum_amount_currency (float | Unset):
        opening_balance (float | Unset):
        opening_balance_currency (float | Unset):
        closing_balance (float | Unset):
        closing_balance_currency (float | Unset):
        balance_out_in_account_currency (float | Unset):
        postings (list[Posting] | Unset): Link to postings on this account.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.sum_amount
        if _v is not UNSET and not _in_request:
            field_dict["sumAmount"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.sum_amount_currency
        if _v is not UNSET and not _in_request:
            field_dict["sumAmountCurrency"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.opening_balance_currency
        if _v is not UNSET and not _in_request:
            field_dict["openingBalanceCurrency"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        _v = self.closing_balance_currency
        if _v is not UNSET and not _in_request:
            field_dict["closingBalanceCurrency"] = _v
        _v = self.balance_out_in_account_currency
        if _v is not UNSET and not _in_request:
            field_dict["balanceOutInAccountCurrency"] = _v
        _v = self.postings
        if _v is not UNSET and not _in_request:
            field_dict["postings"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LedgerAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``LedgerAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumAmount": "sum_amount",
            "sumAmountCurrency": "sum_amount_currency",
            "openingBalance": "opening_balance",
            "openingBalanceCurrency": "opening_balance_currency",
            "closingBalance": "closing_balance",
            "closingBalanceCurrency": "closing_balance_currency",
            "balanceOutInAccountCurrency": "balance_out_in_account_currency",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.account = o.sum_amount = o.currency = o.sum_amount_currency = o.opening_balance = (
                        o.opening_balance_currency
                    ) = o.closing_balance = o.closing_balance_currency = o.balance_out_in_account_currency = (
                        o.postings
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("sumAmount")
                if v is None:
                    o.sum_amount = u
                    if "sumAmount" not in d:
                        m += 1
                else:
                    o.sum_amount = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("sumAmountCurrency")
                if v is None:
                    o.sum_amount_currency = u
                    if "sumAmountCurrency" not in d:
                        m += 1
                else:
                    o.sum_amount_currency = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("openingBalanceCurrency")
                if v is None:
                    o.opening_balance_currency = u
                    if "openingBalanceCurrency" not in d:
                        m += 1
                else:
                    o.opening_balance_currency = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                v = g("closingBalanceCurrency")
                if v is None:
                    o.closing_balance_currency = u
                    if "closingBalanceCurrency" not in d:
                        m += 1
                else:
                    o.closing_balance_currency = v
                v = g("balanceOutInAccountCurrency")
                if v is None:
                    o.balance_out_in_account_currency = u
                    if "balanceOutInAccountCurrency" not in d:
                        m += 1
                else:
                    o.balance_out_in_account_currency = v
                k = "postings"
                v = g("postings")
                if v is None:
                    o.postings = u
                    if "postings" not in d:
                        m += 1
                else:
                    o.postings = (
                        ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account", "account"),
            ("sum_amount", "sumAmount"),
            ("currency", "currency"),
            ("sum_amount_currency", "sumAmountCurrency"),
            ("opening_balance", "openingBalance"),
            ("opening_balance_currency", "openingBalanceCurrency"),
            ("closing_balance", "closingBalance"),
            ("closing_balance_currency", "closingBalanceCurrency"),
            ("balance_out_in_account_currency", "balanceOutInAccountCurrency"),
            ("postings", "postings"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.sum_amount
            o.sum_amount = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.sum_amount_currency
            o.sum_amount_currency = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.opening_balance_currency
            o.opening_balance_currency = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
            v = s.closing_balance_currency
            o.closing_balance_currency = u if v is None else v
            v = s.balance_out_in_account_currency
            o.balance_out_in_account_currency = u if v is None else v
            v = s.postings
            o.postings = (
                u
                if v is None or v is u
                else ([Posting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
