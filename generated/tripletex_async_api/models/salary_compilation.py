from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.salary_compilation_line import SalaryCompilationLine


T = TypeVar("T", bound="SalaryCompilation")


@_attrs_define
class SalaryCompilation(Model):
    """
    Attributes:
        employee (int | Unset):
        year (int | Unset):
        vacation_pay_basis (float | Unset):
        wages (list[SalaryCompilationLine] | Unset):
        expenses (list[SalaryCompilationLine] | Unset):
        tax_deductions (list[SalaryCompilationLine] | Unset):
        mandatory_tax_deductions (list[SalaryCompilationLine] | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee
        if _v is not UNSET and not _in_request:
            field_dict["employee"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.vacation_pay_basis
        if _v is not UNSET and not _in_request:
            field_dict["vacationPayBasis"] = _v
        _v = self.wages
        if _v is not UNSET and not _in_request:
            field_dict["wages"] = [_e.to_dict() for _e in _v]
        _v = self.expenses
        if _v is not UNSET and not _in_request:
            field_dict["expenses"] = [_e.to_dict() for _e in _v]
        _v = self.tax_deductions
        if _v is not UNSET and not _in_request:
            field_dict["taxDeductions"] = [_e.to_dict() for _e in _v]
        _v = self.mandatory_tax_deductions
        if _v is not UNSET and not _in_request:
            field_dict["mandatoryTaxDeductions"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryCompilation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryCompilation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.salary_compilation_line import SalaryCompilationLine  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("vacationPayBasis")
                if v is None:
                    o.vacation_pay_basis = u
                    if "vacationPayBasis" not in d:
                        m += 1
                else:
                    o.vacation_pay_basis = v
                k = "wages"
                v = g("wages")
                if v is None:
                    o.wages = u
                    if "wages" not in d:
                        m += 1
                else:
                    o.wages = (
                        ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "expenses"
                v = g("expenses")
                if v is None:
                    o.expenses = u
                    if "expenses" not in d:
                        m += 1
                else:
                    o.expenses = (
                        ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "taxDeductions"
                v = g("taxDeductions")
                if v is None:
                    o.tax_deductions = u
                    if "taxDeductions" not in d:
                        m += 1
                else:
                    o.tax_deductions = (
                        ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "mandatoryTaxDeductions"
                v = g("mandatoryTaxDeductions")
                if v is None:
                    o.mandatory_tax_deductions = u
                    if "mandatoryTaxDeductions" not in d:
                        m += 1
                else:
                    o.mandatory_tax_deductions = (
                        ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("employee", "employee"),
            ("year", "year"),
            ("vacation_pay_basis", "vacationPayBasis"),
            ("wages", "wages"),
            ("expenses", "expenses"),
            ("tax_deductions", "taxDeductions"),
            ("mandatory_tax_deductions", "mandatoryTaxDeductions"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee
            o.employee = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.vacation_pay_basis
            o.vacation_pay_basis = u if v is None else v
            v = s.wages
            o.wages = (
                u
                if v is None or v is u
                else ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.expenses
            o.expenses = (
                u
                if v is None or v is u
                else ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.tax_deductions
            o.tax_deductions = (
                u
                if v is None or v is u
                else ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.mandatory_tax_deductions
            o.mandatory_tax_deductions = (
                u
                if v is None or v is u
                else ([SalaryCompilationLine._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
