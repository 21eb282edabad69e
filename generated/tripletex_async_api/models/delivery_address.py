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
    from ..models.change import Change
    from ..models.company import Company
    from ..models.country import Country


T = TypeVar("T", bound="DeliveryAddress")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("country", dict, False),
    ("customerVendor", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DeliveryAddress(LazyModel):
    """Delivery address of this order. This can be a new or existing address
    (useful to know, especially if the delivery is to a private person: if 'deliveryAddress.name' is set, we ignore the
    state of 'customer.id')

        Attributes:
            id (int | Unset):
            version (int | Unset):
            changes (list[Change] | Unset): [read-only]
            url (str | Unset): [read-only]
            address_line_1 (str | Unset):
            address_line_2 (str | Unset):
            postal_code (str | Unset):
            city (str | Unset):
            country (Country | Unset):
            display_name (str | Unset): [read-only]
            address_as_string (str | Unset): [read-only]
            display_name_inkl_matrikkel (str | Unset): [read-only]
            knr (int | Unset):
            gnr (int | Unset):
            bnr (int | Unset):
            fnr (int | Unset):
            snr (int | Unset):
            unit_number (str | Unset):
            name (str | Unset):
            customer_vendor (Company | Unset): Vendor of the product
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: Country | Unset = UNSET
    display_name: str | Unset = UNSET
    address_as_string: str | Unset = UNSET
    display_name_inkl_matrikkel: str | Unset = UNSET
    knr: int | Unset = UNSET
    gnr: int | Unset = UNSET
    bnr: int | Unset = UNSET
    fnr: int | Unset = UNSET
    snr: int | Unset = UNSET
    unit_number: str | Unset = UNSET
    name: str | Unset = UNSET
    customer_vendor: Company | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        postal_code = self.postal_code

        city = self.city

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        display_name = self.display_name

        address_as_string = self.address_as_string

        display_name_inkl_matrikkel = self.display_name_inkl_matrikkel

        knr = self.knr

        gnr = self.gnr

        bnr = self.bnr

        fnr = self.fnr

        snr = self.snr

        unit_number = self.unit_number

        name = self.name

        customer_vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_vendor, Unset):
            customer_vendor = self.customer_vendor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if address_as_string is not UNSET and not _in_request:
            field_dict["addressAsString"] = address_as_string
        if display_name_inkl_matrikkel is not UNSET and not _in_request:
            field_dict["displayNameInklMatrikkel"] = display_name_inkl_matrikkel
        if knr is not UNSET:
            field_dict["knr"] = knr
        if gnr is not UNSET:
            field_dict["gnr"] = gnr
        if bnr is not UNSET:
            field_dict["bnr"] = bnr
        if fnr is not UNSET:
            field_dict["fnr"] = fnr
        if snr is not UNSET:
            field_dict["snr"] = snr
        if unit_number is not UNSET:
            field_dict["unitNumber"] = unit_number
        if name is not UNSET:
            field_dict["name"] = name
        if customer_vendor is not UNSET:
            field_dict["customerVendor"] = customer_vendor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DeliveryAddress from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        def _p_customer_vendor(_tx_v: Any) -> Company | Unset:
            _customer_vendor = _tx_v
            customer_vendor: Company | Unset
            if isinstance(_customer_vendor, Unset):
                customer_vendor = UNSET
            else:
                customer_vendor = Company._tx_from_json(_customer_vendor)

            return customer_vendor

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "addressLine1",
                "addressLine2",
                "postalCode",
                "city",
                "country",
                "displayName",
                "addressAsString",
                "displayNameInklMatrikkel",
                "knr",
                "gnr",
                "bnr",
                "fnr",
                "snr",
                "unitNumber",
                "name",
                "customerVendor",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "address_line_1": ("addressLine1", None),
            "address_line_2": ("addressLine2", None),
            "postal_code": ("postalCode", None),
            "city": ("city", None),
            "country": ("country", _p_country),
            "display_name": ("displayName", None),
            "address_as_string": ("addressAsString", None),
            "display_name_inkl_matrikkel": ("displayNameInklMatrikkel", None),
            "knr": ("knr", None),
            "gnr": ("gnr", None),
            "bnr": ("bnr", None),
            "fnr": ("fnr", None),
            "snr": ("snr", None),
            "unit_number": ("unitNumber", None),
            "name": ("name", None),
            "customer_vendor": ("customerVendor", _p_customer_vendor),
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
