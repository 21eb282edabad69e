from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminPhysicalAddress")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("properties", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class TaxAdminPhysicalAddress(LazyModel):
    """
    Attributes:
        serg_property_identifier (int | Unset): [read-only]
        unique_property_identifier (int | Unset): [read-only]
        address_name (str | Unset): [read-only]
        house_no (int | Unset): [read-only]
        zip_code (str | Unset): [read-only]
        postal_place_name (str | Unset): [read-only]
        highlight (str | Unset): [read-only]
        properties (list[TaxAdminProperty] | Unset): [read-only]
    """

    serg_property_identifier: int | Unset = UNSET
    unique_property_identifier: int | Unset = UNSET
    address_name: str | Unset = UNSET
    house_no: int | Unset = UNSET
    zip_code: str | Unset = UNSET
    postal_place_name: str | Unset = UNSET
    highlight: str | Unset = UNSET
    properties: list[TaxAdminProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        serg_property_identifier = self.serg_property_identifier

        unique_property_identifier = self.unique_property_identifier

        address_name = self.address_name

        house_no = self.house_no

        zip_code = self.zip_code

        postal_place_name = self.postal_place_name

        highlight = self.highlight

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if serg_property_identifier is not UNSET and not _in_request:
            field_dict["sergPropertyIdentifier"] = serg_property_identifier
        if unique_property_identifier is not UNSET and not _in_request:
            field_dict["uniquePropertyIdentifier"] = unique_property_identifier
        if address_name is not UNSET and not _in_request:
            field_dict["addressName"] = address_name
        if house_no is not UNSET and not _in_request:
            field_dict["houseNo"] = house_no
        if zip_code is not UNSET and not _in_request:
            field_dict["zipCode"] = zip_code
        if postal_place_name is not UNSET and not _in_request:
            field_dict["postalPlaceName"] = postal_place_name
        if highlight is not UNSET and not _in_request:
            field_dict["highlight"] = highlight
        if properties is not UNSET and not _in_request:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAdminPhysicalAddress from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_admin_property import TaxAdminProperty  # noqa: PLC0415

        def _p_properties(_tx_v: Any) -> list[TaxAdminProperty] | Unset:
            _properties = _tx_v
            properties: list[TaxAdminProperty] | Unset = UNSET
            if _properties is not UNSET:
                properties = []
                for properties_item_data in _properties:
                    if properties_item_data is None:
                        continue
                    properties_item = TaxAdminProperty._tx_from_json(properties_item_data)

                    properties.append(properties_item)

            return properties

        _tx_known: frozenset[str] = frozenset(
            (
                "sergPropertyIdentifier",
                "uniquePropertyIdentifier",
                "addressName",
                "houseNo",
                "zipCode",
                "postalPlaceName",
                "highlight",
                "properties",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "serg_property_identifier": ("sergPropertyIdentifier", None),
            "unique_property_identifier": ("uniquePropertyIdentifier", None),
            "address_name": ("addressName", None),
            "house_no": ("houseNo", None),
            "zip_code": ("zipCode", None),
            "postal_place_name": ("postalPlaceName", None),
            "highlight": ("highlight", None),
            "properties": ("properties", _p_properties),
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
