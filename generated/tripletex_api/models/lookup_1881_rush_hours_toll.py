from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.lookup_1881_day import Lookup1881Day


T = TypeVar("T", bound="Lookup1881RushHoursToll")


@_attrs_define
class Lookup1881RushHoursToll:
    """
    Attributes:
        days (list[Lookup1881Day] | Unset): [read-only]
        price (float | Unset): [read-only]
        description (str | Unset): [read-only]
    """

    days: list[Lookup1881Day] | Unset = UNSET
    price: float | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        price = self.price

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET and not _in_request:
            field_dict["days"] = days
        if price is not UNSET and not _in_request:
            field_dict["price"] = price
        if description is not UNSET and not _in_request:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.lookup_1881_day import Lookup1881Day  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _days = d.pop("days", UNSET)
        days: list[Lookup1881Day] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                if days_item_data is None:
                    continue
                days_item = Lookup1881Day.from_dict(days_item_data)

                days.append(days_item)

        price = d.pop("price", UNSET)

        description = d.pop("description", UNSET)

        _obj = cls(
            days=days,
            price=price,
            description=description,
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
