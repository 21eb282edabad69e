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
    from ..models.currency import Currency
    from ..models.product import Product
    from ..models.purchase_order import PurchaseOrder
    from ..models.supplier_product import SupplierProduct


T = TypeVar("T", bound="PurchaseOrderline")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("purchaseOrder", dict, False),
    ("product", dict, False),
    ("supplierProduct", dict, False),
    ("resaleProduct", dict, False),
    ("currency", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PurchaseOrderline(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        purchase_order (PurchaseOrder | Unset): The purchase order to attach the orderline.
        product (Product | Unset):
        supplier_product (SupplierProduct | Unset): This feature is available only in pilot
        resale_product (Product | Unset):
        description (str | Unset):
        count (float | Unset):
        quantity_received (float | Unset): Used if the Purchase Order has a Goods received.
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        unit_price_excluding_vat_currency (float | Unset): Unit price of purchase excluding VAT in the order's
            currency.If it's not specified,it takes the value from purchase price in productDTO
        unit_list_price_currency (float | Unset): Unit list price of purchase excluding VAT in the order's currency.If
            it's not specified,it takes the value from purchase price in productDTO
        unit_price_inc_vat_currency (float | Unset): Unit  price including VAT in the order's currency.If it's not
            specified,it takes the value from purchase price in productDTO
        currency (Currency | Unset):
        discount (float | Unset): Discount given as a percentage (%)
        amount_excluding_vat_currency (float | Unset): Total amount on order line excluding VAT in the order's currency
        amount_including_vat_currency (float | Unset): [read-only] Total amount on order line including VAT in the
            order's currency
        custom_sort_index (int | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order: PurchaseOrder | Unset = UNSET
    product: Product | Unset = UNSET
    supplier_product: SupplierProduct | Unset = UNSET
    resale_product: Product | Unset = UNSET
    description: str | Unset = UNSET
    count: float | Unset = UNSET
    quantity_received: float | Unset = UNSET
    unit_cost_currency: float | Unset = UNSET
    unit_price_excluding_vat_currency: float | Unset = UNSET
    unit_list_price_currency: float | Unset = UNSET
    unit_price_inc_vat_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    discount: float | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    amount_including_vat_currency: float | Unset = UNSET
    custom_sort_index: int | Unset = UNSET
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

        supplier_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier_product, Unset):
            supplier_product = self.supplier_product.to_dict()

        resale_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resale_product, Unset):
            resale_product = self.resale_product.to_dict()

        description = self.description

        count = self.count

        quantity_received = self.quantity_received

        unit_cost_currency = self.unit_cost_currency

        unit_price_excluding_vat_currency = self.unit_price_excluding_vat_currency

        unit_list_price_currency = self.unit_list_price_currency

        unit_price_inc_vat_currency = self.unit_price_inc_vat_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        discount = self.discount

        amount_excluding_vat_currency = self.amount_excluding_vat_currency

        amount_including_vat_currency = self.amount_including_vat_currency

        custom_sort_index = self.custom_sort_index

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
        if supplier_product is not UNSET:
            field_dict["supplierProduct"] = supplier_product
        if resale_product is not UNSET:
            field_dict["resaleProduct"] = resale_product
        if description is not UNSET:
            field_dict["description"] = description
        if count is not UNSET:
            field_dict["count"] = count
        if quantity_received is not UNSET:
            field_dict["quantityReceived"] = quantity_received
        if unit_cost_currency is not UNSET:
            field_dict["unitCostCurrency"] = unit_cost_currency
        if unit_price_excluding_vat_currency is not UNSET:
            field_dict["unitPriceExcludingVatCurrency"] = unit_price_excluding_vat_currency
        if unit_list_price_currency is not UNSET:
            field_dict["unitListPriceCurrency"] = unit_list_price_currency
        if unit_price_inc_vat_currency is not UNSET:
            field_dict["unitPriceIncVatCurrency"] = unit_price_inc_vat_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if discount is not UNSET:
            field_dict["discount"] = discount
        if amount_excluding_vat_currency is not UNSET:
            field_dict["amountExcludingVatCurrency"] = amount_excluding_vat_currency
        if amount_including_vat_currency is not UNSET and not _in_request:
            field_dict["amountIncludingVatCurrency"] = amount_including_vat_currency
        if custom_sort_index is not UNSET:
            field_dict["customSortIndex"] = custom_sort_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PurchaseOrderline from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415
        from ..models.supplier_product import SupplierProduct  # noqa: PLC0415

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

        def _p_supplier_product(_tx_v: Any) -> SupplierProduct | Unset:
            _supplier_product = _tx_v
            supplier_product: SupplierProduct | Unset
            if isinstance(_supplier_product, Unset):
                supplier_product = UNSET
            else:
                supplier_product = SupplierProduct._tx_from_json(_supplier_product)

            return supplier_product

        def _p_resale_product(_tx_v: Any) -> Product | Unset:
            _resale_product = _tx_v
            resale_product: Product | Unset
            if isinstance(_resale_product, Unset):
                resale_product = UNSET
            else:
                resale_product = Product._tx_from_json(_resale_product)

            return resale_product

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "purchaseOrder",
                "product",
                "supplierProduct",
                "resaleProduct",
                "description",
                "count",
                "quantityReceived",
                "unitCostCurrency",
                "unitPriceExcludingVatCurrency",
                "unitListPriceCurrency",
                "unitPriceIncVatCurrency",
                "currency",
                "discount",
                "amountExcludingVatCurrency",
                "amountIncludingVatCurrency",
                "customSortIndex",
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
            "supplier_product": ("supplierProduct", _p_supplier_product),
            "resale_product": ("resaleProduct", _p_resale_product),
            "description": ("description", None),
            "count": ("count", None),
            "quantity_received": ("quantityReceived", None),
            "unit_cost_currency": ("unitCostCurrency", None),
            "unit_price_excluding_vat_currency": ("unitPriceExcludingVatCurrency", None),
            "unit_list_price_currency": ("unitListPriceCurrency", None),
            "unit_price_inc_vat_currency": ("unitPriceIncVatCurrency", None),
            "currency": ("currency", _p_currency),
            "discount": ("discount", None),
            "amount_excluding_vat_currency": ("amountExcludingVatCurrency", None),
            "amount_including_vat_currency": ("amountIncludingVatCurrency", None),
            "custom_sort_index": ("customSortIndex", None),
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
