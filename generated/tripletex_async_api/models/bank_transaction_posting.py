from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_posting_posting_match_type import BankTransactionPostingPostingMatchType
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
    from ..models.customer import Customer
    from ..models.supplier import Supplier
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankTransactionPosting")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("voucher", dict, False),
    ("account", dict, False),
    ("customer", dict, False),
    ("supplier", dict, False),
    ("currency", dict, False),
    ("postingMatchType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankTransactionPosting(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        date = self.date

        description = self.description

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        amount = self.amount

        amount_currency = self.amount_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        invoice_number = self.invoice_number

        posting_match_type: str | Unset = UNSET
        if not isinstance(self.posting_match_type, Unset):
            posting_match_type = self.posting_match_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if account is not UNSET:
            field_dict["account"] = account
        if customer is not UNSET:
            field_dict["customer"] = customer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_currency is not UNSET:
            field_dict["amountCurrency"] = amount_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if posting_match_type is not UNSET:
            field_dict["postingMatchType"] = posting_match_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankTransactionPosting from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_posting_match_type(_tx_v: Any) -> BankTransactionPostingPostingMatchType | Unset:
            _posting_match_type = _tx_v
            posting_match_type: BankTransactionPostingPostingMatchType | Unset
            if isinstance(_posting_match_type, Unset):
                posting_match_type = UNSET
            else:
                posting_match_type = BankTransactionPostingPostingMatchType(_posting_match_type)

            return posting_match_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "voucher": ("voucher", _p_voucher),
            "date": ("date", None),
            "description": ("description", None),
            "account": ("account", _p_account),
            "customer": ("customer", _p_customer),
            "supplier": ("supplier", _p_supplier),
            "amount": ("amount", None),
            "amount_currency": ("amountCurrency", None),
            "currency": ("currency", _p_currency),
            "invoice_number": ("invoiceNumber", None),
            "posting_match_type": ("postingMatchType", _p_posting_match_type),
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
