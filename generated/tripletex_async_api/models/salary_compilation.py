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
    from ..models.salary_compilation_line import SalaryCompilationLine


T = TypeVar("T", bound="SalaryCompilation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("wages", list, False),
    ("expenses", list, False),
    ("taxDeductions", list, False),
    ("mandatoryTaxDeductions", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalaryCompilation(LazyModel):
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
        self._tx_load()
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
        """A SalaryCompilation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.salary_compilation_line import SalaryCompilationLine  # noqa: PLC0415

        def _p_wages(_tx_v: Any) -> list[SalaryCompilationLine] | Unset:
            _wages = _tx_v
            wages: list[SalaryCompilationLine] | Unset = UNSET
            if _wages is not UNSET:
                wages = []
                for wages_item_data in _wages:
                    if wages_item_data is None:
                        continue
                    wages_item = SalaryCompilationLine._tx_from_json(wages_item_data)

                    wages.append(wages_item)

            return wages

        def _p_expenses(_tx_v: Any) -> list[SalaryCompilationLine] | Unset:
            _expenses = _tx_v
            expenses: list[SalaryCompilationLine] | Unset = UNSET
            if _expenses is not UNSET:
                expenses = []
                for expenses_item_data in _expenses:
                    if expenses_item_data is None:
                        continue
                    expenses_item = SalaryCompilationLine._tx_from_json(expenses_item_data)

                    expenses.append(expenses_item)

            return expenses

        def _p_tax_deductions(_tx_v: Any) -> list[SalaryCompilationLine] | Unset:
            _tax_deductions = _tx_v
            tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
            if _tax_deductions is not UNSET:
                tax_deductions = []
                for tax_deductions_item_data in _tax_deductions:
                    if tax_deductions_item_data is None:
                        continue
                    tax_deductions_item = SalaryCompilationLine._tx_from_json(tax_deductions_item_data)

                    tax_deductions.append(tax_deductions_item)

            return tax_deductions

        def _p_mandatory_tax_deductions(_tx_v: Any) -> list[SalaryCompilationLine] | Unset:
            _mandatory_tax_deductions = _tx_v
            mandatory_tax_deductions: list[SalaryCompilationLine] | Unset = UNSET
            if _mandatory_tax_deductions is not UNSET:
                mandatory_tax_deductions = []
                for mandatory_tax_deductions_item_data in _mandatory_tax_deductions:
                    if mandatory_tax_deductions_item_data is None:
                        continue
                    mandatory_tax_deductions_item = SalaryCompilationLine._tx_from_json(
                        mandatory_tax_deductions_item_data
                    )

                    mandatory_tax_deductions.append(mandatory_tax_deductions_item)

            return mandatory_tax_deductions

        _tx_known: frozenset[str] = frozenset(
            (
                "employee",
                "year",
                "vacationPayBasis",
                "wages",
                "expenses",
                "taxDeductions",
                "mandatoryTaxDeductions",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "employee": ("employee", None),
            "year": ("year", None),
            "vacation_pay_basis": ("vacationPayBasis", None),
            "wages": ("wages", _p_wages),
            "expenses": ("expenses", _p_expenses),
            "tax_deductions": ("taxDeductions", _p_tax_deductions),
            "mandatory_tax_deductions": ("mandatoryTaxDeductions", _p_mandatory_tax_deductions),
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
