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
    from ..models.reconciliation_entry import ReconciliationEntry


T = TypeVar("T", bound="ReconciliationGroup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("entries", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationGroup(LazyModel):
    """Group of transactions from this match.

    Attributes:
        title (str | Unset): [read-only] Title of this group.
        total_amount (float | Unset): [read-only] Total amount of this group.
        entries (list[ReconciliationEntry] | Unset):
    """

    title: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    entries: list[ReconciliationEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        title = self.title

        total_amount = self.total_amount

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if total_amount is not UNSET and not _in_request:
            field_dict["totalAmount"] = total_amount
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationGroup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reconciliation_entry import ReconciliationEntry  # noqa: PLC0415

        def _p_entries(_tx_v: Any) -> list[ReconciliationEntry] | Unset:
            _entries = _tx_v
            entries: list[ReconciliationEntry] | Unset = UNSET
            if _entries is not UNSET:
                entries = []
                for entries_item_data in _entries:
                    if entries_item_data is None:
                        continue
                    entries_item = ReconciliationEntry._tx_from_json(entries_item_data)

                    entries.append(entries_item)

            return entries

        _tx_known: frozenset[str] = frozenset(
            (
                "title",
                "totalAmount",
                "entries",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "title": ("title", None),
            "total_amount": ("totalAmount", None),
            "entries": ("entries", _p_entries),
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
