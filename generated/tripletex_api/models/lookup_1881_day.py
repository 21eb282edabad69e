from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_hours import Lookup1881Hours


T = TypeVar("T", bound="Lookup1881Day")


@_attrs_define
class Lookup1881Day:
    """
    Attributes:
        week_day (float | Unset): [read-only]
        hours (list[Lookup1881Hours] | Unset): [read-only]
    """

    week_day: float | Unset = UNSET
    hours: list[Lookup1881Hours] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        week_day = self.week_day

        hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hours, Unset):
            hours = []
            for hours_item_data in self.hours:
                hours_item = hours_item_data.to_dict()
                hours.append(hours_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_day is not UNSET and not _in_request:
            field_dict["weekDay"] = week_day
        if hours is not UNSET and not _in_request:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.lookup_1881_hours import Lookup1881Hours  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        week_day = d.pop("weekDay", UNSET)

        _hours = d.pop("hours", UNSET)
        hours: list[Lookup1881Hours] | Unset = UNSET
        if _hours is not UNSET:
            hours = []
            for hours_item_data in _hours:
                if hours_item_data is None:
                    continue
                hours_item = Lookup1881Hours.from_dict(hours_item_data)

                hours.append(hours_item)

        _obj = cls(
            week_day=week_day,
            hours=hours,
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
