from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeProfitabilityDTO")


@_attrs_define
class EmployeeProfitabilityDTO:
    """
    Attributes:
        employee_id (int | Unset): [read-only]
        employee_name (str | Unset): [read-only]
        income (float | Unset): [read-only]
        cost (float | Unset): [read-only]
        result (float | Unset): [read-only]
        margin (float | Unset): [read-only]
    """

    employee_id: int | Unset = UNSET
    employee_name: str | Unset = UNSET
    income: float | Unset = UNSET
    cost: float | Unset = UNSET
    result: float | Unset = UNSET
    margin: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_id = self.employee_id

        employee_name = self.employee_name

        income = self.income

        cost = self.cost

        result = self.result

        margin = self.margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_id is not UNSET and not _in_request:
            field_dict["employeeId"] = employee_id
        if employee_name is not UNSET and not _in_request:
            field_dict["employeeName"] = employee_name
        if income is not UNSET and not _in_request:
            field_dict["income"] = income
        if cost is not UNSET and not _in_request:
            field_dict["cost"] = cost
        if result is not UNSET and not _in_request:
            field_dict["result"] = result
        if margin is not UNSET and not _in_request:
            field_dict["margin"] = margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_id = d.pop("employeeId", UNSET)

        employee_name = d.pop("employeeName", UNSET)

        income = d.pop("income", UNSET)

        cost = d.pop("cost", UNSET)

        result = d.pop("result", UNSET)

        margin = d.pop("margin", UNSET)

        _obj = cls(
            employee_id=employee_id,
            employee_name=employee_name,
            income=income,
            cost=cost,
            result=result,
            margin=margin,
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
