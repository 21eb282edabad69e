from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
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


@_attrs_define
class OrderLine(Model):
    """Order lines tied to the order. New OrderLines may be embedded here, in some endpoints.

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        description (str | Unset):
        display_name (str | Unset): Display name of order line
        count (float | Unset):
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        unit_price_excluding_vat_currency (float | Unset): Unit price of purchase excluding VAT in the order's currency.
            If only unit price Excl. VAT or unit price Inc. VAT is supplied, we will calculate and update the missing field.
        currency (Currency | Unset):
        markup (float | Unset): Markup given as a percentage (%)
        discount (float | Unset): Discount given as a percentage (%)
        vat_type (VatType | Unset): The default vat type for this account.
        amount_excluding_vat_currency (float | Unset): Total amount on order line excluding VAT in the order's currency
        amount_including_vat_currency (float | Unset): Total amount on order line including VAT in the order's currency
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.inventory
        if _v is not UNSET:
            field_dict["inventory"] = _v.to_dict()
        _v = self.inventory_location
        if _v is not UNSET:
            field_dict["inventoryLocation"] = _v.to_dict()
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.unit_cost_currency
        if _v is not UNSET:
            field_dict["unitCostCurrency"] = _v
        _v = self.unit_price_excluding_vat_currency
        if _v is not UNSET:
            field_dict["unitPriceExcludingVatCurrency"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.markup
        if _v is not UNSET:
            field_dict["markup"] = _v
        _v = self.discount
        if _v is not UNSET:
            field_dict["discount"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.amount_excluding_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = _v
        _v = self.amount_including_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountIncludingVatCurrency"] = _v
        _v = self.vendor
        if _v is not UNSET:
            field_dict["vendor"] = _v.to_dict()
        _v = self.order
        if _v is not UNSET:
            field_dict["order"] = _v.to_dict()
        _v = self.unit_price_including_vat_currency
        if _v is not UNSET:
            field_dict["unitPriceIncludingVatCurrency"] = _v
        _v = self.is_subscription
        if _v is not UNSET:
            field_dict["isSubscription"] = _v
        _v = self.subscription_period_start
        if _v is not UNSET:
            field_dict["subscriptionPeriodStart"] = _v
        _v = self.subscription_period_end
        if _v is not UNSET:
            field_dict["subscriptionPeriodEnd"] = _v
        _v = self.order_group
        if _v is not UNSET:
            field_dict["orderGroup"] = _v.to_dict()
        _v = self.sort_index
        if _v is not UNSET:
            field_dict["sortIndex"] = _v
        _v = self.is_picked
        if _v is not UNSET:
            field_dict["isPicked"] = _v
        _v = self.picked_date
        if _v is not UNSET:
            field_dict["pickedDate"] = _v
        _v = self.ordered_quantity
        if _v is not UNSET:
            field_dict["orderedQuantity"] = _v
        _v = self.is_charged
        if _v is not UNSET:
            field_dict["isCharged"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OrderLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OrderLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415
        from ..models.order_group import OrderGroup  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "description": "description",
            "displayName": "display_name",
            "count": "count",
            "unitCostCurrency": "unit_cost_currency",
            "unitPriceExcludingVatCurrency": "unit_price_excluding_vat_currency",
            "markup": "markup",
            "discount": "discount",
            "amountExcludingVatCurrency": "amount_excluding_vat_currency",
            "amountIncludingVatCurrency": "amount_including_vat_currency",
            "unitPriceIncludingVatCurrency": "unit_price_including_vat_currency",
            "isSubscription": "is_subscription",
            "subscriptionPeriodStart": "subscription_period_start",
            "subscriptionPeriodEnd": "subscription_period_end",
            "sortIndex": "sort_index",
            "isPicked": "is_picked",
            "pickedDate": "picked_date",
            "orderedQuantity": "ordered_quantity",
            "isCharged": "is_charged",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.product = o.inventory = o.inventory_location = (
                        o.description
                    ) = o.display_name = o.count = o.unit_cost_currency = o.unit_price_excluding_vat_currency = (
                        o.currency
                    ) = o.markup = o.discount = o.vat_type = o.amount_excluding_vat_currency = (
                        o.amount_including_vat_currency
                    ) = o.vendor = o.order = o.unit_price_including_vat_currency = o.is_subscription = (
                        o.subscription_period_start
                    ) = o.subscription_period_end = o.order_group = o.sort_index = o.is_picked = o.picked_date = (
                        o.ordered_quantity
                    ) = o.is_charged = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 10 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.product = o.inventory = o.inventory_location = (
                        o.description
                    ) = o.display_name = o.count = o.unit_cost_currency = o.unit_price_excluding_vat_currency = (
                        o.currency
                    ) = o.markup = o.discount = o.vat_type = o.amount_excluding_vat_currency = (
                        o.amount_including_vat_currency
                    ) = o.vendor = o.order = o.unit_price_including_vat_currency = o.is_subscription = (
                        o.subscription_period_start
                    ) = o.subscription_period_end = o.order_group = o.sort_index = o.is_picked = o.picked_date = (
                        o.ordered_quantity
                    ) = o.is_charged = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "inventory"
                v = g("inventory")
                if v is None:
                    o.inventory = u
                    if "inventory" not in d:
                        m += 1
                else:
                    o.inventory = Inventory._tx_parse(v)
                k = "inventoryLocation"
                v = g("inventoryLocation")
                if v is None:
                    o.inventory_location = u
                    if "inventoryLocation" not in d:
                        m += 1
                else:
                    o.inventory_location = InventoryLocation._tx_parse(v)
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("unitCostCurrency")
                if v is None:
                    o.unit_cost_currency = u
                    if "unitCostCurrency" not in d:
                        m += 1
                else:
                    o.unit_cost_currency = v
                v = g("unitPriceExcludingVatCurrency")
                if v is None:
                    o.unit_price_excluding_vat_currency = u
                    if "unitPriceExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.unit_price_excluding_vat_currency = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("markup")
                if v is None:
                    o.markup = u
                    if "markup" not in d:
                        m += 1
                else:
                    o.markup = v
                v = g("discount")
                if v is None:
                    o.discount = u
                    if "discount" not in d:
                        m += 1
                else:
                    o.discount = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                v = g("amountExcludingVatCurrency")
                if v is None:
                    o.amount_excluding_vat_currency = u
                    if "amountExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.amount_excluding_vat_currency = v
                v = g("amountIncludingVatCurrency")
                if v is None:
                    o.amount_including_vat_currency = u
                    if "amountIncludingVatCurrency" not in d:
                        m += 1
                else:
                    o.amount_including_vat_currency = v
                k = "vendor"
                v = g("vendor")
                if v is None:
                    o.vendor = u
                    if "vendor" not in d:
                        m += 1
                else:
                    o.vendor = Company._tx_parse(v)
                k = "order"
                v = g("order")
                if v is None:
                    o.order = u
                    if "order" not in d:
                        m += 1
                else:
                    o.order = Order._tx_parse(v)
                v = g("unitPriceIncludingVatCurrency")
                if v is None:
                    o.unit_price_including_vat_currency = u
                    if "unitPriceIncludingVatCurrency" not in d:
                        m += 1
                else:
                    o.unit_price_including_vat_currency = v
                v = g("isSubscription")
                if v is None:
                    o.is_subscription = u
                    if "isSubscription" not in d:
                        m += 1
                else:
                    o.is_subscription = v
                v = g("subscriptionPeriodStart")
                if v is None:
                    o.subscription_period_start = u
                    if "subscriptionPeriodStart" not in d:
                        m += 1
                else:
                    o.subscription_period_start = v
                v = g("subscriptionPeriodEnd")
                if v is None:
                    o.subscription_period_end = u
                    if "subscriptionPeriodEnd" not in d:
                        m += 1
                else:
                    o.subscription_period_end = v
                k = "orderGroup"
                v = g("orderGroup")
                if v is None:
                    o.order_group = u
                    if "orderGroup" not in d:
                        m += 1
                else:
                    o.order_group = OrderGroup._tx_parse(v)
                v = g("sortIndex")
                if v is None:
                    o.sort_index = u
                    if "sortIndex" not in d:
                        m += 1
                else:
                    o.sort_index = v
                v = g("isPicked")
                if v is None:
                    o.is_picked = u
                    if "isPicked" not in d:
                        m += 1
                else:
                    o.is_picked = v
                v = g("pickedDate")
                if v is None:
                    o.picked_date = u
                    if "pickedDate" not in d:
                        m += 1
                else:
                    o.picked_date = v
                v = g("orderedQuantity")
                if v is None:
                    o.ordered_quantity = u
                    if "orderedQuantity" not in d:
                        m += 1
                else:
                    o.ordered_quantity = v
                v = g("isCharged")
                if v is None:
                    o.is_charged = u
                    if "isCharged" not in d:
                        m += 1
                else:
                    o.is_charged = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 30 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("product", "product"),
            ("inventory", "inventory"),
            ("inventory_location", "inventoryLocation"),
            ("description", "description"),
            ("display_name", "displayName"),
            ("count", "count"),
            ("unit_cost_currency", "unitCostCurrency"),
            ("unit_price_excluding_vat_currency", "unitPriceExcludingVatCurrency"),
            ("currency", "currency"),
            ("markup", "markup"),
            ("discount", "discount"),
            ("vat_type", "vatType"),
            ("amount_excluding_vat_currency", "amountExcludingVatCurrency"),
            ("amount_including_vat_currency", "amountIncludingVatCurrency"),
            ("vendor", "vendor"),
            ("order", "order"),
            ("unit_price_including_vat_currency", "unitPriceIncludingVatCurrency"),
            ("is_subscription", "isSubscription"),
            ("subscription_period_start", "subscriptionPeriodStart"),
            ("subscription_period_end", "subscriptionPeriodEnd"),
            ("order_group", "orderGroup"),
            ("sort_index", "sortIndex"),
            ("is_picked", "isPicked"),
            ("picked_date", "pickedDate"),
            ("ordered_quantity", "orderedQuantity"),
            ("is_charged", "isCharged"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.inventory
            o.inventory = u if v is None or v is u else Inventory._tx_parse(v)
            v = s.inventory_location
            o.inventory_location = u if v is None or v is u else InventoryLocation._tx_parse(v)
            v = s.description
            o.description = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.unit_cost_currency
            o.unit_cost_currency = u if v is None else v
            v = s.unit_price_excluding_vat_currency
            o.unit_price_excluding_vat_currency = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.markup
            o.markup = u if v is None else v
            v = s.discount
            o.discount = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.amount_excluding_vat_currency
            o.amount_excluding_vat_currency = u if v is None else v
            v = s.amount_including_vat_currency
            o.amount_including_vat_currency = u if v is None else v
            v = s.vendor
            o.vendor = u if v is None or v is u else Company._tx_parse(v)
            v = s.order
            o.order = u if v is None or v is u else Order._tx_parse(v)
            v = s.unit_price_including_vat_currency
            o.unit_price_including_vat_currency = u if v is None else v
            v = s.is_subscription
            o.is_subscription = u if v is None else v
            v = s.subscription_period_start
            o.subscription_period_start = u if v is None else v
            v = s.subscription_period_end
            o.subscription_period_end = u if v is None else v
            v = s.order_group
            o.order_group = u if v is None or v is u else OrderGroup._tx_parse(v)
            v = s.sort_index
            o.sort_index = u if v is None else v
            v = s.is_picked
            o.is_picked = u if v is None else v
            v = s.picked_date
            o.picked_date = u if v is None else v
            v = s.ordered_quantity
            o.ordered_quantity = u if v is None else v
            v = s.is_charged
            o.is_charged = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
