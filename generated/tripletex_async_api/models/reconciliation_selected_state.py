from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ReconciliationSelectedState")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationSelectedState(LazyModel):
    """
    Attributes:
        sum_selected_postings (float | Unset): [read-only] Total sum for selected postings
        sum_selected_transactions (float | Unset): [read-only] Total sum for selected transactions
        selected_difference (float | Unset): [read-only]
        show_difference (bool | Unset): [read-only] Flag to show difference for selected entries
        show_manual_match (bool | Unset): [read-only] Flag to show manual match button for selected entries
        show_post_balance (bool | Unset): [read-only] Flag to show enter balance button for selected entries
        show_transfer_entries (bool | Unset): [read-only] Flag to show transfer entries button for selected entries
        show_post_entries (bool | Unset): [read-only] Flag to show post transactions entries button for selected entries
    """

    sum_selected_postings: float | Unset = UNSET
    sum_selected_transactions: float | Unset = UNSET
    selected_difference: float | Unset = UNSET
    show_difference: bool | Unset = UNSET
    show_manual_match: bool | Unset = UNSET
    show_post_balance: bool | Unset = UNSET
    show_transfer_entries: bool | Unset = UNSET
    show_post_entries: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sum_selected_postings = self.sum_selected_postings

        sum_selected_transactions = self.sum_selected_transactions

        selected_difference = self.selected_difference

        show_difference = self.show_difference

        show_manual_match = self.show_manual_match

        show_post_balance = self.show_post_balance

        show_transfer_entries = self.show_transfer_entries

        show_post_entries = self.show_post_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sum_selected_postings is not UNSET and not _in_request:
            field_dict["sumSelectedPostings"] = sum_selected_postings
        if sum_selected_transactions is not UNSET and not _in_request:
            field_dict["sumSelectedTransactions"] = sum_selected_transactions
        if selected_difference is not UNSET and not _in_request:
            field_dict["selectedDifference"] = selected_difference
        if show_difference is not UNSET and not _in_request:
            field_dict["showDifference"] = show_difference
        if show_manual_match is not UNSET and not _in_request:
            field_dict["showManualMatch"] = show_manual_match
        if show_post_balance is not UNSET and not _in_request:
            field_dict["showPostBalance"] = show_post_balance
        if show_transfer_entries is not UNSET and not _in_request:
            field_dict["showTransferEntries"] = show_transfer_entries
        if show_post_entries is not UNSET and not _in_request:
            field_dict["showPostEntries"] = show_post_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationSelectedState from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sumSelectedPostings",
                "sumSelectedTransactions",
                "selectedDifference",
                "showDifference",
                "showManualMatch",
                "showPostBalance",
                "showTransferEntries",
                "showPostEntries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sum_selected_postings": ("sumSelectedPostings", None),
            "sum_selected_transactions": ("sumSelectedTransactions", None),
            "selected_difference": ("selectedDifference", None),
            "show_difference": ("showDifference", None),
            "show_manual_match": ("showManualMatch", None),
            "show_post_balance": ("showPostBalance", None),
            "show_transfer_entries": ("showTransferEntries", None),
            "show_post_entries": ("showPostEntries", None),
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
