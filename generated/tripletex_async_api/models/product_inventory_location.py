from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.inventory_location import InventoryLocation
    from ..models.product import Product


T = TypeVar("T", bound="ProductInventoryLocation")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("product", dict, False),
    ("inventory", dict, False),
    ("inventoryLocation", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProductInventoryLocation(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        is_main_location (bool | Unset):
        is_inactive (bool | Unset):
        stock_of_goods (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    product: Product | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    inventory_location: InventoryLocation | Unset = UNSET
    is_main_location: bool | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    stock_of_goods: float | Unset = UNSET
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

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        inventory_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_location, Unset):
            inventory_location = self.inventory_location.to_dict()

        is_main_location = self.is_main_location

        is_inactive = self.is_inactive

        stock_of_goods = self.stock_of_goods

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
        if product is not UNSET:
            field_dict["product"] = product
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if is_main_location is not UNSET:
            field_dict["isMainLocation"] = is_main_location
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if stock_of_goods is not UNSET and not _in_request:
            field_dict["stockOfGoods"] = stock_of_goods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductInventoryLocation from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415

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

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_inventory(_tx_v: Any) -> Inventory | Unset:
            _inventory = _tx_v
            inventory: Inventory | Unset
            if isinstance(_inventory, Unset):
                inventory = UNSET
            else:
                inventory = Inventory._tx_from_json(_inventory)

            return inventory

        def _p_inventory_location(_tx_v: Any) -> InventoryLocation | Unset:
            _inventory_location = _tx_v
            inventory_location: InventoryLocation | Unset
            if isinstance(_inventory_location, Unset):
                inventory_location = UNSET
            else:
                inventory_location = InventoryLocation._tx_from_json(_inventory_location)

            return inventory_location

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "product",
                "inventory",
                "inventoryLocation",
                "isMainLocation",
                "isInactive",
                "stockOfGoods",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "product": ("product", _p_product),
            "inventory": ("inventory", _p_inventory),
            "inventory_location": ("inventoryLocation", _p_inventory_location),
            "is_main_location": ("isMainLocation", None),
            "is_inactive": ("isInactive", None),
            "stock_of_goods": ("stockOfGoods", None),
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
