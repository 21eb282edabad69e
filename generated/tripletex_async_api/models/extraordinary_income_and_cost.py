from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extraordinary_income_and_cost_note_group_type import ExtraordinaryIncomeAndCostNoteGroupType
from ..models.extraordinary_income_and_cost_note_post_type import ExtraordinaryIncomeAndCostNotePostType
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


T = TypeVar("T", bound="ExtraordinaryIncomeAndCost")


@_attrs_define
class ExtraordinaryIncomeAndCost(Model):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (ExtraordinaryIncomeAndCostNotePostType | Unset):
        note_group_type (ExtraordinaryIncomeAndCostNoteGroupType | Unset):
        note_sub_type_group_id (float | Unset):
        description (float | Unset):
        amount (float | Unset):
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: ExtraordinaryIncomeAndCostNotePostType | Unset = UNSET
    note_group_type: ExtraordinaryIncomeAndCostNoteGroupType | Unset = UNSET
    note_sub_type_group_id: float | Unset = UNSET
    description: float | Unset = UNSET
    amount: float | Unset = UNSET
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
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraordinaryIncomeAndCost from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ExtraordinaryIncomeAndCost.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        _new = object.__new__
        _e_note_post_type: dict[Any, Any] = enum_members(ExtraordinaryIncomeAndCostNotePostType)
        _e_note_group_type: dict[Any, Any] = enum_members(ExtraordinaryIncomeAndCostNoteGroupType)
        _known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "noteGroupType",
                "noteSubTypeGroupId",
                "description",
                "amount",
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
                        else enum_value(ExtraordinaryIncomeAndCostNotePostType, v)
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
                        else enum_value(ExtraordinaryIncomeAndCostNoteGroupType, v)
                    )
                v = g("noteSubTypeGroupId")
                if v is None:
                    o.note_sub_type_group_id = u
                    if "noteSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.note_sub_type_group_id = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
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
            ("note_group_type", "noteGroupType"),
            ("note_sub_type_group_id", "noteSubTypeGroupId"),
            ("description", "description"),
            ("amount", "amount"),
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
                else enum_value(ExtraordinaryIncomeAndCostNotePostType, v)
            )
            v = s.note_group_type
            o.note_group_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_note_group_type.get(v)) is not None
                else enum_value(ExtraordinaryIncomeAndCostNoteGroupType, v)
            )
            v = s.note_sub_type_group_id
            o.note_sub_type_group_id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
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
