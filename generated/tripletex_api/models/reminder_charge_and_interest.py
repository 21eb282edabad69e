from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ReminderChargeAndInterest")


@_attrs_define
class ReminderChargeAndInterest:
    """
    Attributes:
        charge_amount (float | Unset): [read-only] chargedAmount
        interest_amount (float | Unset): [read-only] interestAmount
        interest_percentage (float | Unset): [read-only] interestPercentage
        currency (str | Unset): currency
    """

    charge_amount: float | Unset = UNSET
    interest_amount: float | Unset = UNSET
    interest_percentage: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        charge_amount = self.charge_amount

        interest_amount = self.interest_amount

        interest_percentage = self.interest_percentage

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_amount is not UNSET and not _in_request:
            field_dict["chargeAmount"] = charge_amount
        if interest_amount is not UNSET and not _in_request:
            field_dict["interestAmount"] = interest_amount
        if interest_percentage is not UNSET and not _in_request:
            field_dict["interestPercentage"] = interest_percentage
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        charge_amount = d.pop("chargeAmount", UNSET)

        interest_amount = d.pop("interestAmount", UNSET)

        interest_percentage = d.pop("interestPercentage", UNSET)

        currency = d.pop("currency", UNSET)

        _obj = cls(
            charge_amount=charge_amount,
            interest_amount=interest_amount,
            interest_percentage=interest_percentage,
            currency=currency,
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
