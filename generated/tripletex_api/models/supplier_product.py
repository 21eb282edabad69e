from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.product import Product
    from ..models.product_unit import ProductUnit
    from ..models.supplier import Supplier
    from ..models.vat_type import VatType


T = TypeVar("T", bound="SupplierProduct")


@_attrs_define
class SupplierProduct:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

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

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        number = d.pop("number", UNSET)

        description = d.pop("description", UNSET)

        ean = d.pop("ean", UNSET)

        cost_excluding_vat_currency = d.pop("costExcludingVatCurrency", UNSET)

        cost = d.pop("cost", UNSET)

        price_excluding_vat_currency = d.pop("priceExcludingVatCurrency", UNSET)

        price_including_vat_currency = d.pop("priceIncludingVatCurrency", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        _product_unit = d.pop("productUnit", UNSET)
        product_unit: ProductUnit | Unset
        if isinstance(_product_unit, Unset):
            product_unit = UNSET
        else:
            product_unit = ProductUnit.from_dict(_product_unit)

        is_stock_item = d.pop("isStockItem", UNSET)

        stock_of_goods = d.pop("stockOfGoods", UNSET)

        _vat_type = d.pop("vatType", UNSET)
        vat_type: VatType | Unset
        if isinstance(_vat_type, Unset):
            vat_type = UNSET
        else:
            vat_type = VatType.from_dict(_vat_type)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        discount_price = d.pop("discountPrice", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: Supplier | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = Supplier.from_dict(_supplier)

        _resale_product = d.pop("resaleProduct", UNSET)
        resale_product: Product | Unset
        if isinstance(_resale_product, Unset):
            resale_product = UNSET
        else:
            resale_product = Product.from_dict(_resale_product)

        is_deletable = d.pop("isDeletable", UNSET)

        vendor_name = d.pop("vendorName", UNSET)

        is_efo_nelfo_product = d.pop("isEfoNelfoProduct", UNSET)

        wholesaler_id = d.pop("wholesalerId", UNSET)

        is_main_supplier_product = d.pop("isMainSupplierProduct", UNSET)

        price_in_target_currency = d.pop("priceInTargetCurrency", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            display_name=display_name,
            number=number,
            description=description,
            ean=ean,
            cost_excluding_vat_currency=cost_excluding_vat_currency,
            cost=cost,
            price_excluding_vat_currency=price_excluding_vat_currency,
            price_including_vat_currency=price_including_vat_currency,
            is_inactive=is_inactive,
            product_unit=product_unit,
            is_stock_item=is_stock_item,
            stock_of_goods=stock_of_goods,
            vat_type=vat_type,
            currency=currency,
            discount_price=discount_price,
            supplier=supplier,
            resale_product=resale_product,
            is_deletable=is_deletable,
            vendor_name=vendor_name,
            is_efo_nelfo_product=is_efo_nelfo_product,
            wholesaler_id=wholesaler_id,
            is_main_supplier_product=is_main_supplier_product,
            price_in_target_currency=price_in_target_currency,
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
