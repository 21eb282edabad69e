from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.activity import Activity
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.payslip import Payslip
    from ..models.project import Project
    from ..models.salary_type import SalaryType


T = TypeVar("T", bound="TimesheetProjectSalaryTypeSpecification")


@_attrs_define
class TimesheetProjectSalaryTypeSpecification:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        employee (Employee | Unset):
        project (Project | Unset):
        activity (Activity | Unset): Add existing project activity or create new project specific activity
        salary_type (SalaryType | Unset):
        description (str | Unset):
        date (str | Unset):
        count (float | Unset):
        wage_payment (Payslip | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    employee: Employee | Unset = UNSET
    project: Project | Unset = UNSET
    activity: Activity | Unset = UNSET
    salary_type: SalaryType | Unset = UNSET
    description: str | Unset = UNSET
    date: str | Unset = UNSET
    count: float | Unset = UNSET
    wage_payment: Payslip | Unset = UNSET
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

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        activity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = self.activity.to_dict()

        salary_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_type, Unset):
            salary_type = self.salary_type.to_dict()

        description = self.description

        date = self.date

        count = self.count

        wage_payment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wage_payment, Unset):
            wage_payment = self.wage_payment.to_dict()

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
        if project is not UNSET:
            field_dict["project"] = project
        if activity is not UNSET:
            field_dict["activity"] = activity
        if salary_type is not UNSET:
            field_dict["salaryType"] = salary_type
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date
        if count is not UNSET:
            field_dict["count"] = count
        if wage_payment is not UNSET:
            field_dict["wagePayment"] = wage_payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.activity import Activity  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
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

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = Project.from_dict(_project)

        _activity = d.pop("activity", UNSET)
        activity: Activity | Unset
        if isinstance(_activity, Unset):
            activity = UNSET
        else:
            activity = Activity.from_dict(_activity)

        _salary_type = d.pop("salaryType", UNSET)
        salary_type: SalaryType | Unset
        if isinstance(_salary_type, Unset):
            salary_type = UNSET
        else:
            salary_type = SalaryType.from_dict(_salary_type)

        description = d.pop("description", UNSET)

        date = d.pop("date", UNSET)

        count = d.pop("count", UNSET)

        _wage_payment = d.pop("wagePayment", UNSET)
        wage_payment: Payslip | Unset
        if isinstance(_wage_payment, Unset):
            wage_payment = UNSET
        else:
            wage_payment = Payslip.from_dict(_wage_payment)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            employee=employee,
            project=project,
            activity=activity,
            salary_type=salary_type,
            description=description,
            date=date,
            count=count,
            wage_payment=wage_payment,
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
