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
    from ..models.company import Company
    from ..models.currency import Currency
    from ..models.inventory import Inventory
    from ..models.inventory_location import InventoryLocation
    from ..models.order import Order
    from ..models.order_group import OrderGroup
    from ..models.product import Product
    from ..models.vat_type import VatType


T = TypeVar("T", bound="OrderLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("product", dict, False),
    ("inventory", dict, False),
    ("inventoryLocation", dict, False),
    ("currency", dict, False),
    ("vatType", dict, False),
    ("vendor", dict, False),
    ("order", dict, False),
    ("orderGroup", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class OrderLine(LazyModel):
    """Order lines tied to the order. New OrderLines may be embedded here, in some endpoints.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        description (str | Unset):
        display_name (str | Unset): [read-only] Display name of order line
        count (float | Unset):
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        unit_price_excluding_vat_currency (float | Unset): Unit price of purchase excluding VAT in the order's currency.
            If only unit price Excl. VAT or unit price Inc. VAT is supplied, we will calculate and update the missing field.
        currency (Currency | Unset):
        markup (float | Unset): Markup given as a percentage (%)
        discount (float | Unset): Discount given as a percentage (%)
        vat_type (VatType | Unset): The default vat type for this account.
        amount_excluding_vat_currency (float | Unset): [read-only] Total amount on order line excluding VAT in the
            order's currency
        amount_including_vat_currency (float | Unset): [read-only] Total amount on order line including VAT in the
            order's currency
        vendor (Company | Unset): Vendor of the product
        order (Order | Unset): Related orders. Only one order per invoice is supported at the moment.
        unit_price_including_vat_currency (float | Unset): Unit price of purchase including VAT in the order's currency.
            If only unit price Excl. VAT or unit price Inc. VAT is supplied, we will calculate and update the missing field.
        is_subscription (bool | Unset):
        subscription_period_start (str | Unset):
        subscription_period_end (str | Unset):
        order_group (OrderGroup | Unset): Order line groups
        sort_index (int | Unset): Defines the presentation order of the lines. Does not need to be, and is often not
            continuous. Only applicable if parent order has orderLineSorting as CUSTOM.
        is_picked (bool | Unset): Only used for Logistics customers who activated the available inventory functionality.
            Represents whether the line has been picked up or not.
        picked_date (str | Unset): Only used for Logistics customers who activated the available inventory
            functionality. Represents the pick date for an order line or null if the line was not picked.
        ordered_quantity (float | Unset): Only used for Logistics customers who activated the Backorder functionality.
            Represents the quantity that was ordered. If nothing is specified, the ordered quantity will be the same as the
            delivered quantity.
        is_charged (bool | Unset): Flag indicating whether the order line is charged or not.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    product: Product | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    inventory_location: InventoryLocation | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    count: float | Unset = UNSET
    unit_cost_currency: float | Unset = UNSET
    unit_price_excluding_vat_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    markup: float | Unset = UNSET
    discount: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    amount_including_vat_currency: float | Unset = UNSET
    vendor: Company | Unset = UNSET
    order: Order | Unset = UNSET
    unit_price_including_vat_currency: float | Unset = UNSET
    is_subscription: bool | Unset = UNSET
    subscription_period_start: str | Unset = UNSET
    subscription_period_end: str | Unset = UNSET
    order_group: OrderGroup | Unset = UNSET
    sort_index: int | Unset = UNSET
    is_picked: bool | Unset = UNSET
    picked_date: str | Unset = UNSET
    ordered_quantity: float | Unset = UNSET
    is_charged: bool | Unset = UNSET
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

        description = self.description

        display_name = self.display_name

        count = self.count

        unit_cost_currency = self.unit_cost_currency

        unit_price_excluding_vat_currency = self.unit_price_excluding_vat_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        markup = self.markup

        discount = self.discount

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        amount_excluding_vat_currency = self.amount_excluding_vat_currency

        amount_including_vat_currency = self.amount_including_vat_currency

        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        unit_price_including_vat_currency = self.unit_price_including_vat_currency

        is_subscription = self.is_subscription

        subscription_period_start = self.subscription_period_start

        subscription_period_end = self.subscription_period_end

        order_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_group, Unset):
            order_group = self.order_group.to_dict()

        sort_index = self.sort_index

        is_picked = self.is_picked

        picked_date = self.picked_date

        ordered_quantity = self.ordered_quantity

        is_charged = self.is_charged

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
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if count is not UNSET:
            field_dict["count"] = count
        if unit_cost_currency is not UNSET:
            field_dict["unitCostCurrency"] = unit_cost_currency
        if unit_price_excluding_vat_currency is not UNSET:
            field_dict["unitPriceExcludingVatCurrency"] = unit_price_excluding_vat_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if markup is not UNSET:
            field_dict["markup"] = markup
        if discount is not UNSET:
            field_dict["discount"] = discount
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if amount_excluding_vat_currency is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = amount_excluding_vat_currency
        if amount_including_vat_currency is not UNSET and not _in_request:
            field_dict["amountIncludingVatCurrency"] = amount_including_vat_currency
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if order is not UNSET:
            field_dict["order"] = order
        if unit_price_including_vat_currency is not UNSET:
            field_dict["unitPriceIncludingVatCurrency"] = unit_price_including_vat_currency
        if is_subscription is not UNSET:
            field_dict["isSubscription"] = is_subscription
        if subscription_period_start is not UNSET:
            field_dict["subscriptionPeriodStart"] = subscription_period_start
        if subscription_period_end is not UNSET:
            field_dict["subscriptionPeriodEnd"] = subscription_period_end
        if order_group is not UNSET:
            field_dict["orderGroup"] = order_group
        if sort_index is not UNSET:
            field_dict["sortIndex"] = sort_index
        if is_picked is not UNSET:
            field_dict["isPicked"] = is_picked
        if picked_date is not UNSET:
            field_dict["pickedDate"] = picked_date
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if is_charged is not UNSET:
            field_dict["isCharged"] = is_charged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.order_group import OrderGroup  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

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

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_vendor(_tx_v: Any) -> Company | Unset:
            _vendor = _tx_v
            vendor: Company | Unset
            if isinstance(_vendor, Unset):
                vendor = UNSET
            else:
                vendor = Company._tx_from_json(_vendor)

            return vendor

        def _p_order(_tx_v: Any) -> Order | Unset:
            _order = _tx_v
            order: Order | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = Order._tx_from_json(_order)

            return order

        def _p_order_group(_tx_v: Any) -> OrderGroup | Unset:
            _order_group = _tx_v
            order_group: OrderGroup | Unset
            if isinstance(_order_group, Unset):
                order_group = UNSET
            else:
                order_group = OrderGroup._tx_from_json(_order_group)

            return order_group

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "product",
                "inventory",
                "inventoryLocation",
                "description",
                "displayName",
                "count",
                "unitCostCurrency",
                "unitPriceExcludingVatCurrency",
                "currency",
                "markup",
                "discount",
                "vatType",
                "amountExcludingVatCurrency",
                "amountIncludingVatCurrency",
                "vendor",
                "order",
                "unitPriceIncludingVatCurrency",
                "isSubscription",
                "subscriptionPeriodStart",
                "subscriptionPeriodEnd",
                "orderGroup",
                "sortIndex",
                "isPicked",
                "pickedDate",
                "orderedQuantity",
                "isCharged",
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
            "description": ("description", None),
            "display_name": ("displayName", None),
            "count": ("count", None),
            "unit_cost_currency": ("unitCostCurrency", None),
            "unit_price_excluding_vat_currency": ("unitPriceExcludingVatCurrency", None),
            "currency": ("currency", _p_currency),
            "markup": ("markup", None),
            "discount": ("discount", None),
            "vat_type": ("vatType", _p_vat_type),
            "amount_excluding_vat_currency": ("amountExcludingVatCurrency", None),
            "amount_including_vat_currency": ("amountIncludingVatCurrency", None),
            "vendor": ("vendor", _p_vendor),
            "order": ("order", _p_order),
            "unit_price_including_vat_currency": ("unitPriceIncludingVatCurrency", None),
            "is_subscription": ("isSubscription", None),
            "subscription_period_start": ("subscriptionPeriodStart", None),
            "subscription_period_end": ("subscriptionPeriodEnd", None),
            "order_group": ("orderGroup", _p_order_group),
            "sort_index": ("sortIndex", None),
            "is_picked": ("isPicked", None),
            "picked_date": ("pickedDate", None),
            "ordered_quantity": ("orderedQuantity", None),
            "is_charged": ("isCharged", None),
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
