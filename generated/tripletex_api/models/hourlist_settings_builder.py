from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="HourlistSettingsBuilder")


@_attrs_define
class HourlistSettingsBuilder:
    """
    Attributes:
        company_id (int | Unset):
        require_comments_on_registered_hours_all_projects (bool | Unset):
        is_current_month_default_period (bool | Unset):
    """

    company_id: int | Unset = UNSET
    require_comments_on_registered_hours_all_projects: bool | Unset = UNSET
    is_current_month_default_period: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        require_comments_on_registered_hours_all_projects = self.require_comments_on_registered_hours_all_projects

        is_current_month_default_period = self.is_current_month_default_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if require_comments_on_registered_hours_all_projects is not UNSET:
            field_dict["requireCommentsOnRegisteredHoursAllProjects"] = (
                require_comments_on_registered_hours_all_projects
            )
        if is_current_month_default_period is not UNSET:
            field_dict["isCurrentMonthDefaultPeriod"] = is_current_month_default_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        require_comments_on_registered_hours_all_projects = d.pop("requireCommentsOnRegisteredHoursAllProjects", UNSET)

        is_current_month_default_period = d.pop("isCurrentMonthDefaultPeriod", UNSET)

        _obj = cls(
            company_id=company_id,
            require_comments_on_registered_hours_all_projects=require_comments_on_registered_hours_all_projects,
            is_current_month_default_period=is_current_month_default_period,
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
