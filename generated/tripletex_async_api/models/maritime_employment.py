from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maritime_employment_ship_register import MaritimeEmploymentShipRegister
from ..models.maritime_employment_ship_type import MaritimeEmploymentShipType
from ..models.maritime_employment_trade_area import MaritimeEmploymentTradeArea
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

T = TypeVar("T", bound="MaritimeEmployment")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("shipRegister", str, False),
    ("shipType", str, False),
    ("tradeArea", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MaritimeEmployment(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        fartoey_id = self.fartoey_id

        paamoenstringsdato = self.paamoenstringsdato

        avmoenstringsdato = self.avmoenstringsdato

        antall_timer_per_yrkeskode_per_moenstring = self.antall_timer_per_yrkeskode_per_moenstring

        ship_register: str | Unset = UNSET
        if not isinstance(self.ship_register, Unset):
            ship_register = self.ship_register.value

        ship_type: str | Unset = UNSET
        if not isinstance(self.ship_type, Unset):
            ship_type = self.ship_type.value

        trade_area: str | Unset = UNSET
        if not isinstance(self.trade_area, Unset):
            trade_area = self.trade_area.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fartoey_id is not UNSET:
            field_dict["fartoeyId"] = fartoey_id
        if paamoenstringsdato is not UNSET:
            field_dict["paamoenstringsdato"] = paamoenstringsdato
        if avmoenstringsdato is not UNSET:
            field_dict["avmoenstringsdato"] = avmoenstringsdato
        if antall_timer_per_yrkeskode_per_moenstring is not UNSET:
            field_dict["antallTimerPerYrkeskodePerMoenstring"] = antall_timer_per_yrkeskode_per_moenstring
        if ship_register is not UNSET:
            field_dict["shipRegister"] = ship_register
        if ship_type is not UNSET:
            field_dict["shipType"] = ship_type
        if trade_area is not UNSET:
            field_dict["tradeArea"] = trade_area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaritimeEmployment from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_ship_register(_tx_v: Any) -> MaritimeEmploymentShipRegister | Unset:
            _ship_register = _tx_v
            ship_register: MaritimeEmploymentShipRegister | Unset
            if isinstance(_ship_register, Unset):
                ship_register = UNSET
            else:
                ship_register = MaritimeEmploymentShipRegister(_ship_register)

            return ship_register

        def _p_ship_type(_tx_v: Any) -> MaritimeEmploymentShipType | Unset:
            _ship_type = _tx_v
            ship_type: MaritimeEmploymentShipType | Unset
            if isinstance(_ship_type, Unset):
                ship_type = UNSET
            else:
                ship_type = MaritimeEmploymentShipType(_ship_type)

            return ship_type

        def _p_trade_area(_tx_v: Any) -> MaritimeEmploymentTradeArea | Unset:
            _trade_area = _tx_v
            trade_area: MaritimeEmploymentTradeArea | Unset
            if isinstance(_trade_area, Unset):
                trade_area = UNSET
            else:
                trade_area = MaritimeEmploymentTradeArea(_trade_area)

            return trade_area

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "fartoey_id": ("fartoeyId", None),
            "paamoenstringsdato": ("paamoenstringsdato", None),
            "avmoenstringsdato": ("avmoenstringsdato", None),
            "antall_timer_per_yrkeskode_per_moenstring": ("antallTimerPerYrkeskodePerMoenstring", None),
            "ship_register": ("shipRegister", _p_ship_register),
            "ship_type": ("shipType", _p_ship_type),
            "trade_area": ("tradeArea", _p_trade_area),
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
