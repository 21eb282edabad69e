from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ForestFundData")


@_attrs_define
class ForestFundData:
    """Forest fund and extraordinary distribution data

    Attributes:
        municipality_number (float | Unset): [read-only]
        paid_public_contribution_forest_fund (float | Unset): [read-only]
        calculated_reversal_of_prev_calculations (float | Unset): [read-only]
        basis_for_calculation_tax_assets (float | Unset): [read-only]
    """

    municipality_number: float | Unset = UNSET
    paid_public_contribution_forest_fund: float | Unset = UNSET
    calculated_reversal_of_prev_calculations: float | Unset = UNSET
    basis_for_calculation_tax_assets: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        municipality_number = self.municipality_number

        paid_public_contribution_forest_fund = self.paid_public_contribution_forest_fund

        calculated_reversal_of_prev_calculations = self.calculated_reversal_of_prev_calculations

        basis_for_calculation_tax_assets = self.basis_for_calculation_tax_assets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if municipality_number is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = municipality_number
        if paid_public_contribution_forest_fund is not UNSET and not _in_request:
            field_dict["paidPublicContributionForestFund"] = paid_public_contribution_forest_fund
        if calculated_reversal_of_prev_calculations is not UNSET and not _in_request:
            field_dict["calculatedReversalOfPrevCalculations"] = calculated_reversal_of_prev_calculations
        if basis_for_calculation_tax_assets is not UNSET and not _in_request:
            field_dict["basisForCalculationTaxAssets"] = basis_for_calculation_tax_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        municipality_number = d.pop("municipalityNumber", UNSET)

        paid_public_contribution_forest_fund = d.pop("paidPublicContributionForestFund", UNSET)

        calculated_reversal_of_prev_calculations = d.pop("calculatedReversalOfPrevCalculations", UNSET)

        basis_for_calculation_tax_assets = d.pop("basisForCalculationTaxAssets", UNSET)

        _obj = cls(
            municipality_number=municipality_number,
            paid_public_contribution_forest_fund=paid_public_contribution_forest_fund,
            calculated_reversal_of_prev_calculations=calculated_reversal_of_prev_calculations,
            basis_for_calculation_tax_assets=basis_for_calculation_tax_assets,
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
