from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.note_entry import NoteEntry
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="NoteEntriesOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("entries", list, False),
    ("reportNotes", list, False),
    ("displayOrder", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class NoteEntriesOverview(LazyModel):
    """
    Attributes:
        entries (list[NoteEntry] | Unset):
        report_notes (list[YearEndReportNote] | Unset):
        display_order (list[int] | Unset):
    """

    entries: list[NoteEntry] | Unset = UNSET
    report_notes: list[YearEndReportNote] | Unset = UNSET
    display_order: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        report_notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report_notes, Unset):
            report_notes = []
            for report_notes_item_data in self.report_notes:
                report_notes_item = report_notes_item_data.to_dict()
                report_notes.append(report_notes_item)

        display_order: list[int] | Unset = UNSET
        if not isinstance(self.display_order, Unset):
            display_order = self.display_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entries is not UNSET:
            field_dict["entries"] = entries
        if report_notes is not UNSET:
            field_dict["reportNotes"] = report_notes
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteEntriesOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.note_entry import NoteEntry  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        def _p_entries(_tx_v: Any) -> list[NoteEntry] | Unset:
            _entries = _tx_v
            entries: list[NoteEntry] | Unset = UNSET
            if _entries is not UNSET:
                entries = []
                for entries_item_data in _entries:
                    if entries_item_data is None:
                        continue
                    entries_item = NoteEntry._tx_from_json(entries_item_data)

                    entries.append(entries_item)

            return entries

        def _p_report_notes(_tx_v: Any) -> list[YearEndReportNote] | Unset:
            _report_notes = _tx_v
            report_notes: list[YearEndReportNote] | Unset = UNSET
            if _report_notes is not UNSET:
                report_notes = []
                for report_notes_item_data in _report_notes:
                    if report_notes_item_data is None:
                        continue
                    report_notes_item = YearEndReportNote._tx_from_json(report_notes_item_data)

                    report_notes.append(report_notes_item)

            return report_notes

        def _p_display_order(_tx_v: Any) -> list[int] | Unset:
            display_order = cast(list[int], _tx_v)

            return display_order

        _tx_known: frozenset[str] = frozenset(
            (
                "entries",
                "reportNotes",
                "displayOrder",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "entries": ("entries", _p_entries),
            "report_notes": ("reportNotes", _p_report_notes),
            "display_order": ("displayOrder", _p_display_order),
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
