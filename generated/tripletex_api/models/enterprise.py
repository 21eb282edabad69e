from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Enterprise")


@_attrs_define
class Enterprise:
    """
    Attributes:
        name (str | Unset): [read-only]
        org_number (str | Unset): [read-only]
        registration_date (str | Unset): [read-only]
        municipality (str | Unset): [read-only]
        start_date_municipality (str | Unset): [read-only]
    """

    name: str | Unset = UNSET
    org_number: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    municipality: str | Unset = UNSET
    start_date_municipality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        org_number = self.org_number

        registration_date = self.registration_date

        municipality = self.municipality

        start_date_municipality = self.start_date_municipality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if org_number is not UNSET and not _in_request:
            field_dict["orgNumber"] = org_number
        if registration_date is not UNSET and not _in_request:
            field_dict["registrationDate"] = registration_date
        if municipality is not UNSET and not _in_request:
            field_dict["municipality"] = municipality
        if start_date_municipality is not UNSET and not _in_request:
            field_dict["startDateMunicipality"] = start_date_municipality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        org_number = d.pop("orgNumber", UNSET)

        registration_date = d.pop("registrationDate", UNSET)

        municipality = d.pop("municipality", UNSET)

        start_date_municipality = d.pop("startDateMunicipality", UNSET)

        _obj = cls(
            name=name,
            org_number=org_number,
            registration_date=registration_date,
            municipality=municipality,
            start_date_municipality=start_date_municipality,
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
