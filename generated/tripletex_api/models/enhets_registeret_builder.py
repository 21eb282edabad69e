from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EnhetsRegisteretBuilder")


@_attrs_define
class EnhetsRegisteretBuilder:
    """
    Attributes:
        org_number (int | Unset):
        name (str | Unset):
        address (str | Unset):
        postal_code (str | Unset):
        post_city (str | Unset):
    """

    org_number: int | Unset = UNSET
    name: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    post_city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        org_number = self.org_number

        name = self.name

        address = self.address

        postal_code = self.postal_code

        post_city = self.post_city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_number is not UNSET:
            field_dict["orgNumber"] = org_number
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if post_city is not UNSET:
            field_dict["postCity"] = post_city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        org_number = d.pop("orgNumber", UNSET)

        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        post_city = d.pop("postCity", UNSET)

        _obj = cls(
            org_number=org_number,
            name=name,
            address=address,
            postal_code=postal_code,
            post_city=post_city,
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
