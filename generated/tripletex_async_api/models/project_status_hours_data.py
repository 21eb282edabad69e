from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProjectStatusHoursData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusHoursData(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        hours = self.hours

        reference_fee = self.reference_fee

        fee = self.fee

        fee_per_hour = self.fee_per_hour

        cost = self.cost

        cost_per_hour = self.cost_per_hour

        net = self.net

        net_per_hour = self.net_per_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hours is not UNSET:
            field_dict["hours"] = hours
        if reference_fee is not UNSET:
            field_dict["referenceFee"] = reference_fee
        if fee is not UNSET:
            field_dict["fee"] = fee
        if fee_per_hour is not UNSET:
            field_dict["feePerHour"] = fee_per_hour
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_hour is not UNSET:
            field_dict["costPerHour"] = cost_per_hour
        if net is not UNSET:
            field_dict["net"] = net
        if net_per_hour is not UNSET:
            field_dict["netPerHour"] = net_per_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectStatusHoursData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "hours": ("hours", None),
            "reference_fee": ("referenceFee", None),
            "fee": ("fee", None),
            "fee_per_hour": ("feePerHour", None),
            "cost": ("cost", None),
            "cost_per_hour": ("costPerHour", None),
            "net": ("net", None),
            "net_per_hour": ("netPerHour", None),
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
