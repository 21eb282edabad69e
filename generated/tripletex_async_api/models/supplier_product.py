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
    from ..models.product_unit import ProductUnit
    from ..models.supplier import Supplier
    from ..models.vat_type import VatType


T = TypeVar("T", bound="SupplierProduct")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("productUnit", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("supplier", dict, False),
    ("resaleProduct", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierProduct(LazyModel):
    """This feature is available only in pilot

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        display_name (str | Unset): [read-only]
        number (str | Unset):
        description (str | Unset):
        ean (str | Unset):
        cost_excluding_vat_currency (float | Unset): Price purchase (cost) excluding VAT in the product's currency
        cost (float | Unset): Price purchase (cost) in the company's currency
        price_excluding_vat_currency (float | Unset): Price of purchase excluding VAT in the product's currency
        price_including_vat_currency (float | Unset): Price of purchase including VAT in the product's currency
        is_inactive (bool | Unset):
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        is_stock_item (bool | Unset):
        stock_of_goods (float | Unset): [read-only]
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        discount_price (float | Unset): [read-only]
        supplier (Supplier | Unset):
        resale_product (Product | Unset):
        is_deletable (bool | Unset): [read-only]
        vendor_name (str | Unset): [read-only]
        is_efo_nelfo_product (bool | Unset): [read-only]
        wholesaler_id (int | Unset): [read-only]
        is_main_supplier_product (bool | Unset): This feature is available only in pilot
        price_in_target_currency (float | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    number: str | Unset = UNSET
    description: str | Unset = UNSET
    ean: str | Unset = UNSET
    cost_excluding_vat_currency: float | Unset = UNSET
    cost: float | Unset = UNSET
    price_excluding_vat_currency: float | Unset = UNSET
    price_including_vat_currency: float | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    product_unit: ProductUnit | Unset = UNSET
    is_stock_item: bool | Unset = UNSET
    stock_of_goods: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    currency: Currency | Unset = UNSET
    discount_price: float | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    resale_product: Product | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    vendor_name: str | Unset = UNSET
    is_efo_nelfo_product: bool | Unset = UNSET
    wholesaler_id: int | Unset = UNSET
    is_main_supplier_product: bool | Unset = UNSET
    price_in_target_currency: float | Unset = UNSET
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

        name = self.name

        display_name = self.display_name

        number = self.number

        description = self.description

        ean = self.ean

        cost_excluding_vat_currency = self.cost_excluding_vat_currency

        cost = self.cost

        price_excluding_vat_currency = self.price_excluding_vat_currency

        price_including_vat_currency = self.price_including_vat_currency

        is_inactive = self.is_inactive

        product_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_unit, Unset):
            product_unit = self.product_unit.to_dict()

        is_stock_item = self.is_stock_item

        stock_of_goods = self.stock_of_goods

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        discount_price = self.discount_price

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        resale_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resale_product, Unset):
            resale_product = self.resale_product.to_dict()

        is_deletable = self.is_deletable

        vendor_name = self.vendor_name

        is_efo_nelfo_product = self.is_efo_nelfo_product

        wholesaler_id = self.wholesaler_id

        is_main_supplier_product = self.is_main_supplier_product

        price_in_target_currency = self.price_in_target_currency

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
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if number is not UNSET:
            field_dict["number"] = number
        if description is not UNSET:
            field_dict["description"] = description
        if ean is not UNSET:
            field_dict["ean"] = ean
        if cost_excluding_vat_currency is not UNSET:
            field_dict["costExcludingVatCurrency"] = cost_excluding_vat_currency
        if cost is not UNSET:
            field_dict["cost"] = cost
        if price_excluding_vat_currency is not UNSET:
            field_dict["priceExcludingVatCurrency"] = price_excluding_vat_currency
        if price_including_vat_currency is not UNSET:
            field_dict["priceIncludingVatCurrency"] = price_including_vat_currency
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit
        if is_stock_item is not UNSET:
            field_dict["isStockItem"] = is_stock_item
        if stock_of_goods is not UNSET and not _in_request:
            field_dict["stockOfGoods"] = stock_of_goods
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if discount_price is not UNSET and not _in_request:
            field_dict["discountPrice"] = discount_price
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if resale_product is not UNSET:
            field_dict["resaleProduct"] = resale_product
        if is_deletable is not UNSET and not _in_request:
            field_dict["isDeletable"] = is_deletable
        if vendor_name is not UNSET and not _in_request:
            field_dict["vendorName"] = vendor_name
        if is_efo_nelfo_product is not UNSET and not _in_request:
            field_dict["isEfoNelfoProduct"] = is_efo_nelfo_product
        if wholesaler_id is not UNSET and not _in_request:
            field_dict["wholesalerId"] = wholesaler_id
        if is_main_supplier_product is not UNSET:
            field_dict["isMainSupplierProduct"] = is_main_supplier_product
        if price_in_target_currency is not UNSET and not _in_request:
            field_dict["priceInTargetCurrency"] = price_in_target_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupplierProduct from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
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

        def _p_product_unit(_tx_v: Any) -> ProductUnit | Unset:
            _product_unit = _tx_v
            product_unit: ProductUnit | Unset
            if isinstance(_product_unit, Unset):
                product_unit = UNSET
            else:
                product_unit = ProductUnit._tx_from_json(_product_unit)

            return product_unit

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_supplier(_tx_v: Any) -> Supplier | Unset:
            _supplier = _tx_v
            supplier: Supplier | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Supplier._tx_from_json(_supplier)

            return supplier

        def _p_resale_product(_tx_v: Any) -> Product | Unset:
            _resale_product = _tx_v
            resale_product: Product | Unset
            if isinstance(_resale_product, Unset):
                resale_product = UNSET
            else:
                resale_product = Product._tx_from_json(_resale_product)

            return resale_product

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "displayName",
                "number",
                "description",
                "ean",
                "costExcludingVatCurrency",
                "cost",
                "priceExcludingVatCurrency",
                "priceIncludingVatCurrency",
                "isInactive",
                "productUnit",
                "isStockItem",
                "stockOfGoods",
                "vatType",
                "currency",
                "discountPrice",
                "supplier",
                "resaleProduct",
                "isDeletable",
                "vendorName",
                "isEfoNelfoProduct",
                "wholesalerId",
                "isMainSupplierProduct",
                "priceInTargetCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "display_name": ("displayName", None),
            "number": ("number", None),
            "description": ("description", None),
            "ean": ("ean", None),
            "cost_excluding_vat_currency": ("costExcludingVatCurrency", None),
            "cost": ("cost", None),
            "price_excluding_vat_currency": ("priceExcludingVatCurrency", None),
            "price_including_vat_currency": ("priceIncludingVatCurrency", None),
            "is_inactive": ("isInactive", None),
            "product_unit": ("productUnit", _p_product_unit),
            "is_stock_item": ("isStockItem", None),
            "stock_of_goods": ("stockOfGoods", None),
            "vat_type": ("vatType", _p_vat_type),
            "currency": ("currency", _p_currency),
            "discount_price": ("discountPrice", None),
            "supplier": ("supplier", _p_supplier),
            "resale_product": ("resaleProduct", _p_resale_product),
            "is_deletable": ("isDeletable", None),
            "vendor_name": ("vendorName", None),
            "is_efo_nelfo_product": ("isEfoNelfoProduct", None),
            "wholesaler_id": ("wholesalerId", None),
            "is_main_supplier_product": ("isMainSupplierProduct", None),
            "price_in_target_currency": ("priceInTargetCurrency", None),
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
