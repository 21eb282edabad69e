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

T = TypeVar("T", bound="ProfitAndLossData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProfitAndLossData(LazyModel):
    """Profit and loss data

    Attributes:
        income_or_deduction_from_timber_account (float | Unset): [read-only]
        income_or_deficit_not_on_timber_account (float | Unset): [read-only]
        correction_biomass_wood_production (float | Unset): [read-only]
        sum_profit_and_loss (float | Unset): [read-only]
    """

    income_or_deduction_from_timber_account: float | Unset = UNSET
    income_or_deficit_not_on_timber_account: float | Unset = UNSET
    correction_biomass_wood_production: float | Unset = UNSET
    sum_profit_and_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        income_or_deduction_from_timber_account = self.income_or_deduction_from_timber_account

        income_or_deficit_not_on_timber_account = self.income_or_deficit_not_on_timber_account

        correction_biomass_wood_production = self.correction_biomass_wood_production

        sum_profit_and_loss = self.sum_profit_and_loss

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_or_deduction_from_timber_account is not UNSET and not _in_request:
            field_dict["incomeOrDeductionFromTimberAccount"] = income_or_deduction_from_timber_account
        if income_or_deficit_not_on_timber_account is not UNSET and not _in_request:
            field_dict["incomeOrDeficitNotOnTimberAccount"] = income_or_deficit_not_on_timber_account
        if correction_biomass_wood_production is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = correction_biomass_wood_production
        if sum_profit_and_loss is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = sum_profit_and_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProfitAndLossData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "incomeOrDeductionFromTimberAccount",
                "incomeOrDeficitNotOnTimberAccount",
                "correctionBiomassWoodProduction",
                "sumProfitAndLoss",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "income_or_deduction_from_timber_account": ("incomeOrDeductionFromTimberAccount", None),
            "income_or_deficit_not_on_timber_account": ("incomeOrDeficitNotOnTimberAccount", None),
            "correction_biomass_wood_production": ("correctionBiomassWoodProduction", None),
            "sum_profit_and_loss": ("sumProfitAndLoss", None),
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
