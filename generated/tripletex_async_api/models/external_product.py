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
    from ..models.account import Account
    from ..models.change import Change
    from ..models.currency import Currency
    from ..models.department import Department
    from ..models.product_unit import ProductUnit
    from ..models.vat_type import VatType


T = TypeVar("T", bound="ExternalProduct")


@_attrs_define
class ExternalProduct(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset):
        display_name (str | Unset):
        el_number (str | Unset):
        nrf_number (str | Unset):
        cost_excluding_vat_currency (float | Unset): Price purchase (cost) excluding VAT in the product's currency
        price_excluding_vat_currency (float | Unset): Price of purchase excluding VAT in the product's currency
        price_including_vat_currency (float | Unset): Price of purchase including VAT in the product's currency
        is_inactive (bool | Unset):
        product_unit (ProductUnit | Unset): The quantity type 2 that has been associated to this account
        is_stock_item (bool | Unset):
        vat_type (VatType | Unset): The default vat type for this account.
        currency (Currency | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        account (Account | Unset):
        discount_price (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    el_number: str | Unset = UNSET
    nrf_number: str | Unset = UNSET
    cost_excluding_vat_currency: float | Unset = UNSET
    price_excluding_vat_currency: float | Unset = UNSET
    price_including_vat_currency: float | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    product_unit: ProductUnit | Unset = UNSET
    is_stock_item: bool | Unset = UNSET
    vat_type: VatType | Unset = UNSET
    currency: Currency | Unset = UNSET
    department: Department | Unset = UNSET
    account: Account | Unset = UNSET
    discount_price: float | Unset = UNSET
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
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.el_number
        if _v is not UNSET:
            field_dict["elNumber"] = _v
        _v = self.nrf_number
        if _v is not UNSET:
            field_dict["nrfNumber"] = _v
        _v = self.cost_excluding_vat_currency
        if _v is not UNSET and not _in_request:
            field_dict["costExcludingVatCurrency"] = _v
        _v = self.price_excluding_vat_currency
        if _v is not UNSET:
            field_dict["priceExcludingVatCurrency"] = _v
        _v = self.price_including_vat_currency
        if _v is not UNSET:
            field_dict["priceIncludingVatCurrency"] = _v
        _v = self.is_inactive
        if _v is not UNSET:
            field_dict["isInactive"] = _v
        _v = self.product_unit
        if _v is not UNSET:
            field_dict["productUnit"] = _v.to_dict()
        _v = self.is_stock_item
        if _v is not UNSET:
            field_dict["isStockItem"] = _v
        _v = self.vat_type
        if _v is not UNSET:
            field_dict["vatType"] = _v.to_dict()
        _v = self.currency
        if _v is not UNSET:
            field_dict["currency"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.discount_price
        if _v is not UNSET and not _in_request:
            field_dict["discountPrice"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExternalProduct from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ExternalProduct.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.product_unit import ProductUnit  # noqa: PLC0415
        from ..models.vat_type import VatType  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "displayName",
                "elNumber",
                "nrfNumber",
                "costExcludingVatCurrency",
                "priceExcludingVatCurrency",
                "priceIncludingVatCurrency",
                "isInactive",
                "productUnit",
                "isStockItem",
                "vatType",
                "currency",
                "department",
                "account",
                "discountPrice",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "displayName": "display_name",
            "elNumber": "el_number",
            "nrfNumber": "nrf_number",
            "costExcludingVatCurrency": "cost_excluding_vat_currency",
            "priceExcludingVatCurrency": "price_excluding_vat_currency",
            "priceIncludingVatCurrency": "price_including_vat_currency",
            "isInactive": "is_inactive",
            "isStockItem": "is_stock_item",
            "discountPrice": "discount_price",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.el_number = o.nrf_number = (
                        o.cost_excluding_vat_currency
                    ) = o.price_excluding_vat_currency = o.price_including_vat_currency = o.is_inactive = (
                        o.product_unit
                    ) = o.is_stock_item = o.vat_type = o.currency = o.department = o.account = o.discount_price = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.display_name = o.el_number = o.nrf_number = (
                        o.cost_excluding_vat_currency
                    ) = o.price_excluding_vat_currency = o.price_including_vat_currency = o.is_inactive = (
                        o.product_unit
                    ) = o.is_stock_item = o.vat_type = o.currency = o.department = o.account = o.discount_price = UNSET
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
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("elNumber")
                if v is None:
                    o.el_number = u
                    if "elNumber" not in d:
                        m += 1
                else:
                    o.el_number = v
                v = g("nrfNumber")
                if v is None:
                    o.nrf_number = u
                    if "nrfNumber" not in d:
                        m += 1
                else:
                    o.nrf_number = v
                v = g("costExcludingVatCurrency")
                if v is None:
                    o.cost_excluding_vat_currency = u
                    if "costExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.cost_excluding_vat_currency = v
                v = g("priceExcludingVatCurrency")
                if v is None:
                    o.price_excluding_vat_currency = u
                    if "priceExcludingVatCurrency" not in d:
                        m += 1
                else:
                    o.price_excluding_vat_currency = v
                v = g("priceIncludingVatCurrency")
                if v is None:
                    o.price_including_vat_currency = u
                    if "priceIncludingVatCurrency" not in d:
                        m += 1
                else:
                    o.price_including_vat_currency = v
                v = g("isInactive")
                if v is None:
                    o.is_inactive = u
                    if "isInactive" not in d:
                        m += 1
                else:
                    o.is_inactive = v
                k = "productUnit"
                v = g("productUnit")
                if v is None:
                    o.product_unit = u
                    if "productUnit" not in d:
                        m += 1
                else:
                    o.product_unit = ProductUnit._tx_parse(v)
                v = g("isStockItem")
                if v is None:
                    o.is_stock_item = u
                    if "isStockItem" not in d:
                        m += 1
                else:
                    o.is_stock_item = v
                k = "vatType"
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = VatType._tx_parse(v)
                k = "currency"
                v = g("currency")
                if v is None:
                    o.currency = u
                    if "currency" not in d:
                        m += 1
                else:
                    o.currency = Currency._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                v = g("discountPrice")
                if v is None:
                    o.discount_price = u
                    if "discountPrice" not in d:
                        m += 1
                else:
                    o.discount_price = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 19 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("name", "name"),
            ("display_name", "displayName"),
            ("el_number", "elNumber"),
            ("nrf_number", "nrfNumber"),
            ("cost_excluding_vat_currency", "costExcludingVatCurrency"),
            ("price_excluding_vat_currency", "priceExcludingVatCurrency"),
            ("price_including_vat_currency", "priceIncludingVatCurrency"),
            ("is_inactive", "isInactive"),
            ("product_unit", "productUnit"),
            ("is_stock_item", "isStockItem"),
            ("vat_type", "vatType"),
            ("currency", "currency"),
            ("department", "department"),
            ("account", "account"),
            ("discount_price", "discountPrice"),
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
            v = s.name
            o.name = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.el_number
            o.el_number = u if v is None else v
            v = s.nrf_number
            o.nrf_number = u if v is None else v
            v = s.cost_excluding_vat_currency
            o.cost_excluding_vat_currency = u if v is None else v
            v = s.price_excluding_vat_currency
            o.price_excluding_vat_currency = u if v is None else v
            v = s.price_including_vat_currency
            o.price_including_vat_currency = u if v is None else v
            v = s.is_inactive
            o.is_inactive = u if v is None else v
            v = s.product_unit
            o.product_unit = u if v is None or v is u else ProductUnit._tx_parse(v)
            v = s.is_stock_item
            o.is_stock_item = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None or v is u else VatType._tx_parse(v)
            v = s.currency
            o.currency = u if v is None or v is u else Currency._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.discount_price
            o.discount_price = u if v is None else v
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
