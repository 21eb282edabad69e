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
    from ..models.bank_reconciliation_match import BankReconciliationMatch
    from ..models.bank_reconciliation_payment_type import BankReconciliationPaymentType
    from ..models.bank_transaction import BankTransaction
    from ..models.posting import Posting


T = TypeVar("T", bound="BankReconciliationAdjustment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("paymentType", dict, False),
    ("bankTransactions", list, False),
    ("postings", list, False),
    ("bankReconciliationMatch", dict, False),
    ("interimAccount", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankReconciliationAdjustment(LazyModel):
    """
    Attributes:
        payment_type (BankReconciliationPaymentType | Unset):
        bank_transactions (list[BankTransaction] | Unset):
        posting_date (str | Unset):
        amount (float | Unset):
        postings (list[Posting] | Unset):
        bank_reconciliation_match (BankReconciliationMatch | Unset):
        date (str | Unset):
        description (str | Unset):
        interim_account (Account | Unset):
        voucher_number (str | Unset):
        voucher_view_link (str | Unset):
        voucher_details_link (str | Unset):
    """

    payment_type: BankReconciliationPaymentType | Unset = UNSET
    bank_transactions: list[BankTransaction] | Unset = UNSET
    posting_date: str | Unset = UNSET
    amount: float | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    bank_reconciliation_match: BankReconciliationMatch | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    interim_account: Account | Unset = UNSET
    voucher_number: str | Unset = UNSET
    voucher_view_link: str | Unset = UNSET
    voucher_details_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        payment_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type.to_dict()

        bank_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bank_transactions, Unset):
            bank_transactions = []
            for bank_transactions_item_data in self.bank_transactions:
                bank_transactions_item = bank_transactions_item_data.to_dict()
                bank_transactions.append(bank_transactions_item)

        posting_date = self.posting_date

        amount = self.amount

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        bank_reconciliation_match: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_reconciliation_match, Unset):
            bank_reconciliation_match = self.bank_reconciliation_match.to_dict()

        date = self.date

        description = self.description

        interim_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interim_account, Unset):
            interim_account = self.interim_account.to_dict()

        voucher_number = self.voucher_number

        voucher_view_link = self.voucher_view_link

        voucher_details_link = self.voucher_details_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if bank_transactions is not UNSET:
            field_dict["bankTransactions"] = bank_transactions
        if posting_date is not UNSET:
            field_dict["postingDate"] = posting_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if postings is not UNSET:
            field_dict["postings"] = postings
        if bank_reconciliation_match is not UNSET:
            field_dict["bankReconciliationMatch"] = bank_reconciliation_match
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if interim_account is not UNSET:
            field_dict["interimAccount"] = interim_account
        if voucher_number is not UNSET:
            field_dict["voucherNumber"] = voucher_number
        if voucher_view_link is not UNSET:
            field_dict["voucherViewLink"] = voucher_view_link
        if voucher_details_link is not UNSET:
            field_dict["voucherDetailsLink"] = voucher_details_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationAdjustment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.bank_reconciliation_match import BankReconciliationMatch  # noqa: PLC0415
        from ..models.bank_reconciliation_payment_type import BankReconciliationPaymentType  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        def _p_payment_type(_tx_v: Any) -> BankReconciliationPaymentType | Unset:
            _payment_type = _tx_v
            payment_type: BankReconciliationPaymentType | Unset
            if isinstance(_payment_type, Unset):
                payment_type = UNSET
            else:
                payment_type = BankReconciliationPaymentType._tx_from_json(_payment_type)

            return payment_type

        def _p_bank_transactions(_tx_v: Any) -> list[BankTransaction] | Unset:
            _bank_transactions = _tx_v
            bank_transactions: list[BankTransaction] | Unset = UNSET
            if _bank_transactions is not UNSET:
                bank_transactions = []
                for bank_transactions_item_data in _bank_transactions:
                    if bank_transactions_item_data is None:
                        continue
                    bank_transactions_item = BankTransaction._tx_from_json(bank_transactions_item_data)

                    bank_transactions.append(bank_transactions_item)

            return bank_transactions

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

        def _p_bank_reconciliation_match(_tx_v: Any) -> BankReconciliationMatch | Unset:
            _bank_reconciliation_match = _tx_v
            bank_reconciliation_match: BankReconciliationMatch | Unset
            if isinstance(_bank_reconciliation_match, Unset):
                bank_reconciliation_match = UNSET
            else:
                bank_reconciliation_match = BankReconciliationMatch._tx_from_json(_bank_reconciliation_match)

            return bank_reconciliation_match

        def _p_interim_account(_tx_v: Any) -> Account | Unset:
            _interim_account = _tx_v
            interim_account: Account | Unset
            if isinstance(_interim_account, Unset):
                interim_account = UNSET
            else:
                interim_account = Account._tx_from_json(_interim_account)

            return interim_account

        _tx_known: frozenset[str] = frozenset(
            (
                "paymentType",
                "bankTransactions",
                "postingDate",
                "amount",
                "postings",
                "bankReconciliationMatch",
                "date",
                "description",
                "interimAccount",
                "voucherNumber",
                "voucherViewLink",
                "voucherDetailsLink",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "payment_type": ("paymentType", _p_payment_type),
            "bank_transactions": ("bankTransactions", _p_bank_transactions),
            "posting_date": ("postingDate", None),
            "amount": ("amount", None),
            "postings": ("postings", _p_postings),
            "bank_reconciliation_match": ("bankReconciliationMatch", _p_bank_reconciliation_match),
            "date": ("date", None),
            "description": ("description", None),
            "interim_account": ("interimAccount", _p_interim_account),
            "voucher_number": ("voucherNumber", None),
            "voucher_view_link": ("voucherViewLink", None),
            "voucher_details_link": ("voucherDetailsLink", None),
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
