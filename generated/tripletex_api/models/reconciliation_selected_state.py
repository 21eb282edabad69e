from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ReconciliationSelectedState")


@_attrs_define
class ReconciliationSelectedState:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sum_selected_postings = d.pop("sumSelectedPostings", UNSET)

        sum_selected_transactions = d.pop("sumSelectedTransactions", UNSET)

        selected_difference = d.pop("selectedDifference", UNSET)

        show_difference = d.pop("showDifference", UNSET)

        show_manual_match = d.pop("showManualMatch", UNSET)

        show_post_balance = d.pop("showPostBalance", UNSET)

        show_transfer_entries = d.pop("showTransferEntries", UNSET)

        show_post_entries = d.pop("showPostEntries", UNSET)

        _obj = cls(
            sum_selected_postings=sum_selected_postings,
            sum_selected_transactions=sum_selected_transactions,
            selected_difference=selected_difference,
            show_difference=show_difference,
            show_manual_match=show_manual_match,
            show_post_balance=show_post_balance,
            show_transfer_entries=show_transfer_entries,
            show_post_entries=show_post_entries,
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
