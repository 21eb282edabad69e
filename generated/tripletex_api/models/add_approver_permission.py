from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AddApproverPermission")


@_attrs_define
class AddApproverPermission:
    """
    Attributes:
        is_attestation_first_level (bool | Unset):
        can_add_before_or_after (bool | Unset):
    """

    is_attestation_first_level: bool | Unset = UNSET
    can_add_before_or_after: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        is_attestation_first_level = self.is_attestation_first_level

        can_add_before_or_after = self.can_add_before_or_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_attestation_first_level is not UNSET:
            field_dict["isAttestationFirstLevel"] = is_attestation_first_level
        if can_add_before_or_after is not UNSET:
            field_dict["canAddBeforeOrAfter"] = can_add_before_or_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        is_attestation_first_level = d.pop("isAttestationFirstLevel", UNSET)

        can_add_before_or_after = d.pop("canAddBeforeOrAfter", UNSET)

        _obj = cls(
            is_attestation_first_level=is_attestation_first_level,
            can_add_before_or_after=can_add_before_or_after,
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
