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
)

if TYPE_CHECKING:
    from ..models.salary_taxcard_internal import SalaryTaxcardInternal


T = TypeVar("T", bound="SalaryAdvanceTaxcardInternal")


@_attrs_define
class SalaryAdvanceTaxcardInternal(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.altinn_tax_deduction_card_id
        if _v is not UNSET:
            field_dict["altinnTaxDeductionCardId"] = _v.to_dict()
        _v = self.trekkode
        if _v is not UNSET:
            field_dict["trekkode"] = _v
        _v = self.trekkode_description
        if _v is not UNSET:
            field_dict["trekkodeDescription"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.type_description
        if _v is not UNSET:
            field_dict["typeDescription"] = _v
        _v = self.tabelltype
        if _v is not UNSET:
            field_dict["tabelltype"] = _v
        _v = self.tabellnummer
        if _v is not UNSET:
            field_dict["tabellnummer"] = _v
        _v = self.prosentsats
        if _v is not UNSET:
            field_dict["prosentsats"] = _v
        _v = self.antall_mnd_for_trekk
        if _v is not UNSET:
            field_dict["antallMndForTrekk"] = _v
        _v = self.frikortbelop
        if _v is not UNSET:
            field_dict["frikortbelop"] = _v
        _v = self.remaining_free_card_amount
        if _v is not UNSET:
            field_dict["remainingFreeCardAmount"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryAdvanceTaxcardInternal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryAdvanceTaxcardInternal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.salary_taxcard_internal import SalaryTaxcardInternal  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "trekkode": "trekkode",
            "trekkodeDescription": "trekkode_description",
            "type": "type_",
            "typeDescription": "type_description",
            "tabelltype": "tabelltype",
            "tabellnummer": "tabellnummer",
            "prosentsats": "prosentsats",
            "antallMndForTrekk": "antall_mnd_for_trekk",
            "frikortbelop": "frikortbelop",
            "remainingFreeCardAmount": "remaining_free_card_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.altinn_tax_deduction_card_id = o.trekkode = o.trekkode_description = o.type_ = (
                        o.type_description
                    ) = o.tabelltype = o.tabellnummer = o.prosentsats = o.antall_mnd_for_trekk = o.frikortbelop = (
                        o.remaining_free_card_amount
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "altinnTaxDeductionCardId"
                v = g("altinnTaxDeductionCardId")
                if v is None:
                    o.altinn_tax_deduction_card_id = u
                    if "altinnTaxDeductionCardId" not in d:
                        m += 1
                else:
                    o.altinn_tax_deduction_card_id = SalaryTaxcardInternal._tx_parse(v)
                v = g("trekkode")
                if v is None:
                    o.trekkode = u
                    if "trekkode" not in d:
                        m += 1
                else:
                    o.trekkode = v
                v = g("trekkodeDescription")
                if v is None:
                    o.trekkode_description = u
                    if "trekkodeDescription" not in d:
                        m += 1
                else:
                    o.trekkode_description = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("typeDescription")
                if v is None:
                    o.type_description = u
                    if "typeDescription" not in d:
                        m += 1
                else:
                    o.type_description = v
                v = g("tabelltype")
                if v is None:
                    o.tabelltype = u
                    if "tabelltype" not in d:
                        m += 1
                else:
                    o.tabelltype = v
                v = g("tabellnummer")
                if v is None:
                    o.tabellnummer = u
                    if "tabellnummer" not in d:
                        m += 1
                else:
                    o.tabellnummer = v
                v = g("prosentsats")
                if v is None:
                    o.prosentsats = u
                    if "prosentsats" not in d:
                        m += 1
                else:
                    o.prosentsats = v
                v = g("antallMndForTrekk")
                if v is None:
                    o.antall_mnd_for_trekk = u
                    if "antallMndForTrekk" not in d:
                        m += 1
                else:
                    o.antall_mnd_for_trekk = v
                v = g("frikortbelop")
                if v is None:
                    o.frikortbelop = u
                    if "frikortbelop" not in d:
                        m += 1
                else:
                    o.frikortbelop = v
                v = g("remainingFreeCardAmount")
                if v is None:
                    o.remaining_free_card_amount = u
                    if "remainingFreeCardAmount" not in d:
                        m += 1
                else:
                    o.remaining_free_card_amount = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("altinn_tax_deduction_card_id", "altinnTaxDeductionCardId"),
            ("trekkode", "trekkode"),
            ("trekkode_description", "trekkodeDescription"),
            ("type_", "type"),
            ("type_description", "typeDescription"),
            ("tabelltype", "tabelltype"),
            ("tabellnummer", "tabellnummer"),
            ("prosentsats", "prosentsats"),
            ("antall_mnd_for_trekk", "antallMndForTrekk"),
            ("frikortbelop", "frikortbelop"),
            ("remaining_free_card_amount", "remainingFreeCardAmount"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.altinn_tax_deduction_card_id
            o.altinn_tax_deduction_card_id = u if v is None or v is u else SalaryTaxcardInternal._tx_parse(v)
            v = s.trekkode
            o.trekkode = u if v is None else v
            v = s.trekkode_description
            o.trekkode_description = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.type_description
            o.type_description = u if v is None else v
            v = s.tabelltype
            o.tabelltype = u if v is None else v
            v = s.tabellnummer
            o.tabellnummer = u if v is None else v
            v = s.prosentsats
            o.prosentsats = u if v is None else v
            v = s.antall_mnd_for_trekk
            o.antall_mnd_for_trekk = u if v is None else v
            v = s.frikortbelop
            o.frikortbelop = u if v is None else v
            v = s.remaining_free_card_amount
            o.remaining_free_card_amount = u if v is None else v
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
