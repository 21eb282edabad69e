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
    from ..models.change import Change
    from ..models.employment import Employment
    from ..models.maritime_employment import MaritimeEmployment
    from ..models.municipality import Municipality
    from ..models.occupation_code import OccupationCode


T = TypeVar("T", bound="EmploymentDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employment", dict, False),
    ("employmentType", str, False),
    ("employmentForm", str, False),
    ("maritimeEmployment", dict, False),
    ("remunerationType", str, False),
    ("workingHoursScheme", str, False),
    ("occupationCode", dict, False),
    ("payrollTaxMunicipalityId", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class EmploymentDetails(LazyModel):
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
        """A EmploymentDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.maritime_employment import MaritimeEmployment  # noqa: PLC0415
        from ..models.municipality import Municipality  # noqa: PLC0415
        from ..models.occupation_code import OccupationCode  # noqa: PLC0415

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

        def _p_employment(_tx_v: Any) -> Employment | Unset:
            _employment = _tx_v
            employment: Employment | Unset
            if isinstance(_employment, Unset):
                employment = UNSET
            else:
                employment = Employment._tx_from_json(_employment)

            return employment

        def _p_employment_type(_tx_v: Any) -> EmploymentDetailsEmploymentType | Unset:
            _employment_type = _tx_v
            employment_type: EmploymentDetailsEmploymentType | Unset
            if isinstance(_employment_type, Unset):
                employment_type = UNSET
            else:
                employment_type = EmploymentDetailsEmploymentType(_employment_type)

            return employment_type

        def _p_employment_form(_tx_v: Any) -> EmploymentDetailsEmploymentForm | Unset:
            _employment_form = _tx_v
            employment_form: EmploymentDetailsEmploymentForm | Unset
            if isinstance(_employment_form, Unset):
                employment_form = UNSET
            else:
                employment_form = EmploymentDetailsEmploymentForm(_employment_form)

            return employment_form

        def _p_maritime_employment(_tx_v: Any) -> MaritimeEmployment | Unset:
            _maritime_employment = _tx_v
            maritime_employment: MaritimeEmployment | Unset
            if isinstance(_maritime_employment, Unset):
                maritime_employment = UNSET
            else:
                maritime_employment = MaritimeEmployment._tx_from_json(_maritime_employment)

            return maritime_employment

        def _p_remuneration_type(_tx_v: Any) -> EmploymentDetailsRemunerationType | Unset:
            _remuneration_type = _tx_v
            remuneration_type: EmploymentDetailsRemunerationType | Unset
            if isinstance(_remuneration_type, Unset):
                remuneration_type = UNSET
            else:
                remuneration_type = EmploymentDetailsRemunerationType(_remuneration_type)

            return remuneration_type

        def _p_working_hours_scheme(_tx_v: Any) -> EmploymentDetailsWorkingHoursScheme | Unset:
            _working_hours_scheme = _tx_v
            working_hours_scheme: EmploymentDetailsWorkingHoursScheme | Unset
            if isinstance(_working_hours_scheme, Unset):
                working_hours_scheme = UNSET
            else:
                working_hours_scheme = EmploymentDetailsWorkingHoursScheme(_working_hours_scheme)

            return working_hours_scheme

        def _p_occupation_code(_tx_v: Any) -> OccupationCode | Unset:
            _occupation_code = _tx_v
            occupation_code: OccupationCode | Unset
            if isinstance(_occupation_code, Unset):
                occupation_code = UNSET
            else:
                occupation_code = OccupationCode._tx_from_json(_occupation_code)

            return occupation_code

        def _p_payroll_tax_municipality_id(_tx_v: Any) -> Municipality | Unset:
            _payroll_tax_municipality_id = _tx_v
            payroll_tax_municipality_id: Municipality | Unset
            if isinstance(_payroll_tax_municipality_id, Unset):
                payroll_tax_municipality_id = UNSET
            else:
                payroll_tax_municipality_id = Municipality._tx_from_json(_payroll_tax_municipality_id)

            return payroll_tax_municipality_id

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employment": ("employment", _p_employment),
            "date": ("date", None),
            "employment_type": ("employmentType", _p_employment_type),
            "employment_form": ("employmentForm", _p_employment_form),
            "maritime_employment": ("maritimeEmployment", _p_maritime_employment),
            "remuneration_type": ("remunerationType", _p_remuneration_type),
            "working_hours_scheme": ("workingHoursScheme", _p_working_hours_scheme),
            "shift_duration_hours": ("shiftDurationHours", None),
            "occupation_code": ("occupationCode", _p_occupation_code),
            "percentage_of_full_time_equivalent": ("percentageOfFullTimeEquivalent", None),
            "annual_salary": ("annualSalary", None),
            "hourly_wage": ("hourlyWage", None),
            "payroll_tax_municipality_id": ("payrollTaxMunicipalityId", _p_payroll_tax_municipality_id),
            "monthly_salary": ("monthlySalary", None),
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
