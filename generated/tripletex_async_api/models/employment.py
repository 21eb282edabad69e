from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_employment_end_reason import EmploymentEmploymentEndReason
from ..models.employment_tax_deduction_code import EmploymentTaxDeductionCode
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
    from ..models.division import Division
    from ..models.employee import Employee
    from ..models.employment_details import EmploymentDetails


T = TypeVar("T", bound="Employment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("employee", dict, False),
    ("employmentEndReason", str, False),
    ("division", dict, False),
    ("taxDeductionCode", str, False),
    ("employmentDetails", list, False),
    ("latestSalary", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Employment(LazyModel):
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
        """A Employment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.division import Division  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.employment_details import EmploymentDetails  # noqa: PLC0415

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

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_employment_end_reason(_tx_v: Any) -> EmploymentEmploymentEndReason | Unset:
            _employment_end_reason = _tx_v
            employment_end_reason: EmploymentEmploymentEndReason | Unset
            if isinstance(_employment_end_reason, Unset):
                employment_end_reason = UNSET
            else:
                employment_end_reason = EmploymentEmploymentEndReason(_employment_end_reason)

            return employment_end_reason

        def _p_division(_tx_v: Any) -> Division | Unset:
            _division = _tx_v
            division: Division | Unset
            if isinstance(_division, Unset):
                division = UNSET
            else:
                division = Division._tx_from_json(_division)

            return division

        def _p_tax_deduction_code(_tx_v: Any) -> EmploymentTaxDeductionCode | Unset:
            _tax_deduction_code = _tx_v
            tax_deduction_code: EmploymentTaxDeductionCode | Unset
            if isinstance(_tax_deduction_code, Unset):
                tax_deduction_code = UNSET
            else:
                tax_deduction_code = EmploymentTaxDeductionCode(_tax_deduction_code)

            return tax_deduction_code

        def _p_employment_details(_tx_v: Any) -> list[EmploymentDetails] | Unset:
            _employment_details = _tx_v
            employment_details: list[EmploymentDetails] | Unset = UNSET
            if _employment_details is not UNSET:
                employment_details = []
                for employment_details_item_data in _employment_details:
                    if employment_details_item_data is None:
                        continue
                    employment_details_item = EmploymentDetails._tx_from_json(employment_details_item_data)

                    employment_details.append(employment_details_item)

            return employment_details

        def _p_latest_salary(_tx_v: Any) -> EmploymentDetails | Unset:
            _latest_salary = _tx_v
            latest_salary: EmploymentDetails | Unset
            if isinstance(_latest_salary, Unset):
                latest_salary = UNSET
            else:
                latest_salary = EmploymentDetails._tx_from_json(_latest_salary)

            return latest_salary

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "employee",
                "employmentId",
                "startDate",
                "endDate",
                "employmentEndReason",
                "division",
                "lastSalaryChangeDate",
                "noEmploymentRelationship",
                "isMainEmployer",
                "taxDeductionCode",
                "employmentDetails",
                "isRemoveAccessAtEmploymentEnded",
                "latestSalary",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "employee": ("employee", _p_employee),
            "employment_id": ("employmentId", None),
            "start_date": ("startDate", None),
            "end_date": ("endDate", None),
            "employment_end_reason": ("employmentEndReason", _p_employment_end_reason),
            "division": ("division", _p_division),
            "last_salary_change_date": ("lastSalaryChangeDate", None),
            "no_employment_relationship": ("noEmploymentRelationship", None),
            "is_main_employer": ("isMainEmployer", None),
            "tax_deduction_code": ("taxDeductionCode", _p_tax_deduction_code),
            "employment_details": ("employmentDetails", _p_employment_details),
            "is_remove_access_at_employment_ended": ("isRemoveAccessAtEmploymentEnded", None),
            "latest_salary": ("latestSalary", _p_latest_salary),
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
