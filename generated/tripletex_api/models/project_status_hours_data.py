from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectStatusHoursData")


@_attrs_define
class ProjectStatusHoursData:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        hours = d.pop("hours", UNSET)

        reference_fee = d.pop("referenceFee", UNSET)

        fee = d.pop("fee", UNSET)

        fee_per_hour = d.pop("feePerHour", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_hour = d.pop("costPerHour", UNSET)

        net = d.pop("net", UNSET)

        net_per_hour = d.pop("netPerHour", UNSET)

        _obj = cls(
            hours=hours,
            reference_fee=reference_fee,
            fee=fee,
            fee_per_hour=fee_per_hour,
            cost=cost,
            cost_per_hour=cost_per_hour,
            net=net,
            net_per_hour=net_per_hour,
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
