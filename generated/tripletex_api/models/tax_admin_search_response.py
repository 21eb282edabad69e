from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminSearchResponse")


@_attrs_define
class TaxAdminSearchResponse:
    """
    Attributes:
        result_size (int | Unset): [read-only]
        properties (list[TaxAdminProperty] | Unset): [read-only]
        physical_addresses (list[TaxAdminPhysicalAddress] | Unset): [read-only]
        search_start (str | Unset): [read-only]
        search_end (str | Unset): [read-only]
    """

    result_size: int | Unset = UNSET
    properties: list[TaxAdminProperty] | Unset = UNSET
    physical_addresses: list[TaxAdminPhysicalAddress] | Unset = UNSET
    search_start: str | Unset = UNSET
    search_end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        result_size = self.result_size

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = []
            for properties_item_data in self.properties:
                properties_item = properties_item_data.to_dict()
                properties.append(properties_item)

        physical_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.physical_addresses, Unset):
            physical_addresses = []
            for physical_addresses_item_data in self.physical_addresses:
                physical_addresses_item = physical_addresses_item_data.to_dict()
                physical_addresses.append(physical_addresses_item)

        search_start = self.search_start

        search_end = self.search_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_size is not UNSET and not _in_request:
            field_dict["resultSize"] = result_size
        if properties is not UNSET and not _in_request:
            field_dict["properties"] = properties
        if physical_addresses is not UNSET and not _in_request:
            field_dict["physicalAddresses"] = physical_addresses
        if search_start is not UNSET and not _in_request:
            field_dict["searchStart"] = search_start
        if search_end is not UNSET and not _in_request:
            field_dict["searchEnd"] = search_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress  # noqa: PLC0415
        from ..models.tax_admin_property import TaxAdminProperty  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        result_size = d.pop("resultSize", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: list[TaxAdminProperty] | Unset = UNSET
        if _properties is not UNSET:
            properties = []
            for properties_item_data in _properties:
                if properties_item_data is None:
                    continue
                properties_item = TaxAdminProperty.from_dict(properties_item_data)

                properties.append(properties_item)

        _physical_addresses = d.pop("physicalAddresses", UNSET)
        physical_addresses: list[TaxAdminPhysicalAddress] | Unset = UNSET
        if _physical_addresses is not UNSET:
            physical_addresses = []
            for physical_addresses_item_data in _physical_addresses:
                if physical_addresses_item_data is None:
                    continue
                physical_addresses_item = TaxAdminPhysicalAddress.from_dict(physical_addresses_item_data)

                physical_addresses.append(physical_addresses_item)

        search_start = d.pop("searchStart", UNSET)

        search_end = d.pop("searchEnd", UNSET)

        _obj = cls(
            result_size=result_size,
            properties=properties,
            physical_addresses=physical_addresses,
            search_start=search_start,
            search_end=search_end,
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
