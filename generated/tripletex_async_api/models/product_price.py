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
    from ..models.product import Product
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ProductPrice")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("product", dict, False),
    ("vatType", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ProductPrice(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        product (Product | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        purchase_price (float | Unset): Purchase Price excluding VAT
        purchase_price_currency (float | Unset): Purchase Price (cost) excluding VAT in the product's currency
        cost_price (float | Unset): Cost Price
        sales_price_excluding_vat (float | Unset): Sales Price excluding VAT
        vat_type (VatType | Unset): The default vat type for this account.
        sales_price_including_vat (float | Unset): Sales Price including VAT
        is_round_price_inc_vat (bool | Unset): [read-only] Indicates whether the price incl. VAT is rounded off or not
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    product: Product | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    purchase_price: float | Unset = UNSET
    purchase_price_currency: float | Unset = UNSET
    cost_price: float | Unset = UNSET
    sales_price_excluding_vat: float | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    sales_price_including_vat: float | Unset = UNSET
    is_round_price_inc_vat: bool | Unset = UNSET
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

        from_date = self.from_date

        to_date = self.to_date

        purchase_price = self.purchase_price

        purchase_price_currency = self.purchase_price_currency

        cost_price = self.cost_price

        sales_price_excluding_vat = self.sales_price_excluding_vat

        vat_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_type, Unset):
            vat_type = self.vat_type.to_dict()

        sales_price_including_vat = self.sales_price_including_vat

        is_round_price_inc_vat = self.is_round_price_inc_vat

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
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if to_date is not UNSET:
            field_dict["toDate"] = to_date
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if purchase_price_currency is not UNSET:
            field_dict["purchasePriceCurrency"] = purchase_price_currency
        if cost_price is not UNSET:
            field_dict["costPrice"] = cost_price
        if sales_price_excluding_vat is not UNSET:
            field_dict["salesPriceExcludingVat"] = sales_price_excluding_vat
        if vat_type is not UNSET:
            field_dict["vatType"] = vat_type
        if sales_price_including_vat is not UNSET:
            field_dict["salesPriceIncludingVat"] = sales_price_including_vat
        if is_round_price_inc_vat is not UNSET and not _in_request:
            field_dict["isRoundPriceIncVat"] = is_round_price_inc_vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductPrice from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
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

        def _p_product(_tx_v: Any) -> Product | Unset:
            _product = _tx_v
            product: Product | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = Product._tx_from_json(_product)

            return product

        def _p_vat_type(_tx_v: Any) -> VatType | Unset:
            _vat_type = _tx_v
            vat_type: VatType | Unset
            if isinstance(_vat_type, Unset):
                vat_type = UNSET
            else:
                vat_type = VatType._tx_from_json(_vat_type)

            return vat_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "product",
                "fromDate",
                "toDate",
                "purchasePrice",
                "purchasePriceCurrency",
                "costPrice",
                "salesPriceExcludingVat",
                "vatType",
                "salesPriceIncludingVat",
                "isRoundPriceIncVat",
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
            "from_date": ("fromDate", None),
            "to_date": ("toDate", None),
            "purchase_price": ("purchasePrice", None),
            "purchase_price_currency": ("purchasePriceCurrency", None),
            "cost_price": ("costPrice", None),
            "sales_price_excluding_vat": ("salesPriceExcludingVat", None),
            "vat_type": ("vatType", _p_vat_type),
            "sales_price_including_vat": ("salesPriceIncludingVat", None),
            "is_round_price_inc_vat": ("isRoundPriceIncVat", None),
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
