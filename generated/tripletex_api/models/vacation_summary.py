from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="VacationSummary")


@_attrs_define
class VacationSummary:
    """
    Attributes:
        incoming_vacation_balance (float | Unset): [read-only]
        outgoing_vacation_balance (float | Unset): [read-only]
        vacation_taken_in_period (float | Unset): [read-only]
        vacation_taken_this_year (float | Unset): [read-only]
    """

    incoming_vacation_balance: float | Unset = UNSET
    outgoing_vacation_balance: float | Unset = UNSET
    vacation_taken_in_period: float | Unset = UNSET
    vacation_taken_this_year: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        incoming_vacation_balance = self.incoming_vacation_balance

        outgoing_vacation_balance = self.outgoing_vacation_balance

        vacation_taken_in_period = self.vacation_taken_in_period

        vacation_taken_this_year = self.vacation_taken_this_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if incoming_vacation_balance is not UNSET and not _in_request:
            field_dict["incomingVacationBalance"] = incoming_vacation_balance
        if outgoing_vacation_balance is not UNSET and not _in_request:
            field_dict["outgoingVacationBalance"] = outgoing_vacation_balance
        if vacation_taken_in_period is not UNSET and not _in_request:
            field_dict["vacationTakenInPeriod"] = vacation_taken_in_period
        if vacation_taken_this_year is not UNSET and not _in_request:
            field_dict["vacationTakenThisYear"] = vacation_taken_this_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        incoming_vacation_balance = d.pop("incomingVacationBalance", UNSET)

        outgoing_vacation_balance = d.pop("outgoingVacationBalance", UNSET)

        vacation_taken_in_period = d.pop("vacationTakenInPeriod", UNSET)

        vacation_taken_this_year = d.pop("vacationTakenThisYear", UNSET)

        _obj = cls(
            incoming_vacation_balance=incoming_vacation_balance,
            outgoing_vacation_balance=outgoing_vacation_balance,
            vacation_taken_in_period=vacation_taken_in_period,
            vacation_taken_this_year=vacation_taken_this_year,
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
