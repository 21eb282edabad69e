from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.salary_settings_payroll_tax_calc_method import SalarySettingsPayrollTaxCalcMethod
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
    from ..models.municipality import Municipality


T = TypeVar("T", bound="SalarySettings")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("municipality", dict, False),
    ("payrollTaxCalcMethod", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalarySettings(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        municipality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.municipality, Unset):
            municipality = self.municipality.to_dict()

        payroll_tax_calc_method: str | Unset = UNSET
        if not isinstance(self.payroll_tax_calc_method, Unset):
            payroll_tax_calc_method = self.payroll_tax_calc_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if municipality is not UNSET:
            field_dict["municipality"] = municipality
        if payroll_tax_calc_method is not UNSET:
            field_dict["payrollTaxCalcMethod"] = payroll_tax_calc_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalarySettings from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.municipality import Municipality  # noqa: PLC0415

        def _p_municipality(_tx_v: Any) -> Municipality | Unset:
            _municipality = _tx_v
            municipality: Municipality | Unset
            if isinstance(_municipality, Unset):
                municipality = UNSET
            else:
                municipality = Municipality._tx_from_json(_municipality)

            return municipality

        def _p_payroll_tax_calc_method(_tx_v: Any) -> SalarySettingsPayrollTaxCalcMethod | Unset:
            _payroll_tax_calc_method = _tx_v
            payroll_tax_calc_method: SalarySettingsPayrollTaxCalcMethod | Unset
            if isinstance(_payroll_tax_calc_method, Unset):
                payroll_tax_calc_method = UNSET
            else:
                payroll_tax_calc_method = SalarySettingsPayrollTaxCalcMethod(_payroll_tax_calc_method)

            return payroll_tax_calc_method

        _tx_known: frozenset[str] = frozenset(
            (
                "municipality",
                "payrollTaxCalcMethod",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "municipality": ("municipality", _p_municipality),
            "payroll_tax_calc_method": ("payrollTaxCalcMethod", _p_payroll_tax_calc_method),
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
