from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="EmployeeImportRowContent")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class EmployeeImportRowContent(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        postal_address_1 = self.postal_address_1

        postal_address_2 = self.postal_address_2

        postal_code = self.postal_code

        postal_address_city = self.postal_address_city

        postal_address_country = self.postal_address_country

        phone_number_work = self.phone_number_work

        phone_number_mobile = self.phone_number_mobile

        employee_number = self.employee_number

        percent_of_employment = self.percent_of_employment

        date_of_birth = self.date_of_birth

        social_security_number = self.social_security_number

        getd_number = self.getd_number

        bban = self.bban

        iban = self.iban

        swift = self.swift

        vacation_allowance_earned_year = self.vacation_allowance_earned_year

        vacation_allowance_basis = self.vacation_allowance_basis

        vacation_allowance_amount = self.vacation_allowance_amount

        vacation_allowance_extra_week_amount = self.vacation_allowance_extra_week_amount

        start_date = self.start_date

        employment_type = self.employment_type

        employment_form = self.employment_form

        occupation_code = self.occupation_code

        yearly_wage = self.yearly_wage

        hourly_wage = self.hourly_wage

        division_number = self.division_number

        international_id_number = self.international_id_number

        international_id_type = self.international_id_type

        international_id_country = self.international_id_country

        salary_type = self.salary_type

        department_number = self.department_number

        imported_employment_id = self.imported_employment_id

        end_date = self.end_date

        employment_end_reason = self.employment_end_reason

        employment_schedule_type_amelding_type_id = self.employment_schedule_type_amelding_type_id

        shift_duration_hours = self.shift_duration_hours

        is_main_employer = self.is_main_employer

        hour_rate = self.hour_rate

        hour_cost = self.hour_cost

        date_vacation_and_hour_balance = self.date_vacation_and_hour_balance

        vacation_balance = self.vacation_balance

        hour_balance = self.hour_balance

        dnumber = self.dnumber

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if postal_address_1 is not UNSET:
            field_dict["postalAddress1"] = postal_address_1
        if postal_address_2 is not UNSET:
            field_dict["postalAddress2"] = postal_address_2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if postal_address_city is not UNSET:
            field_dict["postalAddressCity"] = postal_address_city
        if postal_address_country is not UNSET:
            field_dict["postalAddressCountry"] = postal_address_country
        if phone_number_work is not UNSET:
            field_dict["phoneNumberWork"] = phone_number_work
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if employee_number is not UNSET:
            field_dict["employeeNumber"] = employee_number
        if percent_of_employment is not UNSET:
            field_dict["percentOfEmployment"] = percent_of_employment
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if social_security_number is not UNSET:
            field_dict["socialSecurityNumber"] = social_security_number
        if getd_number is not UNSET:
            field_dict["getdNumber"] = getd_number
        if bban is not UNSET:
            field_dict["bban"] = bban
        if iban is not UNSET:
            field_dict["iban"] = iban
        if swift is not UNSET:
            field_dict["swift"] = swift
        if vacation_allowance_earned_year is not UNSET:
            field_dict["vacationAllowanceEarnedYear"] = vacation_allowance_earned_year
        if vacation_allowance_basis is not UNSET:
            field_dict["vacationAllowanceBasis"] = vacation_allowance_basis
        if vacation_allowance_amount is not UNSET:
            field_dict["vacationAllowanceAmount"] = vacation_allowance_amount
        if vacation_allowance_extra_week_amount is not UNSET:
            field_dict["vacationAllowanceExtraWeekAmount"] = vacation_allowance_extra_week_amount
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if employment_type is not UNSET:
            field_dict["employmentType"] = employment_type
        if employment_form is not UNSET:
            field_dict["employmentForm"] = employment_form
        if occupation_code is not UNSET:
            field_dict["occupationCode"] = occupation_code
        if yearly_wage is not UNSET:
            field_dict["yearlyWage"] = yearly_wage
        if hourly_wage is not UNSET:
            field_dict["hourlyWage"] = hourly_wage
        if division_number is not UNSET:
            field_dict["divisionNumber"] = division_number
        if international_id_number is not UNSET:
            field_dict["internationalIdNumber"] = international_id_number
        if international_id_type is not UNSET:
            field_dict["internationalIdType"] = international_id_type
        if international_id_country is not UNSET:
            field_dict["internationalIdCountry"] = international_id_country
        if salary_type is not UNSET:
            field_dict["salaryType"] = salary_type
        if department_number is not UNSET:
            field_dict["departmentNumber"] = department_number
        if imported_employment_id is not UNSET:
            field_dict["importedEmploymentId"] = imported_employment_id
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if employment_end_reason is not UNSET:
            field_dict["employmentEndReason"] = employment_end_reason
        if employment_schedule_type_amelding_type_id is not UNSET:
            field_dict["employmentScheduleTypeAmeldingTypeId"] = employment_schedule_type_amelding_type_id
        if shift_duration_hours is not UNSET:
            field_dict["shiftDurationHours"] = shift_duration_hours
        if is_main_employer is not UNSET:
            field_dict["isMainEmployer"] = is_main_employer
        if hour_rate is not UNSET:
            field_dict["hourRate"] = hour_rate
        if hour_cost is not UNSET:
            field_dict["hourCost"] = hour_cost
        if date_vacation_and_hour_balance is not UNSET:
            field_dict["dateVacationAndHourBalance"] = date_vacation_and_hour_balance
        if vacation_balance is not UNSET:
            field_dict["vacationBalance"] = vacation_balance
        if hour_balance is not UNSET:
            field_dict["hourBalance"] = hour_balance
        if dnumber is not UNSET:
            field_dict["dnumber"] = dnumber
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A EmployeeImportRowContent from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "email": ("email", None),
            "postal_address_1": ("postalAddress1", None),
            "postal_address_2": ("postalAddress2", None),
            "postal_code": ("postalCode", None),
            "postal_address_city": ("postalAddressCity", None),
            "postal_address_country": ("postalAddressCountry", None),
            "phone_number_work": ("phoneNumberWork", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "employee_number": ("employeeNumber", None),
            "percent_of_employment": ("percentOfEmployment", None),
            "date_of_birth": ("dateOfBirth", None),
            "social_security_number": ("socialSecurityNumber", None),
            "getd_number": ("getdNumber", None),
            "bban": ("bban", None),
            "iban": ("iban", None),
            "swift": ("swift", None),
            "vacation_allowance_earned_year": ("vacationAllowanceEarnedYear", None),
            "vacation_allowance_basis": ("vacationAllowanceBasis", None),
            "vacation_allowance_amount": ("vacationAllowanceAmount", None),
            "vacation_allowance_extra_week_amount": ("vacationAllowanceExtraWeekAmount", None),
            "start_date": ("startDate", None),
            "employment_type": ("employmentType", None),
            "employment_form": ("employmentForm", None),
            "occupation_code": ("occupationCode", None),
            "yearly_wage": ("yearlyWage", None),
            "hourly_wage": ("hourlyWage", None),
            "division_number": ("divisionNumber", None),
            "international_id_number": ("internationalIdNumber", None),
            "international_id_type": ("internationalIdType", None),
            "international_id_country": ("internationalIdCountry", None),
            "salary_type": ("salaryType", None),
            "department_number": ("departmentNumber", None),
            "imported_employment_id": ("importedEmploymentId", None),
            "end_date": ("endDate", None),
            "employment_end_reason": ("employmentEndReason", None),
            "employment_schedule_type_amelding_type_id": ("employmentScheduleTypeAmeldingTypeId", None),
            "shift_duration_hours": ("shiftDurationHours", None),
            "is_main_employer": ("isMainEmployer", None),
            "hour_rate": ("hourRate", None),
            "hour_cost": ("hourCost", None),
            "date_vacation_and_hour_balance": ("dateVacationAndHourBalance", None),
            "vacation_balance": ("vacationBalance", None),
            "hour_balance": ("hourBalance", None),
            "dnumber": ("dnumber", None),
            "empty": ("empty", None),
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
