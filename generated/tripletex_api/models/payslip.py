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
    from ..models.salary_specification import SalarySpecification
    from ..models.salary_transaction import SalaryTransaction


T = TypeVar("T", bound="Payslip")


@_attrs_define
class Payslip:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        transaction (SalaryTransaction | Unset):
        employee (Employee | Unset):
        date (str | Unset): Voucher date.
        year (int | Unset):
        month (int | Unset):
        specifications (list[SalarySpecification] | Unset): Link to salary specifications.
        vacation_allowance_amount (float | Unset): [read-only]
        gross_amount (float | Unset): [read-only]
        amount (float | Unset): [read-only]
        number (int | Unset): [read-only]
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    transaction: SalaryTransaction | Unset = UNSET
    employee: Employee | Unset = UNSET
    date: str | Unset = UNSET
    year: int | Unset = UNSET
    month: int | Unset = UNSET
    specifications: list[SalarySpecification] | Unset = UNSET
    vacation_allowance_amount: float | Unset = UNSET
    gross_amount: float | Unset = UNSET
    amount: float | Unset = UNSET
    number: int | Unset = UNSET
    department: Department | Unset = UNSET
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

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        employee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.employee, Unset):
            employee = self.employee.to_dict()

        date = self.date

        year = self.year

        month = self.month

        specifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specifications, Unset):
            specifications = []
            for specifications_item_data in self.specifications:
                specifications_item = specifications_item_data.to_dict()
                specifications.append(specifications_item)

        vacation_allowance_amount = self.vacation_allowance_amount

        gross_amount = self.gross_amount

        amount = self.amount

        number = self.number

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

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
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if employee is not UNSET:
            field_dict["employee"] = employee
        if date is not UNSET:
            field_dict["date"] = date
        if year is not UNSET:
            field_dict["year"] = year
        if month is not UNSET:
            field_dict["month"] = month
        if specifications is not UNSET:
            field_dict["specifications"] = specifications
        if vacation_allowance_amount is not UNSET and not _in_request:
            field_dict["vacationAllowanceAmount"] = vacation_allowance_amount
        if gross_amount is not UNSET and not _in_request:
            field_dict["grossAmount"] = gross_amount
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.salary_specification import SalarySpecification  # noqa: PLC0415
        from ..models.salary_transaction import SalaryTransaction  # noqa: PLC0415

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

        _transaction = d.pop("transaction", UNSET)
        transaction: SalaryTransaction | Unset
        if isinstance(_transaction, Unset):
            transaction = UNSET
        else:
            transaction = SalaryTransaction.from_dict(_transaction)

        _employee = d.pop("employee", UNSET)
        employee: Employee | Unset
        if isinstance(_employee, Unset):
            employee = UNSET
        else:
            employee = Employee.from_dict(_employee)

        date = d.pop("date", UNSET)

        year = d.pop("year", UNSET)

        month = d.pop("month", UNSET)

        _specifications = d.pop("specifications", UNSET)
        specifications: list[SalarySpecification] | Unset = UNSET
        if _specifications is not UNSET:
            specifications = []
            for specifications_item_data in _specifications:
                if specifications_item_data is None:
                    continue
                specifications_item = SalarySpecification.from_dict(specifications_item_data)

                specifications.append(specifications_item)

        vacation_allowance_amount = d.pop("vacationAllowanceAmount", UNSET)

        gross_amount = d.pop("grossAmount", UNSET)

        amount = d.pop("amount", UNSET)

        number = d.pop("number", UNSET)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            transaction=transaction,
            employee=employee,
            date=date,
            year=year,
            month=month,
            specifications=specifications,
            vacation_allowance_amount=vacation_allowance_amount,
            gross_amount=gross_amount,
            amount=amount,
            number=number,
            department=department,
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
