from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.employment import Employment
    from ..models.salary_v2_employee import SalaryV2Employee


T = TypeVar("T", bound="SalaryV2EmployeeToEmploymentsRelationship")


@_attrs_define
class SalaryV2EmployeeToEmploymentsRelationship:
    """
    Attributes:
        employee (SalaryV2Employee | Unset):
        employments (list[Employment] | Unset): [read-only] Employments
    """

    employee: SalaryV2Employee | Unset = UNSET
    employments: list[Employment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        employments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employments, Unset):
            employments = []
            for employments_item_data in self.employments:
                employments_item = employments_item_data.to_dict()
                employments.append(employments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET:
            field_dict["employee"] = employee
        if employments is not UNSET and not _in_request:
            field_dict["employments"] = employments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.salary_v2_employee import SalaryV2Employee  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _employee = d.pop("employee", UNSET)
        employee: SalaryV2Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = SalaryV2Employee.from_dict(_employee)

        _employments = d.pop("employments", UNSET)
        employments: list[Employment] | Unset = UNSET
        if _employments is not UNSET:
            employments = []
            for employments_item_data in _employments:
                if employments_item_data is None:
                    continue
                employments_item = Employment.from_dict(employments_item_data)

                employments.append(employments_item)

        _obj = cls(
            employee=employee,
            employments=employments,
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
