from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.note_entry import NoteEntry
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="NoteEntriesOverview")


@_attrs_define
class NoteEntriesOverview(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.entries
        if _v is not UNSET:
            field_dict["entries"] = [_e.to_dict() for _e in _v]
        _v = self.report_notes
        if _v is not UNSET:
            field_dict["reportNotes"] = [_e.to_dict() for _e in _v]
        _v = self.display_order
        if _v is not UNSET:
            field_dict["displayOrder"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteEntriesOverview from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``NoteEntriesOverview.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.note_entry import NoteEntry  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "entries",
                "reportNotes",
                "displayOrder",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "entries"
                v = g("entries")
                if v is None:
                    o.entries = u
                    if "entries" not in d:
                        m += 1
                else:
                    o.entries = (
                        ([NoteEntry._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "reportNotes"
                v = g("reportNotes")
                if v is None:
                    o.report_notes = u
                    if "reportNotes" not in d:
                        m += 1
                else:
                    o.report_notes = (
                        ([YearEndReportNote._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "displayOrder"
                v = g("displayOrder")
                if v is None:
                    o.display_order = u
                    if "displayOrder" not in d:
                        m += 1
                else:
                    o.display_order = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("entries", "entries"),
            ("report_notes", "reportNotes"),
            ("display_order", "displayOrder"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.entries
            o.entries = (
                u
                if v is None or v is u
                else ([NoteEntry._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.report_notes
            o.report_notes = (
                u
                if v is None or v is u
                else ([YearEndReportNote._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.display_order
            o.display_order = u if v is None or v is u else v
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
