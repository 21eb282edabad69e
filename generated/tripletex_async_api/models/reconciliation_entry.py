from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reconciliation_entry_entry_type import ReconciliationEntryEntryType
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
    from ..models.reconciliation_entry_detail import ReconciliationEntryDetail


T = TypeVar("T", bound="ReconciliationEntry")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("entryType", str, False),
    ("detailsList", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReconciliationEntry(LazyModel):
    """List of entries in this group.

    Attributes:
        id (int | Unset): Id of posting or transaction
        entry_type (ReconciliationEntryEntryType | Unset): Shows if it is a Posting or BankTransaction
        amount_currency (float | Unset): [read-only] The amount of the posting or transaction
        details_list (list[ReconciliationEntryDetail] | Unset): [read-only]
        date (str | Unset): [read-only] The date of the posting or transaction
        voucher_id (int | Unset): Id of voucher from posting
        is_query_match (bool | Unset): [read-only] This matches search
    """

    id: int | Unset = UNSET
    entry_type: ReconciliationEntryEntryType | Unset = UNSET
    amount_currency: float | Unset = UNSET
    details_list: list[ReconciliationEntryDetail] | Unset = UNSET
    date: str | Unset = UNSET
    voucher_id: int | Unset = UNSET
    is_query_match: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        entry_type: str | Unset = UNSET
        if not isinstance(self.entry_type, Unset):
            entry_type = self.entry_type.value

        amount_currency = self.amount_currency

        details_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details_list, Unset):
            details_list = []
            for details_list_item_data in self.details_list:
                details_list_item = details_list_item_data.to_dict()
                details_list.append(details_list_item)

        date = self.date

        voucher_id = self.voucher_id

        is_query_match = self.is_query_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if entry_type is not UNSET:
            field_dict["entryType"] = entry_type
        if amount_currency is not UNSET and not _in_request:
            field_dict["amountCurrency"] = amount_currency
        if details_list is not UNSET and not _in_request:
            field_dict["detailsList"] = details_list
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if voucher_id is not UNSET:
            field_dict["voucherId"] = voucher_id
        if is_query_match is not UNSET and not _in_request:
            field_dict["isQueryMatch"] = is_query_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReconciliationEntry from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.reconciliation_entry_detail import ReconciliationEntryDetail  # noqa: PLC0415

        def _p_entry_type(_tx_v: Any) -> ReconciliationEntryEntryType | Unset:
            _entry_type = _tx_v
            entry_type: ReconciliationEntryEntryType | Unset
            if isinstance(_entry_type, Unset):
                entry_type = UNSET
            else:
                entry_type = ReconciliationEntryEntryType(_entry_type)

            return entry_type

        def _p_details_list(_tx_v: Any) -> list[ReconciliationEntryDetail] | Unset:
            _details_list = _tx_v
            details_list: list[ReconciliationEntryDetail] | Unset = UNSET
            if _details_list is not UNSET:
                details_list = []
                for details_list_item_data in _details_list:
                    if details_list_item_data is None:
                        continue
                    details_list_item = ReconciliationEntryDetail._tx_from_json(details_list_item_data)

                    details_list.append(details_list_item)

            return details_list

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "entryType",
                "amountCurrency",
                "detailsList",
                "date",
                "voucherId",
                "isQueryMatch",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "entry_type": ("entryType", _p_entry_type),
            "amount_currency": ("amountCurrency", None),
            "details_list": ("detailsList", _p_details_list),
            "date": ("date", None),
            "voucher_id": ("voucherId", None),
            "is_query_match": ("isQueryMatch", None),
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
