from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_volume_unit import ProductVolumeUnit
from ..models.product_weight_unit import ProductWeightUnit
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


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("discountGroup", dict, False),
    ("productUnit", dict, False),
    ("vatType", dict, False),
    ("currency", dict, False),
    ("department", dict, False),
    ("account", dict, False),
    ("supplier", dict, False),
    ("resaleProduct", dict, False),
    ("weightUnit", str, False),
    ("volumeUnit", str, False),
    ("image", dict, False),
    ("mainSupplierProduct", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Product(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset):
        number (str | Unset):
        display_number (str | Unset): [read-only]
        description (str | Unset):
        order_line_description (str | Unset):
        ean (str | Unset):
        el_number (str | Unset): [read-only]
        nrf_number (str | Unset): [read-only]
        cost_excluding_vat_currency (float | Unset): Price purchase (cost) excluding VAT in the product's currency
        expenses (float | Unset):
        expenses_in_percent (float | Unset): [read-only]
        cost_price (float | Unset): [read-only] Cost price of purchase
        profit (float | Unset): [read-only]
        profit_in_percent (float | Unset): [read-only]
        price_excluding_vat_currency (float | Unset): Price of purchase excluding VAT in the product's currency
        price_including_vat_currency (float | Unset): Price of purchase including VAT in the product's currency
        is_inactive (bool | Unset):
        discount_group (DiscountGroup | Unset):
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        is_stock_item (bool | Unset):
        stock_of_goods (float | Unset): [read-only] Available only on demand
        available_stock (float | Unset): [read-only] Available only on demand
        incoming_stock (float | Unset): [read-only] Available only on demand
        outgoing_stock (float | Unset): [read-only] Available only on demand
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        account (Account | Unset):
        discount_price (float | Unset): [read-only]
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
        markup_list_percentage (float | Unset): [read-only]
        markup_net_percentage (float | Unset): [read-only]
        display_name (str | Unset): [read-only]
        main_supplier_product (SupplierProduct | Unset): This feature is available only in pilot
        is_round_price_inc_vat (bool | Unset): [read-only] [BETA] Indicates whether the price incl. VAT is rounded off
            or not
        price_in_target_currency (float | Unset): [read-only] Purchase Price converted in specific currency.
        purchase_price_currency (float | Unset): [read-only] Purchase Price in product currency. This affects only
            Supplier Products.
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

        number = self.number

        display_number = self.display_number

        description = self.description

        order_line_description = self.order_line_description

        ean = self.ean

        el_number = self.el_number

        nrf_number = self.nrf_number

        cost_excluding_vat_currency = self.cost_excluding_vat_currency

        expenses = self.expenses

        expenses_in_percent = self.expenses_in_percent

        cost_price = self.cost_price

        profit = self.profit

        profit_in_percent = self.profit_in_percent

        price_excluding_vat_currency = self.price_excluding_vat_currency

        price_including_vat_currency = self.price_including_vat_currency

        is_inactive = self.is_inactive

        discount_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount_group, Unset):
            discount_group = self.discount_group.to_dict()

        product_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_unit, Unset):
            product_unit = self.product_unit.to_dict()

        is_stock_item = self.is_stock_item

        stock_of_goods = self.stock_of_goods

        available_stock = self.available_stock

        incoming_stock = self.incoming_stock

        outgoing_stock = self.outgoing_stock

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        discount_price = self.discount_price

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        resale_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resale_product, Unset):
            resale_product = self.resale_product.to_dict()

        is_deletable = self.is_deletable

        has_supplier_product_connected = self.has_supplier_product_connected

        weight = self.weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        volume = self.volume

        volume_unit: str | Unset = UNSET
        if not isinstance(self.volume_unit, Unset):
            volume_unit = self.volume_unit.value

        hsn_code = self.hsn_code

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        markup_list_percentage = self.markup_list_percentage

        markup_net_percentage = self.markup_net_percentage

        display_name = self.display_name

        main_supplier_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_supplier_product, Unset):
            main_supplier_product = self.main_supplier_product.to_dict()

        is_round_price_inc_vat = self.is_round_price_inc_vat

        price_in_target_currency = self.price_in_target_currency

        purchase_price_currency = self.purchase_price_currency

        min_stock_level = self.min_stock_level

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
        if number is not UNSET:
            field_dict["number"] = number
        if display_number is not UNSET and not _in_request:
            field_dict["displayNumber"] = display_number
        if description is not UNSET:
            field_dict["description"] = description
        if order_line_description is not UNSET:
            field_dict["orderLineDescription"] = order_line_description
        if ean is not UNSET:
            field_dict["ean"] = ean
        if el_number is not UNSET and not _in_request:
            field_dict["elNumber"] = el_number
        if nrf_number is not UNSET and not _in_request:
            field_dict["nrfNumber"] = nrf_number
        if cost_excluding_vat_currency is not UNSET:
            field_dict["costExcludingVatCurrency"] = cost_excluding_vat_currency
        if expenses is not UNSET:
            field_dict["expenses"] = expenses
        if expenses_in_percent is not UNSET and not _in_request:
            field_dict["expensesInPercent"] = expenses_in_percent
        if cost_price is not UNSET and not _in_request:
            field_dict["costPrice"] = cost_price
        if profit is not UNSET and not _in_request:
            field_dict["profit"] = profit
        if profit_in_percent is not UNSET and not _in_request:
            field_dict["profitInPercent"] = profit_in_percent
        if price_excluding_vat_currency is not UNSET:
            field_dict["priceExcludingVatCurrency"] = price_excluding_vat_currency
        if price_including_vat_currency is not UNSET:
            field_dict["priceIncludingVatCurrency"] = price_including_vat_currency
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if discount_group is not UNSET:
            field_dict["discountGroup"] = discount_group
        if product_unit is not UNSET:
            field_dict["productUnit"] = product_unit
        if is_stock_item is not UNSET:
            field_dict["isStockItem"] = is_stock_item
        if stock_of_goods is not UNSET and not _in_request:
            field_dict["stockOfGoods"] = stock_of_goods
        if available_stock is not UNSET and not _in_request:
            field_dict["availableStock"] = available_stock
        if incoming_stock is not UNSET and not _in_request:
            field_dict["incomingStock"] = incoming_stock
        if outgoing_stock is not UNSET and not _in_request:
            field_dict["outgoingStock"] = outgoing_stock
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if department is not UNSET:
            field_dict["department"] = department
        if account is not UNSET:
            field_dict["account"] = account
        if discount_price is not UNSET and not _in_request:
            field_dict["discountPrice"] = discount_price
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if resale_product is not UNSET:
            field_dict["resaleProduct"] = resale_product
        if is_deletable is not UNSET:
            field_dict["isDeletable"] = is_deletable
        if has_supplier_product_connected is not UNSET:
            field_dict["hasSupplierProductConnected"] = has_supplier_product_connected
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_unit is not UNSET:
            field_dict["volumeUnit"] = volume_unit
        if hsn_code is not UNSET:
            field_dict["hsnCode"] = hsn_code
        if image is not UNSET:
            field_dict["image"] = image
        if markup_list_percentage is not UNSET and not _in_request:
            field_dict["markupListPercentage"] = markup_list_percentage
        if markup_net_percentage is not UNSET and not _in_request:
            field_dict["markupNetPercentage"] = markup_net_percentage
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if main_supplier_product is not UNSET:
            field_dict["mainSupplierProduct"] = main_supplier_product
        if is_round_price_inc_vat is not UNSET and not _in_request:
            field_dict["isRoundPriceIncVat"] = is_round_price_inc_vat
        if price_in_target_currency is not UNSET and not _in_request:
            field_dict["priceInTargetCurrency"] = price_in_target_currency
        if purchase_price_currency is not UNSET and not _in_request:
            field_dict["purchasePriceCurrency"] = purchase_price_currency
        if min_stock_level is not UNSET:
            field_dict["minStockLevel"] = min_stock_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Product from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
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

        def _p_discount_group(_tx_v: Any) -> DiscountGroup | Unset:
            _discount_group = _tx_v
            discount_group: DiscountGroup | Unset
            if isinstance(_discount_group, Unset):
                discount_group = UNSET
            else:
                discount_group = DiscountGroup._tx_from_json(_discount_group)

            return discount_group

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

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

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

        def _p_weight_unit(_tx_v: Any) -> ProductWeightUnit | Unset:
            _weight_unit = _tx_v
            weight_unit: ProductWeightUnit | Unset
            if isinstance(_weight_unit, Unset):
                weight_unit = UNSET
            else:
                weight_unit = ProductWeightUnit(_weight_unit)

            return weight_unit

        def _p_volume_unit(_tx_v: Any) -> ProductVolumeUnit | Unset:
            _volume_unit = _tx_v
            volume_unit: ProductVolumeUnit | Unset
            if isinstance(_volume_unit, Unset):
                volume_unit = UNSET
            else:
                volume_unit = ProductVolumeUnit(_volume_unit)

            return volume_unit

        def _p_image(_tx_v: Any) -> Document | Unset:
            _image = _tx_v
            image: Document | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = Document._tx_from_json(_image)

            return image

        def _p_main_supplier_product(_tx_v: Any) -> SupplierProduct | Unset:
            _main_supplier_product = _tx_v
            main_supplier_product: SupplierProduct | Unset
            if isinstance(_main_supplier_product, Unset):
                main_supplier_product = UNSET
            else:
                main_supplier_product = SupplierProduct._tx_from_json(_main_supplier_product)

            return main_supplier_product

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "number": ("number", None),
            "display_number": ("displayNumber", None),
            "description": ("description", None),
            "order_line_description": ("orderLineDescription", None),
            "ean": ("ean", None),
            "el_number": ("elNumber", None),
            "nrf_number": ("nrfNumber", None),
            "cost_excluding_vat_currency": ("costExcludingVatCurrency", None),
            "expenses": ("expenses", None),
            "expenses_in_percent": ("expensesInPercent", None),
            "cost_price": ("costPrice", None),
            "profit": ("profit", None),
            "profit_in_percent": ("profitInPercent", None),
            "price_excluding_vat_currency": ("priceExcludingVatCurrency", None),
            "price_including_vat_currency": ("priceIncludingVatCurrency", None),
            "is_inactive": ("isInactive", None),
            "discount_group": ("discountGroup", _p_discount_group),
            "product_unit": ("productUnit", _p_product_unit),
            "is_stock_item": ("isStockItem", None),
            "stock_of_goods": ("stockOfGoods", None),
            "available_stock": ("availableStock", None),
            "incoming_stock": ("incomingStock", None),
            "outgoing_stock": ("outgoingStock", None),
            "vat_type": ("vatType", _p_vat_type),
            "currency": ("currency", _p_currency),
            "department": ("department", _p_department),
            "account": ("account", _p_account),
            "discount_price": ("discountPrice", None),
            "supplier": ("supplier", _p_supplier),
            "resale_product": ("resaleProduct", _p_resale_product),
            "is_deletable": ("isDeletable", None),
            "has_supplier_product_connected": ("hasSupplierProductConnected", None),
            "weight": ("weight", None),
            "weight_unit": ("weightUnit", _p_weight_unit),
            "volume": ("volume", None),
            "volume_unit": ("volumeUnit", _p_volume_unit),
            "hsn_code": ("hsnCode", None),
            "image": ("image", _p_image),
            "markup_list_percentage": ("markupListPercentage", None),
            "markup_net_percentage": ("markupNetPercentage", None),
            "display_name": ("displayName", None),
            "main_supplier_product": ("mainSupplierProduct", _p_main_supplier_product),
            "is_round_price_inc_vat": ("isRoundPriceIncVat", None),
            "price_in_target_currency": ("priceInTargetCurrency", None),
            "purchase_price_currency": ("purchasePriceCurrency", None),
            "min_stock_level": ("minStockLevel", None),
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
