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
)

if TYPE_CHECKING:
    from ..models.enterprise import Enterprise


T = TypeVar("T", bound="OnboardAccount")


@_attrs_define
class OnboardAccount(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.company_name
        if _v is not UNSET:
            field_dict["companyName"] = _v
        _v = self.org_number
        if _v is not UNSET:
            field_dict["orgNumber"] = _v
        _v = self.address
        if _v is not UNSET:
            field_dict["address"] = _v
        _v = self.city
        if _v is not UNSET:
            field_dict["city"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.municipality
        if _v is not UNSET:
            field_dict["municipality"] = _v
        _v = self.start_date_municipality
        if _v is not UNSET:
            field_dict["startDateMunicipality"] = _v
        _v = self.registration_date
        if _v is not UNSET:
            field_dict["registrationDate"] = _v
        _v = self.vat_registered
        if _v is not UNSET:
            field_dict["vatRegistered"] = _v
        _v = self.salary_module
        if _v is not UNSET:
            field_dict["salaryModule"] = _v
        _v = self.project_module
        if _v is not UNSET:
            field_dict["projectModule"] = _v
        _v = self.vvs_electro_module
        if _v is not UNSET:
            field_dict["vvsElectroModule"] = _v
        _v = self.time_sheet_module
        if _v is not UNSET:
            field_dict["timeSheetModule"] = _v
        _v = self.enterprises
        if _v is not UNSET:
            field_dict["enterprises"] = [_e.to_dict() for _e in _v]
        _v = self.bank_account_number
        if _v is not UNSET:
            field_dict["bankAccountNumber"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OnboardAccount from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OnboardAccount.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.enterprise import Enterprise  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "companyName": "company_name",
            "orgNumber": "org_number",
            "address": "address",
            "city": "city",
            "postalCode": "postal_code",
            "municipality": "municipality",
            "startDateMunicipality": "start_date_municipality",
            "registrationDate": "registration_date",
            "vatRegistered": "vat_registered",
            "salaryModule": "salary_module",
            "projectModule": "project_module",
            "vvsElectroModule": "vvs_electro_module",
            "timeSheetModule": "time_sheet_module",
            "bankAccountNumber": "bank_account_number",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.company_name = o.org_number = o.address = o.city = o.postal_code = o.municipality = (
                        o.start_date_municipality
                    ) = o.registration_date = o.vat_registered = o.salary_module = o.project_module = (
                        o.vvs_electro_module
                    ) = o.time_sheet_module = o.enterprises = o.bank_account_number = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("address")
                if v is None:
                    o.address = u
                    if "address" not in d:
                        m += 1
                else:
                    o.address = v
                v = g("city")
                if v is None:
                    o.city = u
                    if "city" not in d:
                        m += 1
                else:
                    o.city = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("municipality")
                if v is None:
                    o.municipality = u
                    if "municipality" not in d:
                        m += 1
                else:
                    o.municipality = v
                v = g("startDateMunicipality")
                if v is None:
                    o.start_date_municipality = u
                    if "startDateMunicipality" not in d:
                        m += 1
                else:
                    o.start_date_municipality = v
                v = g("registrationDate")
                if v is None:
                    o.registration_date = u
                    if "registrationDate" not in d:
                        m += 1
                else:
                    o.registration_date = v
                v = g("vatRegistered")
                if v is None:
                    o.vat_registered = u
                    if "vatRegistered" not in d:
                        m += 1
                else:
                    o.vat_registered = v
                v = g("salaryModule")
                if v is None:
                    o.salary_module = u
                    if "salaryModule" not in d:
                        m += 1
                else:
                    o.salary_module = v
                v = g("projectModule")
                if v is None:
                    o.project_module = u
                    if "projectModule" not in d:
                        m += 1
                else:
                    o.project_module = v
                v = g("vvsElectroModule")
                if v is None:
                    o.vvs_electro_module = u
                    if "vvsElectroModule" not in d:
                        m += 1
                else:
                    o.vvs_electro_module = v
                v = g("timeSheetModule")
                if v is None:
                    o.time_sheet_module = u
                    if "timeSheetModule" not in d:
                        m += 1
                else:
                    o.time_sheet_module = v
                k = "enterprises"
                v = g("enterprises")
                if v is None:
                    o.enterprises = u
                    if "enterprises" not in d:
                        m += 1
                else:
                    o.enterprises = (
                        ([Enterprise._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("bankAccountNumber")
                if v is None:
                    o.bank_account_number = u
                    if "bankAccountNumber" not in d:
                        m += 1
                else:
                    o.bank_account_number = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("company_name", "companyName"),
            ("org_number", "orgNumber"),
            ("address", "address"),
            ("city", "city"),
            ("postal_code", "postalCode"),
            ("municipality", "municipality"),
            ("start_date_municipality", "startDateMunicipality"),
            ("registration_date", "registrationDate"),
            ("vat_registered", "vatRegistered"),
            ("salary_module", "salaryModule"),
            ("project_module", "projectModule"),
            ("vvs_electro_module", "vvsElectroModule"),
            ("time_sheet_module", "timeSheetModule"),
            ("enterprises", "enterprises"),
            ("bank_account_number", "bankAccountNumber"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.address
            o.address = u if v is None else v
            v = s.city
            o.city = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.municipality
            o.municipality = u if v is None else v
            v = s.start_date_municipality
            o.start_date_municipality = u if v is None else v
            v = s.registration_date
            o.registration_date = u if v is None else v
            v = s.vat_registered
            o.vat_registered = u if v is None else v
            v = s.salary_module
            o.salary_module = u if v is None else v
            v = s.project_module
            o.project_module = u if v is None else v
            v = s.vvs_electro_module
            o.vvs_electro_module = u if v is None else v
            v = s.time_sheet_module
            o.time_sheet_module = u if v is None else v
            v = s.enterprises
            o.enterprises = (
                u
                if v is None or v is u
                else ([Enterprise._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.bank_account_number
            o.bank_account_number = u if v is None else v
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
