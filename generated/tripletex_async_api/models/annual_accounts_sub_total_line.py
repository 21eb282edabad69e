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

T = TypeVar("T", bound="AnnualAccountsSubTotalLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class AnnualAccountsSubTotalLine(LazyModel):
    """
    Attributes:
        orid (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        name (str | Unset): [read-only]
        technical_name (str | Unset): [read-only]
        info (str | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        notes (str | Unset): [read-only]
        free_notes (str | Unset): [read-only]
    """

    orid: str | Unset = UNSET
    grouping: str | Unset = UNSET
    name: str | Unset = UNSET
    technical_name: str | Unset = UNSET
    info: str | Unset = UNSET
    closing_balance: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    notes: str | Unset = UNSET
    free_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        orid = self.orid

        grouping = self.grouping

        name = self.name

        technical_name = self.technical_name

        info = self.info

        closing_balance = self.closing_balance

        opening_balance = self.opening_balance

        notes = self.notes

        free_notes = self.free_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orid is not UNSET and not _in_request:
            field_dict["orid"] = orid
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if technical_name is not UNSET and not _in_request:
            field_dict["technicalName"] = technical_name
        if info is not UNSET and not _in_request:
            field_dict["info"] = info
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if notes is not UNSET and not _in_request:
            field_dict["notes"] = notes
        if free_notes is not UNSET and not _in_request:
            field_dict["freeNotes"] = free_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountsSubTotalLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "orid",
                "grouping",
                "name",
                "technicalName",
                "info",
                "closingBalance",
                "openingBalance",
                "notes",
                "freeNotes",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "orid": ("orid", None),
            "grouping": ("grouping", None),
            "name": ("name", None),
            "technical_name": ("technicalName", None),
            "info": ("info", None),
            "closing_balance": ("closingBalance", None),
            "opening_balance": ("openingBalance", None),
            "notes": ("notes", None),
            "free_notes": ("freeNotes", None),
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
