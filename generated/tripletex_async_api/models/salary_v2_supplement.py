from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.api_validation_message import ApiValidationMessage
    from ..models.change import Change
    from ..models.country import Country
    from ..models.salary_v2_specification import SalaryV2Specification


T = TypeVar("T", bound="SalaryV2Supplement")


@_attrs_define
class SalaryV2Supplement(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        validations (list[ApiValidationMessage] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.salary_specification
        if _v is not UNSET:
            field_dict["salarySpecification"] = _v.to_dict()
        _v = self.country
        if _v is not UNSET:
            field_dict["country"] = _v.to_dict()
        _v = self.tax_country
        if _v is not UNSET:
            field_dict["taxCountry"] = _v.to_dict()
        _v = self.car_number_of_km
        if _v is not UNSET:
            field_dict["carNumberOfKm"] = _v
        _v = self.car_number_of_km_to_home_or_work
        if _v is not UNSET:
            field_dict["carNumberOfKmToHomeOrWork"] = _v
        _v = self.car_list_price
        if _v is not UNSET:
            field_dict["carListPrice"] = _v
        _v = self.car_registration_number
        if _v is not UNSET:
            field_dict["carRegistrationNumber"] = _v
        _v = self.number_of_journeys
        if _v is not UNSET:
            field_dict["numberOfJourneys"] = _v
        _v = self.upgrossing_basis
        if _v is not UNSET:
            field_dict["upgrossingBasis"] = _v
        _v = self.upgrossing_table_number
        if _v is not UNSET:
            field_dict["upgrossingTableNumber"] = _v
        _v = self.year_of_income
        if _v is not UNSET:
            field_dict["yearOfIncome"] = _v
        _v = self.deducted_artist_tax
        if _v is not UNSET:
            field_dict["deductedArtistTax"] = _v
        _v = self.tax_paid_abroad
        if _v is not UNSET:
            field_dict["taxPaidAbroad"] = _v
        _v = self.continental_shaft
        if _v is not UNSET:
            field_dict["continentalShaft"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.number_of_days
        if _v is not UNSET:
            field_dict["numberOfDays"] = _v
        _v = self.validations
        if _v is not UNSET and not _in_request:
            field_dict["validations"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Supplement from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2Supplement.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.api_validation_message import ApiValidationMessage  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.salary_v2_specification import SalaryV2Specification  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "carNumberOfKm": "car_number_of_km",
            "carNumberOfKmToHomeOrWork": "car_number_of_km_to_home_or_work",
            "carListPrice": "car_list_price",
            "carRegistrationNumber": "car_registration_number",
            "numberOfJourneys": "number_of_journeys",
            "upgrossingBasis": "upgrossing_basis",
            "upgrossingTableNumber": "upgrossing_table_number",
            "yearOfIncome": "year_of_income",
            "deductedArtistTax": "deducted_artist_tax",
            "taxPaidAbroad": "tax_paid_abroad",
            "continentalShaft": "continental_shaft",
            "startDate": "start_date",
            "endDate": "end_date",
            "numberOfDays": "number_of_days",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.salary_specification = o.country = o.tax_country = (
                        o.car_number_of_km
                    ) = o.car_number_of_km_to_home_or_work = o.car_list_price = o.car_registration_number = (
                        o.number_of_journeys
                    ) = o.upgrossing_basis = o.upgrossing_table_number = o.year_of_income = o.deducted_artist_tax = (
                        o.tax_paid_abroad
                    ) = o.continental_shaft = o.start_date = o.end_date = o.number_of_days = o.validations = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.salary_specification = o.country = o.tax_country = (
                        o.car_number_of_km
                    ) = o.car_number_of_km_to_home_or_work = o.car_list_price = o.car_registration_number = (
                        o.number_of_journeys
                    ) = o.upgrossing_basis = o.upgrossing_table_number = o.year_of_income = o.deducted_artist_tax = (
                        o.tax_paid_abroad
                    ) = o.continental_shaft = o.start_date = o.end_date = o.number_of_days = o.validations = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "salarySpecification"
                v = g("salarySpecification")
                if v is None:
                    o.salary_specification = u
                    if "salarySpecification" not in d:
                        m += 1
                else:
                    o.salary_specification = SalaryV2Specification._tx_parse(v)
                k = "country"
                v = g("country")
                if v is None:
                    o.country = u
                    if "country" not in d:
                        m += 1
                else:
                    o.country = Country._tx_parse(v)
                k = "taxCountry"
                v = g("taxCountry")
                if v is None:
                    o.tax_country = u
                    if "taxCountry" not in d:
                        m += 1
                else:
                    o.tax_country = Country._tx_parse(v)
                v = g("carNumberOfKm")
                if v is None:
                    o.car_number_of_km = u
                    if "carNumberOfKm" not in d:
                        m += 1
                else:
                    o.car_number_of_km = v
                v = g("carNumberOfKmToHomeOrWork")
                if v is None:
                    o.car_number_of_km_to_home_or_work = u
                    if "carNumberOfKmToHomeOrWork" not in d:
                        m += 1
                else:
                    o.car_number_of_km_to_home_or_work = v
                v = g("carListPrice")
                if v is None:
                    o.car_list_price = u
                    if "carListPrice" not in d:
                        m += 1
                else:
                    o.car_list_price = v
                v = g("carRegistrationNumber")
                if v is None:
                    o.car_registration_number = u
                    if "carRegistrationNumber" not in d:
                        m += 1
                else:
                    o.car_registration_number = v
                v = g("numberOfJourneys")
                if v is None:
                    o.number_of_journeys = u
                    if "numberOfJourneys" not in d:
                        m += 1
                else:
                    o.number_of_journeys = v
                v = g("upgrossingBasis")
                if v is None:
                    o.upgrossing_basis = u
                    if "upgrossingBasis" not in d:
                        m += 1
                else:
                    o.upgrossing_basis = v
                v = g("upgrossingTableNumber")
                if v is None:
                    o.upgrossing_table_number = u
                    if "upgrossingTableNumber" not in d:
                        m += 1
                else:
                    o.upgrossing_table_number = v
                v = g("yearOfIncome")
                if v is None:
                    o.year_of_income = u
                    if "yearOfIncome" not in d:
                        m += 1
                else:
                    o.year_of_income = v
                v = g("deductedArtistTax")
                if v is None:
                    o.deducted_artist_tax = u
                    if "deductedArtistTax" not in d:
                        m += 1
                else:
                    o.deducted_artist_tax = v
                v = g("taxPaidAbroad")
                if v is None:
                    o.tax_paid_abroad = u
                    if "taxPaidAbroad" not in d:
                        m += 1
                else:
                    o.tax_paid_abroad = v
                v = g("continentalShaft")
                if v is None:
                    o.continental_shaft = u
                    if "continentalShaft" not in d:
                        m += 1
                else:
                    o.continental_shaft = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("numberOfDays")
                if v is None:
                    o.number_of_days = u
                    if "numberOfDays" not in d:
                        m += 1
                else:
                    o.number_of_days = v
                k = "validations"
                v = g("validations")
                if v is None:
                    o.validations = u
                    if "validations" not in d:
                        m += 1
                else:
                    o.validations = (
                        ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("salary_specification", "salarySpecification"),
            ("country", "country"),
            ("tax_country", "taxCountry"),
            ("car_number_of_km", "carNumberOfKm"),
            ("car_number_of_km_to_home_or_work", "carNumberOfKmToHomeOrWork"),
            ("car_list_price", "carListPrice"),
            ("car_registration_number", "carRegistrationNumber"),
            ("number_of_journeys", "numberOfJourneys"),
            ("upgrossing_basis", "upgrossingBasis"),
            ("upgrossing_table_number", "upgrossingTableNumber"),
            ("year_of_income", "yearOfIncome"),
            ("deducted_artist_tax", "deductedArtistTax"),
            ("tax_paid_abroad", "taxPaidAbroad"),
            ("continental_shaft", "continentalShaft"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("number_of_days", "numberOfDays"),
            ("validations", "validations"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.salary_specification
            o.salary_specification = u if v is None or v is u else SalaryV2Specification._tx_parse(v)
            v = s.country
            o.country = u if v is None or v is u else Country._tx_parse(v)
            v = s.tax_country
            o.tax_country = u if v is None or v is u else Country._tx_parse(v)
            v = s.car_number_of_km
            o.car_number_of_km = u if v is None else v
            v = s.car_number_of_km_to_home_or_work
            o.car_number_of_km_to_home_or_work = u if v is None else v
            v = s.car_list_price
            o.car_list_price = u if v is None else v
            v = s.car_registration_number
            o.car_registration_number = u if v is None else v
            v = s.number_of_journeys
            o.number_of_journeys = u if v is None else v
            v = s.upgrossing_basis
            o.upgrossing_basis = u if v is None else v
            v = s.upgrossing_table_number
            o.upgrossing_table_number = u if v is None else v
            v = s.year_of_income
            o.year_of_income = u if v is None else v
            v = s.deducted_artist_tax
            o.deducted_artist_tax = u if v is None else v
            v = s.tax_paid_abroad
            o.tax_paid_abroad = u if v is None else v
            v = s.continental_shaft
            o.continental_shaft = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.number_of_days
            o.number_of_days = u if v is None else v
            v = s.validations
            o.validations = (
                u
                if v is None or v is u
                else ([ApiValidationMessage._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
