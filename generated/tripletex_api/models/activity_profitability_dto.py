from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ActivityProfitabilityDTO")


@_attrs_define
class ActivityProfitabilityDTO:
    """
    Attributes:
        activity_id (int | Unset): [read-only]
        activity_name (str | Unset): [read-only]
        income (float | Unset): [read-only]
    """

    activity_id: int | Unset = UNSET
    activity_name: str | Unset = UNSET
    income: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        activity_id = self.activity_id

        activity_name = self.activity_name

        income = self.income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET and not _in_request:
            field_dict["activityId"] = activity_id
        if activity_name is not UNSET and not _in_request:
            field_dict["activityName"] = activity_name
        if income is not UNSET and not _in_request:
            field_dict["income"] = income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        activity_id = d.pop("activityId", UNSET)

        activity_name = d.pop("activityName", UNSET)

        income = d.pop("income", UNSET)

        _obj = cls(
            activity_id=activity_id,
            activity_name=activity_name,
            income=income,
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
