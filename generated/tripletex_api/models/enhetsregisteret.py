from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.enterprise import Enterprise


T = TypeVar("T", bound="Enhetsregisteret")


@_attrs_define
class Enhetsregisteret:
    """
    Attributes:
        id (int | Unset): [read-only]
        name (str | Unset): [read-only]
        org_number (str | Unset): [read-only]
        address (str | Unset): [read-only]
        city (str | Unset): [read-only]
        postal_code (str | Unset): [read-only]
        municipality (str | Unset): [read-only]
        registration_date (str | Unset): [read-only]
        vat_registered (bool | Unset): [read-only]
        enterprises (list[Enterprise] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    org_number: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    municipality: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    vat_registered: bool | Unset = UNSET
    enterprises: list[Enterprise] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        name = self.name

        org_number = self.org_number

        address = self.address

        city = self.city

        postal_code = self.postal_code

        municipality = self.municipality

        registration_date = self.registration_date

        vat_registered = self.vat_registered

        enterprises: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enterprises, Unset):
            enterprises = []
            for enterprises_item_data in self.enterprises:
                enterprises_item = enterprises_item_data.to_dict()
                enterprises.append(enterprises_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if org_number is not UNSET and not _in_request:
            field_dict["orgNumber"] = org_number
        if address is not UNSET and not _in_request:
            field_dict["address"] = address
        if city is not UNSET and not _in_request:
            field_dict["city"] = city
        if postal_code is not UNSET and not _in_request:
            field_dict["postalCode"] = postal_code
        if municipality is not UNSET and not _in_request:
            field_dict["municipality"] = municipality
        if registration_date is not UNSET and not _in_request:
            field_dict["registrationDate"] = registration_date
        if vat_registered is not UNSET and not _in_request:
            field_dict["vatRegistered"] = vat_registered
        if enterprises is not UNSET and not _in_request:
            field_dict["enterprises"] = enterprises

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.enterprise import Enterprise  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        org_number = d.pop("orgNumber", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        municipality = d.pop("municipality", UNSET)

        registration_date = d.pop("registrationDate", UNSET)

        vat_registered = d.pop("vatRegistered", UNSET)

        _enterprises = d.pop("enterprises", UNSET)
        enterprises: list[Enterprise] | Unset = UNSET
        if _enterprises is not UNSET:
            enterprises = []
            for enterprises_item_data in _enterprises:
                if enterprises_item_data is None:
                    continue
                enterprises_item = Enterprise.from_dict(enterprises_item_data)

                enterprises.append(enterprises_item)

        _obj = cls(
            id=id,
            name=name,
            org_number=org_number,
            address=address,
            city=city,
            postal_code=postal_code,
            municipality=municipality,
            registration_date=registration_date,
            vat_registered=vat_registered,
            enterprises=enterprises,
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
