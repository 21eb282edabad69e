from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.reconciliation_entry import ReconciliationEntry


T = TypeVar("T", bound="ReconciliationGroup")


@_attrs_define
class ReconciliationGroup:
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
        from ..models.reconciliation_entry import ReconciliationEntry  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        title = d.pop("title", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _entries = d.pop("entries", UNSET)
        entries: list[ReconciliationEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                if entries_item_data is None:
                    continue
                entries_item = ReconciliationEntry.from_dict(entries_item_data)

                entries.append(entries_item)

        _obj = cls(
            title=title,
            total_amount=total_amount,
            entries=entries,
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
