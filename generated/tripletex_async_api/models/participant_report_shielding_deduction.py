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

T = TypeVar("T", bound="ParticipantReportShieldingDeduction")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportShieldingDeduction(LazyModel):
    """Calculation of shielding deduction

    Attributes:
        unused_shielding_previous_year (float | Unset): [read-only] Unused shielding previous year
        unused_shielding_beginning_of_year (float | Unset): [read-only] Unused shielding at beginning of year
        correction_for_inheritance_or_gift_in_income_year (float | Unset): [read-only] Correction for inheritance or
            gift in income year
        transferred_shielding_deduction_from_previous_years (float | Unset): [read-only] Transferred shielding deduction
            from previous years
        corrected_unused_shielding_from_previous_years (float | Unset): [read-only] Corrected unused shielding from
            previous years
        current_year_shielding_deduction (float | Unset): [read-only] Current year shielding deduction
        transferred_shielding_deduction (float | Unset): [read-only] Transferred shielding deduction
        other_correction (float | Unset): [read-only] Other correction
        total_shielding_for_application_and_continuation (float | Unset): [read-only] Total shielding for application
            and continuation
        offset_against_distribution (float | Unset): [read-only] Offset against distribution
        offset_against_realization_gain (float | Unset): [read-only] Offset against realization gain
        continuation_of_unused_shielding_deduction_to_next_year (float | Unset): [read-only] Continuation of unused
            shielding deduction to next year
    """

    unused_shielding_previous_year: float | Unset = UNSET
    unused_shielding_beginning_of_year: float | Unset = UNSET
    correction_for_inheritance_or_gift_in_income_year: float | Unset = UNSET
    transferred_shielding_deduction_from_previous_years: float | Unset = UNSET
    corrected_unused_shielding_from_previous_years: float | Unset = UNSET
    current_year_shielding_deduction: float | Unset = UNSET
    transferred_shielding_deduction: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    total_shielding_for_application_and_continuation: float | Unset = UNSET
    offset_against_distribution: float | Unset = UNSET
    offset_against_realization_gain: float | Unset = UNSET
    continuation_of_unused_shielding_deduction_to_next_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        unused_shielding_previous_year = self.unused_shielding_previous_year

        unused_shielding_beginning_of_year = self.unused_shielding_beginning_of_year

        correction_for_inheritance_or_gift_in_income_year = self.correction_for_inheritance_or_gift_in_income_year

        transferred_shielding_deduction_from_previous_years = self.transferred_shielding_deduction_from_previous_years

        corrected_unused_shielding_from_previous_years = self.corrected_unused_shielding_from_previous_years

        current_year_shielding_deduction = self.current_year_shielding_deduction

        transferred_shielding_deduction = self.transferred_shielding_deduction

        other_correction = self.other_correction

        total_shielding_for_application_and_continuation = self.total_shielding_for_application_and_continuation

        offset_against_distribution = self.offset_against_distribution

        offset_against_realization_gain = self.offset_against_realization_gain

        continuation_of_unused_shielding_deduction_to_next_year = (
            self.continuation_of_unused_shielding_deduction_to_next_year
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unused_shielding_previous_year is not UNSET and not _in_request:
            field_dict["unusedShieldingPreviousYear"] = unused_shielding_previous_year
        if unused_shielding_beginning_of_year is not UNSET and not _in_request:
            field_dict["unusedShieldingBeginningOfYear"] = unused_shielding_beginning_of_year
        if correction_for_inheritance_or_gift_in_income_year is not UNSET and not _in_request:
            field_dict["correctionForInheritanceOrGiftInIncomeYear"] = correction_for_inheritance_or_gift_in_income_year
        if transferred_shielding_deduction_from_previous_years is not UNSET and not _in_request:
            field_dict["transferredShieldingDeductionFromPreviousYears"] = (
                transferred_shielding_deduction_from_previous_years
            )
        if corrected_unused_shielding_from_previous_years is not UNSET and not _in_request:
            field_dict["correctedUnusedShieldingFromPreviousYears"] = corrected_unused_shielding_from_previous_years
        if current_year_shielding_deduction is not UNSET and not _in_request:
            field_dict["currentYearShieldingDeduction"] = current_year_shielding_deduction
        if transferred_shielding_deduction is not UNSET and not _in_request:
            field_dict["transferredShieldingDeduction"] = transferred_shielding_deduction
        if other_correction is not UNSET and not _in_request:
            field_dict["otherCorrection"] = other_correction
        if total_shielding_for_application_and_continuation is not UNSET and not _in_request:
            field_dict["totalShieldingForApplicationAndContinuation"] = total_shielding_for_application_and_continuation
        if offset_against_distribution is not UNSET and not _in_request:
            field_dict["offsetAgainstDistribution"] = offset_against_distribution
        if offset_against_realization_gain is not UNSET and not _in_request:
            field_dict["offsetAgainstRealizationGain"] = offset_against_realization_gain
        if continuation_of_unused_shielding_deduction_to_next_year is not UNSET and not _in_request:
            field_dict["continuationOfUnusedShieldingDeductionToNextYear"] = (
                continuation_of_unused_shielding_deduction_to_next_year
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportShieldingDeduction from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "unusedShieldingPreviousYear",
                "unusedShieldingBeginningOfYear",
                "correctionForInheritanceOrGiftInIncomeYear",
                "transferredShieldingDeductionFromPreviousYears",
                "correctedUnusedShieldingFromPreviousYears",
                "currentYearShieldingDeduction",
                "transferredShieldingDeduction",
                "otherCorrection",
                "totalShieldingForApplicationAndContinuation",
                "offsetAgainstDistribution",
                "offsetAgainstRealizationGain",
                "continuationOfUnusedShieldingDeductionToNextYear",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "unused_shielding_previous_year": ("unusedShieldingPreviousYear", None),
            "unused_shielding_beginning_of_year": ("unusedShieldingBeginningOfYear", None),
            "correction_for_inheritance_or_gift_in_income_year": ("correctionForInheritanceOrGiftInIncomeYear", None),
            "transferred_shielding_deduction_from_previous_years": (
                "transferredShieldingDeductionFromPreviousYears",
                None,
            ),
            "corrected_unused_shielding_from_previous_years": ("correctedUnusedShieldingFromPreviousYears", None),
            "current_year_shielding_deduction": ("currentYearShieldingDeduction", None),
            "transferred_shielding_deduction": ("transferredShieldingDeduction", None),
            "other_correction": ("otherCorrection", None),
            "total_shielding_for_application_and_continuation": ("totalShieldingForApplicationAndContinuation", None),
            "offset_against_distribution": ("offsetAgainstDistribution", None),
            "offset_against_realization_gain": ("offsetAgainstRealizationGain", None),
            "continuation_of_unused_shielding_deduction_to_next_year": (
                "continuationOfUnusedShieldingDeductionToNextYear",
                None,
            ),
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
