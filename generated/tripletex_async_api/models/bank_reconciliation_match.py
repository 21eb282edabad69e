from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_reconciliation_match_type import BankReconciliationMatchType
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
    from ..models.bank_reconciliation import BankReconciliation
    from ..models.bank_transaction import BankTransaction
    from ..models.change import Change
    from ..models.posting import Posting


T = TypeVar("T", bound="BankReconciliationMatch")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("bankReconciliation", dict, False),
    ("type", str, False),
    ("transactions", list, False),
    ("postings", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class BankReconciliationMatch(LazyModel):
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
        self._tx_load()
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
        """A BankReconciliationMatch from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank_reconciliation import BankReconciliation  # noqa: PLC0415
        from ..models.bank_transaction import BankTransaction  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.posting import Posting  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_bank_reconciliation(_tx_v: Any) -> BankReconciliation | Unset:
            _bank_reconciliation = _tx_v
            bank_reconciliation: BankReconciliation | Unset
            if isinstance(_bank_reconciliation, Unset):
                bank_reconciliation = UNSET
            else:
                bank_reconciliation = BankReconciliation._tx_from_json(_bank_reconciliation)

            return bank_reconciliation

        def _p_type_(_tx_v: Any) -> BankReconciliationMatchType | Unset:
            _type_ = _tx_v
            type_: BankReconciliationMatchType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BankReconciliationMatchType(_type_)

            return type_

        def _p_transactions(_tx_v: Any) -> list[BankTransaction] | Unset:
            _transactions = _tx_v
            transactions: list[BankTransaction] | Unset = UNSET
            if _transactions is not UNSET:
                transactions = []
                for transactions_item_data in _transactions:
                    if transactions_item_data is None:
                        continue
                    transactions_item = BankTransaction._tx_from_json(transactions_item_data)

                    transactions.append(transactions_item)

            return transactions

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
                "id",
                "version",
                "changes",
                "url",
                "bankReconciliation",
                "type",
                "transactions",
                "postings",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "bank_reconciliation": ("bankReconciliation", _p_bank_reconciliation),
            "type_": ("type", _p_type_),
            "transactions": ("transactions", _p_transactions),
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
