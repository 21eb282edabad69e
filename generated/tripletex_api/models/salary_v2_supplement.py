from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.country import Country
    from ..models.salary_v2_specification import SalaryV2Specification


T = TypeVar("T", bound="SalaryV2Supplement")


@_attrs_define
class SalaryV2Supplement:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        salary_specification (SalaryV2Specification | Unset):
        country (Country | Unset):
        tax_country (Country | Unset):
        car_number_of_km (float | Unset):
        car_number_of_km_to_home_or_work (float | Unset):
        car_list_price (float | Unset):
        car_registration_number (str | Unset):
        number_of_journeys (int | Unset):
        upgrossing_basis (float | Unset):
        upgrossing_table_number (int | Unset):
        year_of_income (int | Unset):
        deducted_artist_tax (int | Unset):
        tax_paid_abroad (float | Unset):
        continental_shaft (bool | Unset):
        start_date (str | Unset): start date, currently only for Norwegian Continental Shaft
        end_date (str | Unset): end date, currently only for Norwegian Continental Shaft
        number_of_days (int | Unset):
        validations (list[ApiValidationMessage] | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    salary_specification: SalaryV2Specification | Unset = UNSET
    country: Country | Unset = UNSET
    tax_country: Country | Unset = UNSET
    car_number_of_km: float | Unset = UNSET
    car_number_of_km_to_home_or_work: float | Unset = UNSET
    car_list_price: float | Unset = UNSET
    car_registration_number: str | Unset = UNSET
    number_of_journeys: int | Unset = UNSET
    upgrossing_basis: float | Unset = UNSET
    upgrossing_table_number: int | Unset = UNSET
    year_of_income: int | Unset = UNSET
    deducted_artist_tax: int | Unset = UNSET
    tax_paid_abroad: float | Unset = UNSET
    continental_shaft: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    number_of_days: int | Unset = UNSET
    validations: list[ApiValidationMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        salary_specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_specification, Unset):
            salary_specification = self.salary_specification.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        tax_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_country, Unset):
            tax_country = self.tax_country.to_dict()

        car_number_of_km = self.car_number_of_km

        car_number_of_km_to_home_or_work = self.car_number_of_km_to_home_or_work

        car_list_price = self.car_list_price

        car_registration_number = self.car_registration_number

        number_of_journeys = self.number_of_journeys

        upgrossing_basis = self.upgrossing_basis

        upgrossing_table_number = self.upgrossing_table_number

        year_of_income = self.year_of_income

        deducted_artist_tax = self.deducted_artist_tax

        tax_paid_abroad = self.tax_paid_abroad

        continental_shaft = self.continental_shaft

        start_date = self.start_date

        end_date = self.end_date

        number_of_days = self.number_of_days

        validations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = []
            for validations_item_data in self.validations:
                validations_item = validations_item_data.to_dict()
                validations.append(validations_item)

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
        if salary_specification is not UNSET:
            field_dict["salarySpecification"] = salary_specification
        if country is not UNSET:
            field_dict["country"] = country
        if tax_country is not UNSET:
            field_dict["taxCountry"] = tax_country
        if car_number_of_km is not UNSET:
            field_dict["carNumberOfKm"] = car_number_of_km
        if car_number_of_km_to_home_or_work is not UNSET:
            field_dict["carNumberOfKmToHomeOrWork"] = car_number_of_km_to_home_or_work
        if car_list_price is not UNSET:
            field_dict["carListPrice"] = car_list_price
        if car_registration_number is not UNSET:
            field_dict["carRegistrationNumber"] = car_registration_number
        if number_of_journeys is not UNSET:
            field_dict["numberOfJourneys"] = number_of_journeys
        if upgrossing_basis is not UNSET:
            field_dict["upgrossingBasis"] = upgrossing_basis
        if upgrossing_table_number is not UNSET:
            field_dict["upgrossingTableNumber"] = upgrossing_table_number
        if year_of_income is not UNSET:
            field_dict["yearOfIncome"] = year_of_income
        if deducted_artist_tax is not UNSET:
            field_dict["deductedArtistTax"] = deducted_artist_tax
        if tax_paid_abroad is not UNSET:
            field_dict["taxPaidAbroad"] = tax_paid_abroad
        if continental_shaft is not UNSET:
            field_dict["continentalShaft"] = continental_shaft
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if number_of_days is not UNSET:
            field_dict["numberOfDays"] = number_of_days
        if validations is not UNSET and not _in_request:
            field_dict["validations"] = validations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.salary_v2_specification import SalaryV2Specification  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        _salary_specification = d.pop("salarySpecification", UNSET)
        salary_specification: SalaryV2Specification | Unset
        if isinstance(_salary_specification, Unset):
            salary_specification = UNSET
        else:
            salary_specification = SalaryV2Specification.from_dict(_salary_specification)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        _tax_country = d.pop("taxCountry", UNSET)
        tax_country: Country | Unset
        if isinstance(_tax_country, Unset):
            tax_country = UNSET
        else:
            tax_country = Country.from_dict(_tax_country)

        car_number_of_km = d.pop("carNumberOfKm", UNSET)

        car_number_of_km_to_home_or_work = d.pop("carNumberOfKmToHomeOrWork", UNSET)

        car_list_price = d.pop("carListPrice", UNSET)

        car_registration_number = d.pop("carRegistrationNumber", UNSET)

        number_of_journeys = d.pop("numberOfJourneys", UNSET)

        upgrossing_basis = d.pop("upgrossingBasis", UNSET)

        upgrossing_table_number = d.pop("upgrossingTableNumber", UNSET)

        year_of_income = d.pop("yearOfIncome", UNSET)

        deducted_artist_tax = d.pop("deductedArtistTax", UNSET)

        tax_paid_abroad = d.pop("taxPaidAbroad", UNSET)

        continental_shaft = d.pop("continentalShaft", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        number_of_days = d.pop("numberOfDays", UNSET)

        _validations = d.pop("validations", UNSET)
        validations: list[ApiValidationMessage] | Unset = UNSET
        if _validations is not UNSET:
            validations = []
            for validations_item_data in _validations:
                if validations_item_data is None:
                    continue
                validations_item = ApiValidationMessage.from_dict(validations_item_data)

                validations.append(validations_item)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            salary_specification=salary_specification,
            country=country,
            tax_country=tax_country,
            car_number_of_km=car_number_of_km,
            car_number_of_km_to_home_or_work=car_number_of_km_to_home_or_work,
            car_list_price=car_list_price,
            car_registration_number=car_registration_number,
            number_of_journeys=number_of_journeys,
            upgrossing_basis=upgrossing_basis,
            upgrossing_table_number=upgrossing_table_number,
            year_of_income=year_of_income,
            deducted_artist_tax=deducted_artist_tax,
            tax_paid_abroad=tax_paid_abroad,
            continental_shaft=continental_shaft,
            start_date=start_date,
            end_date=end_date,
            number_of_days=number_of_days,
            validations=validations,
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
