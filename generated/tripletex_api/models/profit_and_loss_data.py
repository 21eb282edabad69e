from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProfitAndLossData")


@_attrs_define
class ProfitAndLossData:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        income_or_deduction_from_timber_account = d.pop("incomeOrDeductionFromTimberAccount", UNSET)

        income_or_deficit_not_on_timber_account = d.pop("incomeOrDeficitNotOnTimberAccount", UNSET)

        correction_biomass_wood_production = d.pop("correctionBiomassWoodProduction", UNSET)

        sum_profit_and_loss = d.pop("sumProfitAndLoss", UNSET)

        _obj = cls(
            income_or_deduction_from_timber_account=income_or_deduction_from_timber_account,
            income_or_deficit_not_on_timber_account=income_or_deficit_not_on_timber_account,
            correction_biomass_wood_production=correction_biomass_wood_production,
            sum_profit_and_loss=sum_profit_and_loss,
        )

        _obj.additional_properties = d
        return _obj

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
