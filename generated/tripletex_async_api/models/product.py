from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_volume_unit import ProductVolumeUnit
from ..models.product_weight_unit import ProductWeightUnit
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.discount_group import DiscountGroup
    from ..models.document import Document
    from ..models.product_unit import ProductUnit
    from ..models.supplier import Supplier
    from ..models.supplier_product import SupplierProduct
    from ..models.vat_type import VatType


T = TypeVar("T", bound="Product")


@_attrs_define
class Product(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        number (str | Unset):
        display_number (str | Unset):
        description (str | Unset):
        order_line_description (str | Unset):
        ean (str | Unset):
        el_number (str | Unset):
        nrf_number (str | Unset):
        cost_excluding_vat_currency (float | Unset): Price purchase (cost) excluding VAT in the product's currency
        expenses (float | Unset):
        expenses_in_percent (float | Unset):
        cost_price (float | Unset): Cost price of purchase
        profit (float | Unset):
        profit_in_percent (float | Unset):
        price_excluding_vat_currency (float | Unset): Price of purchase excluding VAT in the product's currency
        price_including_vat_currency (float | Unset): Price of purchase including VAT in the product's currency
        is_inactive (bool | Unset):
        discount_group (DiscountGroup | Unset):
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        is_stock_item (bool | Unset):
        stock_of_goods (float | Unset): Available only on demand
        available_stock (float | Unset): Available only on demand
        incoming_stock (float | Unset): Available only on demand
        outgoing_stock (float | Unset): Available only on demand
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        account (Account | Unset):
        discount_price (float | Unset):
        supplier (Supplier | Unset):
        resale_product (Product | Unset):
        is_deletable (bool | Unset): For performance reasons, field is deprecated and it will always return false.
        has_supplier_product_connected (bool | Unset):
        weight (float | Unset):
        weight_unit (ProductWeightUnit | Unset):
        volume (float | Unset):
        volume_unit (ProductVolumeUnit | Unset):
        hsn_code (str | Unset):
        image (Document | Unset): [BETA] Attachments belonging to this order
        markup_list_percentage (float | Unset):
        markup_net_percentage (float | Unset):
        display_name (str | Unset):
        main_supplier_product (SupplierProduct | Unset): This feature is available only in pilot
        is_round_price_inc_vat (bool | Unset): [BETA] Indicates whether the price incl. VAT is rounded off or not
        price_in_target_currency (float | Unset): Purchase Price converted in specific currency.
        purchase_price_currency (float | Unset): Purchase Price in product currency. This affects only Supplier
            Products.
        min_stock_level (float | Unset): Minimum available stock level for the product. Applicable only to stock items
            in the Logistics Basics module.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    display_number: str | Unset = UNSET
    description: str | Unset = UNSET
    order_line_description: str | Unset = UNSET
    ean: str | Unset = UNSET
    el_number: str | Unset = UNSET
    nrf_number: str | Unset = UNSET
    cost_excluding_vat_currency: float | Unset = UNSET
    expenses: float | Unset = UNSET
    expenses_in_percent: float | Unset = UNSET
    cost_price: float | Unset = UNSET
    profit: float | Unset = UNSET
    profit_in_percent: float | Unset = UNSET
    price_excluding_vat_currency: float | Unset = UNSET
    price_including_vat_currency: float | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    discount_group: DiscountGroup | Unset = UNSET
    product_unit: ProductUnit | Unset = UNSET
    is_stock_item: bool | Unset = UNSET
    stock_of_goods: float | Unset = UNSET
    available_stock: float | Unset = UNSET
    incoming_stock: float | Unset = UNSET
    outgoing_stock: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    currency: Currency | Unset = UNSET
    department: Department | Unset = UNSET
    account: Account | Unset = UNSET
    discount_price: float | Unset = UNSET
    supplier: Supplier | Unset = UNSET
    resale_product: Product | Unset = UNSET
    is_deletable: bool | Unset = UNSET
    has_supplier_product_connected: bool | Unset = UNSET
    weight: float | Unset = UNSET
    weight_unit: ProductWeightUnit | Unset = UNSET
    volume: float | Unset = UNSET
    volume_unit: ProductVolumeUnit | Unset = UNSET
    hsn_code: str | Unset = UNSET
    image: Document | Unset = UNSET
    markup_list_percentage: float | Unset = UNSET
    markup_net_percentage: float | Unset = UNSET
    display_name: str | Unset = UNSET
    main_supplier_product: SupplierProduct | Unset = UNSET
    is_round_price_inc_vat: bool | Unset = UNSET
    price_in_target_currency: float | Unset = UNSET
    purchase_price_currency: float | Unset = UNSET
    min_stock_level: float | Unset = UNSET
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
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.number
        if _v is not UNSET:
            field_dict["number"] = _v
        _v = self.display_number
        if _v is not UNSET and not _in_request:
            field_dict["displayNumber"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.order_line_description
        if _v is not UNSET:
            field_dict["orderLineDescription"] = _v
        _v = self.ean
        if _v is not UNSET:
            field_dict["ean"] = _v
        _v = self.el_number
        if _v is not UNSET and not _in_request:
            field_dict["elNumber"] = _v
        _v = self.nrf_number
        if _v is not UNSET and not _in_request:
            field_dict["nrfNumber"] = _v
        _v = self.cost_excluding_vat_currency
        if _v is not UNSET:
            field_dict["costExcludingVatCurrency"] = _v
        _v = self.expenses
        if _v is not UNSET:
            field_dict["expenses"] = _v
        _v = self.expenses_in_percent
        if _v is not UNSET and not _in_request:
            field_dict["expensesInPercent"] = _v
        _v = self.cost_price
        if _v is not UNSET and not _in_request:
            field_dict["costPrice"] = _v
        _v = self.profit
        if _v is not UNSET and not _in_request:
            field_dict["profit"] = _v
        _v = self.profit_in_percent
        if _v is not UNSET and not _in_request:
            field_dict["profitInPercent"] = _v
        _v = self.price_excluding_vat_currency
        if _v is not UNSET:
            field_dict["priceExcludingVatCurrency"] = _v
        _v = self.price_including_vat_currency
        if _v is not UNSET:
            field_dict["priceIncludingVatCurrency"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.discount_group
        if _v is not UNSET:
            field_dict["discountGroup"] = _v.to_dict()
        _v = self.product_unit
        if _v is not UNSET:
            field_dict["productUnit"] = _v.to_dict()
        _v = self.is_stock_item
        if _v is not UNSET:
            field_dict["isStockItem"] = _v
        _v = self.stock_of_goods
        if _v is not UNSET and not _in_request:
            field_dict["stockOfGoods"] = _v
        _v = self.available_stock
        if _v is not UNSET and not _in_request:
            field_dict["availableStock"] = _v
        _v = self.incoming_stock
        if _v is not UNSET and not _in_request:
            field_dict["incomingStock"] = _v
        _v = self.outgoing_stock
        if _v is not UNSET and not _in_request:
            field_dict["outgoingStock"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.discount_price
        if _v is not UNSET and not _in_request:
            field_dict["discountPrice"] = _v
        _v = self.supplier
        if _v is not UNSET:
            field_dict["supplier"] = _v.to_dict()
        _v = self.resale_product
        if _v is not UNSET:
            field_dict["resaleProduct"] = _v.to_dict()
        _v = self.is_deletable
        if _v is not UNSET:
            field_dict["isDeletable"] = _v
        _v = self.has_supplier_product_connected
        if _v is not UNSET:
            field_dict["hasSupplierProductConnected"] = _v
        _v = self.weight
        if _v is not UNSET:
            field_dict["weight"] = _v
        _v = self.weight_unit
        if _v is not UNSET:
            field_dict["weightUnit"] = _v._value_
        _v = self.volume
        if _v is not UNSET:
            field_dict["volume"] = _v
        _v = self.volume_unit
        if _v is not UNSET:
            field_dict["volumeUnit"] = _v._value_
        _v = self.hsn_code
        if _v is not UNSET:
            field_dict["hsnCode"] = _v
        _v = self.image
        if _v is not UNSET:
            field_dict["image"] = _v.to_dict()
        _v = self.markup_list_percentage
        if _v is not UNSET and not _in_request:
            field_dict["markupListPercentage"] = _v
        _v = self.markup_net_percentage
        if _v is not UNSET and not _in_request:
            field_dict["markupNetPercentage"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.main_supplier_product
        if _v is not UNSET:
            field_dict["mainSupplierProduct"] = _v.to_dict()
        _v = self.is_round_price_inc_vat
        if _v is not UNSET and not _in_request:
            field_dict["isRoundPriceIncVat"] = _v
        _v = self.price_in_target_currency
        if _v is not UNSET and not _in_request:
            field_dict["priceInTargetCurrency"] = _v
        _v = self.purchase_price_currency
        if _v is not UNSET and not _in_request:
            field_dict["purchasePriceCurrency"] = _v
        _v = self.min_stock_level
        if _v is not UNSET:
            field_dict["minStockLevel"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Product from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Product.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.discount_group import DiscountGroup  # noqa: PLC0415
        from ..models.document import Document  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.supplier import Supplier  # noqa: PLC0415
        from ..models.supplier_product import SupplierProduct  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _e_weight_unit: dict[Any, Any] = enum_members(ProductWeightUnit)
        _e_volume_unit: dict[Any, Any] = enum_members(ProductVolumeUnit)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "number",
                "displayNumber",
                "description",
                "orderLineDescription",
                "ean",
                "elNumber",
                "nrfNumber",
                "costExcludingVatCurrency",
                "expenses",
                "expensesInPercent",
                "costPrice",
                "profit",
                "profitInPercent",
                "priceExcludingVatCurrency",
                "priceIncludingVatCurrency",
                "isInactive",
                "discountGroup",
                "productUnit",
                "isStockItem",
                "stockOfGoods",
                "availableStock",
                "incomingStock",
                "outgoingStock",
                "vatType",
                "currency",
                "department",
                "account",
                "discountPrice",
                "supplier",
                "resaleProduct",
                "isDeletable",
                "hasSupplierProductConnected",
                "weight",
                "weightUnit",
                "volume",
                "volumeUnit",
                "hsnCode",
                "image",
                "markupListPercentage",
                "markupNetPercentage",
                "displayName",
                "mainSupplierProduct",
                "isRoundPriceIncVat",
                "priceInTargetCurrency",
                "purchasePriceCurrency",
                "minStockLevel",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "number": "number",
            "displayNumber": "display_number",
            "description": "description",
            "orderLineDescription": "order_line_description",
            "ean": "ean",
            "elNumber": "el_number",
            "nrfNumber": "nrf_number",
            "costExcludingVatCurrency": "cost_excluding_vat_currency",
            "expenses": "expenses",
            "expensesInPercent": "expenses_in_percent",
            "costPrice": "cost_price",
            "profit": "profit",
            "profitInPercent": "profit_in_percent",
            "priceExcludingVatCurrency": "price_excluding_vat_currency",
            "priceIncludingVatCurrency": "price_including_vat_currency",
            "isInactive": "is_inactive",
            "isStockItem": "is_stock_item",
            "stockOfGoods": "stock_of_goods",
            "availableStock": "available_stock",
            "incomingStock": "incoming_stock",
            "outgoingStock": "outgoing_stock",
            "discountPrice": "discount_price",
            "isDeletable": "is_deletable",
            "hasSupplierProductConnected": "has_supplier_product_connected",
            "weight": "weight",
            "volume": "volume",
            "hsnCode": "hsn_code",
            "markupListPercentage": "markup_list_percentage",
            "markupNetPercentage": "markup_net_percentage",
            "displayName": "display_name",
            "isRoundPriceIncVat": "is_round_price_inc_vat",
            "priceInTargetCurrency": "price_in_target_currency",
            "purchasePriceCurrency": "purchase_price_currency",
            "minStockLevel": "min_stock_level",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_number = o.description = (
                        o.order_line_description
                    ) = o.ean = o.el_number = o.nrf_number = o.cost_excluding_vat_currency = o.expenses = (
                        o.expenses_in_percent
                    ) = o.cost_price = o.profit = o.profit_in_percent = o.price_excluding_vat_currency = (
                        o.price_including_vat_currency
                    ) = o.is_inactive = o.discount_group = o.product_unit = o.is_stock_item = o.stock_of_goods = (
                        o.available_stock
                    ) = o.incoming_stock = o.outgoing_stock = o.vat_type = o.currency = o.department = o.account = (
                        o.discount_price
                    ) = o.supplier = o.resale_product = o.is_deletable = o.has_supplier_product_connected = o.weight = (
                        o.weight_unit
                    ) = o.volume = o.volume_unit = o.hsn_code = o.image = o.markup_list_percentage = (
                        o.markup_net_percentage
                    ) = o.display_name = o.main_supplier_product = o.is_round_price_inc_vat = (
                        o.price_in_target_currency
                    ) = o.purchase_price_currency = o.min_stock_level = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 17 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.number = o.display_number = o.description = (
                        o.order_line_description
                    ) = o.ean = o.el_number = o.nrf_number = o.cost_excluding_vat_currency = o.expenses = (
                        o.expenses_in_percent
                    ) = o.cost_price = o.profit = o.profit_in_percent = o.price_excluding_vat_currency = (
                        o.price_including_vat_currency
                    ) = o.is_inactive = o.discount_group = o.product_unit = o.is_stock_item = o.stock_of_goods = (
                        o.available_stock
                    ) = o.incoming_stock = o.outgoing_stock = o.vat_type = o.currency = o.department = o.account = (
                        o.discount_price
                    ) = o.supplier = o.resale_product = o.is_deletable = o.has_supplier_product_connected = o.weight = (
                        o.weight_unit
                    ) = o.volume = o.volume_unit = o.hsn_code = o.image = o.markup_list_percentage = (
                        o.markup_net_percentage
                    ) = o.display_name = o.main_supplier_product = o.is_round_price_inc_vat = (
                        o.price_in_target_currency
                    ) = o.purchase_price_currency = o.min_stock_level = UNSET
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
                v = g("displayNumber")
                if v is None:
                    o.display_number = u
                    if "displayNumber" not in d:
                        m += 1
                else:
                    o.display_number = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("orderLineDescription")
                if v is None:
                    o.order_line_description = u
                    if "orderLineDescription" not in d:
                        m += 1
                else:
                    o.order_line_description = v
                v = g("ean")
                if v is None:
                    o.ean = u
                    if "ean" not in d:
                        m += 1
                else:
                    o.ean = v
                v = g("elNumber")
                if v is None:
                    o.el_number = u
                    if "elNumber" not in d:
                        m += 1
                else:
                    o.el_number = v
                v = g("nrfNumber")
                if v is None:
                    o.nrf_number = u
                    if "nrfNumber" not in d:
                        m += 1
                else:
                    o.nrf_number = v
                v = g("costExcludingVatCurrency")
                if v is None:
                    o.cost_excluding_vat_currency = u
                    if "costExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.cost_excluding_vat_currency = v
                v = g("expenses")
                if v is None:
                    o.expenses = u
                    if "expenses" not in d:
                        m += 1
                else:
                    o.expenses = v
                v = g("expensesInPercent")
                if v is None:
                    o.expenses_in_percent = u
                    if "expensesInPercent" not in d:
                        m += 1
                else:
                    o.expenses_in_percent = v
                v = g("costPrice")
                if v is None:
                    o.cost_price = u
                    if "costPrice" not in d:
                        m += 1
                else:
                    o.cost_price = v
                v = g("profit")
                if v is None:
                    o.profit = u
                    if "profit" not in d:
                        m += 1
                else:
                    o.profit = v
                v = g("profitInPercent")
                if v is None:
                    o.profit_in_percent = u
                    if "profitInPercent" not in d:
                        m += 1
                else:
                    o.profit_in_percent = v
                v = g("priceExcludingVatCurrency")
                if v is None:
                    o.price_excluding_vat_currency = u
                    if "priceExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.price_excluding_vat_currency = v
                v = g("priceIncludingVatCurrency")
                if v is None:
                    o.price_including_vat_currency = u
                    if "priceIncludingVatCurrency" not in d:
                        m += 1
                else:
                    o.price_including_vat_currency = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                k = "discountGroup"
                v = g("discountGroup")
                if v is None:
                    o.discount_group = u
                    if "discountGroup" not in d:
                        m += 1
                else:
                    o.discount_group = DiscountGroup._tx_parse(v)
                k = "productUnit"
                v = g("productUnit")
                if v is None:
                    o.product_unit = u
                    if "productUnit" not in d:
                        m += 1
                else:
                    o.product_unit = ProductUnit._tx_parse(v)
                v = g("isStockItem")
                if v is None:
                    o.is_stock_item = u
                    if "isStockItem" not in d:
                        m += 1
                else:
                    o.is_stock_item = v
                v = g("stockOfGoods")
                if v is None:
                    o.stock_of_goods = u
                    if "stockOfGoods" not in d:
                        m += 1
                else:
                    o.stock_of_goods = v
                v = g("availableStock")
                if v is None:
                    o.available_stock = u
                    if "availableStock" not in d:
                        m += 1
                else:
                    o.available_stock = v
                v = g("incomingStock")
                if v is None:
                    o.incoming_stock = u
                    if "incomingStock" not in d:
                        m += 1
                else:
                    o.incoming_stock = v
                v = g("outgoingStock")
                if v is None:
                    o.outgoing_stock = u
                    if "outgoingStock" not in d:
                        m += 1
                else:
                    o.outgoing_stock = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("discountPrice")
                if v is None:
                    o.discount_price = u
                    if "discountPrice" not in d:
                        m += 1
                else:
                    o.discount_price = v
                k = "supplier"
                v = g("supplier")
                if v is None:
                    o.supplier = u
                    if "supplier" not in d:
                        m += 1
                else:
                    o.supplier = Supplier._tx_parse(v)
                k = "resaleProduct"
                v = g("resaleProduct")
                if v is None:
                    o.resale_product = u
                    if "resaleProduct" not in d:
                        m += 1
                else:
                    o.resale_product = Product._tx_parse(v)
                v = g("isDeletable")
                if v is None:
                    o.is_deletable = u
                    if "isDeletable" not in d:
                        m += 1
                else:
                    o.is_deletable = v
                v = g("hasSupplierProductConnected")
                if v is None:
                    o.has_supplier_product_connected = u
                    if "hasSupplierProductConnected" not in d:
                        m += 1
                else:
                    o.has_supplier_product_connected = v
                v = g("weight")
                if v is None:
                    o.weight = u
                    if "weight" not in d:
                        m += 1
                else:
                    o.weight = v
                k = "weightUnit"
                v = g("weightUnit")
                if v is None:
                    o.weight_unit = u
                    if "weightUnit" not in d:
                        m += 1
                else:
                    o.weight_unit = (
                        e_ if (e_ := _e_weight_unit.get(v)) is not None else enum_value(ProductWeightUnit, v)
                    )
                v = g("volume")
                if v is None:
                    o.volume = u
                    if "volume" not in d:
                        m += 1
                else:
                    o.volume = v
                k = "volumeUnit"
                v = g("volumeUnit")
                if v is None:
                    o.volume_unit = u
                    if "volumeUnit" not in d:
                        m += 1
                else:
                    o.volume_unit = (
                        e_ if (e_ := _e_volume_unit.get(v)) is not None else enum_value(ProductVolumeUnit, v)
                    )
                v = g("hsnCode")
                if v is None:
                    o.hsn_code = u
                    if "hsnCode" not in d:
                        m += 1
                else:
                    o.hsn_code = v
                k = "image"
                v = g("image")
                if v is None:
                    o.image = u
                    if "image" not in d:
                        m += 1
                else:
                    o.image = Document._tx_parse(v)
                v = g("markupListPercentage")
                if v is None:
                    o.markup_list_percentage = u
                    if "markupListPercentage" not in d:
                        m += 1
                else:
                    o.markup_list_percentage = v
                v = g("markupNetPercentage")
                if v is None:
                    o.markup_net_percentage = u
                    if "markupNetPercentage" not in d:
                        m += 1
                else:
                    o.markup_net_percentage = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                k = "mainSupplierProduct"
                v = g("mainSupplierProduct")
                if v is None:
                    o.main_supplier_product = u
                    if "mainSupplierProduct" not in d:
                        m += 1
                else:
                    o.main_supplier_product = SupplierProduct._tx_parse(v)
                v = g("isRoundPriceIncVat")
                if v is None:
                    o.is_round_price_inc_vat = u
                    if "isRoundPriceIncVat" not in d:
                        m += 1
                else:
                    o.is_round_price_inc_vat = v
                v = g("priceInTargetCurrency")
                if v is None:
                    o.price_in_target_currency = u
                    if "priceInTargetCurrency" not in d:
                        m += 1
                else:
                    o.price_in_target_currency = v
                v = g("purchasePriceCurrency")
                if v is None:
                    o.purchase_price_currency = u
                    if "purchasePriceCurrency" not in d:
                        m += 1
                else:
                    o.purchase_price_currency = v
                v = g("minStockLevel")
                if v is None:
                    o.min_stock_level = u
                    if "minStockLevel" not in d:
                        m += 1
                else:
                    o.min_stock_level = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 51 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("name", "name"),
            ("number", "number"),
            ("display_number", "displayNumber"),
            ("description", "description"),
            ("order_line_description", "orderLineDescription"),
            ("ean", "ean"),
            ("el_number", "elNumber"),
            ("nrf_number", "nrfNumber"),
            ("cost_excluding_vat_currency", "costExcludingVatCurrency"),
            ("expenses", "expenses"),
            ("expenses_in_percent", "expensesInPercent"),
            ("cost_price", "costPrice"),
            ("profit", "profit"),
            ("profit_in_percent", "profitInPercent"),
            ("price_excluding_vat_currency", "priceExcludingVatCurrency"),
            ("price_including_vat_currency", "priceIncludingVatCurrency"),
            ("is_inactive", "isInactive"),
            ("discount_group", "discountGroup"),
            ("product_unit", "productUnit"),
            ("is_stock_item", "isStockItem"),
            ("stock_of_goods", "stockOfGoods"),
            ("available_stock", "availableStock"),
            ("incoming_stock", "incomingStock"),
            ("outgoing_stock", "outgoingStock"),
            ("vat_type", "vatType"),
            ("currency", "currency"),
            ("department", "department"),
            ("account", "account"),
            ("discount_price", "discountPrice"),
            ("supplier", "supplier"),
            ("resale_product", "resaleProduct"),
            ("is_deletable", "isDeletable"),
            ("has_supplier_product_connected", "hasSupplierProductConnected"),
            ("weight", "weight"),
            ("weight_unit", "weightUnit"),
            ("volume", "volume"),
            ("volume_unit", "volumeUnit"),
            ("hsn_code", "hsnCode"),
            ("image", "image"),
            ("markup_list_percentage", "markupListPercentage"),
            ("markup_net_percentage", "markupNetPercentage"),
            ("display_name", "displayName"),
            ("main_supplier_product", "mainSupplierProduct"),
            ("is_round_price_inc_vat", "isRoundPriceIncVat"),
            ("price_in_target_currency", "priceInTargetCurrency"),
            ("purchase_price_currency", "purchasePriceCurrency"),
            ("min_stock_level", "minStockLevel"),
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
            v = s.name
            o.name = u if v is None else v
            v = s.number
            o.number = u if v is None else v
            v = s.display_number
            o.display_number = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.order_line_description
            o.order_line_description = u if v is None else v
            v = s.ean
            o.ean = u if v is None else v
            v = s.el_number
            o.el_number = u if v is None else v
            v = s.nrf_number
            o.nrf_number = u if v is None else v
            v = s.cost_excluding_vat_currency
            o.cost_excluding_vat_currency = u if v is None else v
            v = s.expenses
            o.expenses = u if v is None else v
            v = s.expenses_in_percent
            o.expenses_in_percent = u if v is None else v
            v = s.cost_price
            o.cost_price = u if v is None else v
            v = s.profit
            o.profit = u if v is None else v
            v = s.profit_in_percent
            o.profit_in_percent = u if v is None else v
            v = s.price_excluding_vat_currency
            o.price_excluding_vat_currency = u if v is None else v
            v = s.price_including_vat_currency
            o.price_including_vat_currency = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.discount_group
            o.discount_group = u if v is None or v is u else DiscountGroup._tx_parse(v)
            v = s.product_unit
            o.product_unit = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.is_stock_item
            o.is_stock_item = u if v is None else v
            v = s.stock_of_goods
            o.stock_of_goods = u if v is None else v
            v = s.available_stock
            o.available_stock = u if v is None else v
            v = s.incoming_stock
            o.incoming_stock = u if v is None else v
            v = s.outgoing_stock
            o.outgoing_stock = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.discount_price
            o.discount_price = u if v is None else v
            v = s.supplier
            o.supplier = u if v is None or v is u else Supplier._tx_parse(v)
            v = s.resale_product
            o.resale_product = u if v is None or v is u else Product._tx_parse(v)
            v = s.is_deletable
            o.is_deletable = u if v is None else v
            v = s.has_supplier_product_connected
            o.has_supplier_product_connected = u if v is None else v
            v = s.weight
            o.weight = u if v is None else v
            v = s.weight_unit
            o.weight_unit = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_weight_unit.get(v)) is not None
                else enum_value(ProductWeightUnit, v)
            )
            v = s.volume
            o.volume = u if v is None else v
            v = s.volume_unit
            o.volume_unit = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_volume_unit.get(v)) is not None
                else enum_value(ProductVolumeUnit, v)
            )
            v = s.hsn_code
            o.hsn_code = u if v is None else v
            v = s.image
            o.image = u if v is None or v is u else Document._tx_parse(v)
            v = s.markup_list_percentage
            o.markup_list_percentage = u if v is None else v
            v = s.markup_net_percentage
            o.markup_net_percentage = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.main_supplier_product
            o.main_supplier_product = u if v is None or v is u else SupplierProduct._tx_parse(v)
            v = s.is_round_price_inc_vat
            o.is_round_price_inc_vat = u if v is None else v
            v = s.price_in_target_currency
            o.price_in_target_currency = u if v is None else v
            v = s.purchase_price_currency
            o.purchase_price_currency = u if v is None else v
            v = s.min_stock_level
            o.min_stock_level = u if v is None else v
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
