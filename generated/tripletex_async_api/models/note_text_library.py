from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.note_text_library_note_post_type import NoteTextLibraryNotePostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report_note import YearEndReportNote
    from ..models.year_end_report_note_data import YearEndReportNoteData


T = TypeVar("T", bound="NoteTextLibrary")


@_attrs_define
class NoteTextLibrary(Model):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (NoteTextLibraryNotePostType | Unset):
        note_post_name (str | Unset):
        posts (list[YearEndReportNoteData] | Unset):
        accounting_opening_balance (float | Unset):
        accounting_closing_balance (float | Unset):
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: NoteTextLibraryNotePostType | Unset = UNSET
    note_post_name: str | Unset = UNSET
    posts: list[YearEndReportNoteData] | Unset = UNSET
    accounting_opening_balance: float | Unset = UNSET
    accounting_closing_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.note
        if _v is not UNSET:
            field_dict["note"] = _v.to_dict()
        _v = self.note_post_type
        if _v is not UNSET and not _in_request:
            field_dict["notePostType"] = _v._value_
        _v = self.note_post_name
        if _v is not UNSET and not _in_request:
            field_dict["notePostName"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.accounting_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["accountingOpeningBalance"] = _v
        _v = self.accounting_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["accountingClosingBalance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteTextLibrary from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``NoteTextLibrary.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415
        from ..models.year_end_report_note_data import YearEndReportNoteData  # noqa: PLC0415

        _new = object.__new__
        _e_note_post_type: dict[Any, Any] = enum_members(NoteTextLibraryNotePostType)
        _known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "notePostName",
                "posts",
                "accountingOpeningBalance",
                "accountingClosingBalance",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "note"
                v = g("note")
                if v is None:
                    o.note = u
                    if "note" not in d:
                        m += 1
                else:
                    o.note = YearEndReportNote._tx_parse(v)
                k = "notePostType"
                v = g("notePostType")
                if v is None:
                    o.note_post_type = u
                    if "notePostType" not in d:
                        m += 1
                else:
                    o.note_post_type = (
                        e_
                        if (e_ := _e_note_post_type.get(v)) is not None
                        else enum_value(NoteTextLibraryNotePostType, v)
                    )
                v = g("notePostName")
                if v is None:
                    o.note_post_name = u
                    if "notePostName" not in d:
                        m += 1
                else:
                    o.note_post_name = v
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([YearEndReportNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("accountingOpeningBalance")
                if v is None:
                    o.accounting_opening_balance = u
                    if "accountingOpeningBalance" not in d:
                        m += 1
                else:
                    o.accounting_opening_balance = v
                v = g("accountingClosingBalance")
                if v is None:
                    o.accounting_closing_balance = u
                    if "accountingClosingBalance" not in d:
                        m += 1
                else:
                    o.accounting_closing_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("note", "note"),
            ("note_post_type", "notePostType"),
            ("note_post_name", "notePostName"),
            ("posts", "posts"),
            ("accounting_opening_balance", "accountingOpeningBalance"),
            ("accounting_closing_balance", "accountingClosingBalance"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.note
            o.note = u if v is None or v is u else YearEndReportNote._tx_parse(v)
            v = s.note_post_type
            o.note_post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_note_post_type.get(v)) is not None
                else enum_value(NoteTextLibraryNotePostType, v)
            )
            v = s.note_post_name
            o.note_post_name = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([YearEndReportNoteData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.accounting_opening_balance
            o.accounting_opening_balance = u if v is None else v
            v = s.accounting_closing_balance
            o.accounting_closing_balance = u if v is None else v
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
