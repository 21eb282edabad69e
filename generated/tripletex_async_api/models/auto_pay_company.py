from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_company_country_code import AutoPayCompanyCountryCode
from ..models.auto_pay_company_two_factor_authentication_types_item import (
    AutoPayCompanyTwoFactorAuthenticationTypesItem,
)
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

T = TypeVar("T", bound="AutoPayCompany")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("twoFactorAuthenticationTypes", list, False),
    ("countryCode", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class AutoPayCompany(LazyModel):
    """
    Attributes:
        tenant_id (str | Unset): [read-only] The tenantId representing this company.
        name (str | Unset): [read-only] The name of the company.
        owner_email_address (str | Unset): [read-only] The owner's email address.
        two_factor_authentication_types (list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset): [read-only] The
            2FA options for the company.
        organization_number (str | Unset): [read-only] The company's organization number.
        country_code (AutoPayCompanyCountryCode | Unset): [read-only] The company's country code.
        changed_on (str | Unset): [read-only] The last time the company data was changed.
        redirect_url (str | Unset): [read-only] Redirect URL.
    """

    tenant_id: str | Unset = UNSET
    name: str | Unset = UNSET
    owner_email_address: str | Unset = UNSET
    two_factor_authentication_types: list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset = UNSET
    organization_number: str | Unset = UNSET
    country_code: AutoPayCompanyCountryCode | Unset = UNSET
    changed_on: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        tenant_id = self.tenant_id

        name = self.name

        owner_email_address = self.owner_email_address

        two_factor_authentication_types: list[str] | Unset = UNSET
        if not isinstance(self.two_factor_authentication_types, Unset):
            two_factor_authentication_types = []
            for two_factor_authentication_types_item_data in self.two_factor_authentication_types:
                two_factor_authentication_types_item = two_factor_authentication_types_item_data.value
                two_factor_authentication_types.append(two_factor_authentication_types_item)

        organization_number = self.organization_number

        country_code: str | Unset = UNSET
        if not isinstance(self.country_code, Unset):
            country_code = self.country_code.value

        changed_on = self.changed_on

        redirect_url = self.redirect_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET and not _in_request:
            field_dict["tenantId"] = tenant_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if owner_email_address is not UNSET and not _in_request:
            field_dict["ownerEmailAddress"] = owner_email_address
        if two_factor_authentication_types is not UNSET and not _in_request:
            field_dict["twoFactorAuthenticationTypes"] = two_factor_authentication_types
        if organization_number is not UNSET and not _in_request:
            field_dict["organizationNumber"] = organization_number
        if country_code is not UNSET and not _in_request:
            field_dict["countryCode"] = country_code
        if changed_on is not UNSET and not _in_request:
            field_dict["changedOn"] = changed_on
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPayCompany from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_two_factor_authentication_types(
            _tx_v: Any,
        ) -> list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset:
            _two_factor_authentication_types = _tx_v
            two_factor_authentication_types: list[AutoPayCompanyTwoFactorAuthenticationTypesItem] | Unset = UNSET
            if _two_factor_authentication_types is not UNSET:
                two_factor_authentication_types = []
                for two_factor_authentication_types_item_data in _two_factor_authentication_types:
                    if two_factor_authentication_types_item_data is None:
                        continue
                    two_factor_authentication_types_item = AutoPayCompanyTwoFactorAuthenticationTypesItem(
                        two_factor_authentication_types_item_data
                    )

                    two_factor_authentication_types.append(two_factor_authentication_types_item)

            return two_factor_authentication_types

        def _p_country_code(_tx_v: Any) -> AutoPayCompanyCountryCode | Unset:
            _country_code = _tx_v
            country_code: AutoPayCompanyCountryCode | Unset
            if isinstance(_country_code, Unset):
                country_code = UNSET
            else:
                country_code = AutoPayCompanyCountryCode(_country_code)

            return country_code

        _tx_known: frozenset[str] = frozenset(
            (
                "tenantId",
                "name",
                "ownerEmailAddress",
                "twoFactorAuthenticationTypes",
                "organizationNumber",
                "countryCode",
                "changedOn",
                "redirectUrl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "tenant_id": ("tenantId", None),
            "name": ("name", None),
            "owner_email_address": ("ownerEmailAddress", None),
            "two_factor_authentication_types": ("twoFactorAuthenticationTypes", _p_two_factor_authentication_types),
            "organization_number": ("organizationNumber", None),
            "country_code": ("countryCode", _p_country_code),
            "changed_on": ("changedOn", None),
            "redirect_url": ("redirectUrl", None),
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
