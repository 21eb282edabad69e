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
)

T = TypeVar("T", bound="MaventaEventData")


@_attrs_define
class MaventaEventData(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.invoice_id
        if _v is not UNSET:
            field_dict["invoice_id"] = _v
        _v = self.invoice_number
        if _v is not UNSET:
            field_dict["invoice_number"] = _v
        _v = self.destination
        if _v is not UNSET:
            field_dict["destination"] = _v
        _v = self.recipient_name
        if _v is not UNSET:
            field_dict["recipient_name"] = _v
        _v = self.recipient_bid
        if _v is not UNSET:
            field_dict["recipient_bid"] = _v
        _v = self.network
        if _v is not UNSET:
            field_dict["network"] = _v
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.profiles
        if _v is not UNSET:
            field_dict["profiles"] = _v
        _v = self.error_message
        if _v is not UNSET:
            field_dict["error_message"] = _v
        _v = self.recipient_eia
        if _v is not UNSET:
            field_dict["recipient_eia"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MaventaEventData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MaventaEventData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "invoice_id": "invoice_id",
            "invoice_number": "invoice_number",
            "destination": "destination",
            "recipient_name": "recipient_name",
            "recipient_bid": "recipient_bid",
            "network": "network",
            "id": "id",
            "error_message": "error_message",
            "recipient_eia": "recipient_eia",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.invoice_id = o.invoice_number = o.destination = o.recipient_name = o.recipient_bid = o.network = (
                        o.id
                    ) = o.profiles = o.error_message = o.recipient_eia = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("invoice_id")
                if v is None:
                    o.invoice_id = u
                    if "invoice_id" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                v = g("invoice_number")
                if v is None:
                    o.invoice_number = u
                    if "invoice_number" not in d:
                        m += 1
                else:
                    o.invoice_number = v
                v = g("destination")
                if v is None:
                    o.destination = u
                    if "destination" not in d:
                        m += 1
                else:
                    o.destination = v
                v = g("recipient_name")
                if v is None:
                    o.recipient_name = u
                    if "recipient_name" not in d:
                        m += 1
                else:
                    o.recipient_name = v
                v = g("recipient_bid")
                if v is None:
                    o.recipient_bid = u
                    if "recipient_bid" not in d:
                        m += 1
                else:
                    o.recipient_bid = v
                v = g("network")
                if v is None:
                    o.network = u
                    if "network" not in d:
                        m += 1
                else:
                    o.network = v
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                k = "profiles"
                v = g("profiles")
                if v is None:
                    o.profiles = u
                    if "profiles" not in d:
                        m += 1
                else:
                    o.profiles = v
                v = g("error_message")
                if v is None:
                    o.error_message = u
                    if "error_message" not in d:
                        m += 1
                else:
                    o.error_message = v
                v = g("recipient_eia")
                if v is None:
                    o.recipient_eia = u
                    if "recipient_eia" not in d:
                        m += 1
                else:
                    o.recipient_eia = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_id", "invoice_id"),
            ("invoice_number", "invoice_number"),
            ("destination", "destination"),
            ("recipient_name", "recipient_name"),
            ("recipient_bid", "recipient_bid"),
            ("network", "network"),
            ("id", "id"),
            ("profiles", "profiles"),
            ("error_message", "error_message"),
            ("recipient_eia", "recipient_eia"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.invoice_number
            o.invoice_number = u if v is None else v
            v = s.destination
            o.destination = u if v is None else v
            v = s.recipient_name
            o.recipient_name = u if v is None else v
            v = s.recipient_bid
            o.recipient_bid = u if v is None else v
            v = s.network
            o.network = u if v is None else v
            v = s.id
            o.id = u if v is None else v
            v = s.profiles
            o.profiles = u if v is None or v is u else v
            v = s.error_message
            o.error_message = u if v is None else v
            v = s.recipient_eia
            o.recipient_eia = u if v is None else v
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
