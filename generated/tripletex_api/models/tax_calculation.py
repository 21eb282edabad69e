from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TaxCalculation")


@_attrs_define
class TaxCalculation:
    """
    Attributes:
        object_identifier (float | Unset): [read-only]
        taxable_profit (float | Unset): [read-only]
        accumulated_loss (float | Unset): [read-only]
        tax_rate_this_year (float | Unset): [read-only]
        tax_rate_next_year (float | Unset): [read-only]
        tax_calculated (float | Unset): [read-only]
        tax_posted (float | Unset): [read-only]
        tax_diff (float | Unset): [read-only]
        too_little_tax_set_aside (float | Unset): [read-only]
        too_much_tax_set_aside (float | Unset): [read-only]
        total_tax_set_aside (float | Unset): [read-only]
        basis_deffered_tax (float | Unset): [read-only]
        basis_deffered_tax_assets (float | Unset): [read-only]
        deferred_tax_opening_balance (float | Unset): [read-only]
        deferred_tax_assets_opening_balance (float | Unset): [read-only]
        deferred_tax_closing_balance (float | Unset): [read-only]
        deferred_tax_assets_closing_balance (float | Unset): [read-only]
        calculated_deferred_tax (float | Unset): [read-only]
        calculated_deferred_tax_assets (float | Unset): [read-only]
        increased_deferred_tax (float | Unset): [read-only]
        decreased_deferred_tax (float | Unset): [read-only]
        increased_deferred_tax_assets (float | Unset): [read-only]
        decreased_deferred_tax_assets (float | Unset): [read-only]
        deferred_tax_to_be_posted (float | Unset): [read-only]
        deferred_tax_assets_to_be_posted (float | Unset): [read-only]
        total_tax_to_set_asside (float | Unset): [read-only]
        total_additions (float | Unset): [read-only]
        total_deductions (float | Unset): [read-only]
        total_basis (float | Unset): [read-only]
        deferred_tax_assets_in_balance (float | Unset): [read-only]
        total_wealth_distribution (float | Unset): [read-only]
        tax_calculated_on_wealth (float | Unset): [read-only]
        total_tax_calculated (float | Unset): [read-only]
        show_tax_effect_info (bool | Unset): [read-only]
    """

    object_identifier: float | Unset = UNSET
    taxable_profit: float | Unset = UNSET
    accumulated_loss: float | Unset = UNSET
    tax_rate_this_year: float | Unset = UNSET
    tax_rate_next_year: float | Unset = UNSET
    tax_calculated: float | Unset = UNSET
    tax_posted: float | Unset = UNSET
    tax_diff: float | Unset = UNSET
    too_little_tax_set_aside: float | Unset = UNSET
    too_much_tax_set_aside: float | Unset = UNSET
    total_tax_set_aside: float | Unset = UNSET
    basis_deffered_tax: float | Unset = UNSET
    basis_deffered_tax_assets: float | Unset = UNSET
    deferred_tax_opening_balance: float | Unset = UNSET
    deferred_tax_assets_opening_balance: float | Unset = UNSET
    deferred_tax_closing_balance: float | Unset = UNSET
    deferred_tax_assets_closing_balance: float | Unset = UNSET
    calculated_deferred_tax: float | Unset = UNSET
    calculated_deferred_tax_assets: float | Unset = UNSET
    increased_deferred_tax: float | Unset = UNSET
    decreased_deferred_tax: float | Unset = UNSET
    increased_deferred_tax_assets: float | Unset = UNSET
    decreased_deferred_tax_assets: float | Unset = UNSET
    deferred_tax_to_be_posted: float | Unset = UNSET
    deferred_tax_assets_to_be_posted: float | Unset = UNSET
    total_tax_to_set_asside: float | Unset = UNSET
    total_additions: float | Unset = UNSET
    total_deductions: float | Unset = UNSET
    total_basis: float | Unset = UNSET
    deferred_tax_assets_in_balance: float | Unset = UNSET
    total_wealth_distribution: float | Unset = UNSET
    tax_calculated_on_wealth: float | Unset = UNSET
    total_tax_calculated: float | Unset = UNSET
    show_tax_effect_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        object_identifier = self.object_identifier

        taxable_profit = self.taxable_profit

        accumulated_loss = self.accumulated_loss

        tax_rate_this_year = self.tax_rate_this_year

        tax_rate_next_year = self.tax_rate_next_year

        tax_calculated = self.tax_calculated

        tax_posted = self.tax_posted

        tax_diff = self.tax_diff

        too_little_tax_set_aside = self.too_little_tax_set_aside

        too_much_tax_set_aside = self.too_much_tax_set_aside

        total_tax_set_aside = self.total_tax_set_aside

        basis_deffered_tax = self.basis_deffered_tax

        basis_deffered_tax_assets = self.basis_deffered_tax_assets

        deferred_tax_opening_balance = self.deferred_tax_opening_balance

        deferred_tax_assets_opening_balance = self.deferred_tax_assets_opening_balance

        deferred_tax_closing_balance = self.deferred_tax_closing_balance

        deferred_tax_assets_closing_balance = self.deferred_tax_assets_closing_balance

        calculated_deferred_tax = self.calculated_deferred_tax

        calculated_deferred_tax_assets = self.calculated_deferred_tax_assets

        increased_deferred_tax = self.increased_deferred_tax

        decreased_deferred_tax = self.decreased_deferred_tax

        increased_deferred_tax_assets = self.increased_deferred_tax_assets

        decreased_deferred_tax_assets = self.decreased_deferred_tax_assets

        deferred_tax_to_be_posted = self.deferred_tax_to_be_posted

        deferred_tax_assets_to_be_posted = self.deferred_tax_assets_to_be_posted

        total_tax_to_set_asside = self.total_tax_to_set_asside

        total_additions = self.total_additions

        total_deductions = self.total_deductions

        total_basis = self.total_basis

        deferred_tax_assets_in_balance = self.deferred_tax_assets_in_balance

        total_wealth_distribution = self.total_wealth_distribution

        tax_calculated_on_wealth = self.tax_calculated_on_wealth

        total_tax_calculated = self.total_tax_calculated

        show_tax_effect_info = self.show_tax_effect_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_identifier is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = object_identifier
        if taxable_profit is not UNSET and not _in_request:
            field_dict["taxableProfit"] = taxable_profit
        if accumulated_loss is not UNSET and not _in_request:
            field_dict["accumulatedLoss"] = accumulated_loss
        if tax_rate_this_year is not UNSET and not _in_request:
            field_dict["taxRateThisYear"] = tax_rate_this_year
        if tax_rate_next_year is not UNSET and not _in_request:
            field_dict["taxRateNextYear"] = tax_rate_next_year
        if tax_calculated is not UNSET and not _in_request:
            field_dict["taxCalculated"] = tax_calculated
        if tax_posted is not UNSET and not _in_request:
            field_dict["taxPosted"] = tax_posted
        if tax_diff is not UNSET and not _in_request:
            field_dict["taxDiff"] = tax_diff
        if too_little_tax_set_aside is not UNSET and not _in_request:
            field_dict["tooLittleTaxSetAside"] = too_little_tax_set_aside
        if too_much_tax_set_aside is not UNSET and not _in_request:
            field_dict["tooMuchTaxSetAside"] = too_much_tax_set_aside
        if total_tax_set_aside is not UNSET and not _in_request:
            field_dict["totalTaxSetAside"] = total_tax_set_aside
        if basis_deffered_tax is not UNSET and not _in_request:
            field_dict["basisDefferedTax"] = basis_deffered_tax
        if basis_deffered_tax_assets is not UNSET and not _in_request:
            field_dict["basisDefferedTaxAssets"] = basis_deffered_tax_assets
        if deferred_tax_opening_balance is not UNSET and not _in_request:
            field_dict["deferredTaxOpeningBalance"] = deferred_tax_opening_balance
        if deferred_tax_assets_opening_balance is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsOpeningBalance"] = deferred_tax_assets_opening_balance
        if deferred_tax_closing_balance is not UNSET and not _in_request:
            field_dict["deferredTaxClosingBalance"] = deferred_tax_closing_balance
        if deferred_tax_assets_closing_balance is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsClosingBalance"] = deferred_tax_assets_closing_balance
        if calculated_deferred_tax is not UNSET and not _in_request:
            field_dict["calculatedDeferredTax"] = calculated_deferred_tax
        if calculated_deferred_tax_assets is not UNSET and not _in_request:
            field_dict["calculatedDeferredTaxAssets"] = calculated_deferred_tax_assets
        if increased_deferred_tax is not UNSET and not _in_request:
            field_dict["increasedDeferredTax"] = increased_deferred_tax
        if decreased_deferred_tax is not UNSET and not _in_request:
            field_dict["decreasedDeferredTax"] = decreased_deferred_tax
        if increased_deferred_tax_assets is not UNSET and not _in_request:
            field_dict["increasedDeferredTaxAssets"] = increased_deferred_tax_assets
        if decreased_deferred_tax_assets is not UNSET and not _in_request:
            field_dict["decreasedDeferredTaxAssets"] = decreased_deferred_tax_assets
        if deferred_tax_to_be_posted is not UNSET and not _in_request:
            field_dict["deferredTaxToBePosted"] = deferred_tax_to_be_posted
        if deferred_tax_assets_to_be_posted is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsToBePosted"] = deferred_tax_assets_to_be_posted
        if total_tax_to_set_asside is not UNSET and not _in_request:
            field_dict["totalTaxToSetAsside"] = total_tax_to_set_asside
        if total_additions is not UNSET and not _in_request:
            field_dict["totalAdditions"] = total_additions
        if total_deductions is not UNSET and not _in_request:
            field_dict["totalDeductions"] = total_deductions
        if total_basis is not UNSET and not _in_request:
            field_dict["totalBasis"] = total_basis
        if deferred_tax_assets_in_balance is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsInBalance"] = deferred_tax_assets_in_balance
        if total_wealth_distribution is not UNSET and not _in_request:
            field_dict["totalWealthDistribution"] = total_wealth_distribution
        if tax_calculated_on_wealth is not UNSET and not _in_request:
            field_dict["taxCalculatedOnWealth"] = tax_calculated_on_wealth
        if total_tax_calculated is not UNSET and not _in_request:
            field_dict["totalTaxCalculated"] = total_tax_calculated
        if show_tax_effect_info is not UNSET and not _in_request:
            field_dict["showTaxEffectInfo"] = show_tax_effect_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        object_identifier = d.pop("objectIdentifier", UNSET)

        taxable_profit = d.pop("taxableProfit", UNSET)

        accumulated_loss = d.pop("accumulatedLoss", UNSET)

        tax_rate_this_year = d.pop("taxRateThisYear", UNSET)

        tax_rate_next_year = d.pop("taxRateNextYear", UNSET)

        tax_calculated = d.pop("taxCalculated", UNSET)

        tax_posted = d.pop("taxPosted", UNSET)

        tax_diff = d.pop("taxDiff", UNSET)

        too_little_tax_set_aside = d.pop("tooLittleTaxSetAside", UNSET)

        too_much_tax_set_aside = d.pop("tooMuchTaxSetAside", UNSET)

        total_tax_set_aside = d.pop("totalTaxSetAside", UNSET)

        basis_deffered_tax = d.pop("basisDefferedTax", UNSET)

        basis_deffered_tax_assets = d.pop("basisDefferedTaxAssets", UNSET)

        deferred_tax_opening_balance = d.pop("deferredTaxOpeningBalance", UNSET)

        deferred_tax_assets_opening_balance = d.pop("deferredTaxAssetsOpeningBalance", UNSET)

        deferred_tax_closing_balance = d.pop("deferredTaxClosingBalance", UNSET)

        deferred_tax_assets_closing_balance = d.pop("deferredTaxAssetsClosingBalance", UNSET)

        calculated_deferred_tax = d.pop("calculatedDeferredTax", UNSET)

        calculated_deferred_tax_assets = d.pop("calculatedDeferredTaxAssets", UNSET)

        increased_deferred_tax = d.pop("increasedDeferredTax", UNSET)

        decreased_deferred_tax = d.pop("decreasedDeferredTax", UNSET)

        increased_deferred_tax_assets = d.pop("increasedDeferredTaxAssets", UNSET)

        decreased_deferred_tax_assets = d.pop("decreasedDeferredTaxAssets", UNSET)

        deferred_tax_to_be_posted = d.pop("deferredTaxToBePosted", UNSET)

        deferred_tax_assets_to_be_posted = d.pop("deferredTaxAssetsToBePosted", UNSET)

        total_tax_to_set_asside = d.pop("totalTaxToSetAsside", UNSET)

        total_additions = d.pop("totalAdditions", UNSET)

        total_deductions = d.pop("totalDeductions", UNSET)

        total_basis = d.pop("totalBasis", UNSET)

        deferred_tax_assets_in_balance = d.pop("deferredTaxAssetsInBalance", UNSET)

        total_wealth_distribution = d.pop("totalWealthDistribution", UNSET)

        tax_calculated_on_wealth = d.pop("taxCalculatedOnWealth", UNSET)

        total_tax_calculated = d.pop("totalTaxCalculated", UNSET)

        show_tax_effect_info = d.pop("showTaxEffectInfo", UNSET)

        _obj = cls(
            object_identifier=object_identifier,
            taxable_profit=taxable_profit,
            accumulated_loss=accumulated_loss,
            tax_rate_this_year=tax_rate_this_year,
            tax_rate_next_year=tax_rate_next_year,
            tax_calculated=tax_calculated,
            tax_posted=tax_posted,
            tax_diff=tax_diff,
            too_little_tax_set_aside=too_little_tax_set_aside,
            too_much_tax_set_aside=too_much_tax_set_aside,
            total_tax_set_aside=total_tax_set_aside,
            basis_deffered_tax=basis_deffered_tax,
            basis_deffered_tax_assets=basis_deffered_tax_assets,
            deferred_tax_opening_balance=deferred_tax_opening_balance,
            deferred_tax_assets_opening_balance=deferred_tax_assets_opening_balance,
            deferred_tax_closing_balance=deferred_tax_closing_balance,
            deferred_tax_assets_closing_balance=deferred_tax_assets_closing_balance,
            calculated_deferred_tax=calculated_deferred_tax,
            calculated_deferred_tax_assets=calculated_deferred_tax_assets,
            increased_deferred_tax=increased_deferred_tax,
            decreased_deferred_tax=decreased_deferred_tax,
            increased_deferred_tax_assets=increased_deferred_tax_assets,
            decreased_deferred_tax_assets=decreased_deferred_tax_assets,
            deferred_tax_to_be_posted=deferred_tax_to_be_posted,
            deferred_tax_assets_to_be_posted=deferred_tax_assets_to_be_posted,
            total_tax_to_set_asside=total_tax_to_set_asside,
            total_additions=total_additions,
            total_deductions=total_deductions,
            total_basis=total_basis,
            deferred_tax_assets_in_balance=deferred_tax_assets_in_balance,
            total_wealth_distribution=total_wealth_distribution,
            tax_calculated_on_wealth=tax_calculated_on_wealth,
            total_tax_calculated=total_tax_calculated,
            show_tax_effect_info=show_tax_effect_info,
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
