from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_report_note_data_note_group_type import YearEndReportNoteDataNoteGroupType
from ..models.year_end_report_note_data_post_type import YearEndReportNoteDataPostType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.year_end_report import YearEndReport
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="YearEndReportNoteData")


@_attrs_define
class YearEndReportNoteData:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _note = d.pop("note", UNSET)
        note: YearEndReportNote | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = YearEndReportNote.from_dict(_note)

        _note_group_type = d.pop("noteGroupType", UNSET)
        note_group_type: YearEndReportNoteDataNoteGroupType | Unset
        if isinstance(_note_group_type, Unset):
            note_group_type = UNSET
        else:
            note_group_type = YearEndReportNoteDataNoteGroupType(_note_group_type)

        note_sub_type_group_id = d.pop("noteSubTypeGroupId", UNSET)

        _post_type = d.pop("postType", UNSET)
        post_type: YearEndReportNoteDataPostType | Unset
        if isinstance(_post_type, Unset):
            post_type = UNSET
        else:
            post_type = YearEndReportNoteDataPostType(_post_type)

        post_value = d.pop("postValue", UNSET)

        post_medium_text_value = d.pop("postMediumTextValue", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year_end_report=year_end_report,
            note=note,
            note_group_type=note_group_type,
            note_sub_type_group_id=note_sub_type_group_id,
            post_type=post_type,
            post_value=post_value,
            post_medium_text_value=post_medium_text_value,
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
