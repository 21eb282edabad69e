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

T = TypeVar("T", bound="ProjectStatusTotalData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProjectStatusTotalData(LazyModel):
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
        self._tx_load()
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
        """A ProjectStatusTotalData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "income",
                "incomePerHour",
                "cost",
                "costPerHour",
                "net",
                "netPerHour",
                "coverageRate",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "income": ("income", None),
            "income_per_hour": ("incomePerHour", None),
            "cost": ("cost", None),
            "cost_per_hour": ("costPerHour", None),
            "net": ("net", None),
            "net_per_hour": ("netPerHour", None),
            "coverage_rate": ("coverageRate", None),
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
