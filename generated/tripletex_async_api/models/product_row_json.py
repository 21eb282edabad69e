from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ProductRowJSON")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ProductRowJSON(LazyModel):
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
        self._tx_load()
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
        """A ProductRowJSON from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "name",
                "number",
                "vatTypeId",
                "vatTypeDisplayName",
                "incomeAccountNumber",
                "incomeAccountDisplayName",
                "isStockItem",
                "isStockItemDisplayName",
                "productUnit",
                "productUnitDisplayName",
                "isInactive",
                "isInactiveDisplayName",
                "eanGtin",
                "purchasePrice",
                "sellingPriceExclVat",
                "sellingPriceInclVat",
                "currencyCode",
                "rowNumber",
                "departmentNumber",
                "departmentDisplayName",
                "expenses",
                "weight",
                "weightUnit",
                "volume",
                "volumeUnit",
                "stockCount",
                "warehouseNumber",
                "locationNumber",
                "productDescription",
                "orderLineDescription",
                "minStockLevel",
                "inactive",
                "inactiveDisplayName",
                "stockItem",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "name": ("name", None),
            "number": ("number", None),
            "vat_type_id": ("vatTypeId", None),
            "vat_type_display_name": ("vatTypeDisplayName", None),
            "income_account_number": ("incomeAccountNumber", None),
            "income_account_display_name": ("incomeAccountDisplayName", None),
            "is_stock_item": ("isStockItem", None),
            "is_stock_item_display_name": ("isStockItemDisplayName", None),
            "product_unit": ("productUnit", None),
            "product_unit_display_name": ("productUnitDisplayName", None),
            "is_inactive": ("isInactive", None),
            "is_inactive_display_name": ("isInactiveDisplayName", None),
            "ean_gtin": ("eanGtin", None),
            "purchase_price": ("purchasePrice", None),
            "selling_price_excl_vat": ("sellingPriceExclVat", None),
            "selling_price_incl_vat": ("sellingPriceInclVat", None),
            "currency_code": ("currencyCode", None),
            "row_number": ("rowNumber", None),
            "department_number": ("departmentNumber", None),
            "department_display_name": ("departmentDisplayName", None),
            "expenses": ("expenses", None),
            "weight": ("weight", None),
            "weight_unit": ("weightUnit", None),
            "volume": ("volume", None),
            "volume_unit": ("volumeUnit", None),
            "stock_count": ("stockCount", None),
            "warehouse_number": ("warehouseNumber", None),
            "location_number": ("locationNumber", None),
            "product_description": ("productDescription", None),
            "order_line_description": ("orderLineDescription", None),
            "min_stock_level": ("minStockLevel", None),
            "inactive": ("inactive", None),
            "inactive_display_name": ("inactiveDisplayName", None),
            "stock_item": ("stockItem", None),
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
