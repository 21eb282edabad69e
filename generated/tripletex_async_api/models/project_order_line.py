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
    from ..models.company import Company
    from ..models.currency import Currency
    from ..models.inventory import Inventory
    from ..models.inventory_location import InventoryLocation
    from ..models.invoice import Invoice
    from ..models.product import Product
    from ..models.project import Project
    from ..models.vat_type import VatType
    from ..models.voucher import Voucher


T = TypeVar("T", bound="ProjectOrderLine")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("product", dict, False),
    ("inventory", dict, False),
    ("inventoryLocation", dict, False),
    ("currency", dict, False),
    ("vatType", dict, False),
    ("vendor", dict, False),
    ("project", dict, False),
    ("invoice", dict, False),
    ("voucher", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProjectOrderLine(LazyModel):
    """Order lines tied to the order

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        product (Product | Unset):
        inventory (Inventory | Unset):
        inventory_location (InventoryLocation | Unset): Inventory location field -- beta program
        description (str | Unset):
        display_name (str | Unset): [read-only] Display name of order line
        count (float | Unset):
        unit_cost_currency (float | Unset): Unit price purchase (cost) excluding VAT in the order's currency
        unit_price_excluding_vat_currency (float | Unset): Unit price of purchase excluding VAT in the order's currency.
            If only unit price Excl. VAT or unit price Inc. VAT is supplied, we will calculate and update the missing field.
        currency (Currency | Unset):
        markup (float | Unset): Markup given as a percentage (%)
        discount (float | Unset): Discount given as a percentage (%)
        vat_type (VatType | Unset): The default vat type for this account.
        amount_excluding_vat_currency (float | Unset): [read-only] Total amount on order line excluding VAT in the
            order's currency
        amount_including_vat_currency (float | Unset): [read-only] Total amount on order line including VAT in the
            order's currency
        vendor (Company | Unset): Vendor of the product
        project (Project | Unset):
        date (str | Unset):
        is_chargeable (bool | Unset):
        is_budget (bool | Unset): [read-only]
        invoice (Invoice | Unset): Invoicing plans tied to the project
        custom_sort_index (int | Unset):
        voucher (Voucher | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    product: Product | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    inventory_location: InventoryLocation | Unset = UNSET
    description: str | Unset = UNSET
    display_name: str | Unset = UNSET
    count: float | Unset = UNSET
    unit_cost_currency: float | Unset = UNSET
    unit_price_excluding_vat_currency: float | Unset = UNSET
    currency: Currency | Unset = UNSET
    markup: float | Unset = UNSET
    discount: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    amount_excluding_vat_currency: float | Unset = UNSET
    amount_including_vat_currency: float | Unset = UNSET
    vendor: Company | Unset = UNSET
    project: Project | Unset = UNSET
    date: str | Unset = UNSET
    is_chargeable: bool | Unset = UNSET
    is_budget: bool | Unset = UNSET
    invoice: Invoice | Unset = UNSET
    custom_sort_index: int | Unset = UNSET
    voucher: Voucher | Unset = UNSET
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

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        inventory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = self.inventory.to_dict()

        inventory_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_location, Unset):
            inventory_location = self.inventory_location.to_dict()

        description = self.description

        display_name = self.display_name

        count = self.count

        unit_cost_currency = self.unit_cost_currency

        unit_price_excluding_vat_currency = self.unit_price_excluding_vat_currency

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        markup = self.markup

        discount = self.discount

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        amount_excluding_vat_currency = self.amount_excluding_vat_currency

        amount_including_vat_currency = self.amount_including_vat_currency

        vendor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vendor, Unset):
            vendor = self.vendor.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        date = self.date

        is_chargeable = self.is_chargeable

        is_budget = self.is_budget

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        custom_sort_index = self.custom_sort_index

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

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
        if product is not UNSET:
            field_dict["product"] = product
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if inventory_location is not UNSET:
            field_dict["inventoryLocation"] = inventory_location
        if description is not UNSET:
            field_dict["description"] = description
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if count is not UNSET:
            field_dict["count"] = count
        if unit_cost_currency is not UNSET:
            field_dict["unitCostCurrency"] = unit_cost_currency
        if unit_price_excluding_vat_currency is not UNSET:
            field_dict["unitPriceExcludingVatCurrency"] = unit_price_excluding_vat_currency
        if currency is not UNSET:
            field_dict["currency"] = currency
        if markup is not UNSET:
            field_dict["markup"] = markup
        if discount is not UNSET:
            field_dict["discount"] = discount
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if amount_excluding_vat_currency is not UNSET and not _in_request:
            field_dict["amountExcludingVatCurrency"] = amount_excluding_vat_currency
        if amount_including_vat_currency is not UNSET and not _in_request:
            field_dict["amountIncludingVatCurrency"] = amount_including_vat_currency
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if project is not UNSET:
            field_dict["project"] = project
        if date is not UNSET:
            field_dict["date"] = date
        if is_chargeable is not UNSET:
            field_dict["isChargeable"] = is_chargeable
        if is_budget is not UNSET and not _in_request:
            field_dict["isBudget"] = is_budget
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if custom_sort_index is not UNSET:
            field_dict["customSortIndex"] = custom_sort_index
        if voucher is not UNSET:
            field_dict["voucher"] = voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProjectOrderLine from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.company import Company  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415
        from ..models.inventory_location import InventoryLocation  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415
        from ..models.voucher import Voucher  # noqa: PLC0415

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

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_inventory(_tx_v: Any) -> Inventory | Unset:
            _inventory = _tx_v
            inventory: Inventory | Unset
            if isinstance(_inventory, Unset):
                inventory = UNSET
            else:
                inventory = Inventory._tx_from_json(_inventory)

            return inventory

        def _p_inventory_location(_tx_v: Any) -> InventoryLocation | Unset:
            _inventory_location = _tx_v
            inventory_location: InventoryLocation | Unset
            if isinstance(_inventory_location, Unset):
                inventory_location = UNSET
            else:
                inventory_location = InventoryLocation._tx_from_json(_inventory_location)

            return inventory_location

        def _p_currency(_tx_v: Any) -> Currency | Unset:
            _currency = _tx_v
            currency: Currency | Unset
            if isinstance(_currency, Unset):
                currency = UNSET
            else:
                currency = Currency._tx_from_json(_currency)

            return currency

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        def _p_vendor(_tx_v: Any) -> Company | Unset:
            _vendor = _tx_v
            vendor: Company | Unset
            if isinstance(_vendor, Unset):
                vendor = UNSET
            else:
                vendor = Company._tx_from_json(_vendor)

            return vendor

        def _p_project(_tx_v: Any) -> Project | Unset:
            _project = _tx_v
            project: Project | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = Project._tx_from_json(_project)

            return project

        def _p_invoice(_tx_v: Any) -> Invoice | Unset:
            _invoice = _tx_v
            invoice: Invoice | Unset
            if isinstance(_invoice, Unset):
                invoice = UNSET
            else:
                invoice = Invoice._tx_from_json(_invoice)

            return invoice

        def _p_voucher(_tx_v: Any) -> Voucher | Unset:
            _voucher = _tx_v
            voucher: Voucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = Voucher._tx_from_json(_voucher)

            return voucher

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "product",
                "inventory",
                "inventoryLocation",
                "description",
                "displayName",
                "count",
                "unitCostCurrency",
                "unitPriceExcludingVatCurrency",
                "currency",
                "markup",
                "discount",
                "vatType",
                "amountExcludingVatCurrency",
                "amountIncludingVatCurrency",
                "vendor",
                "project",
                "date",
                "isChargeable",
                "isBudget",
                "invoice",
                "customSortIndex",
                "voucher",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "product": ("product", _p_product),
            "inventory": ("inventory", _p_inventory),
            "inventory_location": ("inventoryLocation", _p_inventory_location),
            "description": ("description", None),
            "display_name": ("displayName", None),
            "count": ("count", None),
            "unit_cost_currency": ("unitCostCurrency", None),
            "unit_price_excluding_vat_currency": ("unitPriceExcludingVatCurrency", None),
            "currency": ("currency", _p_currency),
            "markup": ("markup", None),
            "discount": ("discount", None),
            "vat_type": ("vatType", _p_vat_type),
            "amount_excluding_vat_currency": ("amountExcludingVatCurrency", None),
            "amount_including_vat_currency": ("amountIncludingVatCurrency", None),
            "vendor": ("vendor", _p_vendor),
            "project": ("project", _p_project),
            "date": ("date", None),
            "is_chargeable": ("isChargeable", None),
            "is_budget": ("isBudget", None),
            "invoice": ("invoice", _p_invoice),
            "custom_sort_index": ("customSortIndex", None),
            "voucher": ("voucher", _p_voucher),
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
