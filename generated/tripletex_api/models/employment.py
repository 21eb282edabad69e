from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_employment_end_reason import EmploymentEmploymentEndReason
from ..models.employment_tax_deduction_code import EmploymentTaxDeductionCode
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.division import Division
    from ..models.employee import Employee
    from ..models.employment_details import EmploymentDetails


T = TypeVar("T", bound="Employment")


@_attrs_define
class Employment:
    """Employments tied to the employee

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (Employee | Unset):
        employment_id (str | Unset): Existing employment ID used by the current accounting system
        start_date (str | Unset):
        end_date (str | Unset):
        employment_end_reason (EmploymentEmploymentEndReason | Unset): Define the employment end reason.
        division (Division | Unset):
        last_salary_change_date (str | Unset):
        no_employment_relationship (bool | Unset): Activate pensions and other benefits with no employment relationship.
        is_main_employer (bool | Unset): Determines if company is main employer for the employee. Default value is
            true.<br />Some values will be default set if not sent upon creation of employment: <br/> If isMainEmployer is
            NOT sent and tax deduction code loennFraHovedarbeidsgiver is sent, isMainEmployer will be set to true. <br /> If
            isMainEmployer is NOT sent and tax deduction code loennFraBiarbeidsgiver is sent, isMainEmployer will be set to
            false. <br /> If true and deduction code is NOT sent, value of tax deduction code will be set to
            loennFraHovedarbeidsgiver. <br /> If false and deduction code is NOT sent, value of tax deduction code will be
            set to loennFraBiarbeidsgiver. <br /> For other types of Tax Deduction Codes, isMainEmployer does not influence
            anything.
        tax_deduction_code (EmploymentTaxDeductionCode | Unset): EMPTY - represents that a tax deduction code is not set
            on the employment. It is illegal to set the field to this value.  <br /> Default value of this field is
            loennFraHovedarbeidsgiver or loennFraBiarbeidsgiver depending on boolean isMainEmployer
        employment_details (list[EmploymentDetails] | Unset):
        is_remove_access_at_employment_ended (bool | Unset): If true, access to the employee will be removed when the
            employment ends. <br />This field is part of the Employee object, therefore changing it for one Employment
            affects all Employments.
        latest_salary (EmploymentDetails | Unset): Employment types tied to the employment
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    employment_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    employment_end_reason: EmploymentEmploymentEndReason | Unset = UNSET
    division: Division | Unset = UNSET
    last_salary_change_date: str | Unset = UNSET
    no_employment_relationship: bool | Unset = UNSET
    is_main_employer: bool | Unset = UNSET
    tax_deduction_code: EmploymentTaxDeductionCode | Unset = UNSET
    employment_details: list[EmploymentDetails] | Unset = UNSET
    is_remove_access_at_employment_ended: bool | Unset = UNSET
    latest_salary: EmploymentDetails | Unset = UNSET
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

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        employment_id = self.employment_id

        start_date = self.start_date

        end_date = self.end_date

        employment_end_reason: str | Unset = UNSET
        if not isinstance(self.employment_end_reason, Unset):
            employment_end_reason = self.employment_end_reason.value

        division: dict[str, Any] | Unset = UNSET
        if not isinstance(self.division, Unset):
            division = self.division.to_dict()

        last_salary_change_date = self.last_salary_change_date

        no_employment_relationship = self.no_employment_relationship

        is_main_employer = self.is_main_employer

        tax_deduction_code: str | Unset = UNSET
        if not isinstance(self.tax_deduction_code, Unset):
            tax_deduction_code = self.tax_deduction_code.value

        employment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employment_details, Unset):
            employment_details = []
            for employment_details_item_data in self.employment_details:
                employment_details_item = employment_details_item_data.to_dict()
                employment_details.append(employment_details_item)

        is_remove_access_at_employment_ended = self.is_remove_access_at_employment_ended

        latest_salary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latest_salary, Unset):
            latest_salary = self.latest_salary.to_dict()

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
        if employee is not UNSET:
            field_dict["employee"] = employee
        if employment_id is not UNSET:
            field_dict["employmentId"] = employment_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if employment_end_reason is not UNSET:
            field_dict["employmentEndReason"] = employment_end_reason
        if division is not UNSET:
            field_dict["division"] = division
        if last_salary_change_date is not UNSET:
            field_dict["lastSalaryChangeDate"] = last_salary_change_date
        if no_employment_relationship is not UNSET:
            field_dict["noEmploymentRelationship"] = no_employment_relationship
        if is_main_employer is not UNSET:
            field_dict["isMainEmployer"] = is_main_employer
        if tax_deduction_code is not UNSET:
            field_dict["taxDeductionCode"] = tax_deduction_code
        if employment_details is not UNSET:
            field_dict["employmentDetails"] = employment_details
        if is_remove_access_at_employment_ended is not UNSET:
            field_dict["isRemoveAccessAtEmploymentEnded"] = is_remove_access_at_employment_ended
        if latest_salary is not UNSET:
            field_dict["latestSalary"] = latest_salary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.division import Division  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

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

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        employment_id = d.pop("employmentId", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        _employment_end_reason = d.pop("employmentEndReason", UNSET)
        employment_end_reason: EmploymentEmploymentEndReason | Unset
        if isinstance(_employment_end_reason, Unset):
            employment_end_reason = UNSET
        else:
            employment_end_reason = EmploymentEmploymentEndReason(_employment_end_reason)

        _division = d.pop("division", UNSET)
        division: Division | Unset
        if isinstance(_division, Unset):
            division = UNSET
        else:
            division = Division.from_dict(_division)

        last_salary_change_date = d.pop("lastSalaryChangeDate", UNSET)

        no_employment_relationship = d.pop("noEmploymentRelationship", UNSET)

        is_main_employer = d.pop("isMainEmployer", UNSET)

        _tax_deduction_code = d.pop("taxDeductionCode", UNSET)
        tax_deduction_code: EmploymentTaxDeductionCode | Unset
        if isinstance(_tax_deduction_code, Unset):
            tax_deduction_code = UNSET
        else:
            tax_deduction_code = EmploymentTaxDeductionCode(_tax_deduction_code)

        _employment_details = d.pop("employmentDetails", UNSET)
        employment_details: list[EmploymentDetails] | Unset = UNSET
        if _employment_details is not UNSET:
            employment_details = []
            for employment_details_item_data in _employment_details:
                if employment_details_item_data is None:
                    continue
                employment_details_item = EmploymentDetails.from_dict(employment_details_item_data)

                employment_details.append(employment_details_item)

        is_remove_access_at_employment_ended = d.pop("isRemoveAccessAtEmploymentEnded", UNSET)

        _latest_salary = d.pop("latestSalary", UNSET)
        latest_salary: EmploymentDetails | Unset
        if isinstance(_latest_salary, Unset):
            latest_salary = UNSET
        else:
            latest_salary = EmploymentDetails.from_dict(_latest_salary)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employee=employee,
            employment_id=employment_id,
            start_date=start_date,
            end_date=end_date,
            employment_end_reason=employment_end_reason,
            division=division,
            last_salary_change_date=last_salary_change_date,
            no_employment_relationship=no_employment_relationship,
            is_main_employer=is_main_employer,
            tax_deduction_code=tax_deduction_code,
            employment_details=employment_details,
            is_remove_access_at_employment_ended=is_remove_access_at_employment_ended,
            latest_salary=latest_salary,
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
