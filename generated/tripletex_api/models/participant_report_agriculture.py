from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ParticipantReportAgriculture")


@_attrs_define
class ParticipantReportAgriculture:
    """Agriculture

    Attributes:
        basis_for_calculation_of_agricultural_deduction (float | Unset): [read-only] Basis for calculation of
            agricultural deduction
        rental_income_from_agricultural_operations (float | Unset): [read-only] Rental income from agricultural
            operations
    """

    basis_for_calculation_of_agricultural_deduction: float | Unset = UNSET
    rental_income_from_agricultural_operations: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        basis_for_calculation_of_agricultural_deduction = self.basis_for_calculation_of_agricultural_deduction

        rental_income_from_agricultural_operations = self.rental_income_from_agricultural_operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if basis_for_calculation_of_agricultural_deduction is not UNSET and not _in_request:
            field_dict["basisForCalculationOfAgriculturalDeduction"] = basis_for_calculation_of_agricultural_deduction
        if rental_income_from_agricultural_operations is not UNSET and not _in_request:
            field_dict["rentalIncomeFromAgriculturalOperations"] = rental_income_from_agricultural_operations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        basis_for_calculation_of_agricultural_deduction = d.pop("basisForCalculationOfAgriculturalDeduction", UNSET)

        rental_income_from_agricultural_operations = d.pop("rentalIncomeFromAgriculturalOperations", UNSET)

        _obj = cls(
            basis_for_calculation_of_agricultural_deduction=basis_for_calculation_of_agricultural_deduction,
            rental_income_from_agricultural_operations=rental_income_from_agricultural_operations,
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
