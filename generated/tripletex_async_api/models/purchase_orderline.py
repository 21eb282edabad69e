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
    from ..models.currency import Currency
    from ..models.product import Product
    from ..models.purchase_order import PurchaseOrder
    from ..models.supplier_product import SupplierProduct


T = TypeVar("T", bound="PurchaseOrderline")


@_attrs_define
class PurchaseOrderline(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        amount_including_vat_currency (float | Unset): Total amount on order line including VAT in the order's currency
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
        _v = self.purchase_order
        if _v is not UNSET:
            field_dict["purchaseOrder"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.supplier_product
        if _v is not UNSET:
            field_dict["supplierProduct"] = _v.to_dict()
        _v = self.resale_product
        if _v is not UNSET:
            field_dict["resaleProduct"] = _v.to_dict()
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.quantity_received
        if _v is not UNSET:
            field_dict["quantityReceived"] = _v
        _v = self.unit_cost_currency
        if _v is not UNSET:
            field_dict["unitCostCurrency"] = _v
        _v = self.unit_price_excluding_vat_currency
        if _v is not UNSET:
            field_dict["unitPriceExcludingVatCurrency"] = _v
        _v = self.unit_list_price_currency
        if _v is not UNSET:
            field_dict["unitListPriceCurrency"] = _v
        _v = self.unit_price_inc_vat_currency
        if _v is not UNSET:
            field_dict["unitPriceIncVatCurrency"] = _v
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.discount
        if _v is not UNSET:
            field_dict["discount"] = _v
        _v = self.amount_excluding_vat_currency
        if _v is not UNSET:
            field_dict["amountExcludingVatCurrency"] = _v
        _v = self.amount_including_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["amountIncludingVatCurrency"] = _v
        _v = self.custom_sort_index
        if _v is not UNSET:
            field_dict["customSortIndex"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PurchaseOrderline from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PurchaseOrderline.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415
        from ..models.supplier_product import SupplierProduct  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "description": "description",
            "count": "count",
            "quantityReceived": "quantity_received",
            "unitCostCurrency": "unit_cost_currency",
            "unitPriceExcludingVatCurrency": "unit_price_excluding_vat_currency",
            "unitListPriceCurrency": "unit_list_price_currency",
            "unitPriceIncVatCurrency": "unit_price_inc_vat_currency",
            "discount": "discount",
            "amountExcludingVatCurrency": "amount_excluding_vat_currency",
            "amountIncludingVatCurrency": "amount_including_vat_currency",
            "customSortIndex": "custom_sort_index",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.purchase_order = o.product = o.supplier_product = (
                        o.resale_product
                    ) = o.description = o.count = o.quantity_received = o.unit_cost_currency = (
                        o.unit_price_excluding_vat_currency
                    ) = o.unit_list_price_currency = o.unit_price_inc_vat_currency = o.currency = o.discount = (
                        o.amount_excluding_vat_currency
                    ) = o.amount_including_vat_currency = o.custom_sort_index = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.purchase_order = o.product = o.supplier_product = (
                        o.resale_product
                    ) = o.description = o.count = o.quantity_received = o.unit_cost_currency = (
                        o.unit_price_excluding_vat_currency
                    ) = o.unit_list_price_currency = o.unit_price_inc_vat_currency = o.currency = o.discount = (
                        o.amount_excluding_vat_currency
                    ) = o.amount_including_vat_currency = o.custom_sort_index = UNSET
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
                k = "purchaseOrder"
                v = g("purchaseOrder")
                if v is None:
                    o.purchase_order = u
                    if "purchaseOrder" not in d:
                        m += 1
                else:
                    o.purchase_order = PurchaseOrder._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "supplierProduct"
                v = g("supplierProduct")
                if v is None:
                    o.supplier_product = u
                    if "supplierProduct" not in d:
                        m += 1
                else:
                    o.supplier_product = SupplierProduct._tx_parse(v)
                k = "resaleProduct"
                v = g("resaleProduct")
                if v is None:
                    o.resale_product = u
                    if "resaleProduct" not in d:
                        m += 1
                else:
                    o.resale_product = Product._tx_parse(v)
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("quantityReceived")
                if v is None:
                    o.quantity_received = u
                    if "quantityReceived" not in d:
                        m += 1
                else:
                    o.quantity_received = v
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
                v = g("unitListPriceCurrency")
                if v is None:
                    o.unit_list_price_currency = u
                    if "unitListPriceCurrency" not in d:
                        m += 1
                else:
                    o.unit_list_price_currency = v
                v = g("unitPriceIncVatCurrency")
                if v is None:
                    o.unit_price_inc_vat_currency = u
                    if "unitPriceIncVatCurrency" not in d:
                        m += 1
                else:
                    o.unit_price_inc_vat_currency = v
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                v = g("discount")
                if v is None:
                    o.discount = u
                    if "discount" not in d:
                        m += 1
                else:
                    o.discount = v
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
                v = g("customSortIndex")
                if v is None:
                    o.custom_sort_index = u
                    if "customSortIndex" not in d:
                        m += 1
                else:
                    o.custom_sort_index = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("purchase_order", "purchaseOrder"),
            ("product", "product"),
            ("supplier_product", "supplierProduct"),
            ("resale_product", "resaleProduct"),
            ("description", "description"),
            ("count", "count"),
            ("quantity_received", "quantityReceived"),
            ("unit_cost_currency", "unitCostCurrency"),
            ("unit_price_excluding_vat_currency", "unitPriceExcludingVatCurrency"),
            ("unit_list_price_currency", "unitListPriceCurrency"),
            ("unit_price_inc_vat_currency", "unitPriceIncVatCurrency"),
            ("currency", "currency"),
            ("discount", "discount"),
            ("amount_excluding_vat_currency", "amountExcludingVatCurrency"),
            ("amount_including_vat_currency", "amountIncludingVatCurrency"),
            ("custom_sort_index", "customSortIndex"),
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
            v = s.purchase_order
            o.purchase_order = u if v is None or v is u else PurchaseOrder._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.supplier_product
            o.supplier_product = u if v is None or v is u else SupplierProduct._tx_parse(v)
            v = s.resale_product
            o.resale_product = u if v is None or v is u else Product._tx_parse(v)
            v = s.description
            o.description = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.quantity_received
            o.quantity_received = u if v is None else v
            v = s.unit_cost_currency
            o.unit_cost_currency = u if v is None else v
            v = s.unit_price_excluding_vat_currency
            o.unit_price_excluding_vat_currency = u if v is None else v
            v = s.unit_list_price_currency
            o.unit_list_price_currency = u if v is None else v
            v = s.unit_price_inc_vat_currency
            o.unit_price_inc_vat_currency = u if v is None else v
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.discount
            o.discount = u if v is None else v
            v = s.amount_excluding_vat_currency
            o.amount_excluding_vat_currency = u if v is None else v
            v = s.amount_including_vat_currency
            o.amount_including_vat_currency = u if v is None else v
            v = s.custom_sort_index
            o.custom_sort_index = u if v is None else v
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
