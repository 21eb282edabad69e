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

T = TypeVar("T", bound="BrregCompanyLookup")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class BrregCompanyLookup(LazyModel):
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
        self._tx_load()
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
        """A BrregCompanyLookup from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "number",
                "address",
                "postalCode",
                "postalArea",
                "businessAddress",
                "businessPostalCode",
                "businessPostalArea",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "number": ("number", None),
            "address": ("address", None),
            "postal_code": ("postalCode", None),
            "postal_area": ("postalArea", None),
            "business_address": ("businessAddress", None),
            "business_postal_code": ("businessPostalCode", None),
            "business_postal_area": ("businessPostalArea", None),
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
