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

T = TypeVar("T", bound="TaxAssessmentAgriculture")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class TaxAssessmentAgriculture(LazyModel):
    """Key figures

    Attributes:
        business_income (float | Unset): [read-only]
        share_from_sdf (float | Unset): [read-only]
        calculation_basis (float | Unset): [read-only]
        calculated_amount (float | Unset): [read-only]
        max_special_allowance (float | Unset): [read-only]
        unused_special_allowance (float | Unset): [read-only]
    """

    business_income: float | Unset = UNSET
    share_from_sdf: float | Unset = UNSET
    calculation_basis: float | Unset = UNSET
    calculated_amount: float | Unset = UNSET
    max_special_allowance: float | Unset = UNSET
    unused_special_allowance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        business_income = self.business_income

        share_from_sdf = self.share_from_sdf

        calculation_basis = self.calculation_basis

        calculated_amount = self.calculated_amount

        max_special_allowance = self.max_special_allowance

        unused_special_allowance = self.unused_special_allowance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_income is not UNSET and not _in_request:
            field_dict["businessIncome"] = business_income
        if share_from_sdf is not UNSET and not _in_request:
            field_dict["shareFromSdf"] = share_from_sdf
        if calculation_basis is not UNSET and not _in_request:
            field_dict["calculationBasis"] = calculation_basis
        if calculated_amount is not UNSET and not _in_request:
            field_dict["calculatedAmount"] = calculated_amount
        if max_special_allowance is not UNSET and not _in_request:
            field_dict["maxSpecialAllowance"] = max_special_allowance
        if unused_special_allowance is not UNSET and not _in_request:
            field_dict["unusedSpecialAllowance"] = unused_special_allowance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentAgriculture from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "businessIncome",
                "shareFromSdf",
                "calculationBasis",
                "calculatedAmount",
                "maxSpecialAllowance",
                "unusedSpecialAllowance",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "business_income": ("businessIncome", None),
            "share_from_sdf": ("shareFromSdf", None),
            "calculation_basis": ("calculationBasis", None),
            "calculated_amount": ("calculatedAmount", None),
            "max_special_allowance": ("maxSpecialAllowance", None),
            "unused_special_allowance": ("unusedSpecialAllowance", None),
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
