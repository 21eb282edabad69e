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
    from ..models.employee import Employee
    from ..models.inventory_location import InventoryLocation
    from ..models.product import Product
    from ..models.stocktaking import Stocktaking


T = TypeVar("T", bound="ProductLine")


@_attrs_define
class ProductLine(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        stocktaking (Stocktaking | Unset):
        product (Product | Unset):
        count (float | Unset):
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        cost_currency (float | Unset):
        comment (str | Unset):
        counted (bool | Unset): If a line is counted or not - only for internal use; will return true/false based on
            whether the stocktaking is completed otherwise.
        counter (Employee | Unset):
        date_counted (str | Unset): When the line was counted - only for internal use
        expected_stock (float | Unset): For internal use only
        location (InventoryLocation | Unset): Inventory location field -- beta program
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    stocktaking: Stocktaking | Unset = UNSET
    product: Product | Unset = UNSET
    count: float | Unset = UNSET
    unit_cost_currency: float | Unset = UNSET
    cost_currency: float | Unset = UNSET
    comment: str | Unset = UNSET
    counted: bool | Unset = UNSET
    counter: Employee | Unset = UNSET
    date_counted: str | Unset = UNSET
    expected_stock: float | Unset = UNSET
    location: InventoryLocation | Unset = UNSET
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
        _v = self.stocktaking
        if _v is not UNSET:
            field_dict["stocktaking"] = _v.to_dict()
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.count
        if _v is not UNSET:
            field_dict["count"] = _v
        _v = self.unit_cost_currency
        if _v is not UNSET:
            field_dict["unitCostCurrency"] = _v
        _v = self.cost_currency
        if _v is not UNSET and not _in_request:
            field_dict["costCurrency"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.counted
        if _v is not UNSET and not _in_request:
            field_dict["counted"] = _v
        _v = self.counter
        if _v is not UNSET:
            field_dict["counter"] = _v.to_dict()
        _v = self.date_counted
        if _v is not UNSET and not _in_request:
            field_dict["dateCounted"] = _v
        _v = self.expected_stock
        if _v is not UNSET and not _in_request:
            field_dict["expectedStock"] = _v
        _v = self.location
        if _v is not UNSET:
            field_dict["location"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductLine from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductLine.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.stocktaking import Stocktaking  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "stocktaking",
                "product",
                "count",
                "unitCostCurrency",
                "costCurrency",
                "comment",
                "counted",
                "counter",
                "dateCounted",
                "expectedStock",
                "location",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "count": "count",
            "unitCostCurrency": "unit_cost_currency",
            "costCurrency": "cost_currency",
            "comment": "comment",
            "counted": "counted",
            "dateCounted": "date_counted",
            "expectedStock": "expected_stock",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.stocktaking = o.product = o.count = (
                        o.unit_cost_currency
                    ) = o.cost_currency = o.comment = o.counted = o.counter = o.date_counted = o.expected_stock = (
                        o.location
                    ) = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 5 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.stocktaking = o.product = o.count = (
                        o.unit_cost_currency
                    ) = o.cost_currency = o.comment = o.counted = o.counter = o.date_counted = o.expected_stock = (
                        o.location
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
                k = "stocktaking"
                v = g("stocktaking")
                if v is None:
                    o.stocktaking = u
                    if "stocktaking" not in d:
                        m += 1
                else:
                    o.stocktaking = Stocktaking._tx_parse(v)
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("unitCostCurrency")
                if v is None:
                    o.unit_cost_currency = u
                    if "unitCostCurrency" not in d:
                        m += 1
                else:
                    o.unit_cost_currency = v
                v = g("costCurrency")
                if v is None:
                    o.cost_currency = u
                    if "costCurrency" not in d:
                        m += 1
                else:
                    o.cost_currency = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("counted")
                if v is None:
                    o.counted = u
                    if "counted" not in d:
                        m += 1
                else:
                    o.counted = v
                k = "counter"
                v = g("counter")
                if v is None:
                    o.counter = u
                    if "counter" not in d:
                        m += 1
                else:
                    o.counter = Employee._tx_parse(v)
                v = g("dateCounted")
                if v is None:
                    o.date_counted = u
                    if "dateCounted" not in d:
                        m += 1
                else:
                    o.date_counted = v
                v = g("expectedStock")
                if v is None:
                    o.expected_stock = u
                    if "expectedStock" not in d:
                        m += 1
                else:
                    o.expected_stock = v
                k = "location"
                v = g("location")
                if v is None:
                    o.location = u
                    if "location" not in d:
                        m += 1
                else:
                    o.location = InventoryLocation._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 15 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("stocktaking", "stocktaking"),
            ("product", "product"),
            ("count", "count"),
            ("unit_cost_currency", "unitCostCurrency"),
            ("cost_currency", "costCurrency"),
            ("comment", "comment"),
            ("counted", "counted"),
            ("counter", "counter"),
            ("date_counted", "dateCounted"),
            ("expected_stock", "expectedStock"),
            ("location", "location"),
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
            v = s.stocktaking
            o.stocktaking = u if v is None or v is u else Stocktaking._tx_parse(v)
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.count
            o.count = u if v is None else v
            v = s.unit_cost_currency
            o.unit_cost_currency = u if v is None else v
            v = s.cost_currency
            o.cost_currency = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.counted
            o.counted = u if v is None else v
            v = s.counter
            o.counter = u if v is None or v is u else Employee._tx_parse(v)
            v = s.date_counted
            o.date_counted = u if v is None else v
            v = s.expected_stock
            o.expected_stock = u if v is None else v
            v = s.location
            o.location = u if v is None or v is u else InventoryLocation._tx_parse(v)
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
