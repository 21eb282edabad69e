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
    from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress
    from ..models.tax_admin_property import TaxAdminProperty


T = TypeVar("T", bound="TaxAdminSearchResponse")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("properties", list, False),
    ("physicalAddresses", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxAdminSearchResponse(LazyModel):
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
        self._tx_load()
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
        """A TaxAdminSearchResponse from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_admin_physical_address import TaxAdminPhysicalAddress  # noqa: PLC0415
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

        def _p_physical_addresses(_tx_v: Any) -> list[TaxAdminPhysicalAddress] | Unset:
            _physical_addresses = _tx_v
            physical_addresses: list[TaxAdminPhysicalAddress] | Unset = UNSET
            if _physical_addresses is not UNSET:
                physical_addresses = []
                for physical_addresses_item_data in _physical_addresses:
                    if physical_addresses_item_data is None:
                        continue
                    physical_addresses_item = TaxAdminPhysicalAddress._tx_from_json(physical_addresses_item_data)

                    physical_addresses.append(physical_addresses_item)

            return physical_addresses

        _tx_known: frozenset[str] = frozenset(
            (
                "resultSize",
                "properties",
                "physicalAddresses",
                "searchStart",
                "searchEnd",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "result_size": ("resultSize", None),
            "properties": ("properties", _p_properties),
            "physical_addresses": ("physicalAddresses", _p_physical_addresses),
            "search_start": ("searchStart", None),
            "search_end": ("searchEnd", None),
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
