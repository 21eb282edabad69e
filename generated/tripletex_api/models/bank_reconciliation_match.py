from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_reconciliation_match_type import BankReconciliationMatchType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.bank_reconciliation import BankReconciliation
    from ..models.bank_transaction import BankTransaction
    from ..models.change import Change
    from ..models.posting import Posting


T = TypeVar("T", bound="BankReconciliationMatch")


@_attrs_define
class BankReconciliationMatch:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        bank_reconciliation (BankReconciliation | Unset):
        type_ (BankReconciliationMatchType | Unset): Type of match, MANUAL and APPROVED_SUGGESTION are considered part
            of reconciliation.
        transactions (list[BankTransaction] | Unset):
        postings (list[Posting] | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    bank_reconciliation: BankReconciliation | Unset = UNSET
    type_: BankReconciliationMatchType | Unset = UNSET
    transactions: list[BankTransaction] | Unset = UNSET
    postings: list[Posting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        bank_reconciliation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_reconciliation, Unset):
            bank_reconciliation = self.bank_reconciliation.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transactions, Unset):
            transactions = []
            for transactions_item_data in self.transactions:
                transactions_item = transactions_item_data.to_dict()
                transactions.append(transactions_item)

        postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.postings, Unset):
            postings = []
            for postings_item_data in self.postings:
                postings_item = postings_item_data.to_dict()
                postings.append(postings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if bank_reconciliation is not UNSET:
            field_dict["bankReconciliation"] = bank_reconciliation
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if postings is not UNSET:
            field_dict["postings"] = postings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.bank_reconciliation import BankReconciliation  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _bank_reconciliation = d.pop("bankReconciliation", UNSET)
        bank_reconciliation: BankReconciliation | Unset
        if isinstance(_bank_reconciliation, Unset):
            bank_reconciliation = UNSET
        else:
            bank_reconciliation = BankReconciliation.from_dict(_bank_reconciliation)

        _type_ = d.pop("type", UNSET)
        type_: BankReconciliationMatchType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = BankReconciliationMatchType(_type_)

        _transactions = d.pop("transactions", UNSET)
        transactions: list[BankTransaction] | Unset = UNSET
        if _transactions is not UNSET:
            transactions = []
            for transactions_item_data in _transactions:
                if transactions_item_data is None:
                    continue
                transactions_item = BankTransaction.from_dict(transactions_item_data)

                transactions.append(transactions_item)

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
            id=id,
            version=version,
            changes=changes,
            url=url,
            bank_reconciliation=bank_reconciliation,
            type_=type_,
            transactions=transactions,
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
