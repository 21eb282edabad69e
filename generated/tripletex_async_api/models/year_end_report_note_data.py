from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_report_note_data_note_group_type import YearEndReportNoteDataNoteGroupType
from ..models.year_end_report_note_data_post_type import YearEndReportNoteDataPostType
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
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="YearEndReportNoteData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("yearEndReport", dict, False),
    ("note", dict, False),
    ("noteGroupType", str, False),
    ("postType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class YearEndReportNoteData(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year_end_report (YearEndReport | Unset):
        note (YearEndReportNote | Unset):
        note_group_type (YearEndReportNoteDataNoteGroupType | Unset):
        note_sub_type_group_id (int | Unset):
        post_type (YearEndReportNoteDataPostType | Unset):
        post_value (str | Unset):
        post_medium_text_value (str | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    note: YearEndReportNote | Unset = UNSET
    note_group_type: YearEndReportNoteDataNoteGroupType | Unset = UNSET
    note_sub_type_group_id: int | Unset = UNSET
    post_type: YearEndReportNoteDataPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    post_medium_text_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        note_group_type: str | Unset = UNSET
        if not isinstance(self.note_group_type, Unset):
            note_group_type = self.note_group_type.value

        note_sub_type_group_id = self.note_sub_type_group_id

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        post_medium_text_value = self.post_medium_text_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if note is not UNSET:
            field_dict["note"] = note
        if note_group_type is not UNSET:
            field_dict["noteGroupType"] = note_group_type
        if note_sub_type_group_id is not UNSET:
            field_dict["noteSubTypeGroupId"] = note_sub_type_group_id
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value
        if post_medium_text_value is not UNSET:
            field_dict["postMediumTextValue"] = post_medium_text_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportNoteData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_note(_tx_v: Any) -> YearEndReportNote | Unset:
            _note = _tx_v
            note: YearEndReportNote | Unset
            if isinstance(_note, Unset):
                note = UNSET
            else:
                note = YearEndReportNote._tx_from_json(_note)

            return note

        def _p_note_group_type(_tx_v: Any) -> YearEndReportNoteDataNoteGroupType | Unset:
            _note_group_type = _tx_v
            note_group_type: YearEndReportNoteDataNoteGroupType | Unset
            if isinstance(_note_group_type, Unset):
                note_group_type = UNSET
            else:
                note_group_type = YearEndReportNoteDataNoteGroupType(_note_group_type)

            return note_group_type

        def _p_post_type(_tx_v: Any) -> YearEndReportNoteDataPostType | Unset:
            _post_type = _tx_v
            post_type: YearEndReportNoteDataPostType | Unset
            if isinstance(_post_type, Unset):
                post_type = UNSET
            else:
                post_type = YearEndReportNoteDataPostType(_post_type)

            return post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "yearEndReport",
                "note",
                "noteGroupType",
                "noteSubTypeGroupId",
                "postType",
                "postValue",
                "postMediumTextValue",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "note": ("note", _p_note),
            "note_group_type": ("noteGroupType", _p_note_group_type),
            "note_sub_type_group_id": ("noteSubTypeGroupId", None),
            "post_type": ("postType", _p_post_type),
            "post_value": ("postValue", None),
            "post_medium_text_value": ("postMediumTextValue", None),
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
