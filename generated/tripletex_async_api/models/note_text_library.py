from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.note_text_library_note_post_type import NoteTextLibraryNotePostType
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
    from ..models.year_end_report_note import YearEndReportNote
    from ..models.year_end_report_note_data import YearEndReportNoteData


T = TypeVar("T", bound="NoteTextLibrary")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("note", dict, False),
    ("notePostType", str, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class NoteTextLibrary(LazyModel):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (NoteTextLibraryNotePostType | Unset): [read-only]
        note_post_name (str | Unset): [read-only]
        posts (list[YearEndReportNoteData] | Unset):
        accounting_opening_balance (float | Unset): [read-only]
        accounting_closing_balance (float | Unset): [read-only]
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: NoteTextLibraryNotePostType | Unset = UNSET
    note_post_name: str | Unset = UNSET
    posts: list[YearEndReportNoteData] | Unset = UNSET
    accounting_opening_balance: float | Unset = UNSET
    accounting_closing_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        note_post_type: str | Unset = UNSET
        if not isinstance(self.note_post_type, Unset):
            note_post_type = self.note_post_type.value

        note_post_name = self.note_post_name

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        accounting_opening_balance = self.accounting_opening_balance

        accounting_closing_balance = self.accounting_closing_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if note_post_type is not UNSET and not _in_request:
            field_dict["notePostType"] = note_post_type
        if note_post_name is not UNSET and not _in_request:
            field_dict["notePostName"] = note_post_name
        if posts is not UNSET:
            field_dict["posts"] = posts
        if accounting_opening_balance is not UNSET and not _in_request:
            field_dict["accountingOpeningBalance"] = accounting_opening_balance
        if accounting_closing_balance is not UNSET and not _in_request:
            field_dict["accountingClosingBalance"] = accounting_closing_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A NoteTextLibrary from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415
        from ..models.year_end_report_note_data import YearEndReportNoteData  # noqa: PLC0415

        def _p_note(_tx_v: Any) -> YearEndReportNote | Unset:
            _note = _tx_v
            note: YearEndReportNote | Unset
            if isinstance(_note, Unset):
                note = UNSET
            else:
                note = YearEndReportNote._tx_from_json(_note)

            return note

        def _p_note_post_type(_tx_v: Any) -> NoteTextLibraryNotePostType | Unset:
            _note_post_type = _tx_v
            note_post_type: NoteTextLibraryNotePostType | Unset
            if isinstance(_note_post_type, Unset):
                note_post_type = UNSET
            else:
                note_post_type = NoteTextLibraryNotePostType(_note_post_type)

            return note_post_type

        def _p_posts(_tx_v: Any) -> list[YearEndReportNoteData] | Unset:
            _posts = _tx_v
            posts: list[YearEndReportNoteData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = YearEndReportNoteData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "notePostName",
                "posts",
                "accountingOpeningBalance",
                "accountingClosingBalance",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "note": ("note", _p_note),
            "note_post_type": ("notePostType", _p_note_post_type),
            "note_post_name": ("notePostName", None),
            "posts": ("posts", _p_posts),
            "accounting_opening_balance": ("accountingOpeningBalance", None),
            "accounting_closing_balance": ("accountingClosingBalance", None),
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
