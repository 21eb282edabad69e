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
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.country import Country
    from ..models.salary_v2_specification import SalaryV2Specification


T = TypeVar("T", bound="SalaryV2Supplement")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("salarySpecification", dict, False),
    ("country", dict, False),
    ("taxCountry", dict, False),
    ("validations", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Supplement(LazyModel):
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
        """A SalaryV2Supplement from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.salary_v2_specification import SalaryV2Specification  # noqa: PLC0415

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

        def _p_salary_specification(_tx_v: Any) -> SalaryV2Specification | Unset:
            _salary_specification = _tx_v
            salary_specification: SalaryV2Specification | Unset
            if isinstance(_salary_specification, Unset):
                salary_specification = UNSET
            else:
                salary_specification = SalaryV2Specification._tx_from_json(_salary_specification)

            return salary_specification

        def _p_country(_tx_v: Any) -> Country | Unset:
            _country = _tx_v
            country: Country | Unset
            if isinstance(_country, Unset):
                country = UNSET
            else:
                country = Country._tx_from_json(_country)

            return country

        def _p_tax_country(_tx_v: Any) -> Country | Unset:
            _tax_country = _tx_v
            tax_country: Country | Unset
            if isinstance(_tax_country, Unset):
                tax_country = UNSET
            else:
                tax_country = Country._tx_from_json(_tax_country)

            return tax_country

        def _p_validations(_tx_v: Any) -> list[ApiValidationMessage] | Unset:
            _validations = _tx_v
            validations: list[ApiValidationMessage] | Unset = UNSET
            if _validations is not UNSET:
                validations = []
                for validations_item_data in _validations:
                    if validations_item_data is None:
                        continue
                    validations_item = ApiValidationMessage._tx_from_json(validations_item_data)

                    validations.append(validations_item)

            return validations

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "salarySpecification",
                "country",
                "taxCountry",
                "carNumberOfKm",
                "carNumberOfKmToHomeOrWork",
                "carListPrice",
                "carRegistrationNumber",
                "numberOfJourneys",
                "upgrossingBasis",
                "upgrossingTableNumber",
                "yearOfIncome",
                "deductedArtistTax",
                "taxPaidAbroad",
                "continentalShaft",
                "startDate",
                "endDate",
                "numberOfDays",
                "validations",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "salary_specification": ("salarySpecification", _p_salary_specification),
            "country": ("country", _p_country),
            "tax_country": ("taxCountry", _p_tax_country),
            "car_number_of_km": ("carNumberOfKm", None),
            "car_number_of_km_to_home_or_work": ("carNumberOfKmToHomeOrWork", None),
            "car_list_price": ("carListPrice", None),
            "car_registration_number": ("carRegistrationNumber", None),
            "number_of_journeys": ("numberOfJourneys", None),
            "upgrossing_basis": ("upgrossingBasis", None),
            "upgrossing_table_number": ("upgrossingTableNumber", None),
            "year_of_income": ("yearOfIncome", None),
            "deducted_artist_tax": ("deductedArtistTax", None),
            "tax_paid_abroad": ("taxPaidAbroad", None),
            "continental_shaft": ("continentalShaft", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "number_of_days": ("numberOfDays", None),
            "validations": ("validations", _p_validations),
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
