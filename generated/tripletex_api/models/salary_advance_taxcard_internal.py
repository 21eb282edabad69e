from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.salary_taxcard_internal import SalaryTaxcardInternal


T = TypeVar("T", bound="SalaryAdvanceTaxcardInternal")


@_attrs_define
class SalaryAdvanceTaxcardInternal:
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
        from ..models.salary_taxcard_internal import SalaryTaxcardInternal  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _altinn_tax_deduction_card_id = d.pop("altinnTaxDeductionCardId", UNSET)
        altinn_tax_deduction_card_id: SalaryTaxcardInternal | Unset
        if isinstance(_altinn_tax_deduction_card_id, Unset):
            altinn_tax_deduction_card_id = UNSET
        else:
            altinn_tax_deduction_card_id = SalaryTaxcardInternal.from_dict(_altinn_tax_deduction_card_id)

        trekkode = d.pop("trekkode", UNSET)

        trekkode_description = d.pop("trekkodeDescription", UNSET)

        type_ = d.pop("type", UNSET)

        type_description = d.pop("typeDescription", UNSET)

        tabelltype = d.pop("tabelltype", UNSET)

        tabellnummer = d.pop("tabellnummer", UNSET)

        prosentsats = d.pop("prosentsats", UNSET)

        antall_mnd_for_trekk = d.pop("antallMndForTrekk", UNSET)

        frikortbelop = d.pop("frikortbelop", UNSET)

        remaining_free_card_amount = d.pop("remainingFreeCardAmount", UNSET)

        _obj = cls(
            altinn_tax_deduction_card_id=altinn_tax_deduction_card_id,
            trekkode=trekkode,
            trekkode_description=trekkode_description,
            type_=type_,
            type_description=type_description,
            tabelltype=tabelltype,
            tabellnummer=tabellnummer,
            prosentsats=prosentsats,
            antall_mnd_for_trekk=antall_mnd_for_trekk,
            frikortbelop=frikortbelop,
            remaining_free_card_amount=remaining_free_card_amount,
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
