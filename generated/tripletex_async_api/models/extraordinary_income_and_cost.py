from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extraordinary_income_and_cost_note_group_type import ExtraordinaryIncomeAndCostNoteGroupType
from ..models.extraordinary_income_and_cost_note_post_type import ExtraordinaryIncomeAndCostNotePostType
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


T = TypeVar("T", bound="ExtraordinaryIncomeAndCost")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("note", dict, False),
    ("notePostType", str, False),
    ("noteGroupType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ExtraordinaryIncomeAndCost(LazyModel):
    """
    Attributes:
        note (YearEndReportNote | Unset):
        note_post_type (ExtraordinaryIncomeAndCostNotePostType | Unset): [read-only]
        note_group_type (ExtraordinaryIncomeAndCostNoteGroupType | Unset): [read-only]
        note_sub_type_group_id (float | Unset): [read-only]
        description (float | Unset): [read-only]
        amount (float | Unset): [read-only]
    """

    note: YearEndReportNote | Unset = UNSET
    note_post_type: ExtraordinaryIncomeAndCostNotePostType | Unset = UNSET
    note_group_type: ExtraordinaryIncomeAndCostNoteGroupType | Unset = UNSET
    note_sub_type_group_id: float | Unset = UNSET
    description: float | Unset = UNSET
    amount: float | Unset = UNSET
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

        note_group_type: str | Unset = UNSET
        if not isinstance(self.note_group_type, Unset):
            note_group_type = self.note_group_type.value

        note_sub_type_group_id = self.note_sub_type_group_id

        description = self.description

        amount = self.amount

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
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraordinaryIncomeAndCost from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report_note import YearEndReportNote  # noqa: PLC0415

        def _p_note(_tx_v: Any) -> YearEndReportNote | Unset:
            _note = _tx_v
            note: YearEndReportNote | Unset
            if isinstance(_note, Unset):
                note = UNSET
            else:
                note = YearEndReportNote._tx_from_json(_note)

            return note

        def _p_note_post_type(_tx_v: Any) -> ExtraordinaryIncomeAndCostNotePostType | Unset:
            _note_post_type = _tx_v
            note_post_type: ExtraordinaryIncomeAndCostNotePostType | Unset
            if isinstance(_note_post_type, Unset):
                note_post_type = UNSET
            else:
                note_post_type = ExtraordinaryIncomeAndCostNotePostType(_note_post_type)

            return note_post_type

        def _p_note_group_type(_tx_v: Any) -> ExtraordinaryIncomeAndCostNoteGroupType | Unset:
            _note_group_type = _tx_v
            note_group_type: ExtraordinaryIncomeAndCostNoteGroupType | Unset
            if isinstance(_note_group_type, Unset):
                note_group_type = UNSET
            else:
                note_group_type = ExtraordinaryIncomeAndCostNoteGroupType(_note_group_type)

            return note_group_type

        _tx_known: frozenset[str] = frozenset(
            (
                "note",
                "notePostType",
                "noteGroupType",
                "noteSubTypeGroupId",
                "description",
                "amount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "note": ("note", _p_note),
            "note_post_type": ("notePostType", _p_note_post_type),
            "note_group_type": ("noteGroupType", _p_note_group_type),
            "note_sub_type_group_id": ("noteSubTypeGroupId", None),
            "description": ("description", None),
            "amount": ("amount", None),
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
