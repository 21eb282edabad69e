from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="YearEndAnnualAccountsFreeNoteLastModifiedInfo")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("employee", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class YearEndAnnualAccountsFreeNoteLastModifiedInfo(LazyModel):
    """
    Attributes:
        employee (Employee | Unset):
        date (str | Unset): [read-only] The date of when the note has been modified
        time (str | Unset): [read-only] The time of when the note has been modified
    """

    employee: Employee | Unset = UNSET
    date: str | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        date = self.date

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
        if date is not UNSET and not _in_request:
            field_dict["date"] = date
        if time is not UNSET and not _in_request:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A YearEndAnnualAccountsFreeNoteLastModifiedInfo from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.employee import Employee  # noqa: PLC0415

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "date",
                "time",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", _p_employee),
            "date": ("date", None),
            "time": ("time", None),
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
