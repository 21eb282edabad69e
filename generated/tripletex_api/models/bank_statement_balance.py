from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="BankStatementBalance")


@_attrs_define
class BankStatementBalance:
    """
    Attributes:
        booked_amount (float | Unset): [read-only] Booked balance on the given date.
        booked_date (str | Unset): [read-only]
        available_amount (float | Unset): [read-only] Available balance.
        available_date (str | Unset): [read-only]
    """

    booked_amount: float | Unset = UNSET
    booked_date: str | Unset = UNSET
    available_amount: float | Unset = UNSET
    available_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        booked_amount = self.booked_amount

        booked_date = self.booked_date

        available_amount = self.available_amount

        available_date = self.available_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if booked_amount is not UNSET and not _in_request:
            field_dict["bookedAmount"] = booked_amount
        if booked_date is not UNSET and not _in_request:
            field_dict["bookedDate"] = booked_date
        if available_amount is not UNSET and not _in_request:
            field_dict["availableAmount"] = available_amount
        if available_date is not UNSET and not _in_request:
            field_dict["availableDate"] = available_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        booked_amount = d.pop("bookedAmount", UNSET)

        booked_date = d.pop("bookedDate", UNSET)

        available_amount = d.pop("availableAmount", UNSET)

        available_date = d.pop("availableDate", UNSET)

        _obj = cls(
            booked_amount=booked_amount,
            booked_date=booked_date,
            available_amount=available_amount,
            available_date=available_date,
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
