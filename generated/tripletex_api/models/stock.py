from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="Stock")


@_attrs_define
class Stock:
    """
    Attributes:
        inventory (str | Unset): [read-only]
        inventory_id (int | Unset): [read-only]
        opening_stock (float | Unset): [read-only]
        changes_in_period (float | Unset): [read-only]
        closing_stock (float | Unset): [read-only]
    """

    inventory: str | Unset = UNSET
    inventory_id: int | Unset = UNSET
    opening_stock: float | Unset = UNSET
    changes_in_period: float | Unset = UNSET
    closing_stock: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        inventory = self.inventory

        inventory_id = self.inventory_id

        opening_stock = self.opening_stock

        changes_in_period = self.changes_in_period

        closing_stock = self.closing_stock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory is not UNSET and not _in_request:
            field_dict["inventory"] = inventory
        if inventory_id is not UNSET and not _in_request:
            field_dict["inventoryId"] = inventory_id
        if opening_stock is not UNSET and not _in_request:
            field_dict["openingStock"] = opening_stock
        if changes_in_period is not UNSET and not _in_request:
            field_dict["changesInPeriod"] = changes_in_period
        if closing_stock is not UNSET and not _in_request:
            field_dict["closingStock"] = closing_stock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        inventory = d.pop("inventory", UNSET)

        inventory_id = d.pop("inventoryId", UNSET)

        opening_stock = d.pop("openingStock", UNSET)

        changes_in_period = d.pop("changesInPeriod", UNSET)

        closing_stock = d.pop("closingStock", UNSET)

        _obj = cls(
            inventory=inventory,
            inventory_id=inventory_id,
            opening_stock=opening_stock,
            changes_in_period=changes_in_period,
            closing_stock=closing_stock,
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
