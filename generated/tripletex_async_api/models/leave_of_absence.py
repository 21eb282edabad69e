from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.leave_of_absence_leave_of_absence_type_enum import LeaveOfAbsenceLeaveOfAbsenceTypeEnum
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
    from ..models.employment import Employment


T = TypeVar("T", bound="LeaveOfAbsence")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employment", dict, False),
    ("type", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class LeaveOfAbsence(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employment (Employment | Unset): Employments tied to the employee
        imported_leave_of_absence_id (str | Unset): Existing leave of absence ID used by the current accounting system
        start_date (str | Unset):
        end_date (str | Unset):
        percentage (float | Unset):
        is_wage_deduction (bool | Unset):
        type_ (LeaveOfAbsenceLeaveOfAbsenceTypeEnum | Unset): Define the leave of absence type.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employment: Employment | Unset = UNSET
    imported_leave_of_absence_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    percentage: float | Unset = UNSET
    is_wage_deduction: bool | Unset = UNSET
    type_: LeaveOfAbsenceLeaveOfAbsenceTypeEnum | Unset = UNSET
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

        employment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment, Unset):
            employment = self.employment.to_dict()

        imported_leave_of_absence_id = self.imported_leave_of_absence_id

        start_date = self.start_date

        end_date = self.end_date

        percentage = self.percentage

        is_wage_deduction = self.is_wage_deduction

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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
        if employment is not UNSET:
            field_dict["employment"] = employment
        if imported_leave_of_absence_id is not UNSET:
            field_dict["importedLeaveOfAbsenceId"] = imported_leave_of_absence_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if is_wage_deduction is not UNSET:
            field_dict["isWageDeduction"] = is_wage_deduction
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A LeaveOfAbsence from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415

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

        def _p_employment(_tx_v: Any) -> Employment | Unset:
            _employment = _tx_v
            employment: Employment | Unset
            if isinstance(_employment, Unset):
                employment = UNSET
            else:
                employment = Employment._tx_from_json(_employment)

            return employment

        def _p_type_(_tx_v: Any) -> LeaveOfAbsenceLeaveOfAbsenceTypeEnum | Unset:
            _type_ = _tx_v
            type_: LeaveOfAbsenceLeaveOfAbsenceTypeEnum | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = LeaveOfAbsenceLeaveOfAbsenceTypeEnum(_type_)

            return type_

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employment",
                "importedLeaveOfAbsenceId",
                "startDate",
                "endDate",
                "percentage",
                "isWageDeduction",
                "type",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employment": ("employment", _p_employment),
            "imported_leave_of_absence_id": ("importedLeaveOfAbsenceId", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "percentage": ("percentage", None),
            "is_wage_deduction": ("isWageDeduction", None),
            "type_": ("type", _p_type_),
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
