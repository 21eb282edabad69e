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
    from ..models.entry_match_builder import EntryMatchBuilder


T = TypeVar("T", bound="BankReconciliationMatchRequestBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("postings", list, False),
    ("transactions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankReconciliationMatchRequestBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        credit_account_number (int | Unset):
        debit_account_number (int | Unset):
        postings (list[EntryMatchBuilder] | Unset):
        transactions (list[EntryMatchBuilder] | Unset):
    """

    company_id: int | Unset = UNSET
    credit_account_number: int | Unset = UNSET
    debit_account_number: int | Unset = UNSET
    postings: list[EntryMatchBuilder] | Unset = UNSET
    transactions: list[EntryMatchBuilder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        credit_account_number = self.credit_account_number

        debit_account_number = self.debit_account_number

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if credit_account_number is not UNSET:
            field_dict["creditAccountNumber"] = credit_account_number
        if debit_account_number is not UNSET:
            field_dict["debitAccountNumber"] = debit_account_number
        if postings is not UNSET:
            field_dict["postings"] = postings
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankReconciliationMatchRequestBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.entry_match_builder import EntryMatchBuilder  # noqa: PLC0415

        def _p_postings(_tx_v: Any) -> list[EntryMatchBuilder] | Unset:
            _postings = _tx_v
            postings: list[EntryMatchBuilder] | Unset = UNSET
            if _postings is not UNSET:
                postings = []
                for postings_item_data in _postings:
                    if postings_item_data is None:
                        continue
                    postings_item = EntryMatchBuilder._tx_from_json(postings_item_data)

                    postings.append(postings_item)

            return postings

        def _p_transactions(_tx_v: Any) -> list[EntryMatchBuilder] | Unset:
            _transactions = _tx_v
            transactions: list[EntryMatchBuilder] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = EntryMatchBuilder._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "creditAccountNumber",
                "debitAccountNumber",
                "postings",
                "transactions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "credit_account_number": ("creditAccountNumber", None),
            "debit_account_number": ("debitAccountNumber", None),
            "postings": ("postings", _p_postings),
            "transactions": ("transactions", _p_transactions),
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
