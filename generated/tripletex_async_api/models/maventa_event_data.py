from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="MaventaEventData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("profiles", list, False),)


@_attrs_define(on_setattr=mark_assigned)
class MaventaEventData(LazyModel):
    """
    Attributes:
        invoice_id (str | Unset):
        invoice_number (str | Unset):
        destination (str | Unset):
        recipient_name (str | Unset):
        recipient_bid (str | Unset):
        network (str | Unset):
        id (str | Unset):
        profiles (list[str] | Unset):
        error_message (str | Unset):
        recipient_eia (str | Unset):
    """

    invoice_id: str | Unset = UNSET
    invoice_number: str | Unset = UNSET
    destination: str | Unset = UNSET
    recipient_name: str | Unset = UNSET
    recipient_bid: str | Unset = UNSET
    network: str | Unset = UNSET
    id: str | Unset = UNSET
    profiles: list[str] | Unset = UNSET
    error_message: str | Unset = UNSET
    recipient_eia: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        invoice_number = self.invoice_number

        destination = self.destination

        recipient_name = self.recipient_name

        recipient_bid = self.recipient_bid

        network = self.network

        id = self.id

        profiles: list[str] | Unset = UNSET
        if not isinstance(self.profiles, Unset):
            profiles = self.profiles

        error_message = self.error_message

        recipient_eia = self.recipient_eia

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if destination is not UNSET:
            field_dict["destination"] = destination
        if recipient_name is not UNSET:
            field_dict["recipient_name"] = recipient_name
        if recipient_bid is not UNSET:
            field_dict["recipient_bid"] = recipient_bid
        if network is not UNSET:
            field_dict["network"] = network
        if id is not UNSET:
            field_dict["id"] = id
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if recipient_eia is not UNSET:
            field_dict["recipient_eia"] = recipient_eia

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaventaEventData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_profiles(_tx_v: Any) -> list[str] | Unset:
            profiles = cast(list[str], _tx_v)

            return profiles

        _tx_known: frozenset[str] = frozenset(
            (
                "invoice_id",
                "invoice_number",
                "destination",
                "recipient_name",
                "recipient_bid",
                "network",
                "id",
                "profiles",
                "error_message",
                "recipient_eia",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoice_id", None),
            "invoice_number": ("invoice_number", None),
            "destination": ("destination", None),
            "recipient_name": ("recipient_name", None),
            "recipient_bid": ("recipient_bid", None),
            "network": ("network", None),
            "id": ("id", None),
            "profiles": ("profiles", _p_profiles),
            "error_message": ("error_message", None),
            "recipient_eia": ("recipient_eia", None),
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
