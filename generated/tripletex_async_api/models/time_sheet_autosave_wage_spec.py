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
    from ..models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification


T = TypeVar("T", bound="TimeSheetAutosaveWageSpec")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("wageSpecEntry", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TimeSheetAutosaveWageSpec(LazyModel):
    """
    Attributes:
        wage_spec_entry (TimesheetProjectSalaryTypeSpecification | Unset):
        error_message (str | Unset): [read-only]
    """

    wage_spec_entry: TimesheetProjectSalaryTypeSpecification | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        wage_spec_entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wage_spec_entry, Unset):
            wage_spec_entry = self.wage_spec_entry.to_dict()

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wage_spec_entry is not UNSET:
            field_dict["wageSpecEntry"] = wage_spec_entry
        if error_message is not UNSET and not _in_request:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TimeSheetAutosaveWageSpec from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification  # noqa: PLC0415

        def _p_wage_spec_entry(_tx_v: Any) -> TimesheetProjectSalaryTypeSpecification | Unset:
            _wage_spec_entry = _tx_v
            wage_spec_entry: TimesheetProjectSalaryTypeSpecification | Unset
            if isinstance(_wage_spec_entry, Unset):
                wage_spec_entry = UNSET
            else:
                wage_spec_entry = TimesheetProjectSalaryTypeSpecification._tx_from_json(_wage_spec_entry)

            return wage_spec_entry

        _tx_known: frozenset[str] = frozenset(
            (
                "wageSpecEntry",
                "errorMessage",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "wage_spec_entry": ("wageSpecEntry", _p_wage_spec_entry),
            "error_message": ("errorMessage", None),
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
