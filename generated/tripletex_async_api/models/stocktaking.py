from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktaking_type_of_stocktaking import StocktakingTypeOfStocktaking
from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.inventory import Inventory


T = TypeVar("T", bound="Stocktaking")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("typeOfStocktaking", str, False),
    ("inventory", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Stocktaking(LazyModel):
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
        self._tx_load()
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
        """A Stocktaking from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_type_of_stocktaking(_tx_v: Any) -> StocktakingTypeOfStocktaking | Unset:
            _type_of_stocktaking = _tx_v
            type_of_stocktaking: StocktakingTypeOfStocktaking | Unset
            if isinstance(_type_of_stocktaking, Unset):
                type_of_stocktaking = UNSET
            else:
                type_of_stocktaking = StocktakingTypeOfStocktaking(_type_of_stocktaking)

            return type_of_stocktaking

        def _p_inventory(_tx_v: Any) -> Inventory | Unset:
            _inventory = _tx_v
            inventory: Inventory | Unset
            if isinstance(_inventory, Unset):
                inventory = UNSET
            else:
                inventory = Inventory._tx_from_json(_inventory)

            return inventory

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "date",
                "comment",
                "typeOfStocktaking",
                "inventory",
                "isCompleted",
                "warehouseValue",
                "discrepancySum",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "number": ("number", None),
            "date": ("date", None),
            "comment": ("comment", None),
            "type_of_stocktaking": ("typeOfStocktaking", _p_type_of_stocktaking),
            "inventory": ("inventory", _p_inventory),
            "is_completed": ("isCompleted", None),
            "warehouse_value": ("warehouseValue", None),
            "discrepancy_sum": ("discrepancySum", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
