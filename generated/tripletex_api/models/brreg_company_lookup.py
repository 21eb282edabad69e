from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BrregCompanyLookup")


@_attrs_define
class BrregCompanyLookup:
    """Lookup of organization number from smartScan

    Attributes:
        id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        number (str | Unset): [read-only]
        address (str | Unset): [read-only]
        postal_code (str | Unset): [read-only]
        postal_area (str | Unset): [read-only]
        business_address (str | Unset): [read-only]
        business_postal_code (str | Unset): [read-only]
        business_postal_area (str | Unset): [read-only]
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    address: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_area: str | Unset = UNSET
    business_address: str | Unset = UNSET
    business_postal_code: str | Unset = UNSET
    business_postal_area: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        number = self.number

        address = self.address

        postal_code = self.postal_code

        postal_area = self.postal_area

        business_address = self.business_address

        business_postal_code = self.business_postal_code

        business_postal_area = self.business_postal_area

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if address is not UNSET and not _in_request:
            field_dict["address"] = address
        if postal_code is not UNSET and not _in_request:
            field_dict["postalCode"] = postal_code
        if postal_area is not UNSET and not _in_request:
            field_dict["postalArea"] = postal_area
        if business_address is not UNSET and not _in_request:
            field_dict["businessAddress"] = business_address
        if business_postal_code is not UNSET and not _in_request:
            field_dict["businessPostalCode"] = business_postal_code
        if business_postal_area is not UNSET and not _in_request:
            field_dict["businessPostalArea"] = business_postal_area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        address = d.pop("address", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        postal_area = d.pop("postalArea", UNSET)

        business_address = d.pop("businessAddress", UNSET)

        business_postal_code = d.pop("businessPostalCode", UNSET)

        business_postal_area = d.pop("businessPostalArea", UNSET)

        _obj = cls(
            id=id,
            name=name,
            number=number,
            address=address,
            postal_code=postal_code,
            postal_area=postal_area,
            business_address=business_address,
            business_postal_code=business_postal_code,
            business_postal_area=business_postal_area,
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
