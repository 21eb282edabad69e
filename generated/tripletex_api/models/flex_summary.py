from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="FlexSummary")


@_attrs_define
class FlexSummary:
    """
    Attributes:
        incoming_hour_balance (float | Unset): [read-only]
        outgoing_hour_balance (float | Unset): [read-only]
        change (float | Unset): [read-only]
    """

    incoming_hour_balance: float | Unset = UNSET
    outgoing_hour_balance: float | Unset = UNSET
    change: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        incoming_hour_balance = self.incoming_hour_balance

        outgoing_hour_balance = self.outgoing_hour_balance

        change = self.change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incoming_hour_balance is not UNSET and not _in_request:
            field_dict["incomingHourBalance"] = incoming_hour_balance
        if outgoing_hour_balance is not UNSET and not _in_request:
            field_dict["outgoingHourBalance"] = outgoing_hour_balance
        if change is not UNSET and not _in_request:
            field_dict["change"] = change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        incoming_hour_balance = d.pop("incomingHourBalance", UNSET)

        outgoing_hour_balance = d.pop("outgoingHourBalance", UNSET)

        change = d.pop("change", UNSET)

        _obj = cls(
            incoming_hour_balance=incoming_hour_balance,
            outgoing_hour_balance=outgoing_hour_balance,
            change=change,
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
