from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_posting_posting_match_type import BankTransactionPostingPostingMatchType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.supplier import Supplier
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankTransactionPosting")


@_attrs_define
class BankTransactionPosting(Model):
    """
    Attributes:
        voucher (Voucher | Unset):
        date (str | Unset):
        description (str | Unset):
        account (Account | Unset):
        customer (Customer | Unset):
        supplier (Supplier | Unset):
        amount (float | Unset):
        amount_currency (float | Unset):
        currency (Currency | Unset):
        invoice_number (str | Unset):
        posting_match_type (BankTransactionPostingPostingMatchType | Unset):
    """

    voucher: Voucher | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    account: Account | Unset = UNSET
    customer: Customer | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    amount: float | Unset = UNSET
    amount_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    invoice_number: str | Unset = UNSET
    posting_match_type: BankTransactionPostingPostingMatchType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.voucher
        if _v is not UNSET:
            field_dict["voucher"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.amount_currency
        if _v is not UNSET:
            field_dict["amountCurrency"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoiceNumber"] = _v
        _v = self.posting_match_type
        if _v is not UNSET:
            field_dict["postingMatchType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransactionPosting from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankTransactionPosting.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        _new = object.__new__
        _e_posting_match_type: dict[Any, Any] = enum_members(BankTransactionPostingPostingMatchType)
        _known: frozenset[str] = frozenset(
            (
                "voucher",
                "date",
                "description",
                "account",
                "customer",
                "supplier",
                "amount",
                "amountCurrency",
                "currency",
                "invoiceNumber",
                "postingMatchType",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "date": "date",
            "description": "description",
            "amount": "amount",
            "amountCurrency": "amount_currency",
            "invoiceNumber": "invoice_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.voucher = o.date = o.description = o.account = o.customer = o.supplier = o.amount = (
                        o.amount_currency
                    ) = o.currency = o.invoice_number = o.posting_match_type = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "voucher"
                v = g("voucher")
                if v is None:
                    o.voucher = u
                    if "voucher" not in d:
                        m += 1
                else:
                    o.voucher = Voucher._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("amountCurrency")
                if v is None:
                    o.amount_currency = u
                    if "amountCurrency" not in d:
                        m += 1
                else:
                    o.amount_currency = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("invoiceNumber")
                if v is None:
                    o.invoice_number = u
                    if "invoiceNumber" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                k = "postingMatchType"
                v = g("postingMatchType")
                if v is None:
                    o.posting_match_type = u
                    if "postingMatchType" not in d:
                        m += 1
                else:
                    o.posting_match_type = (
                        e_
                        if (e_ := _e_posting_match_type.get(v)) is not None
                        else enum_value(BankTransactionPostingPostingMatchType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("voucher", "voucher"),
            ("date", "date"),
            ("description", "description"),
            ("account", "account"),
            ("customer", "customer"),
            ("supplier", "supplier"),
            ("amount", "amount"),
            ("amount_currency", "amountCurrency"),
            ("currency", "currency"),
            ("invoice_number", "invoiceNumber"),
            ("posting_match_type", "postingMatchType"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher
            o.voucher = u if v is None or v is u else Voucher._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.amount
            o.amount = u if v is None else v
            v = s.amount_currency
            o.amount_currency = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.posting_match_type
            o.posting_match_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_posting_match_type.get(v)) is not None
                else enum_value(BankTransactionPostingPostingMatchType, v)
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
