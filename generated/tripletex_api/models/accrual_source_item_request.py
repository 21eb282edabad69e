from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accrual_source_item_request_source_type import AccrualSourceItemRequestSourceType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AccrualSourceItemRequest")


@_attrs_define
class AccrualSourceItemRequest:
    """
    Attributes:
        source_type (AccrualSourceItemRequestSourceType | Unset):
        source_id (int | Unset):
    """

    source_type: AccrualSourceItemRequestSourceType | Unset = UNSET
    source_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        source_id = self.source_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _source_type = d.pop("sourceType", UNSET)
        source_type: AccrualSourceItemRequestSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = AccrualSourceItemRequestSourceType(_source_type)

        source_id = d.pop("sourceId", UNSET)

        _obj = cls(
            source_type=source_type,
            source_id=source_id,
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
