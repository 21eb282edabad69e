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
    from ..models.employee import Employee
    from ..models.inventory_location import InventoryLocation
    from ..models.product import Product
    from ..models.stocktaking import Stocktaking


T = TypeVar("T", bound="ProductLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("stocktaking", dict, False),
    ("product", dict, False),
    ("counter", dict, False),
    ("location", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProductLine(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        stocktaking (Stocktaking | Unset):
        product (Product | Unset):
        count (float | Unset):
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        cost_currency (float | Unset): [read-only]
        comment (str | Unset):
        counted (bool | Unset): [read-only] If a line is counted or not - only for internal use; will return true/false
            based on whether the stocktaking is completed otherwise.
        counter (Employee | Unset):
        date_counted (str | Unset): [read-only] When the line was counted - only for internal use
        expected_stock (float | Unset): [read-only] For internal use only
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

        stocktaking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stocktaking, Unset):
            stocktaking = self.stocktaking.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        count = self.count

        unit_cost_currency = self.unit_cost_currency

        cost_currency = self.cost_currency

        comment = self.comment

        counted = self.counted

        counter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.counter, Unset):
            counter = self.counter.to_dict()

        date_counted = self.date_counted

        expected_stock = self.expected_stock

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

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
        if stocktaking is not UNSET:
            field_dict["stocktaking"] = stocktaking
        if product is not UNSET:
            field_dict["product"] = product
        if count is not UNSET:
            field_dict["count"] = count
        if unit_cost_currency is not UNSET:
            field_dict["unitCostCurrency"] = unit_cost_currency
        if cost_currency is not UNSET and not _in_request:
            field_dict["costCurrency"] = cost_currency
        if comment is not UNSET:
            field_dict["comment"] = comment
        if counted is not UNSET and not _in_request:
            field_dict["counted"] = counted
        if counter is not UNSET:
            field_dict["counter"] = counter
        if date_counted is not UNSET and not _in_request:
            field_dict["dateCounted"] = date_counted
        if expected_stock is not UNSET and not _in_request:
            field_dict["expectedStock"] = expected_stock
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.stocktaking import Stocktaking  # noqa: PLC0415

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

        def _p_stocktaking(_tx_v: Any) -> Stocktaking | Unset:
            _stocktaking = _tx_v
            stocktaking: Stocktaking | Unset
            if isinstance(_stocktaking, Unset):
                stocktaking = UNSET
            else:
                stocktaking = Stocktaking._tx_from_json(_stocktaking)

            return stocktaking

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_counter(_tx_v: Any) -> Employee | Unset:
            _counter = _tx_v
            counter: Employee | Unset
            if isinstance(_counter, Unset):
                counter = UNSET
            else:
                counter = Employee._tx_from_json(_counter)

            return counter

        def _p_location(_tx_v: Any) -> InventoryLocation | Unset:
            _location = _tx_v
            location: InventoryLocation | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = InventoryLocation._tx_from_json(_location)

            return location

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "stocktaking": ("stocktaking", _p_stocktaking),
            "product": ("product", _p_product),
            "count": ("count", None),
            "unit_cost_currency": ("unitCostCurrency", None),
            "cost_currency": ("costCurrency", None),
            "comment": ("comment", None),
            "counted": ("counted", None),
            "counter": ("counter", _p_counter),
            "date_counted": ("dateCounted", None),
            "expected_stock": ("expectedStock", None),
            "location": ("location", _p_location),
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
