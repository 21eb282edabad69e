from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification


T = TypeVar("T", bound="TimeSheetAutosaveWageSpec")


@_attrs_define
class TimeSheetAutosaveWageSpec:
    """
    Attributes:
        wage_spec_entry (TimesheetProjectSalaryTypeSpecification | Unset):
        error_message (str | Unset): [read-only]
    """

    wage_spec_entry: TimesheetProjectSalaryTypeSpecification | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _wage_spec_entry = d.pop("wageSpecEntry", UNSET)
        wage_spec_entry: TimesheetProjectSalaryTypeSpecification | Unset
        if isinstance(_wage_spec_entry, Unset):
            wage_spec_entry = UNSET
        else:
            wage_spec_entry = TimesheetProjectSalaryTypeSpecification.from_dict(_wage_spec_entry)

        error_message = d.pop("errorMessage", UNSET)

        _obj = cls(
            wage_spec_entry=wage_spec_entry,
            error_message=error_message,
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
