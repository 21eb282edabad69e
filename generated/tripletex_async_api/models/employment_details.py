from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_details_employment_form import EmploymentDetailsEmploymentForm
from ..models.employment_details_employment_type import EmploymentDetailsEmploymentType
from ..models.employment_details_remuneration_type import EmploymentDetailsRemunerationType
from ..models.employment_details_working_hours_scheme import EmploymentDetailsWorkingHoursScheme
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employment import Employment
    from ..models.maritime_employment import MaritimeEmployment
    from ..models.municipality import Municipality
    from ..models.occupation_code import OccupationCode


T = TypeVar("T", bound="EmploymentDetails")


@_attrs_define
class EmploymentDetails(Model):
    """Employment types tied to the employment

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        employment (Employment | Unset): Employments tied to the employee
        date (str | Unset):
        employment_type (EmploymentDetailsEmploymentType | Unset): Define the employment type.
        employment_form (EmploymentDetailsEmploymentForm | Unset): Define the employment form.
        maritime_employment (MaritimeEmployment | Unset):
        remuneration_type (EmploymentDetailsRemunerationType | Unset): Define the remuneration type.
        working_hours_scheme (EmploymentDetailsWorkingHoursScheme | Unset): Define the working hours scheme type. If you
            enter a value for SHIFT WORK, you must also enter value for shiftDurationHours
        shift_duration_hours (float | Unset):
        occupation_code (OccupationCode | Unset): To find the right value to enter in this field, you could go to GET
            /employee/employment/occupationCode to get a list of valid ID's.
        percentage_of_full_time_equivalent (float | Unset):
        annual_salary (float | Unset):
        hourly_wage (float | Unset):
        payroll_tax_municipality_id (Municipality | Unset):
        monthly_salary (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employment: Employment | Unset = UNSET
    date: str | Unset = UNSET
    employment_type: EmploymentDetailsEmploymentType | Unset = UNSET
    employment_form: EmploymentDetailsEmploymentForm | Unset = UNSET
    maritime_employment: MaritimeEmployment | Unset = UNSET
    remuneration_type: EmploymentDetailsRemunerationType | Unset = UNSET
    working_hours_scheme: EmploymentDetailsWorkingHoursScheme | Unset = UNSET
    shift_duration_hours: float | Unset = UNSET
    occupation_code: OccupationCode | Unset = UNSET
    percentage_of_full_time_equivalent: float | Unset = UNSET
    annual_salary: float | Unset = UNSET
    hourly_wage: float | Unset = UNSET
    payroll_tax_municipality_id: Municipality | Unset = UNSET
    monthly_salary: float | Unset = UNSET
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
        _v = self.employment
        if _v is not UNSET:
            field_dict["employment"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.employment_type
        if _v is not UNSET:
            field_dict["employmentType"] = _v._value_
        _v = self.employment_form
        if _v is not UNSET:
            field_dict["employmentForm"] = _v._value_
        _v = self.maritime_employment
        if _v is not UNSET:
            field_dict["maritimeEmployment"] = _v.to_dict()
        _v = self.remuneration_type
        if _v is not UNSET:
            field_dict["remunerationType"] = _v._value_
        _v = self.working_hours_scheme
        if _v is not UNSET:
            field_dict["workingHoursScheme"] = _v._value_
        _v = self.shift_duration_hours
        if _v is not UNSET:
            field_dict["shiftDurationHours"] = _v
        _v = self.occupation_code
        if _v is not UNSET:
            field_dict["occupationCode"] = _v.to_dict()
        _v = self.percentage_of_full_time_equivalent
        if _v is not UNSET:
            field_dict["percentageOfFullTimeEquivalent"] = _v
        _v = self.annual_salary
        if _v is not UNSET:
            field_dict["annualSalary"] = _v
        _v = self.hourly_wage
        if _v is not UNSET:
            field_dict["hourlyWage"] = _v
        _v = self.payroll_tax_municipality_id
        if _v is not UNSET:
            field_dict["payrollTaxMunicipalityId"] = _v.to_dict()
        _v = self.monthly_salary
        if _v is not UNSET and not _in_request:
            field_dict["monthlySalary"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmploymentDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmploymentDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.maritime_employment import MaritimeEmployment  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415
        from ..models.occupation_code import OccupationCode  # noqa: PLC0415

        _new = object.__new__
        _e_employment_type: dict[Any, Any] = enum_members(EmploymentDetailsEmploymentType)
        _e_employment_form: dict[Any, Any] = enum_members(EmploymentDetailsEmploymentForm)
        _e_remuneration_type: dict[Any, Any] = enum_members(EmploymentDetailsRemunerationType)
        _e_working_hours_scheme: dict[Any, Any] = enum_members(EmploymentDetailsWorkingHoursScheme)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employment",
                "date",
                "employmentType",
                "employmentForm",
                "maritimeEmployment",
                "remunerationType",
                "workingHoursScheme",
                "shiftDurationHours",
                "occupationCode",
                "percentageOfFullTimeEquivalent",
                "annualSalary",
                "hourlyWage",
                "payrollTaxMunicipalityId",
                "monthlySalary",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "shiftDurationHours": "shift_duration_hours",
            "percentageOfFullTimeEquivalent": "percentage_of_full_time_equivalent",
            "annualSalary": "annual_salary",
            "hourlyWage": "hourly_wage",
            "monthlySalary": "monthly_salary",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.employment = o.date = o.employment_type = (
                        o.employment_form
                    ) = o.maritime_employment = o.remuneration_type = o.working_hours_scheme = (
                        o.shift_duration_hours
                    ) = o.occupation_code = o.percentage_of_full_time_equivalent = o.annual_salary = o.hourly_wage = (
                        o.payroll_tax_municipality_id
                    ) = o.monthly_salary = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.employment = o.date = o.employment_type = (
                        o.employment_form
                    ) = o.maritime_employment = o.remuneration_type = o.working_hours_scheme = (
                        o.shift_duration_hours
                    ) = o.occupation_code = o.percentage_of_full_time_equivalent = o.annual_salary = o.hourly_wage = (
                        o.payroll_tax_municipality_id
                    ) = o.monthly_salary = UNSET
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
                k = "employment"
                v = g("employment")
                if v is None:
                    o.employment = u
                    if "employment" not in d:
                        m += 1
                else:
                    o.employment = Employment._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                k = "employmentType"
                v = g("employmentType")
                if v is None:
                    o.employment_type = u
                    if "employmentType" not in d:
                        m += 1
                else:
                    o.employment_type = (
                        e_
                        if (e_ := _e_employment_type.get(v)) is not None
                        else enum_value(EmploymentDetailsEmploymentType, v)
                    )
                k = "employmentForm"
                v = g("employmentForm")
                if v is None:
                    o.employment_form = u
                    if "employmentForm" not in d:
                        m += 1
                else:
                    o.employment_form = (
                        e_
                        if (e_ := _e_employment_form.get(v)) is not None
                        else enum_value(EmploymentDetailsEmploymentForm, v)
                    )
                k = "maritimeEmployment"
                v = g("maritimeEmployment")
                if v is None:
                    o.maritime_employment = u
                    if "maritimeEmployment" not in d:
                        m += 1
                else:
                    o.maritime_employment = MaritimeEmployment._tx_parse(v)
                k = "remunerationType"
                v = g("remunerationType")
                if v is None:
                    o.remuneration_type = u
                    if "remunerationType" not in d:
                        m += 1
                else:
                    o.remuneration_type = (
                        e_
                        if (e_ := _e_remuneration_type.get(v)) is not None
                        else enum_value(EmploymentDetailsRemunerationType, v)
                    )
                k = "workingHoursScheme"
                v = g("workingHoursScheme")
                if v is None:
                    o.working_hours_scheme = u
                    if "workingHoursScheme" not in d:
                        m += 1
                else:
                    o.working_hours_scheme = (
                        e_
                        if (e_ := _e_working_hours_scheme.get(v)) is not None
                        else enum_value(EmploymentDetailsWorkingHoursScheme, v)
                    )
                v = g("shiftDurationHours")
                if v is None:
                    o.shift_duration_hours = u
                    if "shiftDurationHours" not in d:
                        m += 1
                else:
                    o.shift_duration_hours = v
                k = "occupationCode"
                v = g("occupationCode")
                if v is None:
                    o.occupation_code = u
                    if "occupationCode" not in d:
                        m += 1
                else:
                    o.occupation_code = OccupationCode._tx_parse(v)
                v = g("percentageOfFullTimeEquivalent")
                if v is None:
                    o.percentage_of_full_time_equivalent = u
                    if "percentageOfFullTimeEquivalent" not in d:
                        m += 1
                else:
                    o.percentage_of_full_time_equivalent = v
                v = g("annualSalary")
                if v is None:
                    o.annual_salary = u
                    if "annualSalary" not in d:
                        m += 1
                else:
                    o.annual_salary = v
                v = g("hourlyWage")
                if v is None:
                    o.hourly_wage = u
                    if "hourlyWage" not in d:
                        m += 1
                else:
                    o.hourly_wage = v
                k = "payrollTaxMunicipalityId"
                v = g("payrollTaxMunicipalityId")
                if v is None:
                    o.payroll_tax_municipality_id = u
                    if "payrollTaxMunicipalityId" not in d:
                        m += 1
                else:
                    o.payroll_tax_municipality_id = Municipality._tx_parse(v)
                v = g("monthlySalary")
                if v is None:
                    o.monthly_salary = u
                    if "monthlySalary" not in d:
                        m += 1
                else:
                    o.monthly_salary = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("employment", "employment"),
            ("date", "date"),
            ("employment_type", "employmentType"),
            ("employment_form", "employmentForm"),
            ("maritime_employment", "maritimeEmployment"),
            ("remuneration_type", "remunerationType"),
            ("working_hours_scheme", "workingHoursScheme"),
            ("shift_duration_hours", "shiftDurationHours"),
            ("occupation_code", "occupationCode"),
            ("percentage_of_full_time_equivalent", "percentageOfFullTimeEquivalent"),
            ("annual_salary", "annualSalary"),
            ("hourly_wage", "hourlyWage"),
            ("payroll_tax_municipality_id", "payrollTaxMunicipalityId"),
            ("monthly_salary", "monthlySalary"),
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
            v = s.employment
            o.employment = u if v is None or v is u else Employment._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.employment_type
            o.employment_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_employment_type.get(v)) is not None
                else enum_value(EmploymentDetailsEmploymentType, v)
            )
            v = s.employment_form
            o.employment_form = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_employment_form.get(v)) is not None
                else enum_value(EmploymentDetailsEmploymentForm, v)
            )
            v = s.maritime_employment
            o.maritime_employment = u if v is None or v is u else MaritimeEmployment._tx_parse(v)
            v = s.remuneration_type
            o.remuneration_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_remuneration_type.get(v)) is not None
                else enum_value(EmploymentDetailsRemunerationType, v)
            )
            v = s.working_hours_scheme
            o.working_hours_scheme = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_working_hours_scheme.get(v)) is not None
                else enum_value(EmploymentDetailsWorkingHoursScheme, v)
            )
            v = s.shift_duration_hours
            o.shift_duration_hours = u if v is None else v
            v = s.occupation_code
            o.occupation_code = u if v is None or v is u else OccupationCode._tx_parse(v)
            v = s.percentage_of_full_time_equivalent
            o.percentage_of_full_time_equivalent = u if v is None else v
            v = s.annual_salary
            o.annual_salary = u if v is None else v
            v = s.hourly_wage
            o.hourly_wage = u if v is None else v
            v = s.payroll_tax_municipality_id
            o.payroll_tax_municipality_id = u if v is None or v is u else Municipality._tx_parse(v)
            v = s.monthly_salary
            o.monthly_salary = u if v is None else v
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
