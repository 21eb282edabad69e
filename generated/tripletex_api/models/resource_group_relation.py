from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ResourceGroupRelation")


@_attrs_define
class ResourceGroupRelation:
    """
    Attributes:
        resource_ids (str | Unset):
        resource_product_ids (str | Unset):
        resource_group_ids (str | Unset):
    """

    resource_ids: str | Unset = UNSET
    resource_product_ids: str | Unset = UNSET
    resource_group_ids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        resource_ids = self.resource_ids

        resource_product_ids = self.resource_product_ids

        resource_group_ids = self.resource_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_ids is not UNSET:
            field_dict["resourceIds"] = resource_ids
        if resource_product_ids is not UNSET:
            field_dict["resourceProductIds"] = resource_product_ids
        if resource_group_ids is not UNSET:
            field_dict["resourceGroupIds"] = resource_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        resource_ids = d.pop("resourceIds", UNSET)

        resource_product_ids = d.pop("resourceProductIds", UNSET)

        resource_group_ids = d.pop("resourceGroupIds", UNSET)

        _obj = cls(
            resource_ids=resource_ids,
            resource_product_ids=resource_product_ids,
            resource_group_ids=resource_group_ids,
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
