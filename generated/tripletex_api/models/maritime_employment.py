from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.maritime_employment_ship_register import MaritimeEmploymentShipRegister
from ..models.maritime_employment_ship_type import MaritimeEmploymentShipType
from ..models.maritime_employment_trade_area import MaritimeEmploymentTradeArea
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="MaritimeEmployment")


@_attrs_define
class MaritimeEmployment:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        fartoey_id = d.pop("fartoeyId", UNSET)

        paamoenstringsdato = d.pop("paamoenstringsdato", UNSET)

        avmoenstringsdato = d.pop("avmoenstringsdato", UNSET)

        antall_timer_per_yrkeskode_per_moenstring = d.pop("antallTimerPerYrkeskodePerMoenstring", UNSET)

        _ship_register = d.pop("shipRegister", UNSET)
        ship_register: MaritimeEmploymentShipRegister | Unset
        if isinstance(_ship_register, Unset):
            ship_register = UNSET
        else:
            ship_register = MaritimeEmploymentShipRegister(_ship_register)

        _ship_type = d.pop("shipType", UNSET)
        ship_type: MaritimeEmploymentShipType | Unset
        if isinstance(_ship_type, Unset):
            ship_type = UNSET
        else:
            ship_type = MaritimeEmploymentShipType(_ship_type)

        _trade_area = d.pop("tradeArea", UNSET)
        trade_area: MaritimeEmploymentTradeArea | Unset
        if isinstance(_trade_area, Unset):
            trade_area = UNSET
        else:
            trade_area = MaritimeEmploymentTradeArea(_trade_area)

        _obj = cls(
            fartoey_id=fartoey_id,
            paamoenstringsdato=paamoenstringsdato,
            avmoenstringsdato=avmoenstringsdato,
            antall_timer_per_yrkeskode_per_moenstring=antall_timer_per_yrkeskode_per_moenstring,
            ship_register=ship_register,
            ship_type=ship_type,
            trade_area=trade_area,
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
