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
    from ..models.product import Product
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ProductPrice")


@_attrs_define
class ProductPrice(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        product (Product | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        purchase_price (float | Unset): Purchase Price excluding VAT
        purchase_price_currency (float | Unset): Purchase Price (cost) excluding VAT in the product's currency
        cost_price (float | Unset): Cost Price
        sales_price_excluding_vat (float | Unset): Sales Price excluding VAT
        vat_type (VatType | Unset): The default vat type for this account.
        sales_price_including_vat (float | Unset): Sales Price including VAT
        is_round_price_inc_vat (bool | Unset): Indicates whether the price incl. VAT is rounded off or not
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
        _v = self.product
        if _v is not UNSET:
            field_dict["product"] = _v.to_dict()
        _v = self.from_date
        if _v is not UNSET:
            field_dict["fromDate"] = _v
        _v = self.to_date
        if _v is not UNSET:
            field_dict["toDate"] = _v
        _v = self.purchase_price
        if _v is not UNSET:
            field_dict["purchasePrice"] = _v
        _v = self.purchase_price_currency
        if _v is not UNSET:
            field_dict["purchasePriceCurrency"] = _v
        _v = self.cost_price
        if _v is not UNSET:
            field_dict["costPrice"] = _v
        _v = self.sales_price_excluding_vat
        if _v is not UNSET:
            field_dict["salesPriceExcludingVat"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.sales_price_including_vat
        if _v is not UNSET:
            field_dict["salesPriceIncludingVat"] = _v
        _v = self.is_round_price_inc_vat
        if _v is not UNSET and not _in_request:
            field_dict["isRoundPriceIncVat"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ProductPrice from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ProductPrice.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.product import Product  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "fromDate": "from_date",
            "toDate": "to_date",
            "purchasePrice": "purchase_price",
            "purchasePriceCurrency": "purchase_price_currency",
            "costPrice": "cost_price",
            "salesPriceExcludingVat": "sales_price_excluding_vat",
            "salesPriceIncludingVat": "sales_price_including_vat",
            "isRoundPriceIncVat": "is_round_price_inc_vat",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.product = o.from_date = o.to_date = o.purchase_price = (
                        o.purchase_price_currency
                    ) = o.cost_price = o.sales_price_excluding_vat = o.vat_type = o.sales_price_including_vat = (
                        o.is_round_price_inc_vat
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
                    o.id = o.version = o.changes = o.url = o.product = o.from_date = o.to_date = o.purchase_price = (
                        o.purchase_price_currency
                    ) = o.cost_price = o.sales_price_excluding_vat = o.vat_type = o.sales_price_including_vat = (
                        o.is_round_price_inc_vat
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
                k = "product"
                v = g("product")
                if v is None:
                    o.product = u
                    if "product" not in d:
                        m += 1
                else:
                    o.product = Product._tx_parse(v)
                v = g("fromDate")
                if v is None:
                    o.from_date = u
                    if "fromDate" not in d:
                        m += 1
                else:
                    o.from_date = v
                v = g("toDate")
                if v is None:
                    o.to_date = u
                    if "toDate" not in d:
                        m += 1
                else:
                    o.to_date = v
                v = g("purchasePrice")
                if v is None:
                    o.purchase_price = u
                    if "purchasePrice" not in d:
                        m += 1
                else:
                    o.purchase_price = v
                v = g("purchasePriceCurrency")
                if v is None:
                    o.purchase_price_currency = u
                    if "purchasePriceCurrency" not in d:
                        m += 1
                else:
                    o.purchase_price_currency = v
                v = g("costPrice")
                if v is None:
                    o.cost_price = u
                    if "costPrice" not in d:
                        m += 1
                else:
                    o.cost_price = v
                v = g("salesPriceExcludingVat")
                if v is None:
                    o.sales_price_excluding_vat = u
                    if "salesPriceExcludingVat" not in d:
                        m += 1
                else:
                    o.sales_price_excluding_vat = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                v = g("salesPriceIncludingVat")
                if v is None:
                    o.sales_price_including_vat = u
                    if "salesPriceIncludingVat" not in d:
                        m += 1
                else:
                    o.sales_price_including_vat = v
                v = g("isRoundPriceIncVat")
                if v is None:
                    o.is_round_price_inc_vat = u
                    if "isRoundPriceIncVat" not in d:
                        m += 1
                else:
                    o.is_round_price_inc_vat = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("product", "product"),
            ("from_date", "fromDate"),
            ("to_date", "toDate"),
            ("purchase_price", "purchasePrice"),
            ("purchase_price_currency", "purchasePriceCurrency"),
            ("cost_price", "costPrice"),
            ("sales_price_excluding_vat", "salesPriceExcludingVat"),
            ("vat_type", "vatType"),
            ("sales_price_including_vat", "salesPriceIncludingVat"),
            ("is_round_price_inc_vat", "isRoundPriceIncVat"),
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
            v = s.product
            o.product = u if v is None or v is u else Product._tx_parse(v)
            v = s.from_date
            o.from_date = u if v is None else v
            v = s.to_date
            o.to_date = u if v is None else v
            v = s.purchase_price
            o.purchase_price = u if v is None else v
            v = s.purchase_price_currency
            o.purchase_price_currency = u if v is None else v
            v = s.cost_price
            o.cost_price = u if v is None else v
            v = s.sales_price_excluding_vat
            o.sales_price_excluding_vat = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.sales_price_including_vat
            o.sales_price_including_vat = u if v is None else v
            v = s.is_round_price_inc_vat
            o.is_round_price_inc_vat = u if v is None else v
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
