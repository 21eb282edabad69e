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


T = TypeVar("T", bound="OnboardAccount")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("enterprises", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class OnboardAccount(LazyModel):
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
        self._tx_load()
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
        """A OnboardAccount from the service's JSON object; each property is parsed when first read."""
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
                "companyName",
                "orgNumber",
                "address",
                "city",
                "postalCode",
                "municipality",
                "startDateMunicipality",
                "registrationDate",
                "vatRegistered",
                "salaryModule",
                "projectModule",
                "vvsElectroModule",
                "timeSheetModule",
                "enterprises",
                "bankAccountNumber",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_name": ("companyName", None),
            "org_number": ("orgNumber", None),
            "address": ("address", None),
            "city": ("city", None),
            "postal_code": ("postalCode", None),
            "municipality": ("municipality", None),
            "start_date_municipality": ("startDateMunicipality", None),
            "registration_date": ("registrationDate", None),
            "vat_registered": ("vatRegistered", None),
            "salary_module": ("salaryModule", None),
            "project_module": ("projectModule", None),
            "vvs_electro_module": ("vvsElectroModule", None),
            "time_sheet_module": ("timeSheetModule", None),
            "enterprises": ("enterprises", _p_enterprises),
            "bank_account_number": ("bankAccountNumber", None),
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
