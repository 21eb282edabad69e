from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectPeriodMonthlyStatus")


@_attrs_define
class ProjectPeriodMonthlyStatus:
    """
    Attributes:
        income (float | Unset): [read-only]
        costs (float | Unset): [read-only]
        date_from (str | Unset): [read-only]
        date_to (str | Unset): [read-only]
    """

    income: float | Unset = UNSET
    costs: float | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        income = self.income

        costs = self.costs

        date_from = self.date_from

        date_to = self.date_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if income is not UNSET and not _in_request:
            field_dict["income"] = income
        if costs is not UNSET and not _in_request:
            field_dict["costs"] = costs
        if date_from is not UNSET and not _in_request:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET and not _in_request:
            field_dict["dateTo"] = date_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        income = d.pop("income", UNSET)

        costs = d.pop("costs", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        _obj = cls(
            income=income,
            costs=costs,
            date_from=date_from,
            date_to=date_to,
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
