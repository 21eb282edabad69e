from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_settings_payroll_tax_calc_method import SalarySettingsPayrollTaxCalcMethod
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.municipality import Municipality


T = TypeVar("T", bound="SalarySettings")


@_attrs_define
class SalarySettings(Model):
    """
    Attributes:
        municipality (Municipality | Unset):
        payroll_tax_calc_method (SalarySettingsPayrollTaxCalcMethod | Unset): Define the Payroll Tax Calculation Method.
            AA General industries,BB Central government administration and health trusts, CC Exempted business sectors (and
            undertakings in economic difficulty),DD Agriculture and forestry, fisheries etc., EE Reporting of payroll
            withholding tax only,GG Road freight transport
    """

    municipality: Municipality | Unset = UNSET
    payroll_tax_calc_method: SalarySettingsPayrollTaxCalcMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.municipality
        if _v is not UNSET:
            field_dict["municipality"] = _v.to_dict()
        _v = self.payroll_tax_calc_method
        if _v is not UNSET:
            field_dict["payrollTaxCalcMethod"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySettings from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalarySettings.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.municipality import Municipality  # noqa: PLC0415

        _new = object.__new__
        _e_payroll_tax_calc_method: dict[Any, Any] = enum_members(SalarySettingsPayrollTaxCalcMethod)
        _known: frozenset[str] = frozenset(
            (
                "municipality",
                "payrollTaxCalcMethod",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "municipality"
                v = g("municipality")
                if v is None:
                    o.municipality = u
                    if "municipality" not in d:
                        m += 1
                else:
                    o.municipality = Municipality._tx_parse(v)
                k = "payrollTaxCalcMethod"
                v = g("payrollTaxCalcMethod")
                if v is None:
                    o.payroll_tax_calc_method = u
                    if "payrollTaxCalcMethod" not in d:
                        m += 1
                else:
                    o.payroll_tax_calc_method = (
                        e_
                        if (e_ := _e_payroll_tax_calc_method.get(v)) is not None
                        else enum_value(SalarySettingsPayrollTaxCalcMethod, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("municipality", "municipality"),
            ("payroll_tax_calc_method", "payrollTaxCalcMethod"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.municipality
            o.municipality = u if v is None or v is u else Municipality._tx_parse(v)
            v = s.payroll_tax_calc_method
            o.payroll_tax_calc_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payroll_tax_calc_method.get(v)) is not None
                else enum_value(SalarySettingsPayrollTaxCalcMethod, v)
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
