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
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="TransferredData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("shareOfOperatingRevenuesHuntingFishingEtc", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TransferredData(LazyModel):
    """Transferred data

    Attributes:
        share_of_operating_revenues_hunting_fishing_etc (YearEndGroupDetails | Unset):
        profit_loss_hunting_fishing_etc (float | Unset): [read-only]
        operating_profit_loss (float | Unset): [read-only]
        share_from_extraordinary_distribution (float | Unset): [read-only]
        correction_biomass_wood_production (float | Unset): [read-only]
        standard_income_biomass_woodproduction (float | Unset): [read-only]
        profit_loss_to_timber_account (float | Unset): [read-only]
        share_of_profit_to_register (float | Unset): [read-only]
        sum_transferred (float | Unset): [read-only]
    """

    share_of_operating_revenues_hunting_fishing_etc: YearEndGroupDetails | Unset = UNSET
    profit_loss_hunting_fishing_etc: float | Unset = UNSET
    operating_profit_loss: float | Unset = UNSET
    share_from_extraordinary_distribution: float | Unset = UNSET
    correction_biomass_wood_production: float | Unset = UNSET
    standard_income_biomass_woodproduction: float | Unset = UNSET
    profit_loss_to_timber_account: float | Unset = UNSET
    share_of_profit_to_register: float | Unset = UNSET
    sum_transferred: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        share_of_operating_revenues_hunting_fishing_etc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.share_of_operating_revenues_hunting_fishing_etc, Unset):
            share_of_operating_revenues_hunting_fishing_etc = (
                self.share_of_operating_revenues_hunting_fishing_etc.to_dict()
            )

        profit_loss_hunting_fishing_etc = self.profit_loss_hunting_fishing_etc

        operating_profit_loss = self.operating_profit_loss

        share_from_extraordinary_distribution = self.share_from_extraordinary_distribution

        correction_biomass_wood_production = self.correction_biomass_wood_production

        standard_income_biomass_woodproduction = self.standard_income_biomass_woodproduction

        profit_loss_to_timber_account = self.profit_loss_to_timber_account

        share_of_profit_to_register = self.share_of_profit_to_register

        sum_transferred = self.sum_transferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_of_operating_revenues_hunting_fishing_etc is not UNSET:
            field_dict["shareOfOperatingRevenuesHuntingFishingEtc"] = share_of_operating_revenues_hunting_fishing_etc
        if profit_loss_hunting_fishing_etc is not UNSET and not _in_request:
            field_dict["profitLossHuntingFishingEtc"] = profit_loss_hunting_fishing_etc
        if operating_profit_loss is not UNSET and not _in_request:
            field_dict["operatingProfitLoss"] = operating_profit_loss
        if share_from_extraordinary_distribution is not UNSET and not _in_request:
            field_dict["shareFromExtraordinaryDistribution"] = share_from_extraordinary_distribution
        if correction_biomass_wood_production is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = correction_biomass_wood_production
        if standard_income_biomass_woodproduction is not UNSET and not _in_request:
            field_dict["standardIncomeBiomassWoodproduction"] = standard_income_biomass_woodproduction
        if profit_loss_to_timber_account is not UNSET and not _in_request:
            field_dict["profitLossToTimberAccount"] = profit_loss_to_timber_account
        if share_of_profit_to_register is not UNSET and not _in_request:
            field_dict["shareOfProfitToRegister"] = share_of_profit_to_register
        if sum_transferred is not UNSET and not _in_request:
            field_dict["sumTransferred"] = sum_transferred

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TransferredData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        def _p_share_of_operating_revenues_hunting_fishing_etc(_tx_v: Any) -> YearEndGroupDetails | Unset:
            _share_of_operating_revenues_hunting_fishing_etc = _tx_v
            share_of_operating_revenues_hunting_fishing_etc: YearEndGroupDetails | Unset
            if isinstance(_share_of_operating_revenues_hunting_fishing_etc, Unset):
                share_of_operating_revenues_hunting_fishing_etc = UNSET
            else:
                share_of_operating_revenues_hunting_fishing_etc = YearEndGroupDetails._tx_from_json(
                    _share_of_operating_revenues_hunting_fishing_etc
                )

            return share_of_operating_revenues_hunting_fishing_etc

        _tx_known: frozenset[str] = frozenset(
            (
                "shareOfOperatingRevenuesHuntingFishingEtc",
                "profitLossHuntingFishingEtc",
                "operatingProfitLoss",
                "shareFromExtraordinaryDistribution",
                "correctionBiomassWoodProduction",
                "standardIncomeBiomassWoodproduction",
                "profitLossToTimberAccount",
                "shareOfProfitToRegister",
                "sumTransferred",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "share_of_operating_revenues_hunting_fishing_etc": (
                "shareOfOperatingRevenuesHuntingFishingEtc",
                _p_share_of_operating_revenues_hunting_fishing_etc,
            ),
            "profit_loss_hunting_fishing_etc": ("profitLossHuntingFishingEtc", None),
            "operating_profit_loss": ("operatingProfitLoss", None),
            "share_from_extraordinary_distribution": ("shareFromExtraordinaryDistribution", None),
            "correction_biomass_wood_production": ("correctionBiomassWoodProduction", None),
            "standard_income_biomass_woodproduction": ("standardIncomeBiomassWoodproduction", None),
            "profit_loss_to_timber_account": ("profitLossToTimberAccount", None),
            "share_of_profit_to_register": ("shareOfProfitToRegister", None),
            "sum_transferred": ("sumTransferred", None),
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
