from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

T = TypeVar("T", bound="TaxAdminProperty")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAdminProperty(LazyModel):
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
        self._tx_load()
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
        """A TaxAdminProperty from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "sergPropertyIdentifier",
                "uniquePropertyIdentifier",
                "propertyCreatedDate",
                "municipalityNo",
                "municipalityName",
                "cadastralUnitNo",
                "propertyUnitNo",
                "leaseholdNo",
                "sectionNo",
                "historical",
                "highlight",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "serg_property_identifier": ("sergPropertyIdentifier", None),
            "unique_property_identifier": ("uniquePropertyIdentifier", None),
            "property_created_date": ("propertyCreatedDate", None),
            "municipality_no": ("municipalityNo", None),
            "municipality_name": ("municipalityName", None),
            "cadastral_unit_no": ("cadastralUnitNo", None),
            "property_unit_no": ("propertyUnitNo", None),
            "leasehold_no": ("leaseholdNo", None),
            "section_no": ("sectionNo", None),
            "historical": ("historical", None),
            "highlight": ("highlight", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
