from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="HolidayAllowanceEarned")


@_attrs_define
class HolidayAllowanceEarned:
    """
    Attributes:
        year (int | Unset):
        amount (float | Unset):
        basis (float | Unset):
        amount_extra_holiday_week (float | Unset):
    """

    year: int | Unset = UNSET
    amount: float | Unset = UNSET
    basis: float | Unset = UNSET
    amount_extra_holiday_week: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year = self.year

        amount = self.amount

        basis = self.basis

        amount_extra_holiday_week = self.amount_extra_holiday_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year is not UNSET:
            field_dict["year"] = year
        if amount is not UNSET:
            field_dict["amount"] = amount
        if basis is not UNSET:
            field_dict["basis"] = basis
        if amount_extra_holiday_week is not UNSET:
            field_dict["amountExtraHolidayWeek"] = amount_extra_holiday_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        year = d.pop("year", UNSET)

        amount = d.pop("amount", UNSET)

        basis = d.pop("basis", UNSET)

        amount_extra_holiday_week = d.pop("amountExtraHolidayWeek", UNSET)

        _obj = cls(
            year=year,
            amount=amount,
            basis=basis,
            amount_extra_holiday_week=amount_extra_holiday_week,
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
