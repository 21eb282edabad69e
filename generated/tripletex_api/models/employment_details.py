from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_details_employment_form import EmploymentDetailsEmploymentForm
from ..models.employment_details_employment_type import EmploymentDetailsEmploymentType
from ..models.employment_details_remuneration_type import EmploymentDetailsRemunerationType
from ..models.employment_details_working_hours_scheme import EmploymentDetailsWorkingHoursScheme
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employment import Employment
    from ..models.maritime_employment import MaritimeEmployment
    from ..models.municipality import Municipality
    from ..models.occupation_code import OccupationCode


T = TypeVar("T", bound="EmploymentDetails")


@_attrs_define
class EmploymentDetails:
    """Employment types tied to the employment

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
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
        monthly_salary (float | Unset): [read-only]
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

        employment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employment, Unset):
            employment = self.employment.to_dict()

        date = self.date

        employment_type: str | Unset = UNSET
        if not isinstance(self.employment_type, Unset):
            employment_type = self.employment_type.value

        employment_form: str | Unset = UNSET
        if not isinstance(self.employment_form, Unset):
            employment_form = self.employment_form.value

        maritime_employment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maritime_employment, Unset):
            maritime_employment = self.maritime_employment.to_dict()

        remuneration_type: str | Unset = UNSET
        if not isinstance(self.remuneration_type, Unset):
            remuneration_type = self.remuneration_type.value

        working_hours_scheme: str | Unset = UNSET
        if not isinstance(self.working_hours_scheme, Unset):
            working_hours_scheme = self.working_hours_scheme.value

        shift_duration_hours = self.shift_duration_hours

        occupation_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occupation_code, Unset):
            occupation_code = self.occupation_code.to_dict()

        percentage_of_full_time_equivalent = self.percentage_of_full_time_equivalent

        annual_salary = self.annual_salary

        hourly_wage = self.hourly_wage

        payroll_tax_municipality_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payroll_tax_municipality_id, Unset):
            payroll_tax_municipality_id = self.payroll_tax_municipality_id.to_dict()

        monthly_salary = self.monthly_salary

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
        if employment is not UNSET:
            field_dict["employment"] = employment
        if date is not UNSET:
            field_dict["date"] = date
        if employment_type is not UNSET:
            field_dict["employmentType"] = employment_type
        if employment_form is not UNSET:
            field_dict["employmentForm"] = employment_form
        if maritime_employment is not UNSET:
            field_dict["maritimeEmployment"] = maritime_employment
        if remuneration_type is not UNSET:
            field_dict["remunerationType"] = remuneration_type
        if working_hours_scheme is not UNSET:
            field_dict["workingHoursScheme"] = working_hours_scheme
        if shift_duration_hours is not UNSET:
            field_dict["shiftDurationHours"] = shift_duration_hours
        if occupation_code is not UNSET:
            field_dict["occupationCode"] = occupation_code
        if percentage_of_full_time_equivalent is not UNSET:
            field_dict["percentageOfFullTimeEquivalent"] = percentage_of_full_time_equivalent
        if annual_salary is not UNSET:
            field_dict["annualSalary"] = annual_salary
        if hourly_wage is not UNSET:
            field_dict["hourlyWage"] = hourly_wage
        if payroll_tax_municipality_id is not UNSET:
            field_dict["payrollTaxMunicipalityId"] = payroll_tax_municipality_id
        if monthly_salary is not UNSET and not _in_request:
            field_dict["monthlySalary"] = monthly_salary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.maritime_employment import MaritimeEmployment  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415
        from ..models.occupation_code import OccupationCode  # noqa: PLC0415

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

        _employment = d.pop("employment", UNSET)
        employment: Employment | Unset
        if isinstance(_employment, Unset):
            employment = UNSET
        else:
            employment = Employment.from_dict(_employment)

        date = d.pop("date", UNSET)

        _employment_type = d.pop("employmentType", UNSET)
        employment_type: EmploymentDetailsEmploymentType | Unset
        if isinstance(_employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = EmploymentDetailsEmploymentType(_employment_type)

        _employment_form = d.pop("employmentForm", UNSET)
        employment_form: EmploymentDetailsEmploymentForm | Unset
        if isinstance(_employment_form, Unset):
            employment_form = UNSET
        else:
            employment_form = EmploymentDetailsEmploymentForm(_employment_form)

        _maritime_employment = d.pop("maritimeEmployment", UNSET)
        maritime_employment: MaritimeEmployment | Unset
        if isinstance(_maritime_employment, Unset):
            maritime_employment = UNSET
        else:
            maritime_employment = MaritimeEmployment.from_dict(_maritime_employment)

        _remuneration_type = d.pop("remunerationType", UNSET)
        remuneration_type: EmploymentDetailsRemunerationType | Unset
        if isinstance(_remuneration_type, Unset):
            remuneration_type = UNSET
        else:
            remuneration_type = EmploymentDetailsRemunerationType(_remuneration_type)

        _working_hours_scheme = d.pop("workingHoursScheme", UNSET)
        working_hours_scheme: EmploymentDetailsWorkingHoursScheme | Unset
        if isinstance(_working_hours_scheme, Unset):
            working_hours_scheme = UNSET
        else:
            working_hours_scheme = EmploymentDetailsWorkingHoursScheme(_working_hours_scheme)

        shift_duration_hours = d.pop("shiftDurationHours", UNSET)

        _occupation_code = d.pop("occupationCode", UNSET)
        occupation_code: OccupationCode | Unset
        if isinstance(_occupation_code, Unset):
            occupation_code = UNSET
        else:
            occupation_code = OccupationCode.from_dict(_occupation_code)

        percentage_of_full_time_equivalent = d.pop("percentageOfFullTimeEquivalent", UNSET)

        annual_salary = d.pop("annualSalary", UNSET)

        hourly_wage = d.pop("hourlyWage", UNSET)

        _payroll_tax_municipality_id = d.pop("payrollTaxMunicipalityId", UNSET)
        payroll_tax_municipality_id: Municipality | Unset
        if isinstance(_payroll_tax_municipality_id, Unset):
            payroll_tax_municipality_id = UNSET
        else:
            payroll_tax_municipality_id = Municipality.from_dict(_payroll_tax_municipality_id)

        monthly_salary = d.pop("monthlySalary", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employment=employment,
            date=date,
            employment_type=employment_type,
            employment_form=employment_form,
            maritime_employment=maritime_employment,
            remuneration_type=remuneration_type,
            working_hours_scheme=working_hours_scheme,
            shift_duration_hours=shift_duration_hours,
            occupation_code=occupation_code,
            percentage_of_full_time_equivalent=percentage_of_full_time_equivalent,
            annual_salary=annual_salary,
            hourly_wage=hourly_wage,
            payroll_tax_municipality_id=payroll_tax_municipality_id,
            monthly_salary=monthly_salary,
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
