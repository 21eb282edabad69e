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

T = TypeVar("T", bound="ParticipantReportTaxBasisSpecification")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportTaxBasisSpecification(LazyModel):
    """Specification of taxable basis

    Attributes:
        share_of_taxable_equity_previous_year (float | Unset): [read-only] Share of taxable equity previous year
        share_of_taxable_equity_at_beginning_of_year (float | Unset): [read-only] Share of taxable equity at beginning
            of year
        deposit (float | Unset): [read-only] Deposit
        other_correction (float | Unset): [read-only] Other correction
        acquisition_of_share (float | Unset): [read-only] Acquisition of share
        realization_of_share (float | Unset): [read-only] Realization of share
        capital_reimbursement (float | Unset): [read-only] Capital reimbursement
        sub_total (float | Unset): [read-only] Sub total
        improper_deposit (float | Unset): [read-only] Informal deposit
        tax_benefit_from_loss (float | Unset): [read-only] Tax benefit from loss
        tax_equity_year_end (float | Unset): [read-only] Tax equity year end
    """

    share_of_taxable_equity_previous_year: float | Unset = UNSET
    share_of_taxable_equity_at_beginning_of_year: float | Unset = UNSET
    deposit: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    acquisition_of_share: float | Unset = UNSET
    realization_of_share: float | Unset = UNSET
    capital_reimbursement: float | Unset = UNSET
    sub_total: float | Unset = UNSET
    improper_deposit: float | Unset = UNSET
    tax_benefit_from_loss: float | Unset = UNSET
    tax_equity_year_end: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        share_of_taxable_equity_previous_year = self.share_of_taxable_equity_previous_year

        share_of_taxable_equity_at_beginning_of_year = self.share_of_taxable_equity_at_beginning_of_year

        deposit = self.deposit

        other_correction = self.other_correction

        acquisition_of_share = self.acquisition_of_share

        realization_of_share = self.realization_of_share

        capital_reimbursement = self.capital_reimbursement

        sub_total = self.sub_total

        improper_deposit = self.improper_deposit

        tax_benefit_from_loss = self.tax_benefit_from_loss

        tax_equity_year_end = self.tax_equity_year_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_of_taxable_equity_previous_year is not UNSET and not _in_request:
            field_dict["shareOfTaxableEquityPreviousYear"] = share_of_taxable_equity_previous_year
        if share_of_taxable_equity_at_beginning_of_year is not UNSET and not _in_request:
            field_dict["shareOfTaxableEquityAtBeginningOfYear"] = share_of_taxable_equity_at_beginning_of_year
        if deposit is not UNSET and not _in_request:
            field_dict["deposit"] = deposit
        if other_correction is not UNSET and not _in_request:
            field_dict["otherCorrection"] = other_correction
        if acquisition_of_share is not UNSET and not _in_request:
            field_dict["acquisitionOfShare"] = acquisition_of_share
        if realization_of_share is not UNSET and not _in_request:
            field_dict["realizationOfShare"] = realization_of_share
        if capital_reimbursement is not UNSET and not _in_request:
            field_dict["capitalReimbursement"] = capital_reimbursement
        if sub_total is not UNSET and not _in_request:
            field_dict["subTotal"] = sub_total
        if improper_deposit is not UNSET and not _in_request:
            field_dict["improperDeposit"] = improper_deposit
        if tax_benefit_from_loss is not UNSET and not _in_request:
            field_dict["taxBenefitFromLoss"] = tax_benefit_from_loss
        if tax_equity_year_end is not UNSET and not _in_request:
            field_dict["taxEquityYearEnd"] = tax_equity_year_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportTaxBasisSpecification from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "shareOfTaxableEquityPreviousYear",
                "shareOfTaxableEquityAtBeginningOfYear",
                "deposit",
                "otherCorrection",
                "acquisitionOfShare",
                "realizationOfShare",
                "capitalReimbursement",
                "subTotal",
                "improperDeposit",
                "taxBenefitFromLoss",
                "taxEquityYearEnd",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "share_of_taxable_equity_previous_year": ("shareOfTaxableEquityPreviousYear", None),
            "share_of_taxable_equity_at_beginning_of_year": ("shareOfTaxableEquityAtBeginningOfYear", None),
            "deposit": ("deposit", None),
            "other_correction": ("otherCorrection", None),
            "acquisition_of_share": ("acquisitionOfShare", None),
            "realization_of_share": ("realizationOfShare", None),
            "capital_reimbursement": ("capitalReimbursement", None),
            "sub_total": ("subTotal", None),
            "improper_deposit": ("improperDeposit", None),
            "tax_benefit_from_loss": ("taxBenefitFromLoss", None),
            "tax_equity_year_end": ("taxEquityYearEnd", None),
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
