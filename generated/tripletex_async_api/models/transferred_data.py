from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.year_end_group_details import YearEndGroupDetails


T = TypeVar("T", bound="TransferredData")


@_attrs_define
class TransferredData(Model):
    """Transferred data

    Attributes:
        share_of_operating_revenues_hunting_fishing_etc (YearEndGroupDetails | Unset):
        profit_loss_hunting_fishing_etc (float | Unset):
        operating_profit_loss (float | Unset):
        share_from_extraordinary_distribution (float | Unset):
        correction_biomass_wood_production (float | Unset):
        standard_income_biomass_woodproduction (float | Unset):
        profit_loss_to_timber_account (float | Unset):
        share_of_profit_to_register (float | Unset):
        sum_transferred (float | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.share_of_operating_revenues_hunting_fishing_etc
        if _v is not UNSET:
            field_dict["shareOfOperatingRevenuesHuntingFishingEtc"] = _v.to_dict()
        _v = self.profit_loss_hunting_fishing_etc
        if _v is not UNSET and not _in_request:
            field_dict["profitLossHuntingFishingEtc"] = _v
        _v = self.operating_profit_loss
        if _v is not UNSET and not _in_request:
            field_dict["operatingProfitLoss"] = _v
        _v = self.share_from_extraordinary_distribution
        if _v is not UNSET and not _in_request:
            field_dict["shareFromExtraordinaryDistribution"] = _v
        _v = self.correction_biomass_wood_production
        if _v is not UNSET and not _in_request:
            field_dict["correctionBiomassWoodProduction"] = _v
        _v = self.standard_income_biomass_woodproduction
        if _v is not UNSET and not _in_request:
            field_dict["standardIncomeBiomassWoodproduction"] = _v
        _v = self.profit_loss_to_timber_account
        if _v is not UNSET and not _in_request:
            field_dict["profitLossToTimberAccount"] = _v
        _v = self.share_of_profit_to_register
        if _v is not UNSET and not _in_request:
            field_dict["shareOfProfitToRegister"] = _v
        _v = self.sum_transferred
        if _v is not UNSET and not _in_request:
            field_dict["sumTransferred"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TransferredData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TransferredData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.year_end_group_details import YearEndGroupDetails  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "profitLossHuntingFishingEtc": "profit_loss_hunting_fishing_etc",
            "operatingProfitLoss": "operating_profit_loss",
            "shareFromExtraordinaryDistribution": "share_from_extraordinary_distribution",
            "correctionBiomassWoodProduction": "correction_biomass_wood_production",
            "standardIncomeBiomassWoodproduction": "standard_income_biomass_woodproduction",
            "profitLossToTimberAccount": "profit_loss_to_timber_account",
            "shareOfProfitToRegister": "share_of_profit_to_register",
            "sumTransferred": "sum_transferred",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.share_of_operating_revenues_hunting_fishing_etc = o.profit_loss_hunting_fishing_etc = (
                        o.operating_profit_loss
                    ) = o.share_from_extraordinary_distribution = o.correction_biomass_wood_production = (
                        o.standard_income_biomass_woodproduction
                    ) = o.profit_loss_to_timber_account = o.share_of_profit_to_register = o.sum_transferred = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "shareOfOperatingRevenuesHuntingFishingEtc"
                v = g("shareOfOperatingRevenuesHuntingFishingEtc")
                if v is None:
                    o.share_of_operating_revenues_hunting_fishing_etc = u
                    if "shareOfOperatingRevenuesHuntingFishingEtc" not in d:
                        m += 1
                else:
                    o.share_of_operating_revenues_hunting_fishing_etc = YearEndGroupDetails._tx_parse(v)
                v = g("profitLossHuntingFishingEtc")
                if v is None:
                    o.profit_loss_hunting_fishing_etc = u
                    if "profitLossHuntingFishingEtc" not in d:
                        m += 1
                else:
                    o.profit_loss_hunting_fishing_etc = v
                v = g("operatingProfitLoss")
                if v is None:
                    o.operating_profit_loss = u
                    if "operatingProfitLoss" not in d:
                        m += 1
                else:
                    o.operating_profit_loss = v
                v = g("shareFromExtraordinaryDistribution")
                if v is None:
                    o.share_from_extraordinary_distribution = u
                    if "shareFromExtraordinaryDistribution" not in d:
                        m += 1
                else:
                    o.share_from_extraordinary_distribution = v
                v = g("correctionBiomassWoodProduction")
                if v is None:
                    o.correction_biomass_wood_production = u
                    if "correctionBiomassWoodProduction" not in d:
                        m += 1
                else:
                    o.correction_biomass_wood_production = v
                v = g("standardIncomeBiomassWoodproduction")
                if v is None:
                    o.standard_income_biomass_woodproduction = u
                    if "standardIncomeBiomassWoodproduction" not in d:
                        m += 1
                else:
                    o.standard_income_biomass_woodproduction = v
                v = g("profitLossToTimberAccount")
                if v is None:
                    o.profit_loss_to_timber_account = u
                    if "profitLossToTimberAccount" not in d:
                        m += 1
                else:
                    o.profit_loss_to_timber_account = v
                v = g("shareOfProfitToRegister")
                if v is None:
                    o.share_of_profit_to_register = u
                    if "shareOfProfitToRegister" not in d:
                        m += 1
                else:
                    o.share_of_profit_to_register = v
                v = g("sumTransferred")
                if v is None:
                    o.sum_transferred = u
                    if "sumTransferred" not in d:
                        m += 1
                else:
                    o.sum_transferred = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 9 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("share_of_operating_revenues_hunting_fishing_etc", "shareOfOperatingRevenuesHuntingFishingEtc"),
            ("profit_loss_hunting_fishing_etc", "profitLossHuntingFishingEtc"),
            ("operating_profit_loss", "operatingProfitLoss"),
            ("share_from_extraordinary_distribution", "shareFromExtraordinaryDistribution"),
            ("correction_biomass_wood_production", "correctionBiomassWoodProduction"),
            ("standard_income_biomass_woodproduction", "standardIncomeBiomassWoodproduction"),
            ("profit_loss_to_timber_account", "profitLossToTimberAccount"),
            ("share_of_profit_to_register", "shareOfProfitToRegister"),
            ("sum_transferred", "sumTransferred"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.share_of_operating_revenues_hunting_fishing_etc
            o.share_of_operating_revenues_hunting_fishing_etc = (
                u if v is None or v is u else YearEndGroupDetails._tx_parse(v)
            )
            v = s.profit_loss_hunting_fishing_etc
            o.profit_loss_hunting_fishing_etc = u if v is None else v
            v = s.operating_profit_loss
            o.operating_profit_loss = u if v is None else v
            v = s.share_from_extraordinary_distribution
            o.share_from_extraordinary_distribution = u if v is None else v
            v = s.correction_biomass_wood_production
            o.correction_biomass_wood_production = u if v is None else v
            v = s.standard_income_biomass_woodproduction
            o.standard_income_biomass_woodproduction = u if v is None else v
            v = s.profit_loss_to_timber_account
            o.profit_loss_to_timber_account = u if v is None else v
            v = s.share_of_profit_to_register
            o.share_of_profit_to_register = u if v is None else v
            v = s.sum_transferred
            o.sum_transferred = u if v is None else v
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
