from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grouping_business_activity_type import GroupingBusinessActivityType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Grouping")


@_attrs_define
class Grouping:
    """groupings

    Attributes:
        grouping (str | Unset): [read-only] grouping
        business_activity_type (GroupingBusinessActivityType | Unset): [read-only] business activity type
    """

    grouping: str | Unset = UNSET
    business_activity_type: GroupingBusinessActivityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        grouping = self.grouping

        business_activity_type: str | Unset = UNSET
        if not isinstance(self.business_activity_type, Unset):
            business_activity_type = self.business_activity_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if business_activity_type is not UNSET and not _in_request:
            field_dict["businessActivityType"] = business_activity_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        grouping = d.pop("grouping", UNSET)

        _business_activity_type = d.pop("businessActivityType", UNSET)
        business_activity_type: GroupingBusinessActivityType | Unset
        if isinstance(_business_activity_type, Unset):
            business_activity_type = UNSET
        else:
            business_activity_type = GroupingBusinessActivityType(_business_activity_type)

        _obj = cls(
            grouping=grouping,
            business_activity_type=business_activity_type,
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
