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
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="GoodsReceiptLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("purchaseOrder", dict, False),
    ("product", dict, False),
    ("resaleProduct", dict, False),
    ("inventory", dict, False),
    ("inventoryLocation", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class GoodsReceiptLine(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        purchase_order (PurchaseOrder | Unset): The purchase order to attach the orderline.
        product (Product | Unset):
        resale_product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        quantity_ordered (float | Unset): [read-only]
        quantity_received (float | Unset):
        quantity_rest (float | Unset): [read-only]
        deviation (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order: PurchaseOrder | Unset = UNSET
    product: Product | Unset = UNSET
    resale_product: Product | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    inventory_location: InventoryLocation | Unset = UNSET
    quantity_ordered: float | Unset = UNSET
    quantity_received: float | Unset = UNSET
    quantity_rest: float | Unset = UNSET
    deviation: float | Unset = UNSET
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

        purchase_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_order, Unset):
            purchase_order = self.purchase_order.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        resale_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resale_product, Unset):
            resale_product = self.resale_product.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        inventory_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_location, Unset):
            inventory_location = self.inventory_location.to_dict()

        quantity_ordered = self.quantity_ordered

        quantity_received = self.quantity_received

        quantity_rest = self.quantity_rest

        deviation = self.deviation

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
        if purchase_order is not UNSET:
            field_dict["purchaseOrder"] = purchase_order
        if product is not UNSET:
            field_dict["product"] = product
        if resale_product is not UNSET:
            field_dict["resaleProduct"] = resale_product
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if quantity_ordered is not UNSET and not _in_request:
            field_dict["quantityOrdered"] = quantity_ordered
        if quantity_received is not UNSET:
            field_dict["quantityReceived"] = quantity_received
        if quantity_rest is not UNSET and not _in_request:
            field_dict["quantityRest"] = quantity_rest
        if deviation is not UNSET and not _in_request:
            field_dict["deviation"] = deviation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GoodsReceiptLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

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

        def _p_purchase_order(_tx_v: Any) -> PurchaseOrder | Unset:
            _purchase_order = _tx_v
            purchase_order: PurchaseOrder | Unset
            if isinstance(_purchase_order, Unset):
                purchase_order = UNSET
            else:
                purchase_order = PurchaseOrder._tx_from_json(_purchase_order)

            return purchase_order

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_resale_product(_tx_v: Any) -> Product | Unset:
            _resale_product = _tx_v
            resale_product: Product | Unset
            if isinstance(_resale_product, Unset):
                resale_product = UNSET
            else:
                resale_product = Product._tx_from_json(_resale_product)

            return resale_product

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
                "purchaseOrder",
                "product",
                "resaleProduct",
                "inventory",
                "inventoryLocation",
                "quantityOrdered",
                "quantityReceived",
                "quantityRest",
                "deviation",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "purchase_order": ("purchaseOrder", _p_purchase_order),
            "product": ("product", _p_product),
            "resale_product": ("resaleProduct", _p_resale_product),
            "inventory": ("inventory", _p_inventory),
            "inventory_location": ("inventoryLocation", _p_inventory_location),
            "quantity_ordered": ("quantityOrdered", None),
            "quantity_received": ("quantityReceived", None),
            "quantity_rest": ("quantityRest", None),
            "deviation": ("deviation", None),
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
