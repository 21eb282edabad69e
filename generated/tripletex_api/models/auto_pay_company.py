from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_pay_company_country_code import AutoPayCompanyCountryCode
from ..models.auto_pay_company_two_factor_authentication_types_item import (
    AutoPayCompanyTwoFactorAuthenticationTypesItem,
)
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AutoPayCompany")


@_attrs_define
class AutoPayCompany:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        tenant_id = d.pop("tenantId", UNSET)

        name = d.pop("name", UNSET)

        owner_email_address = d.pop("ownerEmailAddress", UNSET)

        _two_factor_authentication_types = d.pop("twoFactorAuthenticationTypes", UNSET)
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

        organization_number = d.pop("organizationNumber", UNSET)

        _country_code = d.pop("countryCode", UNSET)
        country_code: AutoPayCompanyCountryCode | Unset
        if isinstance(_country_code, Unset):
            country_code = UNSET
        else:
            country_code = AutoPayCompanyCountryCode(_country_code)

        changed_on = d.pop("changedOn", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        _obj = cls(
            tenant_id=tenant_id,
            name=name,
            owner_email_address=owner_email_address,
            two_factor_authentication_types=two_factor_authentication_types,
            organization_number=organization_number,
            country_code=country_code,
            changed_on=changed_on,
            redirect_url=redirect_url,
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
