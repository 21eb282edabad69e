from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.enterprise import Enterprise


T = TypeVar("T", bound="OnboardAccount")


@_attrs_define
class OnboardAccount:
    """
    Attributes:
        company_name (str | Unset):
        org_number (str | Unset):
        address (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        municipality (str | Unset):
        start_date_municipality (str | Unset):
        registration_date (str | Unset):
        vat_registered (bool | Unset):
        salary_module (bool | Unset):
        project_module (bool | Unset):
        vvs_electro_module (bool | Unset):
        time_sheet_module (bool | Unset):
        enterprises (list[Enterprise] | Unset):
        bank_account_number (str | Unset):
    """

    company_name: str | Unset = UNSET
    org_number: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    municipality: str | Unset = UNSET
    start_date_municipality: str | Unset = UNSET
    registration_date: str | Unset = UNSET
    vat_registered: bool | Unset = UNSET
    salary_module: bool | Unset = UNSET
    project_module: bool | Unset = UNSET
    vvs_electro_module: bool | Unset = UNSET
    time_sheet_module: bool | Unset = UNSET
    enterprises: list[Enterprise] | Unset = UNSET
    bank_account_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        company_name = self.company_name

        org_number = self.org_number

        address = self.address

        city = self.city

        postal_code = self.postal_code

        municipality = self.municipality

        start_date_municipality = self.start_date_municipality

        registration_date = self.registration_date

        vat_registered = self.vat_registered

        salary_module = self.salary_module

        project_module = self.project_module

        vvs_electro_module = self.vvs_electro_module

        time_sheet_module = self.time_sheet_module

        enterprises: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enterprises, Unset):
            enterprises = []
            for enterprises_item_data in self.enterprises:
                enterprises_item = enterprises_item_data.to_dict()
                enterprises.append(enterprises_item)

        bank_account_number = self.bank_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if org_number is not UNSET:
            field_dict["orgNumber"] = org_number
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if start_date_municipality is not UNSET:
            field_dict["startDateMunicipality"] = start_date_municipality
        if registration_date is not UNSET:
            field_dict["registrationDate"] = registration_date
        if vat_registered is not UNSET:
            field_dict["vatRegistered"] = vat_registered
        if salary_module is not UNSET:
            field_dict["salaryModule"] = salary_module
        if project_module is not UNSET:
            field_dict["projectModule"] = project_module
        if vvs_electro_module is not UNSET:
            field_dict["vvsElectroModule"] = vvs_electro_module
        if time_sheet_module is not UNSET:
            field_dict["timeSheetModule"] = time_sheet_module
        if enterprises is not UNSET:
            field_dict["enterprises"] = enterprises
        if bank_account_number is not UNSET:
            field_dict["bankAccountNumber"] = bank_account_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.enterprise import Enterprise  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_name = d.pop("companyName", UNSET)

        org_number = d.pop("orgNumber", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        municipality = d.pop("municipality", UNSET)

        start_date_municipality = d.pop("startDateMunicipality", UNSET)

        registration_date = d.pop("registrationDate", UNSET)

        vat_registered = d.pop("vatRegistered", UNSET)

        salary_module = d.pop("salaryModule", UNSET)

        project_module = d.pop("projectModule", UNSET)

        vvs_electro_module = d.pop("vvsElectroModule", UNSET)

        time_sheet_module = d.pop("timeSheetModule", UNSET)

        _enterprises = d.pop("enterprises", UNSET)
        enterprises: list[Enterprise] | Unset = UNSET
        if _enterprises is not UNSET:
            enterprises = []
            for enterprises_item_data in _enterprises:
                if enterprises_item_data is None:
                    continue
                enterprises_item = Enterprise.from_dict(enterprises_item_data)

                enterprises.append(enterprises_item)

        bank_account_number = d.pop("bankAccountNumber", UNSET)

        _obj = cls(
            company_name=company_name,
            org_number=org_number,
            address=address,
            city=city,
            postal_code=postal_code,
            municipality=municipality,
            start_date_municipality=start_date_municipality,
            registration_date=registration_date,
            vat_registered=vat_registered,
            salary_module=salary_module,
            project_module=project_module,
            vvs_electro_module=vvs_electro_module,
            time_sheet_module=time_sheet_module,
            enterprises=enterprises,
            bank_account_number=bank_account_number,
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
