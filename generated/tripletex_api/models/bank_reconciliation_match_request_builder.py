from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.entry_match_builder import EntryMatchBuilder


T = TypeVar("T", bound="BankReconciliationMatchRequestBuilder")


@_attrs_define
class BankReconciliationMatchRequestBuilder:
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
        from ..models.entry_match_builder import EntryMatchBuilder  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        credit_account_number = d.pop("creditAccountNumber", UNSET)

        debit_account_number = d.pop("debitAccountNumber", UNSET)

        _postings = d.pop("postings", UNSET)
        postings: list[EntryMatchBuilder] | Unset = UNSET
        if _postings is not UNSET:
            postings = []
            for postings_item_data in _postings:
                if postings_item_data is None:
                    continue
                postings_item = EntryMatchBuilder.from_dict(postings_item_data)

                postings.append(postings_item)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[EntryMatchBuilder] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                if transactions_item_data is None:
                    continue
                transactions_item = EntryMatchBuilder.from_dict(transactions_item_data)

                transactions.append(transactions_item)

        _obj = cls(
            company_id=company_id,
            credit_account_number=credit_account_number,
            debit_account_number=debit_account_number,
            postings=postings,
            transactions=transactions,
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
