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
    from ..models.salary_specification import SalarySpecification
    from ..models.salary_transaction import SalaryTransaction


T = TypeVar("T", bound="Payslip")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("transaction", dict, False),
    ("employee", dict, False),
    ("specifications", list, False),
    ("department", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Payslip(LazyModel):
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
        """A Payslip from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.salary_specification import SalarySpecification  # noqa: PLC0415
        from ..models.salary_transaction import SalaryTransaction  # noqa: PLC0415

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

        def _p_transaction(_tx_v: Any) -> SalaryTransaction | Unset:
            _transaction = _tx_v
            transaction: SalaryTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = SalaryTransaction._tx_from_json(_transaction)

            return transaction

        def _p_employee(_tx_v: Any) -> Employee | Unset:
            _employee = _tx_v
            employee: Employee | Unset
            if isinstance(_employee, Unset):
                employee = UNSET
            else:
                employee = Employee._tx_from_json(_employee)

            return employee

        def _p_specifications(_tx_v: Any) -> list[SalarySpecification] | Unset:
            _specifications = _tx_v
            specifications: list[SalarySpecification] | Unset = UNSET
            if _specifications is not UNSET:
                specifications = []
                for specifications_item_data in _specifications:
                    if specifications_item_data is None:
                        continue
                    specifications_item = SalarySpecification._tx_from_json(specifications_item_data)

                    specifications.append(specifications_item)

            return specifications

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "transaction",
                "employee",
                "date",
                "year",
                "month",
                "specifications",
                "vacationAllowanceAmount",
                "grossAmount",
                "amount",
                "number",
                "department",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "transaction": ("transaction", _p_transaction),
            "employee": ("employee", _p_employee),
            "date": ("date", None),
            "year": ("year", None),
            "month": ("month", None),
            "specifications": ("specifications", _p_specifications),
            "vacation_allowance_amount": ("vacationAllowanceAmount", None),
            "gross_amount": ("grossAmount", None),
            "amount": ("amount", None),
            "number": ("number", None),
            "department": ("department", _p_department),
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
