from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="TaxCalculation")


@_attrs_define
class TaxCalculation(Model):
    """
    Attributes:
        object_identifier (float | Unset):
        taxable_profit (float | Unset):
        accumulated_loss (float | Unset):
        tax_rate_this_year (float | Unset):
        tax_rate_next_year (float | Unset):
        tax_calculated (float | Unset):
        tax_posted (float | Unset):
        tax_diff (float | Unset):
        too_little_tax_set_aside (float | Unset):
        too_much_tax_set_aside (float | Unset):
        total_tax_set_aside (float | Unset):
        basis_deffered_tax (float | Unset):
        basis_deffered_tax_assets (float | Unset):
        deferred_tax_opening_balance (float | Unset):
        deferred_tax_assets_opening_balance (float | Unset):
        deferred_tax_closing_balance (float | Unset):
        deferred_tax_assets_closing_balance (float | Unset):
        calculated_deferred_tax (float | Unset):
        calculated_deferred_tax_assets (float | Unset):
        increased_deferred_tax (float | Unset):
        decreased_deferred_tax (float | Unset):
        increased_deferred_tax_assets (float | Unset):
        decreased_deferred_tax_assets (float | Unset):
        deferred_tax_to_be_posted (float | Unset):
        deferred_tax_assets_to_be_posted (float | Unset):
        total_tax_to_set_asside (float | Unset):
        total_additions (float | Unset):
        total_deductions (float | Unset):
        total_basis (float | Unset):
        deferred_tax_assets_in_balance (float | Unset):
        total_wealth_distribution (float | Unset):
        tax_calculated_on_wealth (float | Unset):
        total_tax_calculated (float | Unset):
        show_tax_effect_info (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.object_identifier
        if _v is not UNSET and not _in_request:
            field_dict["objectIdentifier"] = _v
        _v = self.taxable_profit
        if _v is not UNSET and not _in_request:
            field_dict["taxableProfit"] = _v
        _v = self.accumulated_loss
        if _v is not UNSET and not _in_request:
            field_dict["accumulatedLoss"] = _v
        _v = self.tax_rate_this_year
        if _v is not UNSET and not _in_request:
            field_dict["taxRateThisYear"] = _v
        _v = self.tax_rate_next_year
        if _v is not UNSET and not _in_request:
            field_dict["taxRateNextYear"] = _v
        _v = self.tax_calculated
        if _v is not UNSET and not _in_request:
            field_dict["taxCalculated"] = _v
        _v = self.tax_posted
        if _v is not UNSET and not _in_request:
            field_dict["taxPosted"] = _v
        _v = self.tax_diff
        if _v is not UNSET and not _in_request:
            field_dict["taxDiff"] = _v
        _v = self.too_little_tax_set_aside
        if _v is not UNSET and not _in_request:
            field_dict["tooLittleTaxSetAside"] = _v
        _v = self.too_much_tax_set_aside
        if _v is not UNSET and not _in_request:
            field_dict["tooMuchTaxSetAside"] = _v
        _v = self.total_tax_set_aside
        if _v is not UNSET and not _in_request:
            field_dict["totalTaxSetAside"] = _v
        _v = self.basis_deffered_tax
        if _v is not UNSET and not _in_request:
            field_dict["basisDefferedTax"] = _v
        _v = self.basis_deffered_tax_assets
        if _v is not UNSET and not _in_request:
            field_dict["basisDefferedTaxAssets"] = _v
        _v = self.deferred_tax_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxOpeningBalance"] = _v
        _v = self.deferred_tax_assets_opening_balance
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsOpeningBalance"] = _v
        _v = self.deferred_tax_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxClosingBalance"] = _v
        _v = self.deferred_tax_assets_closing_balance
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsClosingBalance"] = _v
        _v = self.calculated_deferred_tax
        if _v is not UNSET and not _in_request:
            field_dict["calculatedDeferredTax"] = _v
        _v = self.calculated_deferred_tax_assets
        if _v is not UNSET and not _in_request:
            field_dict["calculatedDeferredTaxAssets"] = _v
        _v = self.increased_deferred_tax
        if _v is not UNSET and not _in_request:
            field_dict["increasedDeferredTax"] = _v
        _v = self.decreased_deferred_tax
        if _v is not UNSET and not _in_request:
            field_dict["decreasedDeferredTax"] = _v
        _v = self.increased_deferred_tax_assets
        if _v is not UNSET and not _in_request:
            field_dict["increasedDeferredTaxAssets"] = _v
        _v = self.decreased_deferred_tax_assets
        if _v is not UNSET and not _in_request:
            field_dict["decreasedDeferredTaxAssets"] = _v
        _v = self.deferred_tax_to_be_posted
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxToBePosted"] = _v
        _v = self.deferred_tax_assets_to_be_posted
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsToBePosted"] = _v
        _v = self.total_tax_to_set_asside
        if _v is not UNSET and not _in_request:
            field_dict["totalTaxToSetAsside"] = _v
        _v = self.total_additions
        if _v is not UNSET and not _in_request:
            field_dict["totalAdditions"] = _v
        _v = self.total_deductions
        if _v is not UNSET and not _in_request:
            field_dict["totalDeductions"] = _v
        _v = self.total_basis
        if _v is not UNSET and not _in_request:
            field_dict["totalBasis"] = _v
        _v = self.deferred_tax_assets_in_balance
        if _v is not UNSET and not _in_request:
            field_dict["deferredTaxAssetsInBalance"] = _v
        _v = self.total_wealth_distribution
        if _v is not UNSET and not _in_request:
            field_dict["totalWealthDistribution"] = _v
        _v = self.tax_calculated_on_wealth
        if _v is not UNSET and not _in_request:
            field_dict["taxCalculatedOnWealth"] = _v
        _v = self.total_tax_calculated
        if _v is not UNSET and not _in_request:
            field_dict["totalTaxCalculated"] = _v
        _v = self.show_tax_effect_info
        if _v is not UNSET and not _in_request:
            field_dict["showTaxEffectInfo"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxCalculation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxCalculation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "objectIdentifier": "object_identifier",
            "taxableProfit": "taxable_profit",
            "accumulatedLoss": "accumulated_loss",
            "taxRateThisYear": "tax_rate_this_year",
            "taxRateNextYear": "tax_rate_next_year",
            "taxCalculated": "tax_calculated",
            "taxPosted": "tax_posted",
            "taxDiff": "tax_diff",
            "tooLittleTaxSetAside": "too_little_tax_set_aside",
            "tooMuchTaxSetAside": "too_much_tax_set_aside",
            "totalTaxSetAside": "total_tax_set_aside",
            "basisDefferedTax": "basis_deffered_tax",
            "basisDefferedTaxAssets": "basis_deffered_tax_assets",
            "deferredTaxOpeningBalance": "deferred_tax_opening_balance",
            "deferredTaxAssetsOpeningBalance": "deferred_tax_assets_opening_balance",
            "deferredTaxClosingBalance": "deferred_tax_closing_balance",
            "deferredTaxAssetsClosingBalance": "deferred_tax_assets_closing_balance",
            "calculatedDeferredTax": "calculated_deferred_tax",
            "calculatedDeferredTaxAssets": "calculated_deferred_tax_assets",
            "increasedDeferredTax": "increased_deferred_tax",
            "decreasedDeferredTax": "decreased_deferred_tax",
            "increasedDeferredTaxAssets": "increased_deferred_tax_assets",
            "decreasedDeferredTaxAssets": "decreased_deferred_tax_assets",
            "deferredTaxToBePosted": "deferred_tax_to_be_posted",
            "deferredTaxAssetsToBePosted": "deferred_tax_assets_to_be_posted",
            "totalTaxToSetAsside": "total_tax_to_set_asside",
            "totalAdditions": "total_additions",
            "totalDeductions": "total_deductions",
            "totalBasis": "total_basis",
            "deferredTaxAssetsInBalance": "deferred_tax_assets_in_balance",
            "totalWealthDistribution": "total_wealth_distribution",
            "taxCalculatedOnWealth": "tax_calculated_on_wealth",
            "totalTaxCalculated": "total_tax_calculated",
            "showTaxEffectInfo": "show_tax_effect_info",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.object_identifier = o.taxable_profit = o.accumulated_loss = o.tax_rate_this_year = (
                        o.tax_rate_next_year
                    ) = o.tax_calculated = o.tax_posted = o.tax_diff = o.too_little_tax_set_aside = (
                        o.too_much_tax_set_aside
                    ) = o.total_tax_set_aside = o.basis_deffered_tax = o.basis_deffered_tax_assets = (
                        o.deferred_tax_opening_balance
                    ) = o.deferred_tax_assets_opening_balance = o.deferred_tax_closing_balance = (
                        o.deferred_tax_assets_closing_balance
                    ) = o.calculated_deferred_tax = o.calculated_deferred_tax_assets = o.increased_deferred_tax = (
                        o.decreased_deferred_tax
                    ) = o.increased_deferred_tax_assets = o.decreased_deferred_tax_assets = (
                        o.deferred_tax_to_be_posted
                    ) = o.deferred_tax_assets_to_be_posted = o.total_tax_to_set_asside = o.total_additions = (
                        o.total_deductions
                    ) = o.total_basis = o.deferred_tax_assets_in_balance = o.total_wealth_distribution = (
                        o.tax_calculated_on_wealth
                    ) = o.total_tax_calculated = o.show_tax_effect_info = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("objectIdentifier")
                if v is None:
                    o.object_identifier = u
                    if "objectIdentifier" not in d:
                        m += 1
                else:
                    o.object_identifier = v
                v = g("taxableProfit")
                if v is None:
                    o.taxable_profit = u
                    if "taxableProfit" not in d:
                        m += 1
                else:
                    o.taxable_profit = v
                v = g("accumulatedLoss")
                if v is None:
                    o.accumulated_loss = u
                    if "accumulatedLoss" not in d:
                        m += 1
                else:
                    o.accumulated_loss = v
                v = g("taxRateThisYear")
                if v is None:
                    o.tax_rate_this_year = u
                    if "taxRateThisYear" not in d:
                        m += 1
                else:
                    o.tax_rate_this_year = v
                v = g("taxRateNextYear")
                if v is None:
                    o.tax_rate_next_year = u
                    if "taxRateNextYear" not in d:
                        m += 1
                else:
                    o.tax_rate_next_year = v
                v = g("taxCalculated")
                if v is None:
                    o.tax_calculated = u
                    if "taxCalculated" not in d:
                        m += 1
                else:
                    o.tax_calculated = v
                v = g("taxPosted")
                if v is None:
                    o.tax_posted = u
                    if "taxPosted" not in d:
                        m += 1
                else:
                    o.tax_posted = v
                v = g("taxDiff")
                if v is None:
                    o.tax_diff = u
                    if "taxDiff" not in d:
                        m += 1
                else:
                    o.tax_diff = v
                v = g("tooLittleTaxSetAside")
                if v is None:
                    o.too_little_tax_set_aside = u
                    if "tooLittleTaxSetAside" not in d:
                        m += 1
                else:
                    o.too_little_tax_set_aside = v
                v = g("tooMuchTaxSetAside")
                if v is None:
                    o.too_much_tax_set_aside = u
                    if "tooMuchTaxSetAside" not in d:
                        m += 1
                else:
                    o.too_much_tax_set_aside = v
                v = g("totalTaxSetAside")
                if v is None:
                    o.total_tax_set_aside = u
                    if "totalTaxSetAside" not in d:
                        m += 1
                else:
                    o.total_tax_set_aside = v
                v = g("basisDefferedTax")
                if v is None:
                    o.basis_deffered_tax = u
                    if "basisDefferedTax" not in d:
                        m += 1
                else:
                    o.basis_deffered_tax = v
                v = g("basisDefferedTaxAssets")
                if v is None:
                    o.basis_deffered_tax_assets = u
                    if "basisDefferedTaxAssets" not in d:
                        m += 1
                else:
                    o.basis_deffered_tax_assets = v
                v = g("deferredTaxOpeningBalance")
                if v is None:
                    o.deferred_tax_opening_balance = u
                    if "deferredTaxOpeningBalance" not in d:
                        m += 1
                else:
                    o.deferred_tax_opening_balance = v
                v = g("deferredTaxAssetsOpeningBalance")
                if v is None:
                    o.deferred_tax_assets_opening_balance = u
                    if "deferredTaxAssetsOpeningBalance" not in d:
                        m += 1
                else:
                    o.deferred_tax_assets_opening_balance = v
                v = g("deferredTaxClosingBalance")
                if v is None:
                    o.deferred_tax_closing_balance = u
                    if "deferredTaxClosingBalance" not in d:
                        m += 1
                else:
                    o.deferred_tax_closing_balance = v
                v = g("deferredTaxAssetsClosingBalance")
                if v is None:
                    o.deferred_tax_assets_closing_balance = u
                    if "deferredTaxAssetsClosingBalance" not in d:
                        m += 1
                else:
                    o.deferred_tax_assets_closing_balance = v
                v = g("calculatedDeferredTax")
                if v is None:
                    o.calculated_deferred_tax = u
                    if "calculatedDeferredTax" not in d:
                        m += 1
                else:
                    o.calculated_deferred_tax = v
                v = g("calculatedDeferredTaxAssets")
                if v is None:
                    o.calculated_deferred_tax_assets = u
                    if "calculatedDeferredTaxAssets" not in d:
                        m += 1
                else:
                    o.calculated_deferred_tax_assets = v
                v = g("increasedDeferredTax")
                if v is None:
                    o.increased_deferred_tax = u
                    if "increasedDeferredTax" not in d:
                        m += 1
                else:
                    o.increased_deferred_tax = v
                v = g("decreasedDeferredTax")
                if v is None:
                    o.decreased_deferred_tax = u
                    if "decreasedDeferredTax" not in d:
                        m += 1
                else:
                    o.decreased_deferred_tax = v
                v = g("increasedDeferredTaxAssets")
                if v is None:
                    o.increased_deferred_tax_assets = u
                    if "increasedDeferredTaxAssets" not in d:
                        m += 1
                else:
                    o.increased_deferred_tax_assets = v
                v = g("decreasedDeferredTaxAssets")
                if v is None:
                    o.decreased_deferred_tax_assets = u
                    if "decreasedDeferredTaxAssets" not in d:
                        m += 1
                else:
                    o.decreased_deferred_tax_assets = v
                v = g("deferredTaxToBePosted")
                if v is None:
                    o.deferred_tax_to_be_posted = u
                    if "deferredTaxToBePosted" not in d:
                        m += 1
                else:
                    o.deferred_tax_to_be_posted = v
                v = g("deferredTaxAssetsToBePosted")
                if v is None:
                    o.deferred_tax_assets_to_be_posted = u
                    if "deferredTaxAssetsToBePosted" not in d:
                        m += 1
                else:
                    o.deferred_tax_assets_to_be_posted = v
                v = g("totalTaxToSetAsside")
                if v is None:
                    o.total_tax_to_set_asside = u
                    if "totalTaxToSetAsside" not in d:
                        m += 1
                else:
                    o.total_tax_to_set_asside = v
                v = g("totalAdditions")
                if v is None:
                    o.total_additions = u
                    if "totalAdditions" not in d:
                        m += 1
                else:
                    o.total_additions = v
                v = g("totalDeductions")
                if v is None:
                    o.total_deductions = u
                    if "totalDeductions" not in d:
                        m += 1
                else:
                    o.total_deductions = v
                v = g("totalBasis")
                if v is None:
                    o.total_basis = u
                    if "totalBasis" not in d:
                        m += 1
                else:
                    o.total_basis = v
                v = g("deferredTaxAssetsInBalance")
                if v is None:
                    o.deferred_tax_assets_in_balance = u
                    if "deferredTaxAssetsInBalance" not in d:
                        m += 1
                else:
                    o.deferred_tax_assets_in_balance = v
                v = g("totalWealthDistribution")
                if v is None:
                    o.total_wealth_distribution = u
                    if "totalWealthDistribution" not in d:
                        m += 1
                else:
                    o.total_wealth_distribution = v
                v = g("taxCalculatedOnWealth")
                if v is None:
                    o.tax_calculated_on_wealth = u
                    if "taxCalculatedOnWealth" not in d:
                        m += 1
                else:
                    o.tax_calculated_on_wealth = v
                v = g("totalTaxCalculated")
                if v is None:
                    o.total_tax_calculated = u
                    if "totalTaxCalculated" not in d:
                        m += 1
                else:
                    o.total_tax_calculated = v
                v = g("showTaxEffectInfo")
                if v is None:
                    o.show_tax_effect_info = u
                    if "showTaxEffectInfo" not in d:
                        m += 1
                else:
                    o.show_tax_effect_info = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 34 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("object_identifier", "objectIdentifier"),
            ("taxable_profit", "taxableProfit"),
            ("accumulated_loss", "accumulatedLoss"),
            ("tax_rate_this_year", "taxRateThisYear"),
            ("tax_rate_next_year", "taxRateNextYear"),
            ("tax_calculated", "taxCalculated"),
            ("tax_posted", "taxPosted"),
            ("tax_diff", "taxDiff"),
            ("too_little_tax_set_aside", "tooLittleTaxSetAside"),
            ("too_much_tax_set_aside", "tooMuchTaxSetAside"),
            ("total_tax_set_aside", "totalTaxSetAside"),
            ("basis_deffered_tax", "basisDefferedTax"),
            ("basis_deffered_tax_assets", "basisDefferedTaxAssets"),
            ("deferred_tax_opening_balance", "deferredTaxOpeningBalance"),
            ("deferred_tax_assets_opening_balance", "deferredTaxAssetsOpeningBalance"),
            ("deferred_tax_closing_balance", "deferredTaxClosingBalance"),
            ("deferred_tax_assets_closing_balance", "deferredTaxAssetsClosingBalance"),
            ("calculated_deferred_tax", "calculatedDeferredTax"),
            ("calculated_deferred_tax_assets", "calculatedDeferredTaxAssets"),
            ("increased_deferred_tax", "increasedDeferredTax"),
            ("decreased_deferred_tax", "decreasedDeferredTax"),
            ("increased_deferred_tax_assets", "increasedDeferredTaxAssets"),
            ("decreased_deferred_tax_assets", "decreasedDeferredTaxAssets"),
            ("deferred_tax_to_be_posted", "deferredTaxToBePosted"),
            ("deferred_tax_assets_to_be_posted", "deferredTaxAssetsToBePosted"),
            ("total_tax_to_set_asside", "totalTaxToSetAsside"),
            ("total_additions", "totalAdditions"),
            ("total_deductions", "totalDeductions"),
            ("total_basis", "totalBasis"),
            ("deferred_tax_assets_in_balance", "deferredTaxAssetsInBalance"),
            ("total_wealth_distribution", "totalWealthDistribution"),
            ("tax_calculated_on_wealth", "taxCalculatedOnWealth"),
            ("total_tax_calculated", "totalTaxCalculated"),
            ("show_tax_effect_info", "showTaxEffectInfo"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.object_identifier
            o.object_identifier = u if v is None else v
            v = s.taxable_profit
            o.taxable_profit = u if v is None else v
            v = s.accumulated_loss
            o.accumulated_loss = u if v is None else v
            v = s.tax_rate_this_year
            o.tax_rate_this_year = u if v is None else v
            v = s.tax_rate_next_year
            o.tax_rate_next_year = u if v is None else v
            v = s.tax_calculated
            o.tax_calculated = u if v is None else v
            v = s.tax_posted
            o.tax_posted = u if v is None else v
            v = s.tax_diff
            o.tax_diff = u if v is None else v
            v = s.too_little_tax_set_aside
            o.too_little_tax_set_aside = u if v is None else v
            v = s.too_much_tax_set_aside
            o.too_much_tax_set_aside = u if v is None else v
            v = s.total_tax_set_aside
            o.total_tax_set_aside = u if v is None else v
            v = s.basis_deffered_tax
            o.basis_deffered_tax = u if v is None else v
            v = s.basis_deffered_tax_assets
            o.basis_deffered_tax_assets = u if v is None else v
            v = s.deferred_tax_opening_balance
            o.deferred_tax_opening_balance = u if v is None else v
            v = s.deferred_tax_assets_opening_balance
            o.deferred_tax_assets_opening_balance = u if v is None else v
            v = s.deferred_tax_closing_balance
            o.deferred_tax_closing_balance = u if v is None else v
            v = s.deferred_tax_assets_closing_balance
            o.deferred_tax_assets_closing_balance = u if v is None else v
            v = s.calculated_deferred_tax
            o.calculated_deferred_tax = u if v is None else v
            v = s.calculated_deferred_tax_assets
            o.calculated_deferred_tax_assets = u if v is None else v
            v = s.increased_deferred_tax
            o.increased_deferred_tax = u if v is None else v
            v = s.decreased_deferred_tax
            o.decreased_deferred_tax = u if v is None else v
            v = s.increased_deferred_tax_assets
            o.increased_deferred_tax_assets = u if v is None else v
            v = s.decreased_deferred_tax_assets
            o.decreased_deferred_tax_assets = u if v is None else v
            v = s.deferred_tax_to_be_posted
            o.deferred_tax_to_be_posted = u if v is None else v
            v = s.deferred_tax_assets_to_be_posted
            o.deferred_tax_assets_to_be_posted = u if v is None else v
            v = s.total_tax_to_set_asside
            o.total_tax_to_set_asside = u if v is None else v
            v = s.total_additions
            o.total_additions = u if v is None else v
            v = s.total_deductions
            o.total_deductions = u if v is None else v
            v = s.total_basis
            o.total_basis = u if v is None else v
            v = s.deferred_tax_assets_in_balance
            o.deferred_tax_assets_in_balance = u if v is None else v
            v = s.total_wealth_distribution
            o.total_wealth_distribution = u if v is None else v
            v = s.tax_calculated_on_wealth
            o.tax_calculated_on_wealth = u if v is None else v
            v = s.total_tax_calculated
            o.total_tax_calculated = u if v is None else v
            v = s.show_tax_effect_info
            o.show_tax_effect_info = u if v is None else v
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
