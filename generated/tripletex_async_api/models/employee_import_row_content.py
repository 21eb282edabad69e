from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="EmployeeImportRowContent")


@_attrs_define
class EmployeeImportRowContent(Model):
    """rowContent

    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        postal_address_1 (str | Unset):
        postal_address_2 (str | Unset):
        postal_code (str | Unset):
        postal_address_city (str | Unset):
        postal_address_country (str | Unset):
        phone_number_work (str | Unset):
        phone_number_mobile (str | Unset):
        employee_number (str | Unset):
        percent_of_employment (str | Unset):
        date_of_birth (str | Unset):
        social_security_number (str | Unset):
        getd_number (str | Unset):
        bban (str | Unset):
        iban (str | Unset):
        swift (str | Unset):
        vacation_allowance_earned_year (str | Unset):
        vacation_allowance_basis (str | Unset):
        vacation_allowance_amount (str | Unset):
        vacation_allowance_extra_week_amount (str | Unset):
        start_date (str | Unset):
        employment_type (str | Unset):
        employment_form (str | Unset):
        occupation_code (str | Unset):
        yearly_wage (str | Unset):
        hourly_wage (str | Unset):
        division_number (str | Unset):
        international_id_number (str | Unset):
        international_id_type (str | Unset):
        international_id_country (str | Unset):
        salary_type (str | Unset):
        department_number (str | Unset):
        imported_employment_id (str | Unset):
        end_date (str | Unset):
        employment_end_reason (str | Unset):
        employment_schedule_type_amelding_type_id (str | Unset):
        shift_duration_hours (str | Unset):
        is_main_employer (str | Unset):
        hour_rate (str | Unset):
        hour_cost (str | Unset):
        date_vacation_and_hour_balance (str | Unset):
        vacation_balance (str | Unset):
        hour_balance (str | Unset):
        dnumber (str | Unset):
        empty (bool | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    postal_address_1: str | Unset = UNSET
    postal_address_2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    postal_address_city: str | Unset = UNSET
    postal_address_country: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    employee_number: str | Unset = UNSET
    percent_of_employment: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    social_security_number: str | Unset = UNSET
    getd_number: str | Unset = UNSET
    bban: str | Unset = UNSET
    iban: str | Unset = UNSET
    swift: str | Unset = UNSET
    vacation_allowance_earned_year: str | Unset = UNSET
    vacation_allowance_basis: str | Unset = UNSET
    vacation_allowance_amount: str | Unset = UNSET
    vacation_allowance_extra_week_amount: str | Unset = UNSET
    start_date: str | Unset = UNSET
    employment_type: str | Unset = UNSET
    employment_form: str | Unset = UNSET
    occupation_code: str | Unset = UNSET
    yearly_wage: str | Unset = UNSET
    hourly_wage: str | Unset = UNSET
    division_number: str | Unset = UNSET
    international_id_number: str | Unset = UNSET
    international_id_type: str | Unset = UNSET
    international_id_country: str | Unset = UNSET
    salary_type: str | Unset = UNSET
    department_number: str | Unset = UNSET
    imported_employment_id: str | Unset = UNSET
    end_date: str | Unset = UNSET
    employment_end_reason: str | Unset = UNSET
    employment_schedule_type_amelding_type_id: str | Unset = UNSET
    shift_duration_hours: str | Unset = UNSET
    is_main_employer: str | Unset = UNSET
    hour_rate: str | Unset = UNSET
    hour_cost: str | Unset = UNSET
    date_vacation_and_hour_balance: str | Unset = UNSET
    vacation_balance: str | Unset = UNSET
    hour_balance: str | Unset = UNSET
    dnumber: str | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.first_name
        if _v is not UNSET:
            field_dict["firstName"] = _v
        _v = self.last_name
        if _v is not UNSET:
            field_dict["lastName"] = _v
        _v = self.email
        if _v is not UNSET:
            field_dict["email"] = _v
        _v = self.postal_address_1
        if _v is not UNSET:
            field_dict["postalAddress1"] = _v
        _v = self.postal_address_2
        if _v is not UNSET:
            field_dict["postalAddress2"] = _v
        _v = self.postal_code
        if _v is not UNSET:
            field_dict["postalCode"] = _v
        _v = self.postal_address_city
        if _v is not UNSET:
            field_dict["postalAddressCity"] = _v
        _v = self.postal_address_country
        if _v is not UNSET:
            field_dict["postalAddressCountry"] = _v
        _v = self.phone_number_work
        if _v is not UNSET:
            field_dict["phoneNumberWork"] = _v
        _v = self.phone_number_mobile
        if _v is not UNSET:
            field_dict["phoneNumberMobile"] = _v
        _v = self.employee_number
        if _v is not UNSET:
            field_dict["employeeNumber"] = _v
        _v = self.percent_of_employment
        if _v is not UNSET:
            field_dict["percentOfEmployment"] = _v
        _v = self.date_of_birth
        if _v is not UNSET:
            field_dict["dateOfBirth"] = _v
        _v = self.social_security_number
        if _v is not UNSET:
            field_dict["socialSecurityNumber"] = _v
        _v = self.getd_number
        if _v is not UNSET:
            field_dict["getdNumber"] = _v
        _v = self.bban
        if _v is not UNSET:
            field_dict["bban"] = _v
        _v = self.iban
        if _v is not UNSET:
            field_dict["iban"] = _v
        _v = self.swift
        if _v is not UNSET:
            field_dict["swift"] = _v
        _v = self.vacation_allowance_earned_year
        if _v is not UNSET:
            field_dict["vacationAllowanceEarnedYear"] = _v
        _v = self.vacation_allowance_basis
        if _v is not UNSET:
            field_dict["vacationAllowanceBasis"] = _v
        _v = self.vacation_allowance_amount
        if _v is not UNSET:
            field_dict["vacationAllowanceAmount"] = _v
        _v = self.vacation_allowance_extra_week_amount
        if _v is not UNSET:
            field_dict["vacationAllowanceExtraWeekAmount"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.employment_type
        if _v is not UNSET:
            field_dict["employmentType"] = _v
        _v = self.employment_form
        if _v is not UNSET:
            field_dict["employmentForm"] = _v
        _v = self.occupation_code
        if _v is not UNSET:
            field_dict["occupationCode"] = _v
        _v = self.yearly_wage
        if _v is not UNSET:
            field_dict["yearlyWage"] = _v
        _v = self.hourly_wage
        if _v is not UNSET:
            field_dict["hourlyWage"] = _v
        _v = self.division_number
        if _v is not UNSET:
            field_dict["divisionNumber"] = _v
        _v = self.international_id_number
        if _v is not UNSET:
            field_dict["internationalIdNumber"] = _v
        _v = self.international_id_type
        if _v is not UNSET:
            field_dict["internationalIdType"] = _v
        _v = self.international_id_country
        if _v is not UNSET:
            field_dict["internationalIdCountry"] = _v
        _v = self.salary_type
        if _v is not UNSET:
            field_dict["salaryType"] = _v
        _v = self.department_number
        if _v is not UNSET:
            field_dict["departmentNumber"] = _v
        _v = self.imported_employment_id
        if _v is not UNSET:
            field_dict["importedEmploymentId"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.employment_end_reason
        if _v is not UNSET:
            field_dict["employmentEndReason"] = _v
        _v = self.employment_schedule_type_amelding_type_id
        if _v is not UNSET:
            field_dict["employmentScheduleTypeAmeldingTypeId"] = _v
        _v = self.shift_duration_hours
        if _v is not UNSET:
            field_dict["shiftDurationHours"] = _v
        _v = self.is_main_employer
        if _v is not UNSET:
            field_dict["isMainEmployer"] = _v
        _v = self.hour_rate
        if _v is not UNSET:
            field_dict["hourRate"] = _v
        _v = self.hour_cost
        if _v is not UNSET:
            field_dict["hourCost"] = _v
        _v = self.date_vacation_and_hour_balance
        if _v is not UNSET:
            field_dict["dateVacationAndHourBalance"] = _v
        _v = self.vacation_balance
        if _v is not UNSET:
            field_dict["vacationBalance"] = _v
        _v = self.hour_balance
        if _v is not UNSET:
            field_dict["hourBalance"] = _v
        _v = self.dnumber
        if _v is not UNSET:
            field_dict["dnumber"] = _v
        _v = self.empty
        if _v is not UNSET:
            field_dict["empty"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeImportRowContent from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``EmployeeImportRowContent.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "firstName",
                "lastName",
                "email",
                "postalAddress1",
                "postalAddress2",
                "postalCode",
                "postalAddressCity",
                "postalAddressCountry",
                "phoneNumberWork",
                "phoneNumberMobile",
                "employeeNumber",
                "percentOfEmployment",
                "dateOfBirth",
                "socialSecurityNumber",
                "getdNumber",
                "bban",
                "iban",
                "swift",
                "vacationAllowanceEarnedYear",
                "vacationAllowanceBasis",
                "vacationAllowanceAmount",
                "vacationAllowanceExtraWeekAmount",
                "startDate",
                "employmentType",
                "employmentForm",
                "occupationCode",
                "yearlyWage",
                "hourlyWage",
                "divisionNumber",
                "internationalIdNumber",
                "internationalIdType",
                "internationalIdCountry",
                "salaryType",
                "departmentNumber",
                "importedEmploymentId",
                "endDate",
                "employmentEndReason",
                "employmentScheduleTypeAmeldingTypeId",
                "shiftDurationHours",
                "isMainEmployer",
                "hourRate",
                "hourCost",
                "dateVacationAndHourBalance",
                "vacationBalance",
                "hourBalance",
                "dnumber",
                "empty",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "firstName": "first_name",
            "lastName": "last_name",
            "email": "email",
            "postalAddress1": "postal_address_1",
            "postalAddress2": "postal_address_2",
            "postalCode": "postal_code",
            "postalAddressCity": "postal_address_city",
            "postalAddressCountry": "postal_address_country",
            "phoneNumberWork": "phone_number_work",
            "phoneNumberMobile": "phone_number_mobile",
            "employeeNumber": "employee_number",
            "percentOfEmployment": "percent_of_employment",
            "dateOfBirth": "date_of_birth",
            "socialSecurityNumber": "social_security_number",
            "getdNumber": "getd_number",
            "bban": "bban",
            "iban": "iban",
            "swift": "swift",
            "vacationAllowanceEarnedYear": "vacation_allowance_earned_year",
            "vacationAllowanceBasis": "vacation_allowance_basis",
            "vacationAllowanceAmount": "vacation_allowance_amount",
            "vacationAllowanceExtraWeekAmount": "vacation_allowance_extra_week_amount",
            "startDate": "start_date",
            "employmentType": "employment_type",
            "employmentForm": "employment_form",
            "occupationCode": "occupation_code",
            "yearlyWage": "yearly_wage",
            "hourlyWage": "hourly_wage",
            "divisionNumber": "division_number",
            "internationalIdNumber": "international_id_number",
            "internationalIdType": "international_id_type",
            "internationalIdCountry": "international_id_country",
            "salaryType": "salary_type",
            "departmentNumber": "department_number",
            "importedEmploymentId": "imported_employment_id",
            "endDate": "end_date",
            "employmentEndReason": "employment_end_reason",
            "employmentScheduleTypeAmeldingTypeId": "employment_schedule_type_amelding_type_id",
            "shiftDurationHours": "shift_duration_hours",
            "isMainEmployer": "is_main_employer",
            "hourRate": "hour_rate",
            "hourCost": "hour_cost",
            "dateVacationAndHourBalance": "date_vacation_and_hour_balance",
            "vacationBalance": "vacation_balance",
            "hourBalance": "hour_balance",
            "dnumber": "dnumber",
            "empty": "empty",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 15 and _sparse_keys.issuperset(d):
                    o.first_name = o.last_name = o.email = o.postal_address_1 = o.postal_address_2 = o.postal_code = (
                        o.postal_address_city
                    ) = o.postal_address_country = o.phone_number_work = o.phone_number_mobile = o.employee_number = (
                        o.percent_of_employment
                    ) = o.date_of_birth = o.social_security_number = o.getd_number = o.bban = o.iban = o.swift = (
                        o.vacation_allowance_earned_year
                    ) = o.vacation_allowance_basis = o.vacation_allowance_amount = (
                        o.vacation_allowance_extra_week_amount
                    ) = o.start_date = o.employment_type = o.employment_form = o.occupation_code = o.yearly_wage = (
                        o.hourly_wage
                    ) = o.division_number = o.international_id_number = o.international_id_type = (
                        o.international_id_country
                    ) = o.salary_type = o.department_number = o.imported_employment_id = o.end_date = (
                        o.employment_end_reason
                    ) = o.employment_schedule_type_amelding_type_id = o.shift_duration_hours = o.is_main_employer = (
                        o.hour_rate
                    ) = o.hour_cost = o.date_vacation_and_hour_balance = o.vacation_balance = o.hour_balance = (
                        o.dnumber
                    ) = o.empty = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("firstName")
                if v is None:
                    o.first_name = u
                    if "firstName" not in d:
                        m += 1
                else:
                    o.first_name = v
                v = g("lastName")
                if v is None:
                    o.last_name = u
                    if "lastName" not in d:
                        m += 1
                else:
                    o.last_name = v
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("postalAddress1")
                if v is None:
                    o.postal_address_1 = u
                    if "postalAddress1" not in d:
                        m += 1
                else:
                    o.postal_address_1 = v
                v = g("postalAddress2")
                if v is None:
                    o.postal_address_2 = u
                    if "postalAddress2" not in d:
                        m += 1
                else:
                    o.postal_address_2 = v
                v = g("postalCode")
                if v is None:
                    o.postal_code = u
                    if "postalCode" not in d:
                        m += 1
                else:
                    o.postal_code = v
                v = g("postalAddressCity")
                if v is None:
                    o.postal_address_city = u
                    if "postalAddressCity" not in d:
                        m += 1
                else:
                    o.postal_address_city = v
                v = g("postalAddressCountry")
                if v is None:
                    o.postal_address_country = u
                    if "postalAddressCountry" not in d:
                        m += 1
                else:
                    o.postal_address_country = v
                v = g("phoneNumberWork")
                if v is None:
                    o.phone_number_work = u
                    if "phoneNumberWork" not in d:
                        m += 1
                else:
                    o.phone_number_work = v
                v = g("phoneNumberMobile")
                if v is None:
                    o.phone_number_mobile = u
                    if "phoneNumberMobile" not in d:
                        m += 1
                else:
                    o.phone_number_mobile = v
                v = g("employeeNumber")
                if v is None:
                    o.employee_number = u
                    if "employeeNumber" not in d:
                        m += 1
                else:
                    o.employee_number = v
                v = g("percentOfEmployment")
                if v is None:
                    o.percent_of_employment = u
                    if "percentOfEmployment" not in d:
                        m += 1
                else:
                    o.percent_of_employment = v
                v = g("dateOfBirth")
                if v is None:
                    o.date_of_birth = u
                    if "dateOfBirth" not in d:
                        m += 1
                else:
                    o.date_of_birth = v
                v = g("socialSecurityNumber")
                if v is None:
                    o.social_security_number = u
                    if "socialSecurityNumber" not in d:
                        m += 1
                else:
                    o.social_security_number = v
                v = g("getdNumber")
                if v is None:
                    o.getd_number = u
                    if "getdNumber" not in d:
                        m += 1
                else:
                    o.getd_number = v
                v = g("bban")
                if v is None:
                    o.bban = u
                    if "bban" not in d:
                        m += 1
                else:
                    o.bban = v
                v = g("iban")
                if v is None:
                    o.iban = u
                    if "iban" not in d:
                        m += 1
                else:
                    o.iban = v
                v = g("swift")
                if v is None:
                    o.swift = u
                    if "swift" not in d:
                        m += 1
                else:
                    o.swift = v
                v = g("vacationAllowanceEarnedYear")
                if v is None:
                    o.vacation_allowance_earned_year = u
                    if "vacationAllowanceEarnedYear" not in d:
                        m += 1
                else:
                    o.vacation_allowance_earned_year = v
                v = g("vacationAllowanceBasis")
                if v is None:
                    o.vacation_allowance_basis = u
                    if "vacationAllowanceBasis" not in d:
                        m += 1
                else:
                    o.vacation_allowance_basis = v
                v = g("vacationAllowanceAmount")
                if v is None:
                    o.vacation_allowance_amount = u
                    if "vacationAllowanceAmount" not in d:
                        m += 1
                else:
                    o.vacation_allowance_amount = v
                v = g("vacationAllowanceExtraWeekAmount")
                if v is None:
                    o.vacation_allowance_extra_week_amount = u
                    if "vacationAllowanceExtraWeekAmount" not in d:
                        m += 1
                else:
                    o.vacation_allowance_extra_week_amount = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("employmentType")
                if v is None:
                    o.employment_type = u
                    if "employmentType" not in d:
                        m += 1
                else:
                    o.employment_type = v
                v = g("employmentForm")
                if v is None:
                    o.employment_form = u
                    if "employmentForm" not in d:
                        m += 1
                else:
                    o.employment_form = v
                v = g("occupationCode")
                if v is None:
                    o.occupation_code = u
                    if "occupationCode" not in d:
                        m += 1
                else:
                    o.occupation_code = v
                v = g("yearlyWage")
                if v is None:
                    o.yearly_wage = u
                    if "yearlyWage" not in d:
                        m += 1
                else:
                    o.yearly_wage = v
                v = g("hourlyWage")
                if v is None:
                    o.hourly_wage = u
                    if "hourlyWage" not in d:
                        m += 1
                else:
                    o.hourly_wage = v
                v = g("divisionNumber")
                if v is None:
                    o.division_number = u
                    if "divisionNumber" not in d:
                        m += 1
                else:
                    o.division_number = v
                v = g("internationalIdNumber")
                if v is None:
                    o.international_id_number = u
                    if "internationalIdNumber" not in d:
                        m += 1
                else:
                    o.international_id_number = v
                v = g("internationalIdType")
                if v is None:
                    o.international_id_type = u
                    if "internationalIdType" not in d:
                        m += 1
                else:
                    o.international_id_type = v
                v = g("internationalIdCountry")
                if v is None:
                    o.international_id_country = u
                    if "internationalIdCountry" not in d:
                        m += 1
                else:
                    o.international_id_country = v
                v = g("salaryType")
                if v is None:
                    o.salary_type = u
                    if "salaryType" not in d:
                        m += 1
                else:
                    o.salary_type = v
                v = g("departmentNumber")
                if v is None:
                    o.department_number = u
                    if "departmentNumber" not in d:
                        m += 1
                else:
                    o.department_number = v
                v = g("importedEmploymentId")
                if v is None:
                    o.imported_employment_id = u
                    if "importedEmploymentId" not in d:
                        m += 1
                else:
                    o.imported_employment_id = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("employmentEndReason")
                if v is None:
                    o.employment_end_reason = u
                    if "employmentEndReason" not in d:
                        m += 1
                else:
                    o.employment_end_reason = v
                v = g("employmentScheduleTypeAmeldingTypeId")
                if v is None:
                    o.employment_schedule_type_amelding_type_id = u
                    if "employmentScheduleTypeAmeldingTypeId" not in d:
                        m += 1
                else:
                    o.employment_schedule_type_amelding_type_id = v
                v = g("shiftDurationHours")
                if v is None:
                    o.shift_duration_hours = u
                    if "shiftDurationHours" not in d:
                        m += 1
                else:
                    o.shift_duration_hours = v
                v = g("isMainEmployer")
                if v is None:
                    o.is_main_employer = u
                    if "isMainEmployer" not in d:
                        m += 1
                else:
                    o.is_main_employer = v
                v = g("hourRate")
                if v is None:
                    o.hour_rate = u
                    if "hourRate" not in d:
                        m += 1
                else:
                    o.hour_rate = v
                v = g("hourCost")
                if v is None:
                    o.hour_cost = u
                    if "hourCost" not in d:
                        m += 1
                else:
                    o.hour_cost = v
                v = g("dateVacationAndHourBalance")
                if v is None:
                    o.date_vacation_and_hour_balance = u
                    if "dateVacationAndHourBalance" not in d:
                        m += 1
                else:
                    o.date_vacation_and_hour_balance = v
                v = g("vacationBalance")
                if v is None:
                    o.vacation_balance = u
                    if "vacationBalance" not in d:
                        m += 1
                else:
                    o.vacation_balance = v
                v = g("hourBalance")
                if v is None:
                    o.hour_balance = u
                    if "hourBalance" not in d:
                        m += 1
                else:
                    o.hour_balance = v
                v = g("dnumber")
                if v is None:
                    o.dnumber = u
                    if "dnumber" not in d:
                        m += 1
                else:
                    o.dnumber = v
                v = g("empty")
                if v is None:
                    o.empty = u
                    if "empty" not in d:
                        m += 1
                else:
                    o.empty = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 47 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("first_name", "firstName"),
            ("last_name", "lastName"),
            ("email", "email"),
            ("postal_address_1", "postalAddress1"),
            ("postal_address_2", "postalAddress2"),
            ("postal_code", "postalCode"),
            ("postal_address_city", "postalAddressCity"),
            ("postal_address_country", "postalAddressCountry"),
            ("phone_number_work", "phoneNumberWork"),
            ("phone_number_mobile", "phoneNumberMobile"),
            ("employee_number", "employeeNumber"),
            ("percent_of_employment", "percentOfEmployment"),
            ("date_of_birth", "dateOfBirth"),
            ("social_security_number", "socialSecurityNumber"),
            ("getd_number", "getdNumber"),
            ("bban", "bban"),
            ("iban", "iban"),
            ("swift", "swift"),
            ("vacation_allowance_earned_year", "vacationAllowanceEarnedYear"),
            ("vacation_allowance_basis", "vacationAllowanceBasis"),
            ("vacation_allowance_amount", "vacationAllowanceAmount"),
            ("vacation_allowance_extra_week_amount", "vacationAllowanceExtraWeekAmount"),
            ("start_date", "startDate"),
            ("employment_type", "employmentType"),
            ("employment_form", "employmentForm"),
            ("occupation_code", "occupationCode"),
            ("yearly_wage", "yearlyWage"),
            ("hourly_wage", "hourlyWage"),
            ("division_number", "divisionNumber"),
            ("international_id_number", "internationalIdNumber"),
            ("international_id_type", "internationalIdType"),
            ("international_id_country", "internationalIdCountry"),
            ("salary_type", "salaryType"),
            ("department_number", "departmentNumber"),
            ("imported_employment_id", "importedEmploymentId"),
            ("end_date", "endDate"),
            ("employment_end_reason", "employmentEndReason"),
            ("employment_schedule_type_amelding_type_id", "employmentScheduleTypeAmeldingTypeId"),
            ("shift_duration_hours", "shiftDurationHours"),
            ("is_main_employer", "isMainEmployer"),
            ("hour_rate", "hourRate"),
            ("hour_cost", "hourCost"),
            ("date_vacation_and_hour_balance", "dateVacationAndHourBalance"),
            ("vacation_balance", "vacationBalance"),
            ("hour_balance", "hourBalance"),
            ("dnumber", "dnumber"),
            ("empty", "empty"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.first_name
            o.first_name = u if v is None else v
            v = s.last_name
            o.last_name = u if v is None else v
            v = s.email
            o.email = u if v is None else v
            v = s.postal_address_1
            o.postal_address_1 = u if v is None else v
            v = s.postal_address_2
            o.postal_address_2 = u if v is None else v
            v = s.postal_code
            o.postal_code = u if v is None else v
            v = s.postal_address_city
            o.postal_address_city = u if v is None else v
            v = s.postal_address_country
            o.postal_address_country = u if v is None else v
            v = s.phone_number_work
            o.phone_number_work = u if v is None else v
            v = s.phone_number_mobile
            o.phone_number_mobile = u if v is None else v
            v = s.employee_number
            o.employee_number = u if v is None else v
            v = s.percent_of_employment
            o.percent_of_employment = u if v is None else v
            v = s.date_of_birth
            o.date_of_birth = u if v is None else v
            v = s.social_security_number
            o.social_security_number = u if v is None else v
            v = s.getd_number
            o.getd_number = u if v is None else v
            v = s.bban
            o.bban = u if v is None else v
            v = s.iban
            o.iban = u if v is None else v
            v = s.swift
            o.swift = u if v is None else v
            v = s.vacation_allowance_earned_year
            o.vacation_allowance_earned_year = u if v is None else v
            v = s.vacation_allowance_basis
            o.vacation_allowance_basis = u if v is None else v
            v = s.vacation_allowance_amount
            o.vacation_allowance_amount = u if v is None else v
            v = s.vacation_allowance_extra_week_amount
            o.vacation_allowance_extra_week_amount = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.employment_type
            o.employment_type = u if v is None else v
            v = s.employment_form
            o.employment_form = u if v is None else v
            v = s.occupation_code
            o.occupation_code = u if v is None else v
            v = s.yearly_wage
            o.yearly_wage = u if v is None else v
            v = s.hourly_wage
            o.hourly_wage = u if v is None else v
            v = s.division_number
            o.division_number = u if v is None else v
            v = s.international_id_number
            o.international_id_number = u if v is None else v
            v = s.international_id_type
            o.international_id_type = u if v is None else v
            v = s.international_id_country
            o.international_id_country = u if v is None else v
            v = s.salary_type
            o.salary_type = u if v is None else v
            v = s.department_number
            o.department_number = u if v is None else v
            v = s.imported_employment_id
            o.imported_employment_id = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.employment_end_reason
            o.employment_end_reason = u if v is None else v
            v = s.employment_schedule_type_amelding_type_id
            o.employment_schedule_type_amelding_type_id = u if v is None else v
            v = s.shift_duration_hours
            o.shift_duration_hours = u if v is None else v
            v = s.is_main_employer
            o.is_main_employer = u if v is None else v
            v = s.hour_rate
            o.hour_rate = u if v is None else v
            v = s.hour_cost
            o.hour_cost = u if v is None else v
            v = s.date_vacation_and_hour_balance
            o.date_vacation_and_hour_balance = u if v is None else v
            v = s.vacation_balance
            o.vacation_balance = u if v is None else v
            v = s.hour_balance
            o.hour_balance = u if v is None else v
            v = s.dnumber
            o.dnumber = u if v is None else v
            v = s.empty
            o.empty = u if v is None else v
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
