from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snowplow_global_company_customer_type import SnowplowGlobalCompanyCustomerType
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

T = TypeVar("T", bound="SnowplowGlobalCompany")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("customerType", str, False),
    ("pilotFeatures", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SnowplowGlobalCompany(LazyModel):
    """
    Attributes:
        company_id (int | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        is_paying (bool | Unset): [read-only]
        customer_type (SnowplowGlobalCompanyCustomerType | Unset): [read-only]
        package (str | Unset): [read-only]
        pilot_features (list[str] | Unset): [read-only]
        registration_date (str | Unset): [read-only]
        start_date (str | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        organization_number (int | Unset): [read-only]
    """

    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    is_paying: bool | Unset = UNSET
    customer_type: SnowplowGlobalCompanyCustomerType | Unset = UNSET
    package: str | Unset = UNSET
    pilot_features: list[str] | Unset = UNSET
    registration_date: str | Unset = UNSET
    start_date: str | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    organization_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        customer_id = self.customer_id

        is_paying = self.is_paying

        customer_type: str | Unset = UNSET
        if not isinstance(self.customer_type, Unset):
            customer_type = self.customer_type.value

        package = self.package

        pilot_features: list[str] | Unset = UNSET
        if not isinstance(self.pilot_features, Unset):
            pilot_features = self.pilot_features

        registration_date = self.registration_date

        start_date = self.start_date

        is_accountant = self.is_accountant

        organization_number = self.organization_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if is_paying is not UNSET and not _in_request:
            field_dict["isPaying"] = is_paying
        if customer_type is not UNSET and not _in_request:
            field_dict["customerType"] = customer_type
        if package is not UNSET and not _in_request:
            field_dict["package"] = package
        if pilot_features is not UNSET and not _in_request:
            field_dict["pilotFeatures"] = pilot_features
        if registration_date is not UNSET and not _in_request:
            field_dict["registrationDate"] = registration_date
        if start_date is not UNSET and not _in_request:
            field_dict["startDate"] = start_date
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if organization_number is not UNSET and not _in_request:
            field_dict["organizationNumber"] = organization_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SnowplowGlobalCompany from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_customer_type(_tx_v: Any) -> SnowplowGlobalCompanyCustomerType | Unset:
            _customer_type = _tx_v
            customer_type: SnowplowGlobalCompanyCustomerType | Unset
            if isinstance(_customer_type, Unset):
                customer_type = UNSET
            else:
                customer_type = SnowplowGlobalCompanyCustomerType(_customer_type)

            return customer_type

        def _p_pilot_features(_tx_v: Any) -> list[str] | Unset:
            pilot_features = cast(list[str], _tx_v)

            return pilot_features

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "customerId",
                "isPaying",
                "customerType",
                "package",
                "pilotFeatures",
                "registrationDate",
                "startDate",
                "isAccountant",
                "organizationNumber",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "customer_id": ("customerId", None),
            "is_paying": ("isPaying", None),
            "customer_type": ("customerType", _p_customer_type),
            "package": ("package", None),
            "pilot_features": ("pilotFeatures", _p_pilot_features),
            "registration_date": ("registrationDate", None),
            "start_date": ("startDate", None),
            "is_accountant": ("isAccountant", None),
            "organization_number": ("organizationNumber", None),
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
