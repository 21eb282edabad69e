from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_policy_discount_type import DiscountPolicyDiscountType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer import Customer
    from ..models.product import Product
    from ..models.product_group import ProductGroup


T = TypeVar("T", bound="DiscountPolicy")


@_attrs_define
class DiscountPolicy:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_group import ProductGroup  # noqa: PLC0415

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

        percentage = d.pop("percentage", UNSET)

        fixed_amount = d.pop("fixedAmount", UNSET)

        _product = d.pop("product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        _customer = d.pop("customer", UNSET)
        customer: Customer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = Customer.from_dict(_customer)

        _product_group = d.pop("productGroup", UNSET)
        product_group: ProductGroup | Unset
        if isinstance(_product_group, Unset):
            product_group = UNSET
        else:
            product_group = ProductGroup.from_dict(_product_group)

        sales_price_with_discount = d.pop("salesPriceWithDiscount", UNSET)

        is_percentage = d.pop("isPercentage", UNSET)

        _discount_type = d.pop("discountType", UNSET)
        discount_type: DiscountPolicyDiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = DiscountPolicyDiscountType(_discount_type)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            percentage=percentage,
            fixed_amount=fixed_amount,
            product=product,
            customer=customer,
            product_group=product_group,
            sales_price_with_discount=sales_price_with_discount,
            is_percentage=is_percentage,
            discount_type=discount_type,
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
