from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee
    from ..models.inventory_location import InventoryLocation
    from ..models.product import Product
    from ..models.stocktaking import Stocktaking


T = TypeVar("T", bound="ProductLine")


@_attrs_define
class ProductLine:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.stocktaking import Stocktaking  # noqa: PLC0415

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

        _stocktaking = d.pop("stocktaking", UNSET)
        stocktaking: Stocktaking | Unset
        if isinstance(_stocktaking, Unset):
            stocktaking = UNSET
        else:
            stocktaking = Stocktaking.from_dict(_stocktaking)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        count = d.pop("count", UNSET)

        unit_cost_currency = d.pop("unitCostCurrency", UNSET)

        cost_currency = d.pop("costCurrency", UNSET)

        comment = d.pop("comment", UNSET)

        counted = d.pop("counted", UNSET)

        _counter = d.pop("counter", UNSET)
        counter: Employee | Unset
        if isinstance(_counter, Unset):
            counter = UNSET
        else:
            counter = Employee.from_dict(_counter)

        date_counted = d.pop("dateCounted", UNSET)

        expected_stock = d.pop("expectedStock", UNSET)

        _location = d.pop("location", UNSET)
        location: InventoryLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = InventoryLocation.from_dict(_location)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            stocktaking=stocktaking,
            product=product,
            count=count,
            unit_cost_currency=unit_cost_currency,
            cost_currency=cost_currency,
            comment=comment,
            counted=counted,
            counter=counter,
            date_counted=date_counted,
            expected_stock=expected_stock,
            location=location,
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
