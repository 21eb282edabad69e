from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectStatusTotalData")


@_attrs_define
class ProjectStatusTotalData:
    """
    Attributes:
        income (float | Unset):
        income_per_hour (float | Unset):
        cost (float | Unset):
        cost_per_hour (float | Unset):
        net (float | Unset):
        net_per_hour (float | Unset):
        coverage_rate (float | Unset):
    """

    income: float | Unset = UNSET
    income_per_hour: float | Unset = UNSET
    cost: float | Unset = UNSET
    cost_per_hour: float | Unset = UNSET
    net: float | Unset = UNSET
    net_per_hour: float | Unset = UNSET
    coverage_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        income = self.income

        income_per_hour = self.income_per_hour

        cost = self.cost

        cost_per_hour = self.cost_per_hour

        net = self.net

        net_per_hour = self.net_per_hour

        coverage_rate = self.coverage_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income is not UNSET:
            field_dict["income"] = income
        if income_per_hour is not UNSET:
            field_dict["incomePerHour"] = income_per_hour
        if cost is not UNSET:
            field_dict["cost"] = cost
        if cost_per_hour is not UNSET:
            field_dict["costPerHour"] = cost_per_hour
        if net is not UNSET:
            field_dict["net"] = net
        if net_per_hour is not UNSET:
            field_dict["netPerHour"] = net_per_hour
        if coverage_rate is not UNSET:
            field_dict["coverageRate"] = coverage_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        income = d.pop("income", UNSET)

        income_per_hour = d.pop("incomePerHour", UNSET)

        cost = d.pop("cost", UNSET)

        cost_per_hour = d.pop("costPerHour", UNSET)

        net = d.pop("net", UNSET)

        net_per_hour = d.pop("netPerHour", UNSET)

        coverage_rate = d.pop("coverageRate", UNSET)

        _obj = cls(
            income=income,
            income_per_hour=income_per_hour,
            cost=cost,
            cost_per_hour=cost_per_hour,
            net=net,
            net_per_hour=net_per_hour,
            coverage_rate=coverage_rate,
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
