from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomeAndCostSummaryDTO")


@_attrs_define
class IncomeAndCostSummaryDTO:
    """
    Attributes:
        income_values (list[float] | Unset): [read-only]
        cost_values (list[float] | Unset): [read-only]
        accumulated_surplus_values (list[float] | Unset): [read-only]
        widget_disabled (bool | Unset): [read-only]
    """

    income_values: list[float] | Unset = UNSET
    cost_values: list[float] | Unset = UNSET
    accumulated_surplus_values: list[float] | Unset = UNSET
    widget_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        income_values: list[float] | Unset = UNSET
        if not isinstance(self.income_values, Unset):
            income_values = self.income_values

        cost_values: list[float] | Unset = UNSET
        if not isinstance(self.cost_values, Unset):
            cost_values = self.cost_values

        accumulated_surplus_values: list[float] | Unset = UNSET
        if not isinstance(self.accumulated_surplus_values, Unset):
            accumulated_surplus_values = self.accumulated_surplus_values

        widget_disabled = self.widget_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income_values is not UNSET and not _in_request:
            field_dict["incomeValues"] = income_values
        if cost_values is not UNSET and not _in_request:
            field_dict["costValues"] = cost_values
        if accumulated_surplus_values is not UNSET and not _in_request:
            field_dict["accumulatedSurplusValues"] = accumulated_surplus_values
        if widget_disabled is not UNSET and not _in_request:
            field_dict["widgetDisabled"] = widget_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        income_values = cast(list[float], d.pop("incomeValues", UNSET))

        cost_values = cast(list[float], d.pop("costValues", UNSET))

        accumulated_surplus_values = cast(list[float], d.pop("accumulatedSurplusValues", UNSET))

        widget_disabled = d.pop("widgetDisabled", UNSET)

        _obj = cls(
            income_values=income_values,
            cost_values=cost_values,
            accumulated_surplus_values=accumulated_surplus_values,
            widget_disabled=widget_disabled,
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
