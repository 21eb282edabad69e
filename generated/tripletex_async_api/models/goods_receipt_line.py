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
    from ..models.inventory import Inventory
    from ..models.inventory_location import InventoryLocation
    from ..models.product import Product
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="GoodsReceiptLine")


@_attrs_define
class GoodsReceiptLine(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        purchase_order (PurchaseOrder | Unset): The purchase order to attach the orderline.
        product (Product | Unset):
        resale_product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        quantity_ordered (float | Unset):
        quantity_received (float | Unset):
        quantity_rest (float | Unset):
        deviation (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order: PurchaseOrder | Unset = UNSET
    product: Product | Unset = UNSET
    resale_product: Product | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    inventory_location: InventoryLocation | Unset = UNSET
    quantity_ordered: float | Unset = UNSET
    quantity_received: float | Unset = UNSET
    quantity_rest: float | Unset = UNSET
    deviation: float | Unset = UNSET
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
        _v = self.resale_product
        if _v is not UNSET:
            field_dict["resaleProduct"] = _v.to_dict()
        _v = self.inventory
        if _v is not UNSET:
            field_dict["inventory"] = _v.to_dict()
        _v = self.inventory_location
        if _v is not UNSET:
            field_dict["inventoryLocation"] = _v.to_dict()
        _v = self.quantity_ordered
        if _v is not UNSET and not _in_request:
            field_dict["quantityOrdered"] = _v
        _v = self.quantity_received
        if _v is not UNSET:
            field_dict["quantityReceived"] = _v
        _v = self.quantity_rest
        if _v is not UNSET and not _in_request:
            field_dict["quantityRest"] = _v
        _v = self.deviation
        if _v is not UNSET and not _in_request:
            field_dict["deviation"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GoodsReceiptLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GoodsReceiptLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "purchaseOrder",
                "product",
                "resaleProduct",
                "inventory",
                "inventoryLocation",
                "quantityOrdered",
                "quantityReceived",
                "quantityRest",
                "deviation",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "quantityOrdered": "quantity_ordered",
            "quantityReceived": "quantity_received",
            "quantityRest": "quantity_rest",
            "deviation": "deviation",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.purchase_order = o.product = o.resale_product = (
                        o.inventory
                    ) = o.inventory_location = o.quantity_ordered = o.quantity_received = o.quantity_rest = (
                        o.deviation
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.purchase_order = o.product = o.resale_product = (
                        o.inventory
                    ) = o.inventory_location = o.quantity_ordered = o.quantity_received = o.quantity_rest = (
                        o.deviation
                    ) = UNSET
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
                k = "resaleProduct"
                v = g("resaleProduct")
                if v is None:
                    o.resale_product = u
                    if "resaleProduct" not in d:
                        m += 1
                else:
                    o.resale_product = Product._tx_parse(v)
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
                v = g("quantityOrdered")
                if v is None:
                    o.quantity_ordered = u
                    if "quantityOrdered" not in d:
                        m += 1
                else:
                    o.quantity_ordered = v
                v = g("quantityReceived")
                if v is None:
                    o.quantity_received = u
                    if "quantityReceived" not in d:
                        m += 1
                else:
                    o.quantity_received = v
                v = g("quantityRest")
                if v is None:
                    o.quantity_rest = u
                    if "quantityRest" not in d:
                        m += 1
                else:
                    o.quantity_rest = v
                v = g("deviation")
                if v is None:
                    o.deviation = u
                    if "deviation" not in d:
                        m += 1
                else:
                    o.deviation = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("resale_product", "resaleProduct"),
            ("inventory", "inventory"),
            ("inventory_location", "inventoryLocation"),
            ("quantity_ordered", "quantityOrdered"),
            ("quantity_received", "quantityReceived"),
            ("quantity_rest", "quantityRest"),
            ("deviation", "deviation"),
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
            v = s.resale_product
            o.resale_product = u if v is None or v is u else Product._tx_parse(v)
            v = s.inventory
            o.inventory = u if v is None or v is u else Inventory._tx_parse(v)
            v = s.inventory_location
            o.inventory_location = u if v is None or v is u else InventoryLocation._tx_parse(v)
            v = s.quantity_ordered
            o.quantity_ordered = u if v is None else v
            v = s.quantity_received
            o.quantity_received = u if v is None else v
            v = s.quantity_rest
            o.quantity_rest = u if v is None else v
            v = s.deviation
            o.deviation = u if v is None else v
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
