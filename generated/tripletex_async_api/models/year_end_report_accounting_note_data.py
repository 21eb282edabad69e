from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_report_accounting_note_data_note_group_type import YearEndReportAccountingNoteDataNoteGroupType
from ..models.year_end_report_accounting_note_data_post_type import YearEndReportAccountingNoteDataPostType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.year_end_report import YearEndReport
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="YearEndReportAccountingNoteData")


@_attrs_define
class YearEndReportAccountingNoteData(Model):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        note (YearEndReportNote | Unset):
        note_group_type (YearEndReportAccountingNoteDataNoteGroupType | Unset):
        note_sub_type_group_id (float | Unset):
        post_type (YearEndReportAccountingNoteDataPostType | Unset):
        post_value (float | Unset):
        post_medium_text_value (float | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    note: YearEndReportNote | Unset = UNSET
    note_group_type: YearEndReportAccountingNoteDataNoteGroupType | Unset = UNSET
    note_sub_type_group_id: float | Unset = UNSET
    post_type: YearEndReportAccountingNoteDataPostType | Unset = UNSET
    post_value: float | Unset = UNSET
    post_medium_text_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.note
        if _v is not UNSET:
            field_dict["note"] = _v.to_dict()
        _v = self.note_group_type
        if _v is not UNSET and not _in_request:
            field_dict["noteGroupType"] = _v._value_
        _v = self.note_sub_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["noteSubTypeGroupId"] = _v
        _v = self.post_type
        if _v is not UNSET and not _in_request:
            field_dict["postType"] = _v._value_
        _v = self.post_value
        if _v is not UNSET and not _in_request:
            field_dict["postValue"] = _v
        _v = self.post_medium_text_value
        if _v is not UNSET and not _in_request:
            field_dict["postMediumTextValue"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndReportAccountingNoteData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``YearEndReportAccountingNoteData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        _new = object.__new__
        _e_note_group_type: dict[Any, Any] = enum_members(YearEndReportAccountingNoteDataNoteGroupType)
        _e_post_type: dict[Any, Any] = enum_members(YearEndReportAccountingNoteDataPostType)
        _known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "note",
                "noteGroupType",
                "noteSubTypeGroupId",
                "postType",
                "postValue",
                "postMediumTextValue",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                k = "note"
                v = g("note")
                if v is None:
                    o.note = u
                    if "note" not in d:
                        m += 1
                else:
                    o.note = YearEndReportNote._tx_parse(v)
                k = "noteGroupType"
                v = g("noteGroupType")
                if v is None:
                    o.note_group_type = u
                    if "noteGroupType" not in d:
                        m += 1
                else:
                    o.note_group_type = (
                        e_
                        if (e_ := _e_note_group_type.get(v)) is not None
                        else enum_value(YearEndReportAccountingNoteDataNoteGroupType, v)
                    )
                v = g("noteSubTypeGroupId")
                if v is None:
                    o.note_sub_type_group_id = u
                    if "noteSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.note_sub_type_group_id = v
                k = "postType"
                v = g("postType")
                if v is None:
                    o.post_type = u
                    if "postType" not in d:
                        m += 1
                else:
                    o.post_type = (
                        e_
                        if (e_ := _e_post_type.get(v)) is not None
                        else enum_value(YearEndReportAccountingNoteDataPostType, v)
                    )
                v = g("postValue")
                if v is None:
                    o.post_value = u
                    if "postValue" not in d:
                        m += 1
                else:
                    o.post_value = v
                v = g("postMediumTextValue")
                if v is None:
                    o.post_medium_text_value = u
                    if "postMediumTextValue" not in d:
                        m += 1
                else:
                    o.post_medium_text_value = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("note", "note"),
            ("note_group_type", "noteGroupType"),
            ("note_sub_type_group_id", "noteSubTypeGroupId"),
            ("post_type", "postType"),
            ("post_value", "postValue"),
            ("post_medium_text_value", "postMediumTextValue"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.note
            o.note = u if v is None or v is u else YearEndReportNote._tx_parse(v)
            v = s.note_group_type
            o.note_group_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_note_group_type.get(v)) is not None
                else enum_value(YearEndReportAccountingNoteDataNoteGroupType, v)
            )
            v = s.note_sub_type_group_id
            o.note_sub_type_group_id = u if v is None else v
            v = s.post_type
            o.post_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_post_type.get(v)) is not None
                else enum_value(YearEndReportAccountingNoteDataPostType, v)
            )
            v = s.post_value
            o.post_value = u if v is None else v
            v = s.post_medium_text_value
            o.post_medium_text_value = u if v is None else v
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
