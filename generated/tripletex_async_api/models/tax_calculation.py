from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="TaxCalculation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxCalculation(LazyModel):
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
        self._tx_load()
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
        """A TaxCalculation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "objectIdentifier",
                "taxableProfit",
                "accumulatedLoss",
                "taxRateThisYear",
                "taxRateNextYear",
                "taxCalculated",
                "taxPosted",
                "taxDiff",
                "tooLittleTaxSetAside",
                "tooMuchTaxSetAside",
                "totalTaxSetAside",
                "basisDefferedTax",
                "basisDefferedTaxAssets",
                "deferredTaxOpeningBalance",
                "deferredTaxAssetsOpeningBalance",
                "deferredTaxClosingBalance",
                "deferredTaxAssetsClosingBalance",
                "calculatedDeferredTax",
                "calculatedDeferredTaxAssets",
                "increasedDeferredTax",
                "decreasedDeferredTax",
                "increasedDeferredTaxAssets",
                "decreasedDeferredTaxAssets",
                "deferredTaxToBePosted",
                "deferredTaxAssetsToBePosted",
                "totalTaxToSetAsside",
                "totalAdditions",
                "totalDeductions",
                "totalBasis",
                "deferredTaxAssetsInBalance",
                "totalWealthDistribution",
                "taxCalculatedOnWealth",
                "totalTaxCalculated",
                "showTaxEffectInfo",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "object_identifier": ("objectIdentifier", None),
            "taxable_profit": ("taxableProfit", None),
            "accumulated_loss": ("accumulatedLoss", None),
            "tax_rate_this_year": ("taxRateThisYear", None),
            "tax_rate_next_year": ("taxRateNextYear", None),
            "tax_calculated": ("taxCalculated", None),
            "tax_posted": ("taxPosted", None),
            "tax_diff": ("taxDiff", None),
            "too_little_tax_set_aside": ("tooLittleTaxSetAside", None),
            "too_much_tax_set_aside": ("tooMuchTaxSetAside", None),
            "total_tax_set_aside": ("totalTaxSetAside", None),
            "basis_deffered_tax": ("basisDefferedTax", None),
            "basis_deffered_tax_assets": ("basisDefferedTaxAssets", None),
            "deferred_tax_opening_balance": ("deferredTaxOpeningBalance", None),
            "deferred_tax_assets_opening_balance": ("deferredTaxAssetsOpeningBalance", None),
            "deferred_tax_closing_balance": ("deferredTaxClosingBalance", None),
            "deferred_tax_assets_closing_balance": ("deferredTaxAssetsClosingBalance", None),
            "calculated_deferred_tax": ("calculatedDeferredTax", None),
            "calculated_deferred_tax_assets": ("calculatedDeferredTaxAssets", None),
            "increased_deferred_tax": ("increasedDeferredTax", None),
            "decreased_deferred_tax": ("decreasedDeferredTax", None),
            "increased_deferred_tax_assets": ("increasedDeferredTaxAssets", None),
            "decreased_deferred_tax_assets": ("decreasedDeferredTaxAssets", None),
            "deferred_tax_to_be_posted": ("deferredTaxToBePosted", None),
            "deferred_tax_assets_to_be_posted": ("deferredTaxAssetsToBePosted", None),
            "total_tax_to_set_asside": ("totalTaxToSetAsside", None),
            "total_additions": ("totalAdditions", None),
            "total_deductions": ("totalDeductions", None),
            "total_basis": ("totalBasis", None),
            "deferred_tax_assets_in_balance": ("deferredTaxAssetsInBalance", None),
            "total_wealth_distribution": ("totalWealthDistribution", None),
            "tax_calculated_on_wealth": ("taxCalculatedOnWealth", None),
            "total_tax_calculated": ("totalTaxCalculated", None),
            "show_tax_effect_info": ("showTaxEffectInfo", None),
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
