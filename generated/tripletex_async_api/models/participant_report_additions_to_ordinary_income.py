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

T = TypeVar("T", bound="ParticipantReportAdditionsToOrdinaryIncome")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportAdditionsToOrdinaryIncome(LazyModel):
    """Calculation of additions to ordinary income

    Attributes:
        distribution_after_tax (float | Unset): [read-only] Distribution after tax
        other_correction (float | Unset): [read-only] Other correction
        shielding_deduction_offset_against_distribution (float | Unset): [read-only] Shielding deduction offset against
            distribution
        additions_to_ordinary_income (float | Unset): [read-only] Additions to ordinary income
    """

    distribution_after_tax: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    shielding_deduction_offset_against_distribution: float | Unset = UNSET
    additions_to_ordinary_income: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        distribution_after_tax = self.distribution_after_tax

        other_correction = self.other_correction

        shielding_deduction_offset_against_distribution = self.shielding_deduction_offset_against_distribution

        additions_to_ordinary_income = self.additions_to_ordinary_income

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distribution_after_tax is not UNSET and not _in_request:
            field_dict["distributionAfterTax"] = distribution_after_tax
        if other_correction is not UNSET and not _in_request:
            field_dict["otherCorrection"] = other_correction
        if shielding_deduction_offset_against_distribution is not UNSET and not _in_request:
            field_dict["shieldingDeductionOffsetAgainstDistribution"] = shielding_deduction_offset_against_distribution
        if additions_to_ordinary_income is not UNSET and not _in_request:
            field_dict["additionsToOrdinaryIncome"] = additions_to_ordinary_income

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportAdditionsToOrdinaryIncome from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "distributionAfterTax",
                "otherCorrection",
                "shieldingDeductionOffsetAgainstDistribution",
                "additionsToOrdinaryIncome",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "distribution_after_tax": ("distributionAfterTax", None),
            "other_correction": ("otherCorrection", None),
            "shielding_deduction_offset_against_distribution": ("shieldingDeductionOffsetAgainstDistribution", None),
            "additions_to_ordinary_income": ("additionsToOrdinaryIncome", None),
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
