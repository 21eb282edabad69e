from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminPhysicalAddress")


@_attrs_define
class TaxAdminPhysicalAddress:
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
        from ..models.tax_admin_property import TaxAdminProperty  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        serg_property_identifier = d.pop("sergPropertyIdentifier", UNSET)

        unique_property_identifier = d.pop("uniquePropertyIdentifier", UNSET)

        address_name = d.pop("addressName", UNSET)

        house_no = d.pop("houseNo", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        postal_place_name = d.pop("postalPlaceName", UNSET)

        highlight = d.pop("highlight", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[TaxAdminProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                if properties_item_data is None:
                    continue
                properties_item = TaxAdminProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        _obj = cls(
            serg_property_identifier=serg_property_identifier,
            unique_property_identifier=unique_property_identifier,
            address_name=address_name,
            house_no=house_no,
            zip_code=zip_code,
            postal_place_name=postal_place_name,
            highlight=highlight,
            properties=properties,
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
