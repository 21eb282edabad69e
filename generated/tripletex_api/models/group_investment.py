from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.group_investment_note_group_type import GroupInvestmentNoteGroupType
from ..models.group_investment_note_post_type import GroupInvestmentNotePostType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.year_end_report_note import YearEndReportNote


T = TypeVar("T", bound="GroupInvestment")


@_attrs_define
class GroupInvestment:
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (GroupInvestmentNotePostType | Unset): [read-only]
        note_group_type (GroupInvestmentNoteGroupType | Unset): [read-only]
        note_sub_type_group_id (float | Unset): [read-only]
        investment (float | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        revenue_recognized_as_income (float | Unset): [read-only]
        other_changes (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
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
        _in_request = serializing_request_body()
        note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.note, Unset):
            note = self.note.to_dict()

        note_post_type: str | Unset = UNSET
        if not isinstance(self.note_post_type, Unset):
            note_post_type = self.note_post_type.value

        note_group_type: str | Unset = UNSET
        if not isinstance(self.note_group_type, Unset):
            note_group_type = self.note_group_type.value

        note_sub_type_group_id = self.note_sub_type_group_id

        investment = self.investment

        opening_balance = self.opening_balance

        revenue_recognized_as_income = self.revenue_recognized_as_income

        other_changes = self.other_changes

        closing_balance = self.closing_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note
        if note_post_type is not UNSET and not _in_request:
            field_dict["notePostType"] = note_post_type
        if note_group_type is not UNSET and not _in_request:
            field_dict["noteGroupType"] = note_group_type
        if note_sub_type_group_id is not UNSET and not _in_request:
            field_dict["noteSubTypeGroupId"] = note_sub_type_group_id
        if investment is not UNSET and not _in_request:
            field_dict["investment"] = investment
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if revenue_recognized_as_income is not UNSET and not _in_request:
            field_dict["revenueRecognizedAsIncome"] = revenue_recognized_as_income
        if other_changes is not UNSET and not _in_request:
            field_dict["otherChanges"] = other_changes
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _note = d.pop("note", UNSET)
        note: YearEndReportNote | Unset
        if isinstance(_note, Unset):
            note = UNSET
        else:
            note = YearEndReportNote.from_dict(_note)

        _note_post_type = d.pop("notePostType", UNSET)
        note_post_type: GroupInvestmentNotePostType | Unset
        if isinstance(_note_post_type, Unset):
            note_post_type = UNSET
        else:
            note_post_type = GroupInvestmentNotePostType(_note_post_type)

        _note_group_type = d.pop("noteGroupType", UNSET)
        note_group_type: GroupInvestmentNoteGroupType | Unset
        if isinstance(_note_group_type, Unset):
            note_group_type = UNSET
        else:
            note_group_type = GroupInvestmentNoteGroupType(_note_group_type)

        note_sub_type_group_id = d.pop("noteSubTypeGroupId", UNSET)

        investment = d.pop("investment", UNSET)

        opening_balance = d.pop("openingBalance", UNSET)

        revenue_recognized_as_income = d.pop("revenueRecognizedAsIncome", UNSET)

        other_changes = d.pop("otherChanges", UNSET)

        closing_balance = d.pop("closingBalance", UNSET)

        _obj = cls(
            note=note,
            note_post_type=note_post_type,
            note_group_type=note_group_type,
            note_sub_type_group_id=note_sub_type_group_id,
            investment=investment,
            opening_balance=opening_balance,
            revenue_recognized_as_income=revenue_recognized_as_income,
            other_changes=other_changes,
            closing_balance=closing_balance,
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
