from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Trip")


@_attrs_define
class Trip:
    """
    Attributes:
        distance (float | Unset):
        travel_time_in_minutes (float | Unset):
        sum_toll_nok (float | Unset):
    """

    distance: float | Unset = UNSET
    travel_time_in_minutes: float | Unset = UNSET
    sum_toll_nok: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        distance = self.distance

        travel_time_in_minutes = self.travel_time_in_minutes

        sum_toll_nok = self.sum_toll_nok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET:
            field_dict["distance"] = distance
        if travel_time_in_minutes is not UNSET:
            field_dict["travelTimeInMinutes"] = travel_time_in_minutes
        if sum_toll_nok is not UNSET:
            field_dict["sumTollNOK"] = sum_toll_nok

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        distance = d.pop("distance", UNSET)

        travel_time_in_minutes = d.pop("travelTimeInMinutes", UNSET)

        sum_toll_nok = d.pop("sumTollNOK", UNSET)

        _obj = cls(
            distance=distance,
            travel_time_in_minutes=travel_time_in_minutes,
            sum_toll_nok=sum_toll_nok,
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
