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
    from ..models.change import Change
    from ..models.reconciliation_group import ReconciliationGroup


T = TypeVar("T", bound="ReconciliationMatch")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("postingsGroup", dict, False),
    ("transactionsGroup", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationMatch(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        reconciliation_id (int | Unset): Id of the BankReconciliation.
        account_id (int | Unset): Id of the account.
        start_date (str | Unset): Start date of the period
        is_approved (bool | Unset): [read-only] Is this BankReconciliationMatch approved.
        postings_group (ReconciliationGroup | Unset): Group of transactions from this match.
        transactions_group (ReconciliationGroup | Unset): Group of transactions from this match.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    reconciliation_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    is_approved: bool | Unset = UNSET
    postings_group: ReconciliationGroup | Unset = UNSET
    transactions_group: ReconciliationGroup | Unset = UNSET
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

        reconciliation_id = self.reconciliation_id

        account_id = self.account_id

        start_date = self.start_date

        is_approved = self.is_approved

        postings_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postings_group, Unset):
            postings_group = self.postings_group.to_dict()

        transactions_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transactions_group, Unset):
            transactions_group = self.transactions_group.to_dict()

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
        if reconciliation_id is not UNSET:
            field_dict["reconciliationId"] = reconciliation_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if is_approved is not UNSET and not _in_request:
            field_dict["isApproved"] = is_approved
        if postings_group is not UNSET:
            field_dict["postingsGroup"] = postings_group
        if transactions_group is not UNSET:
            field_dict["transactionsGroup"] = transactions_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationMatch from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.reconciliation_group import ReconciliationGroup  # noqa: PLC0415

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

        def _p_postings_group(_tx_v: Any) -> ReconciliationGroup | Unset:
            _postings_group = _tx_v
            postings_group: ReconciliationGroup | Unset
            if isinstance(_postings_group, Unset):
                postings_group = UNSET
            else:
                postings_group = ReconciliationGroup._tx_from_json(_postings_group)

            return postings_group

        def _p_transactions_group(_tx_v: Any) -> ReconciliationGroup | Unset:
            _transactions_group = _tx_v
            transactions_group: ReconciliationGroup | Unset
            if isinstance(_transactions_group, Unset):
                transactions_group = UNSET
            else:
                transactions_group = ReconciliationGroup._tx_from_json(_transactions_group)

            return transactions_group

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "reconciliationId",
                "accountId",
                "startDate",
                "isApproved",
                "postingsGroup",
                "transactionsGroup",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "reconciliation_id": ("reconciliationId", None),
            "account_id": ("accountId", None),
            "start_date": ("startDate", None),
            "is_approved": ("isApproved", None),
            "postings_group": ("postingsGroup", _p_postings_group),
            "transactions_group": ("transactionsGroup", _p_transactions_group),
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
