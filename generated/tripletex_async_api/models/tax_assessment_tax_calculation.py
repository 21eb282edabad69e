from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.tax_assessment_bracket_tax import TaxAssessmentBracketTax


T = TypeVar("T", bound="TaxAssessmentTaxCalculation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("bracketTax", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentTaxCalculation(LazyModel):
    """Tax calculation

    Attributes:
        bracket_tax (list[TaxAssessmentBracketTax] | Unset): [read-only]
        sum_basis_owner (float | Unset): [read-only]
        sum_calculated_tax_owner (float | Unset): [read-only]
        amount_before_next_tax_step_owner (float | Unset): [read-only]
        sum_basis_spouse (float | Unset): [read-only]
        sum_calculated_tax_spouse (float | Unset): [read-only]
        amount_before_next_tax_step_spouse (float | Unset): [read-only]
    """

    bracket_tax: list[TaxAssessmentBracketTax] | Unset = UNSET
    sum_basis_owner: float | Unset = UNSET
    sum_calculated_tax_owner: float | Unset = UNSET
    amount_before_next_tax_step_owner: float | Unset = UNSET
    sum_basis_spouse: float | Unset = UNSET
    sum_calculated_tax_spouse: float | Unset = UNSET
    amount_before_next_tax_step_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        bracket_tax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bracket_tax, Unset):
            bracket_tax = []
            for bracket_tax_item_data in self.bracket_tax:
                bracket_tax_item = bracket_tax_item_data.to_dict()
                bracket_tax.append(bracket_tax_item)

        sum_basis_owner = self.sum_basis_owner

        sum_calculated_tax_owner = self.sum_calculated_tax_owner

        amount_before_next_tax_step_owner = self.amount_before_next_tax_step_owner

        sum_basis_spouse = self.sum_basis_spouse

        sum_calculated_tax_spouse = self.sum_calculated_tax_spouse

        amount_before_next_tax_step_spouse = self.amount_before_next_tax_step_spouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bracket_tax is not UNSET and not _in_request:
            field_dict["bracketTax"] = bracket_tax
        if sum_basis_owner is not UNSET and not _in_request:
            field_dict["sumBasisOwner"] = sum_basis_owner
        if sum_calculated_tax_owner is not UNSET and not _in_request:
            field_dict["sumCalculatedTaxOwner"] = sum_calculated_tax_owner
        if amount_before_next_tax_step_owner is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepOwner"] = amount_before_next_tax_step_owner
        if sum_basis_spouse is not UNSET and not _in_request:
            field_dict["sumBasisSpouse"] = sum_basis_spouse
        if sum_calculated_tax_spouse is not UNSET and not _in_request:
            field_dict["sumCalculatedTaxSpouse"] = sum_calculated_tax_spouse
        if amount_before_next_tax_step_spouse is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepSpouse"] = amount_before_next_tax_step_spouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentTaxCalculation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_assessment_bracket_tax import TaxAssessmentBracketTax  # noqa: PLC0415

        def _p_bracket_tax(_tx_v: Any) -> list[TaxAssessmentBracketTax] | Unset:
            _bracket_tax = _tx_v
            bracket_tax: list[TaxAssessmentBracketTax] | Unset = UNSET
            if _bracket_tax is not UNSET:
                bracket_tax = []
                for bracket_tax_item_data in _bracket_tax:
                    if bracket_tax_item_data is None:
                        continue
                    bracket_tax_item = TaxAssessmentBracketTax._tx_from_json(bracket_tax_item_data)

                    bracket_tax.append(bracket_tax_item)

            return bracket_tax

        _tx_known: frozenset[str] = frozenset(
            (
                "bracketTax",
                "sumBasisOwner",
                "sumCalculatedTaxOwner",
                "amountBeforeNextTaxStepOwner",
                "sumBasisSpouse",
                "sumCalculatedTaxSpouse",
                "amountBeforeNextTaxStepSpouse",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "bracket_tax": ("bracketTax", _p_bracket_tax),
            "sum_basis_owner": ("sumBasisOwner", None),
            "sum_calculated_tax_owner": ("sumCalculatedTaxOwner", None),
            "amount_before_next_tax_step_owner": ("amountBeforeNextTaxStepOwner", None),
            "sum_basis_spouse": ("sumBasisSpouse", None),
            "sum_calculated_tax_spouse": ("sumCalculatedTaxSpouse", None),
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
