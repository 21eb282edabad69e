from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maritime_employment_ship_register import MaritimeEmploymentShipRegister
from ..models.maritime_employment_ship_type import MaritimeEmploymentShipType
from ..models.maritime_employment_trade_area import MaritimeEmploymentTradeArea
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="MaritimeEmployment")


@_attrs_define
class MaritimeEmployment(Model):
    """
    Attributes:
        fartoey_id (str | Unset): Define the vessel ID
        paamoenstringsdato (str | Unset): Define the date for boarding the vessel
        avmoenstringsdato (str | Unset): Define the date for disemarking the vessel
        antall_timer_per_yrkeskode_per_moenstring (int | Unset): Number of hours per profession code per boarding
        ship_register (MaritimeEmploymentShipRegister | Unset): Define the ship register. NIS: Norwegian International
            Ship Register, NOR: Norwegian Ordinary Ship Register, FOREIGN: Foreign Ship Register.
        ship_type (MaritimeEmploymentShipType | Unset): Define the ship type.
        trade_area (MaritimeEmploymentTradeArea | Unset): Define the trade area.
    """

    fartoey_id: str | Unset = UNSET
    paamoenstringsdato: str | Unset = UNSET
    avmoenstringsdato: str | Unset = UNSET
    antall_timer_per_yrkeskode_per_moenstring: int | Unset = UNSET
    ship_register: MaritimeEmploymentShipRegister | Unset = UNSET
    ship_type: MaritimeEmploymentShipType | Unset = UNSET
    trade_area: MaritimeEmploymentTradeArea | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.fartoey_id
        if _v is not UNSET:
            field_dict["fartoeyId"] = _v
        _v = self.paamoenstringsdato
        if _v is not UNSET:
            field_dict["paamoenstringsdato"] = _v
        _v = self.avmoenstringsdato
        if _v is not UNSET:
            field_dict["avmoenstringsdato"] = _v
        _v = self.antall_timer_per_yrkeskode_per_moenstring
        if _v is not UNSET:
            field_dict["antallTimerPerYrkeskodePerMoenstring"] = _v
        _v = self.ship_register
        if _v is not UNSET:
            field_dict["shipRegister"] = _v._value_
        _v = self.ship_type
        if _v is not UNSET:
            field_dict["shipType"] = _v._value_
        _v = self.trade_area
        if _v is not UNSET:
            field_dict["tradeArea"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaritimeEmployment from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MaritimeEmployment.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_ship_register: dict[Any, Any] = enum_members(MaritimeEmploymentShipRegister)
        _e_ship_type: dict[Any, Any] = enum_members(MaritimeEmploymentShipType)
        _e_trade_area: dict[Any, Any] = enum_members(MaritimeEmploymentTradeArea)
        _known: frozenset[str] = frozenset(
            (
                "fartoeyId",
                "paamoenstringsdato",
                "avmoenstringsdato",
                "antallTimerPerYrkeskodePerMoenstring",
                "shipRegister",
                "shipType",
                "tradeArea",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("fartoeyId")
                if v is None:
                    o.fartoey_id = u
                    if "fartoeyId" not in d:
                        m += 1
                else:
                    o.fartoey_id = v
                v = g("paamoenstringsdato")
                if v is None:
                    o.paamoenstringsdato = u
                    if "paamoenstringsdato" not in d:
                        m += 1
                else:
                    o.paamoenstringsdato = v
                v = g("avmoenstringsdato")
                if v is None:
                    o.avmoenstringsdato = u
                    if "avmoenstringsdato" not in d:
                        m += 1
                else:
                    o.avmoenstringsdato = v
                v = g("antallTimerPerYrkeskodePerMoenstring")
                if v is None:
                    o.antall_timer_per_yrkeskode_per_moenstring = u
                    if "antallTimerPerYrkeskodePerMoenstring" not in d:
                        m += 1
                else:
                    o.antall_timer_per_yrkeskode_per_moenstring = v
                k = "shipRegister"
                v = g("shipRegister")
                if v is None:
                    o.ship_register = u
                    if "shipRegister" not in d:
                        m += 1
                else:
                    o.ship_register = (
                        e_
                        if (e_ := _e_ship_register.get(v)) is not None
                        else enum_value(MaritimeEmploymentShipRegister, v)
                    )
                k = "shipType"
                v = g("shipType")
                if v is None:
                    o.ship_type = u
                    if "shipType" not in d:
                        m += 1
                else:
                    o.ship_type = (
                        e_ if (e_ := _e_ship_type.get(v)) is not None else enum_value(MaritimeEmploymentShipType, v)
                    )
                k = "tradeArea"
                v = g("tradeArea")
                if v is None:
                    o.trade_area = u
                    if "tradeArea" not in d:
                        m += 1
                else:
                    o.trade_area = (
                        e_ if (e_ := _e_trade_area.get(v)) is not None else enum_value(MaritimeEmploymentTradeArea, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("fartoey_id", "fartoeyId"),
            ("paamoenstringsdato", "paamoenstringsdato"),
            ("avmoenstringsdato", "avmoenstringsdato"),
            ("antall_timer_per_yrkeskode_per_moenstring", "antallTimerPerYrkeskodePerMoenstring"),
            ("ship_register", "shipRegister"),
            ("ship_type", "shipType"),
            ("trade_area", "tradeArea"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.fartoey_id
            o.fartoey_id = u if v is None else v
            v = s.paamoenstringsdato
            o.paamoenstringsdato = u if v is None else v
            v = s.avmoenstringsdato
            o.avmoenstringsdato = u if v is None else v
            v = s.antall_timer_per_yrkeskode_per_moenstring
            o.antall_timer_per_yrkeskode_per_moenstring = u if v is None else v
            v = s.ship_register
            o.ship_register = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_ship_register.get(v)) is not None
                else enum_value(MaritimeEmploymentShipRegister, v)
            )
            v = s.ship_type
            o.ship_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_ship_type.get(v)) is not None
                else enum_value(MaritimeEmploymentShipType, v)
            )
            v = s.trade_area
            o.trade_area = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_trade_area.get(v)) is not None
                else enum_value(MaritimeEmploymentTradeArea, v)
            )
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
