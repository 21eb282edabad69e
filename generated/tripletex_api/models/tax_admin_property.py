from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxAdminProperty")


@_attrs_define
class TaxAdminProperty:
    """
    Attributes:
        serg_property_identifier (int | Unset): [read-only]
        unique_property_identifier (int | Unset): [read-only]
        property_created_date (str | Unset): [read-only]
        municipality_no (str | Unset): [read-only]
        municipality_name (str | Unset): [read-only]
        cadastral_unit_no (int | Unset): [read-only]
        property_unit_no (int | Unset): [read-only]
        leasehold_no (int | Unset): [read-only]
        section_no (int | Unset): [read-only]
        historical (bool | Unset): [read-only]
        highlight (str | Unset): [read-only]
    """

    serg_property_identifier: int | Unset = UNSET
    unique_property_identifier: int | Unset = UNSET
    property_created_date: str | Unset = UNSET
    municipality_no: str | Unset = UNSET
    municipality_name: str | Unset = UNSET
    cadastral_unit_no: int | Unset = UNSET
    property_unit_no: int | Unset = UNSET
    leasehold_no: int | Unset = UNSET
    section_no: int | Unset = UNSET
    historical: bool | Unset = UNSET
    highlight: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        serg_property_identifier = self.serg_property_identifier

        unique_property_identifier = self.unique_property_identifier

        property_created_date = self.property_created_date

        municipality_no = self.municipality_no

        municipality_name = self.municipality_name

        cadastral_unit_no = self.cadastral_unit_no

        property_unit_no = self.property_unit_no

        leasehold_no = self.leasehold_no

        section_no = self.section_no

        historical = self.historical

        highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serg_property_identifier is not UNSET and not _in_request:
            field_dict["sergPropertyIdentifier"] = serg_property_identifier
        if unique_property_identifier is not UNSET and not _in_request:
            field_dict["uniquePropertyIdentifier"] = unique_property_identifier
        if property_created_date is not UNSET and not _in_request:
            field_dict["propertyCreatedDate"] = property_created_date
        if municipality_no is not UNSET and not _in_request:
            field_dict["municipalityNo"] = municipality_no
        if municipality_name is not UNSET and not _in_request:
            field_dict["municipalityName"] = municipality_name
        if cadastral_unit_no is not UNSET and not _in_request:
            field_dict["cadastralUnitNo"] = cadastral_unit_no
        if property_unit_no is not UNSET and not _in_request:
            field_dict["propertyUnitNo"] = property_unit_no
        if leasehold_no is not UNSET and not _in_request:
            field_dict["leaseholdNo"] = leasehold_no
        if section_no is not UNSET and not _in_request:
            field_dict["sectionNo"] = section_no
        if historical is not UNSET and not _in_request:
            field_dict["historical"] = historical
        if highlight is not UNSET and not _in_request:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        serg_property_identifier = d.pop("sergPropertyIdentifier", UNSET)

        unique_property_identifier = d.pop("uniquePropertyIdentifier", UNSET)

        property_created_date = d.pop("propertyCreatedDate", UNSET)

        municipality_no = d.pop("municipalityNo", UNSET)

        municipality_name = d.pop("municipalityName", UNSET)

        cadastral_unit_no = d.pop("cadastralUnitNo", UNSET)

        property_unit_no = d.pop("propertyUnitNo", UNSET)

        leasehold_no = d.pop("leaseholdNo", UNSET)

        section_no = d.pop("sectionNo", UNSET)

        historical = d.pop("historical", UNSET)

        highlight = d.pop("highlight", UNSET)

        _obj = cls(
            serg_property_identifier=serg_property_identifier,
            unique_property_identifier=unique_property_identifier,
            property_created_date=property_created_date,
            municipality_no=municipality_no,
            municipality_name=municipality_name,
            cadastral_unit_no=cadastral_unit_no,
            property_unit_no=property_unit_no,
            leasehold_no=leasehold_no,
            section_no=section_no,
            historical=historical,
            highlight=highlight,
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
