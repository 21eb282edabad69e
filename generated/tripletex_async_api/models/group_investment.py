from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_investment_note_group_type import GroupInvestmentNoteGroupType
from ..models.group_investment_note_post_type import GroupInvestmentNotePostType
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


T = TypeVar("T", bound="GroupInvestment")


@_attrs_define
class GroupInvestment(Model):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (GroupInvestmentNotePostType | Unset):
        note_group_type (GroupInvestmentNoteGroupType | Unset):
        note_sub_type_group_id (float | Unset):
        investment (float | Unset):
        opening_balance (float | Unset):
        revenue_recognized_as_income (float | Unset):
        other_changes (float | Unset):
        closing_balance (float | Unset):
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: GroupInvestmentNotePostType | Unset = UNSET
    note_group_type: GroupInvestmentNoteGroupType | Unset = UNSET
    note_sub_type_group_id: float | Unset = UNSET
    investment: float | Unset = UNSET
    opening_balance: float | Unset = UNSET
    revenue_recognized_as_income: float | Unset = UNSET
    other_changes: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
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
        _v = self.investment
        if _v is not UNSET and not _in_request:
            field_dict["investment"] = _v
        _v = self.opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["openingBalance"] = _v
        _v = self.revenue_recognized_as_income
        if _v is not UNSET and not _in_request:
            field_dict["revenueRecognizedAsIncome"] = _v
        _v = self.other_changes
        if _v is not UNSET and not _in_request:
            field_dict["otherChanges"] = _v
        _v = self.closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["closingBalance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GroupInvestment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GroupInvestment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        _new = object.__new__
        _e_note_post_type: dict[Any, Any] = enum_members(GroupInvestmentNotePostType)
        _e_note_group_type: dict[Any, Any] = enum_members(GroupInvestmentNoteGroupType)
        _known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "noteGroupType",
                "noteSubTypeGroupId",
                "investment",
                "openingBalance",
                "revenueRecognizedAsIncome",
                "otherChanges",
                "closingBalance",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "noteSubTypeGroupId": "note_sub_type_group_id",
            "investment": "investment",
            "openingBalance": "opening_balance",
            "revenueRecognizedAsIncome": "revenue_recognized_as_income",
            "otherChanges": "other_changes",
            "closingBalance": "closing_balance",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.note = o.note_post_type = o.note_group_type = o.note_sub_type_group_id = o.investment = (
                        o.opening_balance
                    ) = o.revenue_recognized_as_income = o.other_changes = o.closing_balance = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
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
                        else enum_value(GroupInvestmentNotePostType, v)
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
                        else enum_value(GroupInvestmentNoteGroupType, v)
                    )
                v = g("noteSubTypeGroupId")
                if v is None:
                    o.note_sub_type_group_id = u
                    if "noteSubTypeGroupId" not in d:
                        m += 1
                else:
                    o.note_sub_type_group_id = v
                v = g("investment")
                if v is None:
                    o.investment = u
                    if "investment" not in d:
                        m += 1
                else:
                    o.investment = v
                v = g("openingBalance")
                if v is None:
                    o.opening_balance = u
                    if "openingBalance" not in d:
                        m += 1
                else:
                    o.opening_balance = v
                v = g("revenueRecognizedAsIncome")
                if v is None:
                    o.revenue_recognized_as_income = u
                    if "revenueRecognizedAsIncome" not in d:
                        m += 1
                else:
                    o.revenue_recognized_as_income = v
                v = g("otherChanges")
                if v is None:
                    o.other_changes = u
                    if "otherChanges" not in d:
                        m += 1
                else:
                    o.other_changes = v
                v = g("closingBalance")
                if v is None:
                    o.closing_balance = u
                    if "closingBalance" not in d:
                        m += 1
                else:
                    o.closing_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("investment", "investment"),
            ("opening_balance", "openingBalance"),
            ("revenue_recognized_as_income", "revenueRecognizedAsIncome"),
            ("other_changes", "otherChanges"),
            ("closing_balance", "closingBalance"),
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
                else enum_value(GroupInvestmentNotePostType, v)
            )
            v = s.note_group_type
            o.note_group_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_note_group_type.get(v)) is not None
                else enum_value(GroupInvestmentNoteGroupType, v)
            )
            v = s.note_sub_type_group_id
            o.note_sub_type_group_id = u if v is None else v
            v = s.investment
            o.investment = u if v is None else v
            v = s.opening_balance
            o.opening_balance = u if v is None else v
            v = s.revenue_recognized_as_income
            o.revenue_recognized_as_income = u if v is None else v
            v = s.other_changes
            o.other_changes = u if v is None else v
            v = s.closing_balance
            o.closing_balance = u if v is None else v
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
