from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.deprecated_working_hours import DeprecatedWorkingHours


T = TypeVar("T", bound="DeprecatedWorkingHoursCollection")


@_attrs_define
class DeprecatedWorkingHoursCollection:
    """
    Attributes:
        employee_working_hours (list[DeprecatedWorkingHours] | Unset): [read-only]
        company_working_hours (list[DeprecatedWorkingHours] | Unset): [read-only]
    """

    employee_working_hours: list[DeprecatedWorkingHours] | Unset = UNSET
    company_working_hours: list[DeprecatedWorkingHours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_working_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employee_working_hours, Unset):
            employee_working_hours = []
            for employee_working_hours_item_data in self.employee_working_hours:
                employee_working_hours_item = employee_working_hours_item_data.to_dict()
                employee_working_hours.append(employee_working_hours_item)

        company_working_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.company_working_hours, Unset):
            company_working_hours = []
            for company_working_hours_item_data in self.company_working_hours:
                company_working_hours_item = company_working_hours_item_data.to_dict()
                company_working_hours.append(company_working_hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_working_hours is not UNSET and not _in_request:
            field_dict["employeeWorkingHours"] = employee_working_hours
        if company_working_hours is not UNSET and not _in_request:
            field_dict["companyWorkingHours"] = company_working_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.deprecated_working_hours import DeprecatedWorkingHours  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee_working_hours = d.pop("employeeWorkingHours", UNSET)
        employee_working_hours: list[DeprecatedWorkingHours] | Unset = UNSET
        if _employee_working_hours is not UNSET:
            employee_working_hours = []
            for employee_working_hours_item_data in _employee_working_hours:
                if employee_working_hours_item_data is None:
                    continue
                employee_working_hours_item = DeprecatedWorkingHours.from_dict(employee_working_hours_item_data)

                employee_working_hours.append(employee_working_hours_item)

        _company_working_hours = d.pop("companyWorkingHours", UNSET)
        company_working_hours: list[DeprecatedWorkingHours] | Unset = UNSET
        if _company_working_hours is not UNSET:
            company_working_hours = []
            for company_working_hours_item_data in _company_working_hours:
                if company_working_hours_item_data is None:
                    continue
                company_working_hours_item = DeprecatedWorkingHours.from_dict(company_working_hours_item_data)

                company_working_hours.append(company_working_hours_item)

        _obj = cls(
            employee_working_hours=employee_working_hours,
            company_working_hours=company_working_hours,
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
