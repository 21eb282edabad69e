from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snowplow_global_company_customer_type import SnowplowGlobalCompanyCustomerType
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="SnowplowGlobalCompany")


@_attrs_define
class SnowplowGlobalCompany:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        is_paying = d.pop("isPaying", UNSET)

        _customer_type = d.pop("customerType", UNSET)
        customer_type: SnowplowGlobalCompanyCustomerType | Unset
        if isinstance(_customer_type, Unset):
            customer_type = UNSET
        else:
            customer_type = SnowplowGlobalCompanyCustomerType(_customer_type)

        package = d.pop("package", UNSET)

        pilot_features = cast(list[str], d.pop("pilotFeatures", UNSET))

        registration_date = d.pop("registrationDate", UNSET)

        start_date = d.pop("startDate", UNSET)

        is_accountant = d.pop("isAccountant", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        _obj = cls(
            company_id=company_id,
            customer_id=customer_id,
            is_paying=is_paying,
            customer_type=customer_type,
            package=package,
            pilot_features=pilot_features,
            registration_date=registration_date,
            start_date=start_date,
            is_accountant=is_accountant,
            organization_number=organization_number,
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
