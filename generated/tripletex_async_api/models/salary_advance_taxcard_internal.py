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
    from ..models.salary_taxcard_internal import SalaryTaxcardInternal


T = TypeVar("T", bound="SalaryAdvanceTaxcardInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("altinnTaxDeductionCardId", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class SalaryAdvanceTaxcardInternal(LazyModel):
    """
    Attributes:
        altinn_tax_deduction_card_id (SalaryTaxcardInternal | Unset):
        trekkode (str | Unset):
        trekkode_description (str | Unset):
        type_ (int | Unset):
        type_description (str | Unset):
        tabelltype (str | Unset):
        tabellnummer (str | Unset):
        prosentsats (float | Unset):
        antall_mnd_for_trekk (float | Unset):
        frikortbelop (float | Unset):
        remaining_free_card_amount (float | Unset):
    """

    altinn_tax_deduction_card_id: SalaryTaxcardInternal | Unset = UNSET
    trekkode: str | Unset = UNSET
    trekkode_description: str | Unset = UNSET
    type_: int | Unset = UNSET
    type_description: str | Unset = UNSET
    tabelltype: str | Unset = UNSET
    tabellnummer: str | Unset = UNSET
    prosentsats: float | Unset = UNSET
    antall_mnd_for_trekk: float | Unset = UNSET
    frikortbelop: float | Unset = UNSET
    remaining_free_card_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        altinn_tax_deduction_card_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.altinn_tax_deduction_card_id, Unset):
            altinn_tax_deduction_card_id = self.altinn_tax_deduction_card_id.to_dict()

        trekkode = self.trekkode

        trekkode_description = self.trekkode_description

        type_ = self.type_

        type_description = self.type_description

        tabelltype = self.tabelltype

        tabellnummer = self.tabellnummer

        prosentsats = self.prosentsats

        antall_mnd_for_trekk = self.antall_mnd_for_trekk

        frikortbelop = self.frikortbelop

        remaining_free_card_amount = self.remaining_free_card_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if altinn_tax_deduction_card_id is not UNSET:
            field_dict["altinnTaxDeductionCardId"] = altinn_tax_deduction_card_id
        if trekkode is not UNSET:
            field_dict["trekkode"] = trekkode
        if trekkode_description is not UNSET:
            field_dict["trekkodeDescription"] = trekkode_description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if type_description is not UNSET:
            field_dict["typeDescription"] = type_description
        if tabelltype is not UNSET:
            field_dict["tabelltype"] = tabelltype
        if tabellnummer is not UNSET:
            field_dict["tabellnummer"] = tabellnummer
        if prosentsats is not UNSET:
            field_dict["prosentsats"] = prosentsats
        if antall_mnd_for_trekk is not UNSET:
            field_dict["antallMndForTrekk"] = antall_mnd_for_trekk
        if frikortbelop is not UNSET:
            field_dict["frikortbelop"] = frikortbelop
        if remaining_free_card_amount is not UNSET:
            field_dict["remainingFreeCardAmount"] = remaining_free_card_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryAdvanceTaxcardInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.salary_taxcard_internal import SalaryTaxcardInternal  # noqa: PLC0415

        def _p_altinn_tax_deduction_card_id(_tx_v: Any) -> SalaryTaxcardInternal | Unset:
            _altinn_tax_deduction_card_id = _tx_v
            altinn_tax_deduction_card_id: SalaryTaxcardInternal | Unset
            if isinstance(_altinn_tax_deduction_card_id, Unset):
                altinn_tax_deduction_card_id = UNSET
            else:
                altinn_tax_deduction_card_id = SalaryTaxcardInternal._tx_from_json(_altinn_tax_deduction_card_id)

            return altinn_tax_deduction_card_id

        _tx_known: frozenset[str] = frozenset(
            (
                "altinnTaxDeductionCardId",
                "trekkode",
                "trekkodeDescription",
                "type",
                "typeDescription",
                "tabelltype",
                "tabellnummer",
                "prosentsats",
                "antallMndForTrekk",
                "frikortbelop",
                "remainingFreeCardAmount",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "altinn_tax_deduction_card_id": ("altinnTaxDeductionCardId", _p_altinn_tax_deduction_card_id),
            "trekkode": ("trekkode", None),
            "trekkode_description": ("trekkodeDescription", None),
            "type_": ("type", None),
            "type_description": ("typeDescription", None),
            "tabelltype": ("tabelltype", None),
            "tabellnummer": ("tabellnummer", None),
            "prosentsats": ("prosentsats", None),
            "antall_mnd_for_trekk": ("antallMndForTrekk", None),
            "frikortbelop": ("frikortbelop", None),
            "remaining_free_card_amount": ("remainingFreeCardAmount", None),
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
