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

T = TypeVar("T", bound="ProfitAndLossData")


@_attrs_define
class ProfitAndLossData(Model):
    """Profit and loss data

    Attributes:
        income_or_deduction_from_timber_account (float | Unset):
        income_or_deficit_not_on_timber_account (float | Unset):
        correction_biomass_wood_production (float | Unset):
        sum_profit_and_loss (float | Unset):
    """

    income_or_deduction_from_timber_account: float | Unset = UNSET
    income_or_deficit_not_on_timber_account: float | Unset = UNSET
    correction_biomass_wood_production: float | Unset = UNSET
    sum_profit_and_loss: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.income_or_deduction_from_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["incomeOrDeductionFromTimberAccount"] = _v
        _v = self.income_or_deficit_not_on_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["incomeOrDeficitNotOnTimberAccount"] = _v
        _v = self.correction_biomass_wood_production
        if _v is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = _v
        _v = self.sum_profit_and_loss
        if _v is not UNSET and not _in_request:
            field_dict["sumProfitAndLoss"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProfitAndLossData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProfitAndLossData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "incomeOrDeductionFromTimberAccount",
                "incomeOrDeficitNotOnTimberAccount",
                "correctionBiomassWoodProduction",
                "sumProfitAndLoss",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("incomeOrDeductionFromTimberAccount")
                if v is None:
                    o.income_or_deduction_from_timber_account = u
                    if "incomeOrDeductionFromTimberAccount" not in d:
                        m += 1
                else:
                    o.income_or_deduction_from_timber_account = v
                v = g("incomeOrDeficitNotOnTimberAccount")
                if v is None:
                    o.income_or_deficit_not_on_timber_account = u
                    if "incomeOrDeficitNotOnTimberAccount" not in d:
                        m += 1
                else:
                    o.income_or_deficit_not_on_timber_account = v
                v = g("correctionBiomassWoodProduction")
                if v is None:
                    o.correction_biomass_wood_production = u
                    if "correctionBiomassWoodProduction" not in d:
                        m += 1
                else:
                    o.correction_biomass_wood_production = v
                v = g("sumProfitAndLoss")
                if v is None:
                    o.sum_profit_and_loss = u
                    if "sumProfitAndLoss" not in d:
                        m += 1
                else:
                    o.sum_profit_and_loss = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("income_or_deduction_from_timber_account", "incomeOrDeductionFromTimberAccount"),
            ("income_or_deficit_not_on_timber_account", "incomeOrDeficitNotOnTimberAccount"),
            ("correction_biomass_wood_production", "correctionBiomassWoodProduction"),
            ("sum_profit_and_loss", "sumProfitAndLoss"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.income_or_deduction_from_timber_account
            o.income_or_deduction_from_timber_account = u if v is None else v
            v = s.income_or_deficit_not_on_timber_account
            o.income_or_deficit_not_on_timber_account = u if v is None else v
            v = s.correction_biomass_wood_production
            o.correction_biomass_wood_production = u if v is None else v
            v = s.sum_profit_and_loss
            o.sum_profit_and_loss = u if v is None else v
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
