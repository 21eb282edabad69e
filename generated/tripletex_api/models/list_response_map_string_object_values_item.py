from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import serializing_request_body

if TYPE_CHECKING:
    from ..models.list_response_map_string_object_values_item_additional_property import (
        ListResponseMapStringObjectValuesItemAdditionalProperty,
    )


T = TypeVar("T", bound="ListResponseMapStringObjectValuesItem")


@_attrs_define
class ListResponseMapStringObjectValuesItem:
    additional_properties: dict[str, ListResponseMapStringObjectValuesItemAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.list_response_map_string_object_values_item_additional_property import (
            ListResponseMapStringObjectValuesItemAdditionalProperty,  # noqa: PLC0415
        )

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _obj = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ListResponseMapStringObjectValuesItemAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ListResponseMapStringObjectValuesItemAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ListResponseMapStringObjectValuesItemAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
