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

T = TypeVar("T", bound="ProjectStatusHoursData")


@_attrs_define
class ProjectStatusHoursData(Model):
    """
    Attributes:
        hours (float | Unset):
        reference_fee (float | Unset):
        fee (float | Unset):
        fee_per_hour (float | Unset):
        cost (float | Unset):
        cost_per_hour (float | Unset):
        net (float | Unset):
        net_per_hour (float | Unset):
    """

    hours: float | Unset = UNSET
    reference_fee: float | Unset = UNSET
    fee: float | Unset = UNSET
    fee_per_hour: float | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_hour: float | Unset = UNSET
    net: float | Unset = UNSET
    net_per_hour: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.hours
        if _v is not UNSET:
            field_dict["hours"] = _v
        _v = self.reference_fee
        if _v is not UNSET:
            field_dict["referenceFee"] = _v
        _v = self.fee
        if _v is not UNSET:
            field_dict["fee"] = _v
        _v = self.fee_per_hour
        if _v is not UNSET:
            field_dict["feePerHour"] = _v
        _v = self.cost
        if _v is not UNSET:
            field_dict["cost"] = _v
        _v = self.cost_per_hour
        if _v is not UNSET:
            field_dict["costPerHour"] = _v
        _v = self.net
        if _v is not UNSET:
            field_dict["net"] = _v
        _v = self.net_per_hour
        if _v is not UNSET:
            field_dict["netPerHour"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusHoursData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProjectStatusHoursData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "hours",
                "referenceFee",
                "fee",
                "feePerHour",
                "cost",
                "costPerHour",
                "net",
                "netPerHour",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "hours": "hours",
            "referenceFee": "reference_fee",
            "fee": "fee",
            "feePerHour": "fee_per_hour",
            "cost": "cost",
            "costPerHour": "cost_per_hour",
            "net": "net",
            "netPerHour": "net_per_hour",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.hours = o.reference_fee = o.fee = o.fee_per_hour = o.cost = o.cost_per_hour = o.net = (
                        o.net_per_hour
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("hours")
                if v is None:
                    o.hours = u
                    if "hours" not in d:
                        m += 1
                else:
                    o.hours = v
                v = g("referenceFee")
                if v is None:
                    o.reference_fee = u
                    if "referenceFee" not in d:
                        m += 1
                else:
                    o.reference_fee = v
                v = g("fee")
                if v is None:
                    o.fee = u
                    if "fee" not in d:
                        m += 1
                else:
                    o.fee = v
                v = g("feePerHour")
                if v is None:
                    o.fee_per_hour = u
                    if "feePerHour" not in d:
                        m += 1
                else:
                    o.fee_per_hour = v
                v = g("cost")
                if v is None:
                    o.cost = u
                    if "cost" not in d:
                        m += 1
                else:
                    o.cost = v
                v = g("costPerHour")
                if v is None:
                    o.cost_per_hour = u
                    if "costPerHour" not in d:
                        m += 1
                else:
                    o.cost_per_hour = v
                v = g("net")
                if v is None:
                    o.net = u
                    if "net" not in d:
                        m += 1
                else:
                    o.net = v
                v = g("netPerHour")
                if v is None:
                    o.net_per_hour = u
                    if "netPerHour" not in d:
                        m += 1
                else:
                    o.net_per_hour = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("hours", "hours"),
            ("reference_fee", "referenceFee"),
            ("fee", "fee"),
            ("fee_per_hour", "feePerHour"),
            ("cost", "cost"),
            ("cost_per_hour", "costPerHour"),
            ("net", "net"),
            ("net_per_hour", "netPerHour"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.hours
            o.hours = u if v is None else v
            v = s.reference_fee
            o.reference_fee = u if v is None else v
            v = s.fee
            o.fee = u if v is None else v
            v = s.fee_per_hour
            o.fee_per_hour = u if v is None else v
            v = s.cost
            o.cost = u if v is None else v
            v = s.cost_per_hour
            o.cost_per_hour = u if v is None else v
            v = s.net
            o.net = u if v is None else v
            v = s.net_per_hour
            o.net_per_hour = u if v is None else v
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
