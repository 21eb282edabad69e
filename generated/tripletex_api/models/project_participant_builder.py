from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectParticipantBuilder")


@_attrs_define
class ProjectParticipantBuilder:
    """
    Attributes:
        company_id (int | Unset):
        project_id (int | Unset):
        employee_id (int | Unset):
        project_manager (bool | Unset):
        mesan_percentage_hour_price_reduction (int | Unset):
    """

    company_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    employee_id: int | Unset = UNSET
    project_manager: bool | Unset = UNSET
    mesan_percentage_hour_price_reduction: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        project_id = self.project_id

        employee_id = self.employee_id

        project_manager = self.project_manager

        mesan_percentage_hour_price_reduction = self.mesan_percentage_hour_price_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if project_manager is not UNSET:
            field_dict["projectManager"] = project_manager
        if mesan_percentage_hour_price_reduction is not UNSET:
            field_dict["mesanPercentageHourPriceReduction"] = mesan_percentage_hour_price_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        project_id = d.pop("projectId", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        project_manager = d.pop("projectManager", UNSET)

        mesan_percentage_hour_price_reduction = d.pop("mesanPercentageHourPriceReduction", UNSET)

        _obj = cls(
            company_id=company_id,
            project_id=project_id,
            employee_id=employee_id,
            project_manager=project_manager,
            mesan_percentage_hour_price_reduction=mesan_percentage_hour_price_reduction,
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
