from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_correction_post_type import ManualCorrectionPostType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ManualCorrection")


@_attrs_define
class ManualCorrection:
    """List of manual corrections

    Attributes:
        post_id (int | Unset): [read-only] postTypeId
        name (str | Unset): [read-only] name
        income_group_id (int | Unset): [read-only] incomeGroupId
        grouping (str | Unset): [read-only] grouping
        post_type (ManualCorrectionPostType | Unset): Post type
        post_value (str | Unset): Post value
    """

    post_id: int | Unset = UNSET
    name: str | Unset = UNSET
    income_group_id: int | Unset = UNSET
    grouping: str | Unset = UNSET
    post_type: ManualCorrectionPostType | Unset = UNSET
    post_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        post_id = self.post_id

        name = self.name

        income_group_id = self.income_group_id

        grouping = self.grouping

        post_type: str | Unset = UNSET
        if not isinstance(self.post_type, Unset):
            post_type = self.post_type.value

        post_value = self.post_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_id is not UNSET and not _in_request:
            field_dict["postId"] = post_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if income_group_id is not UNSET and not _in_request:
            field_dict["incomeGroupId"] = income_group_id
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if post_type is not UNSET:
            field_dict["postType"] = post_type
        if post_value is not UNSET:
            field_dict["postValue"] = post_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        post_id = d.pop("postId", UNSET)

        name = d.pop("name", UNSET)

        income_group_id = d.pop("incomeGroupId", UNSET)

        grouping = d.pop("grouping", UNSET)

        _post_type = d.pop("postType", UNSET)
        post_type: ManualCorrectionPostType | Unset
        if isinstance(_post_type, Unset):
            post_type = UNSET
        else:
            post_type = ManualCorrectionPostType(_post_type)

        post_value = d.pop("postValue", UNSET)

        _obj = cls(
            post_id=post_id,
            name=name,
            income_group_id=income_group_id,
            grouping=grouping,
            post_type=post_type,
            post_value=post_value,
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
