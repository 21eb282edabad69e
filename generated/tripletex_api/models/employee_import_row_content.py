from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="EmployeeImportRowContent")


@_attrs_define
class EmployeeImportRowContent:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        postal_address_1 = d.pop("postalAddress1", UNSET)

        postal_address_2 = d.pop("postalAddress2", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        postal_address_city = d.pop("postalAddressCity", UNSET)

        postal_address_country = d.pop("postalAddressCountry", UNSET)

        phone_number_work = d.pop("phoneNumberWork", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        employee_number = d.pop("employeeNumber", UNSET)

        percent_of_employment = d.pop("percentOfEmployment", UNSET)

        date_of_birth = d.pop("dateOfBirth", UNSET)

        social_security_number = d.pop("socialSecurityNumber", UNSET)

        getd_number = d.pop("getdNumber", UNSET)

        bban = d.pop("bban", UNSET)

        iban = d.pop("iban", UNSET)

        swift = d.pop("swift", UNSET)

        vacation_allowance_earned_year = d.pop("vacationAllowanceEarnedYear", UNSET)

        vacation_allowance_basis = d.pop("vacationAllowanceBasis", UNSET)

        vacation_allowance_amount = d.pop("vacationAllowanceAmount", UNSET)

        vacation_allowance_extra_week_amount = d.pop("vacationAllowanceExtraWeekAmount", UNSET)

        start_date = d.pop("startDate", UNSET)

        employment_type = d.pop("employmentType", UNSET)

        employment_form = d.pop("employmentForm", UNSET)

        occupation_code = d.pop("occupationCode", UNSET)

        yearly_wage = d.pop("yearlyWage", UNSET)

        hourly_wage = d.pop("hourlyWage", UNSET)

        division_number = d.pop("divisionNumber", UNSET)

        international_id_number = d.pop("internationalIdNumber", UNSET)

        international_id_type = d.pop("internationalIdType", UNSET)

        international_id_country = d.pop("internationalIdCountry", UNSET)

        salary_type = d.pop("salaryType", UNSET)

        department_number = d.pop("departmentNumber", UNSET)

        imported_employment_id = d.pop("importedEmploymentId", UNSET)

        end_date = d.pop("endDate", UNSET)

        employment_end_reason = d.pop("employmentEndReason", UNSET)

        employment_schedule_type_amelding_type_id = d.pop("employmentScheduleTypeAmeldingTypeId", UNSET)

        shift_duration_hours = d.pop("shiftDurationHours", UNSET)

        is_main_employer = d.pop("isMainEmployer", UNSET)

        hour_rate = d.pop("hourRate", UNSET)

        hour_cost = d.pop("hourCost", UNSET)

        date_vacation_and_hour_balance = d.pop("dateVacationAndHourBalance", UNSET)

        vacation_balance = d.pop("vacationBalance", UNSET)

        hour_balance = d.pop("hourBalance", UNSET)

        dnumber = d.pop("dnumber", UNSET)

        empty = d.pop("empty", UNSET)

        _obj = cls(
            first_name=first_name,
            last_name=last_name,
            email=email,
            postal_address_1=postal_address_1,
            postal_address_2=postal_address_2,
            postal_code=postal_code,
            postal_address_city=postal_address_city,
            postal_address_country=postal_address_country,
            phone_number_work=phone_number_work,
            phone_number_mobile=phone_number_mobile,
            employee_number=employee_number,
            percent_of_employment=percent_of_employment,
            date_of_birth=date_of_birth,
            social_security_number=social_security_number,
            getd_number=getd_number,
            bban=bban,
            iban=iban,
            swift=swift,
            vacation_allowance_earned_year=vacation_allowance_earned_year,
            vacation_allowance_basis=vacation_allowance_basis,
            vacation_allowance_amount=vacation_allowance_amount,
            vacation_allowance_extra_week_amount=vacation_allowance_extra_week_amount,
            start_date=start_date,
            employment_type=employment_type,
            employment_form=employment_form,
            occupation_code=occupation_code,
            yearly_wage=yearly_wage,
            hourly_wage=hourly_wage,
            division_number=division_number,
            international_id_number=international_id_number,
            international_id_type=international_id_type,
            international_id_country=international_id_country,
            salary_type=salary_type,
            department_number=department_number,
            imported_employment_id=imported_employment_id,
            end_date=end_date,
            employment_end_reason=employment_end_reason,
            employment_schedule_type_amelding_type_id=employment_schedule_type_amelding_type_id,
            shift_duration_hours=shift_duration_hours,
            is_main_employer=is_main_employer,
            hour_rate=hour_rate,
            hour_cost=hour_cost,
            date_vacation_and_hour_balance=date_vacation_and_hour_balance,
            vacation_balance=vacation_balance,
            hour_balance=hour_balance,
            dnumber=dnumber,
            empty=empty,
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
