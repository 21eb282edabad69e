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

T = TypeVar("T", bound="ParticipantReportShieldingDeduction")


@_attrs_define
class ParticipantReportShieldingDeduction(Model):
    """Calculation of shielding deduction

    Attributes:
        unused_shielding_previous_year (float | Unset): Unused shielding previous year
        unused_shielding_beginning_of_year (float | Unset): Unused shielding at beginning of year
        correction_for_inheritance_or_gift_in_income_year (float | Unset): Correction for inheritance or gift in income
            year
        transferred_shielding_deduction_from_previous_years (float | Unset): Transferred shielding deduction from
            previous years
        corrected_unused_shielding_from_previous_years (float | Unset): Corrected unused shielding from previous years
        current_year_shielding_deduction (float | Unset): Current year shielding deduction
        transferred_shielding_deduction (float | Unset): Transferred shielding deduction
        other_correction (float | Unset): Other correction
        total_shielding_for_application_and_continuation (float | Unset): Total shielding for application and
            continuation
        offset_against_distribution (float | Unset): Offset against distribution
        offset_against_realization_gain (float | Unset): Offset against realization gain
        continuation_of_unused_shielding_deduction_to_next_year (float | Unset): Continuation of unused shielding
            deduction to next year
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.unused_shielding_previous_year
        if _v is not UNSET and not _in_request:
            field_dict["unusedShieldingPreviousYear"] = _v
        _v = self.unused_shielding_beginning_of_year
        if _v is not UNSET and not _in_request:
            field_dict["unusedShieldingBeginningOfYear"] = _v
        _v = self.correction_for_inheritance_or_gift_in_income_year
        if _v is not UNSET and not _in_request:
            field_dict["correctionForInheritanceOrGiftInIncomeYear"] = _v
        _v = self.transferred_shielding_deduction_from_previous_years
        if _v is not UNSET and not _in_request:
            field_dict["transferredShieldingDeductionFromPreviousYears"] = _v
        _v = self.corrected_unused_shielding_from_previous_years
        if _v is not UNSET and not _in_request:
            field_dict["correctedUnusedShieldingFromPreviousYears"] = _v
        _v = self.current_year_shielding_deduction
        if _v is not UNSET and not _in_request:
            field_dict["currentYearShieldingDeduction"] = _v
        _v = self.transferred_shielding_deduction
        if _v is not UNSET and not _in_request:
            field_dict["transferredShieldingDeduction"] = _v
        _v = self.other_correction
        if _v is not UNSET and not _in_request:
            field_dict["otherCorrection"] = _v
        _v = self.total_shielding_for_application_and_continuation
        if _v is not UNSET and not _in_request:
            field_dict["totalShieldingForApplicationAndContinuation"] = _v
        _v = self.offset_against_distribution
        if _v is not UNSET and not _in_request:
            field_dict["offsetAgainstDistribution"] = _v
        _v = self.offset_against_realization_gain
        if _v is not UNSET and not _in_request:
            field_dict["offsetAgainstRealizationGain"] = _v
        _v = self.continuation_of_unused_shielding_deduction_to_next_year
        if _v is not UNSET and not _in_request:
            field_dict["continuationOfUnusedShieldingDeductionToNextYear"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportShieldingDeduction from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportShieldingDeduction.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "unusedShieldingPreviousYear": "unused_shielding_previous_year",
            "unusedShieldingBeginningOfYear": "unused_shielding_beginning_of_year",
            "correctionForInheritanceOrGiftInIncomeYear": "correction_for_inheritance_or_gift_in_income_year",
            "transferredShieldingDeductionFromPreviousYears": "transferred_shielding_deduction_from_previous_years",
            "correctedUnusedShieldingFromPreviousYears": "corrected_unused_shielding_from_previous_years",
            "currentYearShieldingDeduction": "current_year_shielding_deduction",
            "transferredShieldingDeduction": "transferred_shielding_deduction",
            "otherCorrection": "other_correction",
            "totalShieldingForApplicationAndContinuation": "total_shielding_for_application_and_continuation",
            "offsetAgainstDistribution": "offset_against_distribution",
            "offsetAgainstRealizationGain": "offset_against_realization_gain",
            "continuationOfUnusedShieldingDeductionToNextYear": "continuation_of_unused_shielding_deduction_to_next_year",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.unused_shielding_previous_year = o.unused_shielding_beginning_of_year = (
                        o.correction_for_inheritance_or_gift_in_income_year
                    ) = o.transferred_shielding_deduction_from_previous_years = (
                        o.corrected_unused_shielding_from_previous_years
                    ) = o.current_year_shielding_deduction = o.transferred_shielding_deduction = o.other_correction = (
                        o.total_shielding_for_application_and_continuation
                    ) = o.offset_against_distribution = o.offset_against_realization_gain = (
                        o.continuation_of_unused_shielding_deduction_to_next_year
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("unusedShieldingPreviousYear")
                if v is None:
                    o.unused_shielding_previous_year = u
                    if "unusedShieldingPreviousYear" not in d:
                        m += 1
                else:
                    o.unused_shielding_previous_year = v
                v = g("unusedShieldingBeginningOfYear")
                if v is None:
                    o.unused_shielding_beginning_of_year = u
                    if "unusedShieldingBeginningOfYear" not in d:
                        m += 1
                else:
                    o.unused_shielding_beginning_of_year = v
                v = g("correctionForInheritanceOrGiftInIncomeYear")
                if v is None:
                    o.correction_for_inheritance_or_gift_in_income_year = u
                    if "correctionForInheritanceOrGiftInIncomeYear" not in d:
                        m += 1
                else:
                    o.correction_for_inheritance_or_gift_in_income_year = v
                v = g("transferredShieldingDeductionFromPreviousYears")
                if v is None:
                    o.transferred_shielding_deduction_from_previous_years = u
                    if "transferredShieldingDeductionFromPreviousYears" not in d:
                        m += 1
                else:
                    o.transferred_shielding_deduction_from_previous_years = v
                v = g("correctedUnusedShieldingFromPreviousYears")
                if v is None:
                    o.corrected_unused_shielding_from_previous_years = u
                    if "correctedUnusedShieldingFromPreviousYears" not in d:
                        m += 1
                else:
                    o.corrected_unused_shielding_from_previous_years = v
                v = g("currentYearShieldingDeduction")
                if v is None:
                    o.current_year_shielding_deduction = u
                    if "currentYearShieldingDeduction" not in d:
                        m += 1
                else:
                    o.current_year_shielding_deduction = v
                v = g("transferredShieldingDeduction")
                if v is None:
                    o.transferred_shielding_deduction = u
                    if "transferredShieldingDeduction" not in d:
                        m += 1
                else:
                    o.transferred_shielding_deduction = v
                v = g("otherCorrection")
                if v is None:
                    o.other_correction = u
                    if "otherCorrection" not in d:
                        m += 1
                else:
                    o.other_correction = v
                v = g("totalShieldingForApplicationAndContinuation")
                if v is None:
                    o.total_shielding_for_application_and_continuation = u
                    if "totalShieldingForApplicationAndContinuation" not in d:
                        m += 1
                else:
                    o.total_shielding_for_application_and_continuation = v
                v = g("offsetAgainstDistribution")
                if v is None:
                    o.offset_against_distribution = u
                    if "offsetAgainstDistribution" not in d:
                        m += 1
                else:
                    o.offset_against_distribution = v
                v = g("offsetAgainstRealizationGain")
                if v is None:
                    o.offset_against_realization_gain = u
                    if "offsetAgainstRealizationGain" not in d:
                        m += 1
                else:
                    o.offset_against_realization_gain = v
                v = g("continuationOfUnusedShieldingDeductionToNextYear")
                if v is None:
                    o.continuation_of_unused_shielding_deduction_to_next_year = u
                    if "continuationOfUnusedShieldingDeductionToNextYear" not in d:
                        m += 1
                else:
                    o.continuation_of_unused_shielding_deduction_to_next_year = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("unused_shielding_previous_year", "unusedShieldingPreviousYear"),
            ("unused_shielding_beginning_of_year", "unusedShieldingBeginningOfYear"),
            ("correction_for_inheritance_or_gift_in_income_year", "correctionForInheritanceOrGiftInIncomeYear"),
            ("transferred_shielding_deduction_from_previous_years", "transferredShieldingDeductionFromPreviousYears"),
            ("corrected_unused_shielding_from_previous_years", "correctedUnusedShieldingFromPreviousYears"),
            ("current_year_shielding_deduction", "currentYearShieldingDeduction"),
            ("transferred_shielding_deduction", "transferredShieldingDeduction"),
            ("other_correction", "otherCorrection"),
            ("total_shielding_for_application_and_continuation", "totalShieldingForApplicationAndContinuation"),
            ("offset_against_distribution", "offsetAgainstDistribution"),
            ("offset_against_realization_gain", "offsetAgainstRealizationGain"),
            (
                "continuation_of_unused_shielding_deduction_to_next_year",
                "continuationOfUnusedShieldingDeductionToNextYear",
            ),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.unused_shielding_previous_year
            o.unused_shielding_previous_year = u if v is None else v
            v = s.unused_shielding_beginning_of_year
            o.unused_shielding_beginning_of_year = u if v is None else v
            v = s.correction_for_inheritance_or_gift_in_income_year
            o.correction_for_inheritance_or_gift_in_income_year = u if v is None else v
            v = s.transferred_shielding_deduction_from_previous_years
            o.transferred_shielding_deduction_from_previous_years = u if v is None else v
            v = s.corrected_unused_shielding_from_previous_years
            o.corrected_unused_shielding_from_previous_years = u if v is None else v
            v = s.current_year_shielding_deduction
            o.current_year_shielding_deduction = u if v is None else v
            v = s.transferred_shielding_deduction
            o.transferred_shielding_deduction = u if v is None else v
            v = s.other_correction
            o.other_correction = u if v is None else v
            v = s.total_shielding_for_application_and_continuation
            o.total_shielding_for_application_and_continuation = u if v is None else v
            v = s.offset_against_distribution
            o.offset_against_distribution = u if v is None else v
            v = s.offset_against_realization_gain
            o.offset_against_realization_gain = u if v is None else v
            v = s.continuation_of_unused_shielding_deduction_to_next_year
            o.continuation_of_unused_shielding_deduction_to_next_year = u if v is None else v
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
