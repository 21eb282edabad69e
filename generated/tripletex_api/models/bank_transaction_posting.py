from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_posting_posting_match_type import BankTransactionPostingPostingMatchType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.currency import Currency
    from ..models.customer import Customer
    from ..models.supplier import Supplier
    from ..models.voucher import Voucher


T = TypeVar("T", bound="BankTransactionPosting")


@_attrs_define
class BankTransactionPosting:
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
        from ..models.account import Account  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _voucher = d.pop("voucher", UNSET)
        voucher: Voucher | Unset
        if isinstance(_voucher, Unset):
            voucher = UNSET
        else:
            voucher = Voucher.from_dict(_voucher)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _supplier = d.pop("supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        amount = d.pop("amount", UNSET)

        amount_currency = d.pop("amountCurrency", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        invoice_number = d.pop("invoiceNumber", UNSET)

        _posting_match_type = d.pop("postingMatchType", UNSET)
        posting_match_type: BankTransactionPostingPostingMatchType | Unset
        if isinstance(_posting_match_type, Unset):
            posting_match_type = UNSET
        else:
            posting_match_type = BankTransactionPostingPostingMatchType(_posting_match_type)

        _obj = cls(
            voucher=voucher,
            date=date,
            description=description,
            account=account,
            customer=customer,
            supplier=supplier,
            amount=amount,
            amount_currency=amount_currency,
            currency=currency,
            invoice_number=invoice_number,
            posting_match_type=posting_match_type,
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
