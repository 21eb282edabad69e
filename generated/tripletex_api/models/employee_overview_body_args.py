from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeOverviewBodyArgs")


@_attrs_define
class EmployeeOverviewBodyArgs:
    """
    Attributes:
        employee_ids (str | Unset):
        employee_ids_to_show_on_top (str | Unset):
        query (str | Unset):
    """

    employee_ids: str | Unset = UNSET
    employee_ids_to_show_on_top: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee_ids = self.employee_ids

        employee_ids_to_show_on_top = self.employee_ids_to_show_on_top

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee_ids is not UNSET:
            field_dict["employeeIds"] = employee_ids
        if employee_ids_to_show_on_top is not UNSET:
            field_dict["employeeIdsToShowOnTop"] = employee_ids_to_show_on_top
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee_ids = d.pop("employeeIds", UNSET)

        employee_ids_to_show_on_top = d.pop("employeeIdsToShowOnTop", UNSET)

        query = d.pop("query", UNSET)

        _obj = cls(
            employee_ids=employee_ids,
            employee_ids_to_show_on_top=employee_ids_to_show_on_top,
            query=query,
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
