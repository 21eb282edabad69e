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

T = TypeVar("T", bound="ParticipantReportShieldingBasis")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportShieldingBasis(LazyModel):
    """Calculation of shielding basis

    Attributes:
        other_initial_value_correction (float | Unset): [read-only] Other initial value correction
        adjusted_initial_value (float | Unset): [read-only] Adjusted initial value
        unused_shielding_from_previous_year (float | Unset): [read-only] Unused shielding from previous year
        reduction_of_unused_shielding_due_to_realization (float | Unset): [read-only] Reduction of unused shielding due
            to realization
        shielding_basis (float | Unset): [read-only] Shielding basis
    """

    other_initial_value_correction: float | Unset = UNSET
    adjusted_initial_value: float | Unset = UNSET
    unused_shielding_from_previous_year: float | Unset = UNSET
    reduction_of_unused_shielding_due_to_realization: float | Unset = UNSET
    shielding_basis: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        other_initial_value_correction = self.other_initial_value_correction

        adjusted_initial_value = self.adjusted_initial_value

        unused_shielding_from_previous_year = self.unused_shielding_from_previous_year

        reduction_of_unused_shielding_due_to_realization = self.reduction_of_unused_shielding_due_to_realization

        shielding_basis = self.shielding_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_initial_value_correction is not UNSET and not _in_request:
            field_dict["otherInitialValueCorrection"] = other_initial_value_correction
        if adjusted_initial_value is not UNSET and not _in_request:
            field_dict["adjustedInitialValue"] = adjusted_initial_value
        if unused_shielding_from_previous_year is not UNSET and not _in_request:
            field_dict["unusedShieldingFromPreviousYear"] = unused_shielding_from_previous_year
        if reduction_of_unused_shielding_due_to_realization is not UNSET and not _in_request:
            field_dict["reductionOfUnusedShieldingDueToRealization"] = reduction_of_unused_shielding_due_to_realization
        if shielding_basis is not UNSET and not _in_request:
            field_dict["shieldingBasis"] = shielding_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportShieldingBasis from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "otherInitialValueCorrection",
                "adjustedInitialValue",
                "unusedShieldingFromPreviousYear",
                "reductionOfUnusedShieldingDueToRealization",
                "shieldingBasis",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "other_initial_value_correction": ("otherInitialValueCorrection", None),
            "adjusted_initial_value": ("adjustedInitialValue", None),
            "unused_shielding_from_previous_year": ("unusedShieldingFromPreviousYear", None),
            "reduction_of_unused_shielding_due_to_realization": ("reductionOfUnusedShieldingDueToRealization", None),
            "shielding_basis": ("shieldingBasis", None),
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
