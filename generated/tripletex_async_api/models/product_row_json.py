from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="ProductRowJSON")


@_attrs_define
class ProductRowJSON(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.vat_type_id
        if _v is not UNSET:
            field_dict["vatTypeId"] = _v
        _v = self.vat_type_display_name
        if _v is not UNSET:
            field_dict["vatTypeDisplayName"] = _v
        _v = self.income_account_number
        if _v is not UNSET:
            field_dict["incomeAccountNumber"] = _v
        _v = self.income_account_display_name
        if _v is not UNSET:
            field_dict["incomeAccountDisplayName"] = _v
        _v = self.is_stock_item
        if _v is not UNSET:
            field_dict["isStockItem"] = _v
        _v = self.is_stock_item_display_name
        if _v is not UNSET:
            field_dict["isStockItemDisplayName"] = _v
        _v = self.product_unit
        if _v is not UNSET:
            field_dict["productUnit"] = _v
        _v = self.product_unit_display_name
        if _v is not UNSET:
            field_dict["productUnitDisplayName"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.is_inactive_display_name
        if _v is not UNSET:
            field_dict["isInactiveDisplayName"] = _v
        _v = self.ean_gtin
        if _v is not UNSET:
            field_dict["eanGtin"] = _v
        _v = self.purchase_price
        if _v is not UNSET:
            field_dict["purchasePrice"] = _v
        _v = self.selling_price_excl_vat
        if _v is not UNSET:
            field_dict["sellingPriceExclVat"] = _v
        _v = self.selling_price_incl_vat
        if _v is not UNSET:
            field_dict["sellingPriceInclVat"] = _v
        _v = self.currency_code
        if _v is not UNSET:
            field_dict["currencyCode"] = _v
        _v = self.row_number
        if _v is not UNSET:
            field_dict["rowNumber"] = _v
        _v = self.department_number
        if _v is not UNSET:
            field_dict["departmentNumber"] = _v
        _v = self.department_display_name
        if _v is not UNSET:
            field_dict["departmentDisplayName"] = _v
        _v = self.expenses
        if _v is not UNSET:
            field_dict["expenses"] = _v
        _v = self.weight
        if _v is not UNSET:
            field_dict["weight"] = _v
        _v = self.weight_unit
        if _v is not UNSET:
            field_dict["weightUnit"] = _v
        _v = self.volume
        if _v is not UNSET:
            field_dict["volume"] = _v
        _v = self.volume_unit
        if _v is not UNSET:
            field_dict["volumeUnit"] = _v
        _v = self.stock_count
        if _v is not UNSET:
            field_dict["stockCount"] = _v
        _v = self.warehouse_number
        if _v is not UNSET:
            field_dict["warehouseNumber"] = _v
        _v = self.location_number
        if _v is not UNSET:
            field_dict["locationNumber"] = _v
        _v = self.product_description
        if _v is not UNSET:
            field_dict["productDescription"] = _v
        _v = self.order_line_description
        if _v is not UNSET:
            field_dict["orderLineDescription"] = _v
        _v = self.min_stock_level
        if _v is not UNSET:
            field_dict["minStockLevel"] = _v
        _v = self.inactive
        if _v is not UNSET:
            field_dict["inactive"] = _v
        _v = self.inactive_display_name
        if _v is not UNSET:
            field_dict["inactiveDisplayName"] = _v
        _v = self.stock_item
        if _v is not UNSET:
            field_dict["stockItem"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductRowJSON from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductRowJSON.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "name": "name",
            "number": "number",
            "vatTypeId": "vat_type_id",
            "vatTypeDisplayName": "vat_type_display_name",
            "incomeAccountNumber": "income_account_number",
            "incomeAccountDisplayName": "income_account_display_name",
            "isStockItem": "is_stock_item",
            "isStockItemDisplayName": "is_stock_item_display_name",
            "productUnit": "product_unit",
            "productUnitDisplayName": "product_unit_display_name",
            "isInactive": "is_inactive",
            "isInactiveDisplayName": "is_inactive_display_name",
            "eanGtin": "ean_gtin",
            "purchasePrice": "purchase_price",
            "sellingPriceExclVat": "selling_price_excl_vat",
            "sellingPriceInclVat": "selling_price_incl_vat",
            "currencyCode": "currency_code",
            "rowNumber": "row_number",
            "departmentNumber": "department_number",
            "departmentDisplayName": "department_display_name",
            "expenses": "expenses",
            "weight": "weight",
            "weightUnit": "weight_unit",
            "volume": "volume",
            "volumeUnit": "volume_unit",
            "stockCount": "stock_count",
            "warehouseNumber": "warehouse_number",
            "locationNumber": "location_number",
            "productDescription": "product_description",
            "orderLineDescription": "order_line_description",
            "minStockLevel": "min_stock_level",
            "inactive": "inactive",
            "inactiveDisplayName": "inactive_display_name",
            "stockItem": "stock_item",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 11 and _sparse_keys.issuperset(d):
                    o.name = o.number = o.vat_type_id = o.vat_type_display_name = o.income_account_number = (
                        o.income_account_display_name
                    ) = o.is_stock_item = o.is_stock_item_display_name = o.product_unit = (
                        o.product_unit_display_name
                    ) = o.is_inactive = o.is_inactive_display_name = o.ean_gtin = o.purchase_price = (
                        o.selling_price_excl_vat
                    ) = o.selling_price_incl_vat = o.currency_code = o.row_number = o.department_number = (
                        o.department_display_name
                    ) = o.expenses = o.weight = o.weight_unit = o.volume = o.volume_unit = o.stock_count = (
                        o.warehouse_number
                    ) = o.location_number = o.product_description = o.order_line_description = o.min_stock_level = (
                        o.inactive
                    ) = o.inactive_display_name = o.stock_item = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("vatTypeId")
                if v is None:
                    o.vat_type_id = u
                    if "vatTypeId" not in d:
                        m += 1
                else:
                    o.vat_type_id = v
                v = g("vatTypeDisplayName")
                if v is None:
                    o.vat_type_display_name = u
                    if "vatTypeDisplayName" not in d:
                        m += 1
                else:
                    o.vat_type_display_name = v
                v = g("incomeAccountNumber")
                if v is None:
                    o.income_account_number = u
                    if "incomeAccountNumber" not in d:
                        m += 1
                else:
                    o.income_account_number = v
                v = g("incomeAccountDisplayName")
                if v is None:
                    o.income_account_display_name = u
                    if "incomeAccountDisplayName" not in d:
                        m += 1
                else:
                    o.income_account_display_name = v
                v = g("isStockItem")
                if v is None:
                    o.is_stock_item = u
                    if "isStockItem" not in d:
                        m += 1
                else:
                    o.is_stock_item = v
                v = g("isStockItemDisplayName")
                if v is None:
                    o.is_stock_item_display_name = u
                    if "isStockItemDisplayName" not in d:
                        m += 1
                else:
                    o.is_stock_item_display_name = v
                v = g("productUnit")
                if v is None:
                    o.product_unit = u
                    if "productUnit" not in d:
                        m += 1
                else:
                    o.product_unit = v
                v = g("productUnitDisplayName")
                if v is None:
                    o.product_unit_display_name = u
                    if "productUnitDisplayName" not in d:
                        m += 1
                else:
                    o.product_unit_display_name = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                v = g("isInactiveDisplayName")
                if v is None:
                    o.is_inactive_display_name = u
                    if "isInactiveDisplayName" not in d:
                        m += 1
                else:
                    o.is_inactive_display_name = v
                v = g("eanGtin")
                if v is None:
                    o.ean_gtin = u
                    if "eanGtin" not in d:
                        m += 1
                else:
                    o.ean_gtin = v
                v = g("purchasePrice")
                if v is None:
                    o.purchase_price = u
                    if "purchasePrice" not in d:
                        m += 1
                else:
                    o.purchase_price = v
                v = g("sellingPriceExclVat")
                if v is None:
                    o.selling_price_excl_vat = u
                    if "sellingPriceExclVat" not in d:
                        m += 1
                else:
                    o.selling_price_excl_vat = v
                v = g("sellingPriceInclVat")
                if v is None:
                    o.selling_price_incl_vat = u
                    if "sellingPriceInclVat" not in d:
                        m += 1
                else:
                    o.selling_price_incl_vat = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("rowNumber")
                if v is None:
                    o.row_number = u
                    if "rowNumber" not in d:
                        m += 1
                else:
                    o.row_number = v
                v = g("departmentNumber")
                if v is None:
                    o.department_number = u
                    if "departmentNumber" not in d:
                        m += 1
                else:
                    o.department_number = v
                v = g("departmentDisplayName")
                if v is None:
                    o.department_display_name = u
                    if "departmentDisplayName" not in d:
                        m += 1
                else:
                    o.department_display_name = v
                v = g("expenses")
                if v is None:
                    o.expenses = u
                    if "expenses" not in d:
                        m += 1
                else:
                    o.expenses = v
                v = g("weight")
                if v is None:
                    o.weight = u
                    if "weight" not in d:
                        m += 1
                else:
                    o.weight = v
                v = g("weightUnit")
                if v is None:
                    o.weight_unit = u
                    if "weightUnit" not in d:
                        m += 1
                else:
                    o.weight_unit = v
                v = g("volume")
                if v is None:
                    o.volume = u
                    if "volume" not in d:
                        m += 1
                else:
                    o.volume = v
                v = g("volumeUnit")
                if v is None:
                    o.volume_unit = u
                    if "volumeUnit" not in d:
                        m += 1
                else:
                    o.volume_unit = v
                v = g("stockCount")
                if v is None:
                    o.stock_count = u
                    if "stockCount" not in d:
                        m += 1
                else:
                    o.stock_count = v
                v = g("warehouseNumber")
                if v is None:
                    o.warehouse_number = u
                    if "warehouseNumber" not in d:
                        m += 1
                else:
                    o.warehouse_number = v
                v = g("locationNumber")
                if v is None:
                    o.location_number = u
                    if "locationNumber" not in d:
                        m += 1
                else:
                    o.location_number = v
                v = g("productDescription")
                if v is None:
                    o.product_description = u
                    if "productDescription" not in d:
                        m += 1
                else:
                    o.product_description = v
                v = g("orderLineDescription")
                if v is None:
                    o.order_line_description = u
                    if "orderLineDescription" not in d:
                        m += 1
                else:
                    o.order_line_description = v
                v = g("minStockLevel")
                if v is None:
                    o.min_stock_level = u
                    if "minStockLevel" not in d:
                        m += 1
                else:
                    o.min_stock_level = v
                v = g("inactive")
                if v is None:
                    o.inactive = u
                    if "inactive" not in d:
                        m += 1
                else:
                    o.inactive = v
                v = g("inactiveDisplayName")
                if v is None:
                    o.inactive_display_name = u
                    if "inactiveDisplayName" not in d:
                        m += 1
                else:
                    o.inactive_display_name = v
                v = g("stockItem")
                if v is None:
                    o.stock_item = u
                    if "stockItem" not in d:
                        m += 1
                else:
                    o.stock_item = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 34 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("name", "name"),
            ("number", "number"),
            ("vat_type_id", "vatTypeId"),
            ("vat_type_display_name", "vatTypeDisplayName"),
            ("income_account_number", "incomeAccountNumber"),
            ("income_account_display_name", "incomeAccountDisplayName"),
            ("is_stock_item", "isStockItem"),
            ("is_stock_item_display_name", "isStockItemDisplayName"),
            ("product_unit", "productUnit"),
            ("product_unit_display_name", "productUnitDisplayName"),
            ("is_inactive", "isInactive"),
            ("is_inactive_display_name", "isInactiveDisplayName"),
            ("ean_gtin", "eanGtin"),
            ("purchase_price", "purchasePrice"),
            ("selling_price_excl_vat", "sellingPriceExclVat"),
            ("selling_price_incl_vat", "sellingPriceInclVat"),
            ("currency_code", "currencyCode"),
            ("row_number", "rowNumber"),
            ("department_number", "departmentNumber"),
            ("department_display_name", "departmentDisplayName"),
            ("expenses", "expenses"),
            ("weight", "weight"),
            ("weight_unit", "weightUnit"),
            ("volume", "volume"),
            ("volume_unit", "volumeUnit"),
            ("stock_count", "stockCount"),
            ("warehouse_number", "warehouseNumber"),
            ("location_number", "locationNumber"),
            ("product_description", "productDescription"),
            ("order_line_description", "orderLineDescription"),
            ("min_stock_level", "minStockLevel"),
            ("inactive", "inactive"),
            ("inactive_display_name", "inactiveDisplayName"),
            ("stock_item", "stockItem"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.vat_type_id
            o.vat_type_id = u if v is None else v
            v = s.vat_type_display_name
            o.vat_type_display_name = u if v is None else v
            v = s.income_account_number
            o.income_account_number = u if v is None else v
            v = s.income_account_display_name
            o.income_account_display_name = u if v is None else v
            v = s.is_stock_item
            o.is_stock_item = u if v is None else v
            v = s.is_stock_item_display_name
            o.is_stock_item_display_name = u if v is None else v
            v = s.product_unit
            o.product_unit = u if v is None else v
            v = s.product_unit_display_name
            o.product_unit_display_name = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.is_inactive_display_name
            o.is_inactive_display_name = u if v is None else v
            v = s.ean_gtin
            o.ean_gtin = u if v is None else v
            v = s.purchase_price
            o.purchase_price = u if v is None else v
            v = s.selling_price_excl_vat
            o.selling_price_excl_vat = u if v is None else v
            v = s.selling_price_incl_vat
            o.selling_price_incl_vat = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.row_number
            o.row_number = u if v is None else v
            v = s.department_number
            o.department_number = u if v is None else v
            v = s.department_display_name
            o.department_display_name = u if v is None else v
            v = s.expenses
            o.expenses = u if v is None else v
            v = s.weight
            o.weight = u if v is None else v
            v = s.weight_unit
            o.weight_unit = u if v is None else v
            v = s.volume
            o.volume = u if v is None else v
            v = s.volume_unit
            o.volume_unit = u if v is None else v
            v = s.stock_count
            o.stock_count = u if v is None else v
            v = s.warehouse_number
            o.warehouse_number = u if v is None else v
            v = s.location_number
            o.location_number = u if v is None else v
            v = s.product_description
            o.product_description = u if v is None else v
            v = s.order_line_description
            o.order_line_description = u if v is None else v
            v = s.min_stock_level
            o.min_stock_level = u if v is None else v
            v = s.inactive
            o.inactive = u if v is None else v
            v = s.inactive_display_name
            o.inactive_display_name = u if v is None else v
            v = s.stock_item
            o.stock_item = u if v is None else v
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
