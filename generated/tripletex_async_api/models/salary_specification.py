from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.department import Department
    from ..models.employee import Employee
    from ..models.payslip import Payslip
    from ..models.project import Project
    from ..models.salary_specification_supplement import SalarySpecificationSupplement
    from ..models.salary_type import SalaryType


T = TypeVar("T", bound="SalarySpecification")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("project", dict, False),
    ("department", dict, False),
    ("salaryType", dict, False),
    ("payslip", dict, False),
    ("employee", dict, False),
    ("specificationSupplement", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalarySpecification(LazyModel):
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
        """A SalarySpecification from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.payslip import Payslip  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.salary_specification_supplement import SalarySpecificationSupplement  # noqa: PLC0415
        from ..models.salary_type import SalaryType  # noqa: PLC0415

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

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_salary_type(_tx_v: Any) -> SalaryType | Unset:
            _salary_type = _tx_v
            salary_type: SalaryType | Unset
            if isinstance(_salary_type, Unset):
                salary_type = UNSET
            else:
                salary_type = SalaryType._tx_from_json(_salary_type)

            return salary_type

        def _p_payslip(_tx_v: Any) -> Payslip | Unset:
            _payslip = _tx_v
            payslip: Payslip | Unset
            if isinstance(_payslip, Unset):
                payslip = UNSET
            else:
                payslip = Payslip._tx_from_json(_payslip)

            return payslip

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_specification_supplement(_tx_v: Any) -> SalarySpecificationSupplement | Unset:
            _specification_supplement = _tx_v
            specification_supplement: SalarySpecificationSupplement | Unset
            if isinstance(_specification_supplement, Unset):
                specification_supplement = UNSET
            else:
                specification_supplement = SalarySpecificationSupplement._tx_from_json(_specification_supplement)

            return specification_supplement

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "rate",
                "count",
                "project",
                "department",
                "salaryType",
                "payslip",
                "employee",
                "description",
                "year",
                "month",
                "amount",
                "specificationSupplement",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "rate": ("rate", None),
            "count": ("count", None),
            "project": ("project", _p_project),
            "department": ("department", _p_department),
            "salary_type": ("salaryType", _p_salary_type),
            "payslip": ("payslip", _p_payslip),
            "employee": ("employee", _p_employee),
            "description": ("description", None),
            "year": ("year", None),
            "month": ("month", None),
            "amount": ("amount", None),
            "specification_supplement": ("specificationSupplement", _p_specification_supplement),
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
