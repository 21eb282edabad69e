from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_policy_discount_type import DiscountPolicyDiscountType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.customer import Customer
    from ..models.product import Product
    from ..models.product_group import ProductGroup


T = TypeVar("T", bound="DiscountPolicy")


@_attrs_define
class DiscountPolicy(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v = self.percentage
        if _v is not UNSET:
            field_dict["percentage"] = _v
        _v = self.fixed_amount
        if _v is not UNSET:
            field_dict["fixedAmount"] = _v
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.customer
        if _v is not UNSET:
            field_dict["customer"] = _v.to_dict()
        _v = self.product_group
        if _v is not UNSET:
            field_dict["productGroup"] = _v.to_dict()
        _v = self.sales_price_with_discount
        if _v is not UNSET:
            field_dict["salesPriceWithDiscount"] = _v
        _v = self.is_percentage
        if _v is not UNSET:
            field_dict["isPercentage"] = _v
        _v = self.discount_type
        if _v is not UNSET:
            field_dict["discountType"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A DiscountPolicy from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``DiscountPolicy.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.product_group import ProductGroup  # noqa: PLC0415

        _new = object.__new__
        _e_discount_type: dict[Any, Any] = enum_members(DiscountPolicyDiscountType)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "percentage": "percentage",
            "fixedAmount": "fixed_amount",
            "salesPriceWithDiscount": "sales_price_with_discount",
            "isPercentage": "is_percentage",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.percentage = o.fixed_amount = o.product = o.customer = (
                        o.product_group
                    ) = o.sales_price_with_discount = o.is_percentage = o.discount_type = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.percentage = o.fixed_amount = o.product = o.customer = (
                        o.product_group
                    ) = o.sales_price_with_discount = o.is_percentage = o.discount_type = UNSET
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
                v = g("percentage")
                if v is None:
                    o.percentage = u
                    if "percentage" not in d:
                        m += 1
                else:
                    o.percentage = v
                v = g("fixedAmount")
                if v is None:
                    o.fixed_amount = u
                    if "fixedAmount" not in d:
                        m += 1
                else:
                    o.fixed_amount = v
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                k = "customer"
                v = g("customer")
                if v is None:
                    o.customer = u
                    if "customer" not in d:
                        m += 1
                else:
                    o.customer = Customer._tx_parse(v)
                k = "productGroup"
                v = g("productGroup")
                if v is None:
                    o.product_group = u
                    if "productGroup" not in d:
                        m += 1
                else:
                    o.product_group = ProductGroup._tx_parse(v)
                v = g("salesPriceWithDiscount")
                if v is None:
                    o.sales_price_with_discount = u
                    if "salesPriceWithDiscount" not in d:
                        m += 1
                else:
                    o.sales_price_with_discount = v
                v = g("isPercentage")
                if v is None:
                    o.is_percentage = u
                    if "isPercentage" not in d:
                        m += 1
                else:
                    o.is_percentage = v
                k = "discountType"
                v = g("discountType")
                if v is None:
                    o.discount_type = u
                    if "discountType" not in d:
                        m += 1
                else:
                    o.discount_type = (
                        e_ if (e_ := _e_discount_type.get(v)) is not None else enum_value(DiscountPolicyDiscountType, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("percentage", "percentage"),
            ("fixed_amount", "fixedAmount"),
            ("product", "product"),
            ("customer", "customer"),
            ("product_group", "productGroup"),
            ("sales_price_with_discount", "salesPriceWithDiscount"),
            ("is_percentage", "isPercentage"),
            ("discount_type", "discountType"),
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
            v = s.percentage
            o.percentage = u if v is None else v
            v = s.fixed_amount
            o.fixed_amount = u if v is None else v
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.customer
            o.customer = u if v is None or v is u else Customer._tx_parse(v)
            v = s.product_group
            o.product_group = u if v is None or v is u else ProductGroup._tx_parse(v)
            v = s.sales_price_with_discount
            o.sales_price_with_discount = u if v is None else v
            v = s.is_percentage
            o.is_percentage = u if v is None else v
            v = s.discount_type
            o.discount_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_discount_type.get(v)) is not None
                else enum_value(DiscountPolicyDiscountType, v)
            )
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
