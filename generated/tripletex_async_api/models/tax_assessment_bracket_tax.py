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

T = TypeVar("T", bound="TaxAssessmentBracketTax")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentBracketTax(LazyModel):
    """Bracket tax

    Attributes:
        step (float | Unset): [read-only]
        rate (float | Unset): [read-only]
        max_amount (float | Unset): [read-only]
        basis_amount_owner (float | Unset): [read-only]
        calculated_tax_owner (float | Unset): [read-only]
        residual_amount_owner (float | Unset): [read-only]
        amount_before_next_tax_step_owner (float | Unset): [read-only]
        basis_amount_spouse (float | Unset): [read-only]
        calculated_tax_spouse (float | Unset): [read-only]
        residual_amount_spouse (float | Unset): [read-only]
        amount_before_next_tax_step_spouse (float | Unset): [read-only]
    """

    step: float | Unset = UNSET
    rate: float | Unset = UNSET
    max_amount: float | Unset = UNSET
    basis_amount_owner: float | Unset = UNSET
    calculated_tax_owner: float | Unset = UNSET
    residual_amount_owner: float | Unset = UNSET
    amount_before_next_tax_step_owner: float | Unset = UNSET
    basis_amount_spouse: float | Unset = UNSET
    calculated_tax_spouse: float | Unset = UNSET
    residual_amount_spouse: float | Unset = UNSET
    amount_before_next_tax_step_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        step = self.step

        rate = self.rate

        max_amount = self.max_amount

        basis_amount_owner = self.basis_amount_owner

        calculated_tax_owner = self.calculated_tax_owner

        residual_amount_owner = self.residual_amount_owner

        amount_before_next_tax_step_owner = self.amount_before_next_tax_step_owner

        basis_amount_spouse = self.basis_amount_spouse

        calculated_tax_spouse = self.calculated_tax_spouse

        residual_amount_spouse = self.residual_amount_spouse

        amount_before_next_tax_step_spouse = self.amount_before_next_tax_step_spouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET and not _in_request:
            field_dict["step"] = step
        if rate is not UNSET and not _in_request:
            field_dict["rate"] = rate
        if max_amount is not UNSET and not _in_request:
            field_dict["maxAmount"] = max_amount
        if basis_amount_owner is not UNSET and not _in_request:
            field_dict["basisAmountOwner"] = basis_amount_owner
        if calculated_tax_owner is not UNSET and not _in_request:
            field_dict["calculatedTaxOwner"] = calculated_tax_owner
        if residual_amount_owner is not UNSET and not _in_request:
            field_dict["residualAmountOwner"] = residual_amount_owner
        if amount_before_next_tax_step_owner is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepOwner"] = amount_before_next_tax_step_owner
        if basis_amount_spouse is not UNSET and not _in_request:
            field_dict["basisAmountSpouse"] = basis_amount_spouse
        if calculated_tax_spouse is not UNSET and not _in_request:
            field_dict["calculatedTaxSpouse"] = calculated_tax_spouse
        if residual_amount_spouse is not UNSET and not _in_request:
            field_dict["residualAmountSpouse"] = residual_amount_spouse
        if amount_before_next_tax_step_spouse is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepSpouse"] = amount_before_next_tax_step_spouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentBracketTax from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "step",
                "rate",
                "maxAmount",
                "basisAmountOwner",
                "calculatedTaxOwner",
                "residualAmountOwner",
                "amountBeforeNextTaxStepOwner",
                "basisAmountSpouse",
                "calculatedTaxSpouse",
                "residualAmountSpouse",
                "amountBeforeNextTaxStepSpouse",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "step": ("step", None),
            "rate": ("rate", None),
            "max_amount": ("maxAmount", None),
            "basis_amount_owner": ("basisAmountOwner", None),
            "calculated_tax_owner": ("calculatedTaxOwner", None),
            "residual_amount_owner": ("residualAmountOwner", None),
            "amount_before_next_tax_step_owner": ("amountBeforeNextTaxStepOwner", None),
            "basis_amount_spouse": ("basisAmountSpouse", None),
            "calculated_tax_spouse": ("calculatedTaxSpouse", None),
            "residual_amount_spouse": ("residualAmountSpouse", None),
            "amount_before_next_tax_step_spouse": ("amountBeforeNextTaxStepSpouse", None),
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
