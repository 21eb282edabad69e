from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktaking_type_of_stocktaking import StocktakingTypeOfStocktaking
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.inventory import Inventory


T = TypeVar("T", bound="Stocktaking")


@_attrs_define
class Stocktaking:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        number (int | Unset): [read-only]
        date (str | Unset):
        comment (str | Unset):
        type_of_stocktaking (StocktakingTypeOfStocktaking | Unset): [Deprecated] Define the type of
            stoctaking.<br>ALL_PRODUCTS_WITH_INVENTORIES: Create a stocktaking for all products with
            inventories.<br>INCLUDE_PRODUCTS: Create a stocktaking which includes all products.<br>NO_PRODUCTS: Create a
            stocktaking without products.<br>If not specified, the value 'ALL_PRODUCTS_WITH_INVENTORIES' is used.
        inventory (Inventory | Unset):
        is_completed (bool | Unset):
        warehouse_value (float | Unset): [read-only] Warehouse value
        discrepancy_sum (float | Unset): [read-only] Discrepancy sum
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: int | Unset = UNSET
    date: str | Unset = UNSET
    comment: str | Unset = UNSET
    type_of_stocktaking: StocktakingTypeOfStocktaking | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    is_completed: bool | Unset = UNSET
    warehouse_value: float | Unset = UNSET
    discrepancy_sum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        number = self.number

        date = self.date

        comment = self.comment

        type_of_stocktaking: str | Unset = UNSET
        if not isinstance(self.type_of_stocktaking, Unset):
            type_of_stocktaking = self.type_of_stocktaking.value

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        is_completed = self.is_completed

        warehouse_value = self.warehouse_value

        discrepancy_sum = self.discrepancy_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if number is not UNSET and not _in_request:
            field_dict["number"] = number
        if date is not UNSET:
            field_dict["date"] = date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if type_of_stocktaking is not UNSET:
            field_dict["typeOfStocktaking"] = type_of_stocktaking
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if is_completed is not UNSET:
            field_dict["isCompleted"] = is_completed
        if warehouse_value is not UNSET and not _in_request:
            field_dict["warehouseValue"] = warehouse_value
        if discrepancy_sum is not UNSET and not _in_request:
            field_dict["discrepancySum"] = discrepancy_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        number = d.pop("number", UNSET)

        date = d.pop("date", UNSET)

        comment = d.pop("comment", UNSET)

        _type_of_stocktaking = d.pop("typeOfStocktaking", UNSET)
        type_of_stocktaking: StocktakingTypeOfStocktaking | Unset
        if isinstance(_type_of_stocktaking, Unset):
            type_of_stocktaking = UNSET
        else:
            type_of_stocktaking = StocktakingTypeOfStocktaking(_type_of_stocktaking)

        _inventory = d.pop("inventory", UNSET)
        inventory: Inventory | Unset
        if isinstance(_inventory, Unset):
            inventory = UNSET
        else:
            inventory = Inventory.from_dict(_inventory)

        is_completed = d.pop("isCompleted", UNSET)

        warehouse_value = d.pop("warehouseValue", UNSET)

        discrepancy_sum = d.pop("discrepancySum", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            number=number,
            date=date,
            comment=comment,
            type_of_stocktaking=type_of_stocktaking,
            inventory=inventory,
            is_completed=is_completed,
            warehouse_value=warehouse_value,
            discrepancy_sum=discrepancy_sum,
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
