from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ActivityExtBuilder")


@_attrs_define
class ActivityExtBuilder:
    """
    Attributes:
        company_id (int | Unset):
        project_id (int | Unset):
        activity_id (int | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        closed_log_id (int | Unset):
    """

    company_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    activity_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    closed_log_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_id = self.company_id

        project_id = self.project_id

        activity_id = self.activity_id

        start_date = self.start_date

        end_date = self.end_date

        closed_log_id = self.closed_log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if closed_log_id is not UNSET:
            field_dict["closedLogId"] = closed_log_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        project_id = d.pop("projectId", UNSET)

        activity_id = d.pop("activityId", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        closed_log_id = d.pop("closedLogId", UNSET)

        _obj = cls(
            company_id=company_id,
            project_id=project_id,
            activity_id=activity_id,
            start_date=start_date,
            end_date=end_date,
            closed_log_id=closed_log_id,
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
