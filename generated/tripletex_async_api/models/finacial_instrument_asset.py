from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finacial_instrument_asset_note_group_type import FinacialInstrumentAssetNoteGroupType
from ..models.finacial_instrument_asset_note_post_type import FinacialInstrumentAssetNotePostType
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
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="FinacialInstrumentAsset")


@_attrs_define
class FinacialInstrumentAsset(Model):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (FinacialInstrumentAssetNotePostType | Unset):
        note_group_type (FinacialInstrumentAssetNoteGroupType | Unset):
        note_sub_type_group_id (float | Unset):
        asset (float | Unset):
        real_value (float | Unset):
        value_adjustment (float | Unset):
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: FinacialInstrumentAssetNotePostType | Unset = UNSET
    note_group_type: FinacialInstrumentAssetNoteGroupType | Unset = UNSET
    note_sub_type_group_id: float | Unset = UNSET
    asset: float | Unset = UNSET
    real_value: float | Unset = UNSET
    value_adjustment: float | Unset = UNSET
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
        _v = self.note_group_type
        if _v is not UNSET and not _in_request:
            field_dict["noteGroupType"] = _v._value_
        _v = self.note_sub_type_group_id
        if _v is not UNSET and not _in_request:
            field_dict["noteSubTypeGroupId"] = _v
        _v = self.asset
        if _v is not UNSET and not _in_request:
            field_dict["asset"] = _v
        _v = self.real_value
        if _v is not UNSET and not _in_request:
            field_dict["realValue"] = _v
        _v = self.value_adjustment
        if _v is not UNSET and not _in_request:
            field_dict["valueAdjustment"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A FinacialInstrumentAsset from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``FinacialInstrumentAsset.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        _new = object.__new__
        _e_note_post_type: dict[Any, Any] = enum_members(FinacialInstrumentAssetNotePostType)
        _e_note_group_type: dict[Any, Any] = enum_members(FinacialInstrumentAssetNoteGroupType)
        _known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "noteGroupType",
                "noteSubTypeGroupId",
                "asset",
                "realValue",
                "valueAdjustment",
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
                        else enum_value(FinacialInstrumentAssetNotePostType, v)
                    )
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
                        else enum_value(FinacialInstrumentAssetNoteGroupType, v)
                    )
                v = g("noteSubTypeGroupId")
                if v is None:
                    o.note_sub_type_group_id = u
                    if "noteSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.note_sub_type_group_id = v
                v = g("asset")
                if v is None:
                    o.asset = u
                    if "asset" not in d:
                        m += 1
                else:
                    o.asset = v
                v = g("realValue")
                if v is None:
                    o.real_value = u
                    if "realValue" not in d:
                        m += 1
                else:
                    o.real_value = v
                v = g("valueAdjustment")
                if v is None:
                    o.value_adjustment = u
                    if "valueAdjustment" not in d:
                        m += 1
                else:
                    o.value_adjustment = v
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
            ("note", "note"),
            ("note_post_type", "notePostType"),
            ("note_group_type", "noteGroupType"),
            ("note_sub_type_group_id", "noteSubTypeGroupId"),
            ("asset", "asset"),
            ("real_value", "realValue"),
            ("value_adjustment", "valueAdjustment"),
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
                else enum_value(FinacialInstrumentAssetNotePostType, v)
            )
            v = s.note_group_type
            o.note_group_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_note_group_type.get(v)) is not None
                else enum_value(FinacialInstrumentAssetNoteGroupType, v)
            )
            v = s.note_sub_type_group_id
            o.note_sub_type_group_id = u if v is None else v
            v = s.asset
            o.asset = u if v is None else v
            v = s.real_value
            o.real_value = u if v is None else v
            v = s.value_adjustment
            o.value_adjustment = u if v is None else v
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
