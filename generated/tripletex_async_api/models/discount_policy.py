from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_policy_discount_type import DiscountPolicyDiscountType
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
    from ..models.customer import Customer
    from ..models.product import Product
    from ..models.product_group import ProductGroup


T = TypeVar("T", bound="DiscountPolicy")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("product", dict, False),
    ("customer", dict, False),
    ("productGroup", dict, False),
    ("discountType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class DiscountPolicy(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        percentage (float | Unset):
        fixed_amount (float | Unset):
        product (Product | Unset):
        customer (Customer | Unset):
        product_group (ProductGroup | Unset):
        sales_price_with_discount (float | Unset):
        is_percentage (float | Unset):
        discount_type (DiscountPolicyDiscountType | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    percentage: float | Unset = UNSET
    fixed_amount: float | Unset = UNSET
    product: Product | Unset = UNSET
    customer: Customer | Unset = UNSET
    product_group: ProductGroup | Unset = UNSET
    sales_price_with_discount: float | Unset = UNSET
    is_percentage: float | Unset = UNSET
    discount_type: DiscountPolicyDiscountType | Unset = UNSET
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

        percentage = self.percentage

        fixed_amount = self.fixed_amount

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        product_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_group, Unset):
            product_group = self.product_group.to_dict()

        sales_price_with_discount = self.sales_price_with_discount

        is_percentage = self.is_percentage

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

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
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if fixed_amount is not UNSET:
            field_dict["fixedAmount"] = fixed_amount
        if product is not UNSET:
            field_dict["product"] = product
        if customer is not UNSET:
            field_dict["customer"] = customer
        if product_group is not UNSET:
            field_dict["productGroup"] = product_group
        if sales_price_with_discount is not UNSET:
            field_dict["salesPriceWithDiscount"] = sales_price_with_discount
        if is_percentage is not UNSET:
            field_dict["isPercentage"] = is_percentage
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DiscountPolicy from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_group import ProductGroup  # noqa: PLC0415

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

        def _p_customer(_tx_v: Any) -> Customer | Unset:
            _customer = _tx_v
            customer: Customer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = Customer._tx_from_json(_customer)

            return customer

        def _p_product_group(_tx_v: Any) -> ProductGroup | Unset:
            _product_group = _tx_v
            product_group: ProductGroup | Unset
            if isinstance(_product_group, Unset):
                product_group = UNSET
            else:
                product_group = ProductGroup._tx_from_json(_product_group)

            return product_group

        def _p_discount_type(_tx_v: Any) -> DiscountPolicyDiscountType | Unset:
            _discount_type = _tx_v
            discount_type: DiscountPolicyDiscountType | Unset
            if isinstance(_discount_type, Unset):
                discount_type = UNSET
            else:
                discount_type = DiscountPolicyDiscountType(_discount_type)

            return discount_type

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "percentage",
                "fixedAmount",
                "product",
                "customer",
                "productGroup",
                "salesPriceWithDiscount",
                "isPercentage",
                "discountType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "percentage": ("percentage", None),
            "fixed_amount": ("fixedAmount", None),
            "product": ("product", _p_product),
            "customer": ("customer", _p_customer),
            "product_group": ("productGroup", _p_product_group),
            "sales_price_with_discount": ("salesPriceWithDiscount", None),
            "is_percentage": ("isPercentage", None),
            "discount_type": ("discountType", _p_discount_type),
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
