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
    from ..models.enterprise import Enterprise


T = TypeVar("T", bound="Enhetsregisteret")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("enterprises", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class Enhetsregisteret(LazyModel):
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
        self._tx_load()
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
        """A Enhetsregisteret from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.enterprise import Enterprise  # noqa: PLC0415

        def _p_enterprises(_tx_v: Any) -> list[Enterprise] | Unset:
            _enterprises = _tx_v
            enterprises: list[Enterprise] | Unset = UNSET
            if _enterprises is not UNSET:
                enterprises = []
                for enterprises_item_data in _enterprises:
                    if enterprises_item_data is None:
                        continue
                    enterprises_item = Enterprise._tx_from_json(enterprises_item_data)

                    enterprises.append(enterprises_item)

            return enterprises

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "name",
                "orgNumber",
                "address",
                "city",
                "postalCode",
                "municipality",
                "registrationDate",
                "vatRegistered",
                "enterprises",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "name": ("name", None),
            "org_number": ("orgNumber", None),
            "address": ("address", None),
            "city": ("city", None),
            "postal_code": ("postalCode", None),
            "municipality": ("municipality", None),
            "registration_date": ("registrationDate", None),
            "vat_registered": ("vatRegistered", None),
            "enterprises": ("enterprises", _p_enterprises),
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
