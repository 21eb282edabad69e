from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.payslip import Payslip
    from ..models.project import Project
    from ..models.salary_specification_supplement import SalarySpecificationSupplement
    from ..models.salary_type import SalaryType


T = TypeVar("T", bound="SalarySpecification")


@_attrs_define
class SalarySpecification:
    """Link to salary specifications.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        rate (float | Unset):
        count (float | Unset):
        project (Project | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        salary_type (SalaryType | Unset):
        payslip (Payslip | Unset):
        employee (Employee | Unset):
        description (str | Unset):
        year (int | Unset):
        month (int | Unset):
        amount (float | Unset):
        specification_supplement (SalarySpecificationSupplement | Unset): Link to salary specification supplement info.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    rate: float | Unset = UNSET
    count: float | Unset = UNSET
    project: Project | Unset = UNSET
    department: Department | Unset = UNSET
    salary_type: SalaryType | Unset = UNSET
    payslip: Payslip | Unset = UNSET
    employee: Employee | Unset = UNSET
    description: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    amount: float | Unset = UNSET
    specification_supplement: SalarySpecificationSupplement | Unset = UNSET
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

        rate = self.rate

        count = self.count

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        salary_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_type, Unset):
            salary_type = self.salary_type.to_dict()

        payslip: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payslip, Unset):
            payslip = self.payslip.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        description = self.description

        year = self.year

        month = self.month

        amount = self.amount

        specification_supplement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification_supplement, Unset):
            specification_supplement = self.specification_supplement.to_dict()

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
        if rate is not UNSET:
            field_dict["rate"] = rate
        if count is not UNSET:
            field_dict["count"] = count
        if project is not UNSET:
            field_dict["project"] = project
        if department is not UNSET:
            field_dict["department"] = department
        if salary_type is not UNSET:
            field_dict["salaryType"] = salary_type
        if payslip is not UNSET:
            field_dict["payslip"] = payslip
        if employee is not UNSET:
            field_dict["employee"] = employee
        if description is not UNSET:
            field_dict["description"] = description
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if amount is not UNSET:
            field_dict["amount"] = amount
        if specification_supplement is not UNSET:
            field_dict["specificationSupplement"] = specification_supplement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.salary_specification_supplement import SalarySpecificationSupplement  # noqa: PLC0415
        from ..models.salary_type import SalaryType  # noqa: PLC0415

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

        rate = d.pop("rate", UNSET)

        count = d.pop("count", UNSET)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _salary_type = d.pop("salaryType", UNSET)
        salary_type: SalaryType | Unset
        if isinstance(_salary_type, Unset):
            salary_type = UNSET
        else:
            salary_type = SalaryType.from_dict(_salary_type)

        _payslip = d.pop("payslip", UNSET)
        payslip: Payslip | Unset
        if isinstance(_payslip, Unset):
            payslip = UNSET
        else:
            payslip = Payslip.from_dict(_payslip)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        description = d.pop("description", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        amount = d.pop("amount", UNSET)

        _specification_supplement = d.pop("specificationSupplement", UNSET)
        specification_supplement: SalarySpecificationSupplement | Unset
        if isinstance(_specification_supplement, Unset):
            specification_supplement = UNSET
        else:
            specification_supplement = SalarySpecificationSupplement.from_dict(_specification_supplement)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            rate=rate,
            count=count,
            project=project,
            department=department,
            salary_type=salary_type,
            payslip=payslip,
            employee=employee,
            description=description,
            year=year,
            month=month,
            amount=amount,
            specification_supplement=specification_supplement,
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
