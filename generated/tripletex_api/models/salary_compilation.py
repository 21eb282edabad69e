from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.salary_compilation_line import SalaryCompilationLine


T = TypeVar("T", bound="SalaryCompilation")


@_attrs_define
class SalaryCompilation:
    """
    Attributes:
        employee (int | Unset): [read-only]
        year (int | Unset): [read-only]
        vacation_pay_basis (float | Unset): [read-only]
        wages (list[SalaryCompilationLine] | Unset): [read-only]
        expenses (list[SalaryCompilationLine] | Unset): [read-only]
        tax_deductions (list[SalaryCompilationLine] | Unset): [read-only]
        mandatory_tax_deductions (list[SalaryCompilationLine] | Unset): [read-only]
    """

    employee: int | Unset = UNSET
    year: int | Unset = UNSET
    vacation_pay_basis: float | Unset = UNSET
    wages: list[SalaryCompilationLine] | Unset = UNSET
    expenses: list[SalaryCompilationLine] | Unset = UNSET
    tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
    mandatory_tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        employee = self.employee

        year = self.year

        vacation_pay_basis = self.vacation_pay_basis

        wages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wages, Unset):
            wages = []
            for wages_item_data in self.wages:
                wages_item = wages_item_data.to_dict()
                wages.append(wages_item)

        expenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.expenses, Unset):
            expenses = []
            for expenses_item_data in self.expenses:
                expenses_item = expenses_item_data.to_dict()
                expenses.append(expenses_item)

        tax_deductions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_deductions, Unset):
            tax_deductions = []
            for tax_deductions_item_data in self.tax_deductions:
                tax_deductions_item = tax_deductions_item_data.to_dict()
                tax_deductions.append(tax_deductions_item)

        mandatory_tax_deductions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mandatory_tax_deductions, Unset):
            mandatory_tax_deductions = []
            for mandatory_tax_deductions_item_data in self.mandatory_tax_deductions:
                mandatory_tax_deductions_item = mandatory_tax_deductions_item_data.to_dict()
                mandatory_tax_deductions.append(mandatory_tax_deductions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employee is not UNSET and not _in_request:
            field_dict["employee"] = employee
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if vacation_pay_basis is not UNSET and not _in_request:
            field_dict["vacationPayBasis"] = vacation_pay_basis
        if wages is not UNSET and not _in_request:
            field_dict["wages"] = wages
        if expenses is not UNSET and not _in_request:
            field_dict["expenses"] = expenses
        if tax_deductions is not UNSET and not _in_request:
            field_dict["taxDeductions"] = tax_deductions
        if mandatory_tax_deductions is not UNSET and not _in_request:
            field_dict["mandatoryTaxDeductions"] = mandatory_tax_deductions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.salary_compilation_line import SalaryCompilationLine  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        employee = d.pop("employee", UNSET)

        year = d.pop("year", UNSET)

        vacation_pay_basis = d.pop("vacationPayBasis", UNSET)

        _wages = d.pop("wages", UNSET)
        wages: list[SalaryCompilationLine] | Unset = UNSET
        if _wages is not UNSET:
            wages = []
            for wages_item_data in _wages:
                if wages_item_data is None:
                    continue
                wages_item = SalaryCompilationLine.from_dict(wages_item_data)

                wages.append(wages_item)

        _expenses = d.pop("expenses", UNSET)
        expenses: list[SalaryCompilationLine] | Unset = UNSET
        if _expenses is not UNSET:
            expenses = []
            for expenses_item_data in _expenses:
                if expenses_item_data is None:
                    continue
                expenses_item = SalaryCompilationLine.from_dict(expenses_item_data)

                expenses.append(expenses_item)

        _tax_deductions = d.pop("taxDeductions", UNSET)
        tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
        if _tax_deductions is not UNSET:
            tax_deductions = []
            for tax_deductions_item_data in _tax_deductions:
                if tax_deductions_item_data is None:
                    continue
                tax_deductions_item = SalaryCompilationLine.from_dict(tax_deductions_item_data)

                tax_deductions.append(tax_deductions_item)

        _mandatory_tax_deductions = d.pop("mandatoryTaxDeductions", UNSET)
        mandatory_tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
        if _mandatory_tax_deductions is not UNSET:
            mandatory_tax_deductions = []
            for mandatory_tax_deductions_item_data in _mandatory_tax_deductions:
                if mandatory_tax_deductions_item_data is None:
                    continue
                mandatory_tax_deductions_item = SalaryCompilationLine.from_dict(mandatory_tax_deductions_item_data)

                mandatory_tax_deductions.append(mandatory_tax_deductions_item)

        _obj = cls(
            employee=employee,
            year=year,
            vacation_pay_basis=vacation_pay_basis,
            wages=wages,
            expenses=expenses,
            tax_deductions=tax_deductions,
            mandatory_tax_deductions=mandatory_tax_deductions,
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
