from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="WeeklyHourlistBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class WeeklyHourlistBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        employee_id (int | Unset):
        week (int | Unset):
        year (int | Unset):
        completed (bool | Unset):
        approved (bool | Unset):
        approved_by (int | Unset):
        date (str | Unset):
        approved_until (str | Unset):
    """

    company_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    week: int | Unset = UNSET
    year: int | Unset = UNSET
    completed: bool | Unset = UNSET
    approved: bool | Unset = UNSET
    approved_by: int | Unset = UNSET
    date: str | Unset = UNSET
    approved_until: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        employee_id = self.employee_id

        week = self.week

        year = self.year

        completed = self.completed

        approved = self.approved

        approved_by = self.approved_by

        date = self.date

        approved_until = self.approved_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if week is not UNSET:
            field_dict["week"] = week
        if year is not UNSET:
            field_dict["year"] = year
        if completed is not UNSET:
            field_dict["completed"] = completed
        if approved is not UNSET:
            field_dict["approved"] = approved
        if approved_by is not UNSET:
            field_dict["approvedBy"] = approved_by
        if date is not UNSET:
            field_dict["date"] = date
        if approved_until is not UNSET:
            field_dict["approvedUntil"] = approved_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WeeklyHourlistBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "employeeId",
                "week",
                "year",
                "completed",
                "approved",
                "approvedBy",
                "date",
                "approvedUntil",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "employee_id": ("employeeId", None),
            "week": ("week", None),
            "year": ("year", None),
            "completed": ("completed", None),
            "approved": ("approved", None),
            "approved_by": ("approvedBy", None),
            "date": ("date", None),
            "approved_until": ("approvedUntil", None),
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
