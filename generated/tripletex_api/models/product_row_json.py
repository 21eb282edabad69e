from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="ProductRowJSON")


@_attrs_define
class ProductRowJSON:
    """rowContent

    Attributes:
        name (str | Unset):
        number (str | Unset):
        vat_type_id (str | Unset):
        vat_type_display_name (str | Unset):
        income_account_number (str | Unset):
        income_account_display_name (str | Unset):
        is_stock_item (str | Unset):
        is_stock_item_display_name (str | Unset):
        product_unit (str | Unset):
        product_unit_display_name (str | Unset):
        is_inactive (str | Unset):
        is_inactive_display_name (str | Unset):
        ean_gtin (str | Unset):
        purchase_price (str | Unset):
        selling_price_excl_vat (str | Unset):
        selling_price_incl_vat (str | Unset):
        currency_code (str | Unset):
        row_number (int | Unset):
        department_number (str | Unset):
        department_display_name (str | Unset):
        expenses (str | Unset):
        weight (str | Unset):
        weight_unit (str | Unset):
        volume (str | Unset):
        volume_unit (str | Unset):
        stock_count (str | Unset):
        warehouse_number (str | Unset):
        location_number (str | Unset):
        product_description (str | Unset):
        order_line_description (str | Unset):
        min_stock_level (str | Unset):
        inactive (str | Unset):
        inactive_display_name (str | Unset):
        stock_item (str | Unset):
    """

    name: str | Unset = UNSET
    number: str | Unset = UNSET
    vat_type_id: str | Unset = UNSET
    vat_type_display_name: str | Unset = UNSET
    income_account_number: str | Unset = UNSET
    income_account_display_name: str | Unset = UNSET
    is_stock_item: str | Unset = UNSET
    is_stock_item_display_name: str | Unset = UNSET
    product_unit: str | Unset = UNSET
    product_unit_display_name: str | Unset = UNSET
    is_inactive: str | Unset = UNSET
    is_inactive_display_name: str | Unset = UNSET
    ean_gtin: str | Unset = UNSET
    purchase_price: str | Unset = UNSET
    selling_price_excl_vat: str | Unset = UNSET
    selling_price_incl_vat: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    row_number: int | Unset = UNSET
    department_number: str | Unset = UNSET
    department_display_name: str | Unset = UNSET
    expenses: str | Unset = UNSET
    weight: str | Unset = UNSET
    weight_unit: str | Unset = UNSET
    volume: str | Unset = UNSET
    volume_unit: str | Unset = UNSET
    stock_count: str | Unset = UNSET
    warehouse_number: str | Unset = UNSET
    location_number: str | Unset = UNSET
    product_description: str | Unset = UNSET
    order_line_description: str | Unset = UNSET
    min_stock_level: str | Unset = UNSET
    inactive: str | Unset = UNSET
    inactive_display_name: str | Unset = UNSET
    stock_item: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        name = self.name

        number = self.number

        vat_type_id = self.vat_type_id

        vat_type_display_name = self.vat_type_display_name

        income_account_number = self.income_account_number

        income_account_display_name = self.income_account_display_name

        is_stock_item = self.is_stock_item

        is_stock_item_display_name = self.is_stock_item_display_name

        product_unit = self.product_unit

        product_unit_display_name = self.product_unit_display_name

        is_inactive = self.is_inactive

        is_inactive_display_name = self.is_inactive_display_name

        ean_gtin = self.ean_gtin

        purchase_price = self.purchase_price

        selling_price_excl_vat = self.selling_price_excl_vat

        selling_price_incl_vat = self.selling_price_incl_vat

        currency_code = self.currency_code

        row_number = self.row_number

        department_number = self.department_number

        department_display_name = self.department_display_name

        expenses = self.expenses

        weight = self.weight

        weight_unit = self.weight_unit

        volume = self.volume

        volume_unit = self.volume_unit

        stock_count = self.stock_count

        warehouse_number = self.warehouse_number

        location_number = self.location_number

        product_description = self.product_description

        order_line_description = self.order_line_description

        min_stock_level = self.min_stock_level

        inactive = self.inactive

        inactive_display_name = self.inactive_display_name

        stock_item = self.stock_item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if vat_type_id is not UNSET:
            field_dict["vatTypeId"] = vat_type_id
        if vat_type_display_name is not UNSET:
            field_dict["vatTypeDisplayName"] = vat_type_display_name
        if income_account_number is not UNSET:
            field_dict["incomeAccountNumber"] = income_account_number
        if income_account_display_name is not UNSET:
            field_dict["incomeAccountDisplayName"] = income_account_display_name
        if is_stock_item is not UNSET:
            field_dict["isStockItem"] = is_stock_item
        if is_stock_item_display_name is not UNSET:
            field_dict["isStockItemDisplayName"] = is_stock_item_display_name
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit
        if product_unit_display_name is not UNSET:
            field_dict["productUnitDisplayName"] = product_unit_display_name
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if is_inactive_display_name is not UNSET:
            field_dict["isInactiveDisplayName"] = is_inactive_display_name
        if ean_gtin is not UNSET:
            field_dict["eanGtin"] = ean_gtin
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if selling_price_excl_vat is not UNSET:
            field_dict["sellingPriceExclVat"] = selling_price_excl_vat
        if selling_price_incl_vat is not UNSET:
            field_dict["sellingPriceInclVat"] = selling_price_incl_vat
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if row_number is not UNSET:
            field_dict["rowNumber"] = row_number
        if department_number is not UNSET:
            field_dict["departmentNumber"] = department_number
        if department_display_name is not UNSET:
            field_dict["departmentDisplayName"] = department_display_name
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_unit is not UNSET:
            field_dict["volumeUnit"] = volume_unit
        if stock_count is not UNSET:
            field_dict["stockCount"] = stock_count
        if warehouse_number is not UNSET:
            field_dict["warehouseNumber"] = warehouse_number
        if location_number is not UNSET:
            field_dict["locationNumber"] = location_number
        if product_description is not UNSET:
            field_dict["productDescription"] = product_description
        if order_line_description is not UNSET:
            field_dict["orderLineDescription"] = order_line_description
        if min_stock_level is not UNSET:
            field_dict["minStockLevel"] = min_stock_level
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if inactive_display_name is not UNSET:
            field_dict["inactiveDisplayName"] = inactive_display_name
        if stock_item is not UNSET:
            field_dict["stockItem"] = stock_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        vat_type_id = d.pop("vatTypeId", UNSET)

        vat_type_display_name = d.pop("vatTypeDisplayName", UNSET)

        income_account_number = d.pop("incomeAccountNumber", UNSET)

        income_account_display_name = d.pop("incomeAccountDisplayName", UNSET)

        is_stock_item = d.pop("isStockItem", UNSET)

        is_stock_item_display_name = d.pop("isStockItemDisplayName", UNSET)

        product_unit = d.pop("productUnit", UNSET)

        product_unit_display_name = d.pop("productUnitDisplayName", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        is_inactive_display_name = d.pop("isInactiveDisplayName", UNSET)

        ean_gtin = d.pop("eanGtin", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        selling_price_excl_vat = d.pop("sellingPriceExclVat", UNSET)

        selling_price_incl_vat = d.pop("sellingPriceInclVat", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        row_number = d.pop("rowNumber", UNSET)

        department_number = d.pop("departmentNumber", UNSET)

        department_display_name = d.pop("departmentDisplayName", UNSET)

        expenses = d.pop("expenses", UNSET)

        weight = d.pop("weight", UNSET)

        weight_unit = d.pop("weightUnit", UNSET)

        volume = d.pop("volume", UNSET)

        volume_unit = d.pop("volumeUnit", UNSET)

        stock_count = d.pop("stockCount", UNSET)

        warehouse_number = d.pop("warehouseNumber", UNSET)

        location_number = d.pop("locationNumber", UNSET)

        product_description = d.pop("productDescription", UNSET)

        order_line_description = d.pop("orderLineDescription", UNSET)

        min_stock_level = d.pop("minStockLevel", UNSET)

        inactive = d.pop("inactive", UNSET)

        inactive_display_name = d.pop("inactiveDisplayName", UNSET)

        stock_item = d.pop("stockItem", UNSET)

        _obj = cls(
            name=name,
            number=number,
            vat_type_id=vat_type_id,
            vat_type_display_name=vat_type_display_name,
            income_account_number=income_account_number,
            income_account_display_name=income_account_display_name,
            is_stock_item=is_stock_item,
            is_stock_item_display_name=is_stock_item_display_name,
            product_unit=product_unit,
            product_unit_display_name=product_unit_display_name,
            is_inactive=is_inactive,
            is_inactive_display_name=is_inactive_display_name,
            ean_gtin=ean_gtin,
            purchase_price=purchase_price,
            selling_price_excl_vat=selling_price_excl_vat,
            selling_price_incl_vat=selling_price_incl_vat,
            currency_code=currency_code,
            row_number=row_number,
            department_number=department_number,
            department_display_name=department_display_name,
            expenses=expenses,
            weight=weight,
            weight_unit=weight_unit,
            volume=volume,
            volume_unit=volume_unit,
            stock_count=stock_count,
            warehouse_number=warehouse_number,
            location_number=location_number,
            product_description=product_description,
            order_line_description=order_line_description,
            min_stock_level=min_stock_level,
            inactive=inactive,
            inactive_display_name=inactive_display_name,
            stock_item=stock_item,
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
