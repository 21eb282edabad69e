from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_posting_suggestion_scenario import AutoPostingSuggestionScenario
from ..models.auto_posting_suggestion_status import AutoPostingSuggestionStatus
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
    from ..models.reconciliation_entry import ReconciliationEntry


T = TypeVar("T", bound="AutoPostingSuggestion")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("scenario", str, False),
    ("status", str, False),
    ("transactionEntry", dict, False),
    ("matchedEntry", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AutoPostingSuggestion(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        bank_transaction_id (int | Unset): [read-only] The bank transaction ID
        bank_reconciliation_id (int | Unset): [read-only] The bank reconciliation ID
        scenario (AutoPostingSuggestionScenario | Unset): [read-only] The autoposting scenario
        status (AutoPostingSuggestionStatus | Unset): [read-only] The status of the suggestion
        transaction_entry (ReconciliationEntry | Unset): List of entries in this group.
        matched_entry (ReconciliationEntry | Unset): List of entries in this group.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    bank_transaction_id: int | Unset = UNSET
    bank_reconciliation_id: int | Unset = UNSET
    scenario: AutoPostingSuggestionScenario | Unset = UNSET
    status: AutoPostingSuggestionStatus | Unset = UNSET
    transaction_entry: ReconciliationEntry | Unset = UNSET
    matched_entry: ReconciliationEntry | Unset = UNSET
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

        bank_transaction_id = self.bank_transaction_id

        bank_reconciliation_id = self.bank_reconciliation_id

        scenario: str | Unset = UNSET
        if not isinstance(self.scenario, Unset):
            scenario = self.scenario.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        transaction_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_entry, Unset):
            transaction_entry = self.transaction_entry.to_dict()

        matched_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.matched_entry, Unset):
            matched_entry = self.matched_entry.to_dict()

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
        if bank_transaction_id is not UNSET and not _in_request:
            field_dict["bankTransactionId"] = bank_transaction_id
        if bank_reconciliation_id is not UNSET and not _in_request:
            field_dict["bankReconciliationId"] = bank_reconciliation_id
        if scenario is not UNSET and not _in_request:
            field_dict["scenario"] = scenario
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if transaction_entry is not UNSET:
            field_dict["transactionEntry"] = transaction_entry
        if matched_entry is not UNSET:
            field_dict["matchedEntry"] = matched_entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPostingSuggestion from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.reconciliation_entry import ReconciliationEntry  # noqa: PLC0415

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

        def _p_scenario(_tx_v: Any) -> AutoPostingSuggestionScenario | Unset:
            _scenario = _tx_v
            scenario: AutoPostingSuggestionScenario | Unset
            if isinstance(_scenario, Unset):
                scenario = UNSET
            else:
                scenario = AutoPostingSuggestionScenario(_scenario)

            return scenario

        def _p_status(_tx_v: Any) -> AutoPostingSuggestionStatus | Unset:
            _status = _tx_v
            status: AutoPostingSuggestionStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AutoPostingSuggestionStatus(_status)

            return status

        def _p_transaction_entry(_tx_v: Any) -> ReconciliationEntry | Unset:
            _transaction_entry = _tx_v
            transaction_entry: ReconciliationEntry | Unset
            if isinstance(_transaction_entry, Unset):
                transaction_entry = UNSET
            else:
                transaction_entry = ReconciliationEntry._tx_from_json(_transaction_entry)

            return transaction_entry

        def _p_matched_entry(_tx_v: Any) -> ReconciliationEntry | Unset:
            _matched_entry = _tx_v
            matched_entry: ReconciliationEntry | Unset
            if isinstance(_matched_entry, Unset):
                matched_entry = UNSET
            else:
                matched_entry = ReconciliationEntry._tx_from_json(_matched_entry)

            return matched_entry

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "bankTransactionId",
                "bankReconciliationId",
                "scenario",
                "status",
                "transactionEntry",
                "matchedEntry",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "bank_transaction_id": ("bankTransactionId", None),
            "bank_reconciliation_id": ("bankReconciliationId", None),
            "scenario": ("scenario", _p_scenario),
            "status": ("status", _p_status),
            "transaction_entry": ("transactionEntry", _p_transaction_entry),
            "matched_entry": ("matchedEntry", _p_matched_entry),
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
