from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProjectPeriodHourlyReport")


@_attrs_define
class ProjectPeriodHourlyReport:
    """
    Attributes:
        chargeable_hours (float | Unset): [read-only]
        non_chargeable_hours (float | Unset): [read-only]
        approved_but_uncharged_hours (float | Unset): [read-only]
        non_approved_hours (float | Unset): [read-only]
        registered_hours (float | Unset): [read-only]
    """

    chargeable_hours: float | Unset = UNSET
    non_chargeable_hours: float | Unset = UNSET
    approved_but_uncharged_hours: float | Unset = UNSET
    non_approved_hours: float | Unset = UNSET
    registered_hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        chargeable_hours = self.chargeable_hours

        non_chargeable_hours = self.non_chargeable_hours

        approved_but_uncharged_hours = self.approved_but_uncharged_hours

        non_approved_hours = self.non_approved_hours

        registered_hours = self.registered_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chargeable_hours is not UNSET and not _in_request:
            field_dict["chargeableHours"] = chargeable_hours
        if non_chargeable_hours is not UNSET and not _in_request:
            field_dict["nonChargeableHours"] = non_chargeable_hours
        if approved_but_uncharged_hours is not UNSET and not _in_request:
            field_dict["approvedButUnchargedHours"] = approved_but_uncharged_hours
        if non_approved_hours is not UNSET and not _in_request:
            field_dict["nonApprovedHours"] = non_approved_hours
        if registered_hours is not UNSET and not _in_request:
            field_dict["registeredHours"] = registered_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        chargeable_hours = d.pop("chargeableHours", UNSET)

        non_chargeable_hours = d.pop("nonChargeableHours", UNSET)

        approved_but_uncharged_hours = d.pop("approvedButUnchargedHours", UNSET)

        non_approved_hours = d.pop("nonApprovedHours", UNSET)

        registered_hours = d.pop("registeredHours", UNSET)

        _obj = cls(
            chargeable_hours=chargeable_hours,
            non_chargeable_hours=non_chargeable_hours,
            approved_but_uncharged_hours=approved_but_uncharged_hours,
            non_approved_hours=non_approved_hours,
            registered_hours=registered_hours,
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
