from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="ReconciliationSelectedState")


@_attrs_define
class ReconciliationSelectedState(Model):
    """
    Attributes:
        sum_selected_postings (float | Unset): Total sum for selected postings
        sum_selected_transactions (float | Unset): Total sum for selected transactions
        selected_difference (float | Unset):
        show_difference (bool | Unset): Flag to show difference for selected entries
        show_manual_match (bool | Unset): Flag to show manual match button for selected entries
        show_post_balance (bool | Unset): Flag to show enter balance button for selected entries
        show_transfer_entries (bool | Unset): Flag to show transfer entries button for selected entries
        show_post_entries (bool | Unset): Flag to show post transactions entries button for selected entries
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.sum_selected_postings
        if _v is not UNSET and not _in_request:
            field_dict["sumSelectedPostings"] = _v
        _v = self.sum_selected_transactions
        if _v is not UNSET and not _in_request:
            field_dict["sumSelectedTransactions"] = _v
        _v = self.selected_difference
        if _v is not UNSET and not _in_request:
            field_dict["selectedDifference"] = _v
        _v = self.show_difference
        if _v is not UNSET and not _in_request:
            field_dict["showDifference"] = _v
        _v = self.show_manual_match
        if _v is not UNSET and not _in_request:
            field_dict["showManualMatch"] = _v
        _v = self.show_post_balance
        if _v is not UNSET and not _in_request:
            field_dict["showPostBalance"] = _v
        _v = self.show_transfer_entries
        if _v is not UNSET and not _in_request:
            field_dict["showTransferEntries"] = _v
        _v = self.show_post_entries
        if _v is not UNSET and not _in_request:
            field_dict["showPostEntries"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationSelectedState from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReconciliationSelectedState.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumSelectedPostings": "sum_selected_postings",
            "sumSelectedTransactions": "sum_selected_transactions",
            "selectedDifference": "selected_difference",
            "showDifference": "show_difference",
            "showManualMatch": "show_manual_match",
            "showPostBalance": "show_post_balance",
            "showTransferEntries": "show_transfer_entries",
            "showPostEntries": "show_post_entries",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.sum_selected_postings = o.sum_selected_transactions = o.selected_difference = (
                        o.show_difference
                    ) = o.show_manual_match = o.show_post_balance = o.show_transfer_entries = o.show_post_entries = (
                        UNSET
                    )
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("sumSelectedPostings")
                if v is None:
                    o.sum_selected_postings = u
                    if "sumSelectedPostings" not in d:
                        m += 1
                else:
                    o.sum_selected_postings = v
                v = g("sumSelectedTransactions")
                if v is None:
                    o.sum_selected_transactions = u
                    if "sumSelectedTransactions" not in d:
                        m += 1
                else:
                    o.sum_selected_transactions = v
                v = g("selectedDifference")
                if v is None:
                    o.selected_difference = u
                    if "selectedDifference" not in d:
                        m += 1
                else:
                    o.selected_difference = v
                v = g("showDifference")
                if v is None:
                    o.show_difference = u
                    if "showDifference" not in d:
                        m += 1
                else:
                    o.show_difference = v
                v = g("showManualMatch")
                if v is None:
                    o.show_manual_match = u
                    if "showManualMatch" not in d:
                        m += 1
                else:
                    o.show_manual_match = v
                v = g("showPostBalance")
                if v is None:
                    o.show_post_balance = u
                    if "showPostBalance" not in d:
                        m += 1
                else:
                    o.show_post_balance = v
                v = g("showTransferEntries")
                if v is None:
                    o.show_transfer_entries = u
                    if "showTransferEntries" not in d:
                        m += 1
                else:
                    o.show_transfer_entries = v
                v = g("showPostEntries")
                if v is None:
                    o.show_post_entries = u
                    if "showPostEntries" not in d:
                        m += 1
                else:
                    o.show_post_entries = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sum_selected_postings", "sumSelectedPostings"),
            ("sum_selected_transactions", "sumSelectedTransactions"),
            ("selected_difference", "selectedDifference"),
            ("show_difference", "showDifference"),
            ("show_manual_match", "showManualMatch"),
            ("show_post_balance", "showPostBalance"),
            ("show_transfer_entries", "showTransferEntries"),
            ("show_post_entries", "showPostEntries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sum_selected_postings
            o.sum_selected_postings = u if v is None else v
            v = s.sum_selected_transactions
            o.sum_selected_transactions = u if v is None else v
            v = s.selected_difference
            o.selected_difference = u if v is None else v
            v = s.show_difference
            o.show_difference = u if v is None else v
            v = s.show_manual_match
            o.show_manual_match = u if v is None else v
            v = s.show_post_balance
            o.show_post_balance = u if v is None else v
            v = s.show_transfer_entries
            o.show_transfer_entries = u if v is None else v
            v = s.show_post_entries
            o.show_post_entries = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
