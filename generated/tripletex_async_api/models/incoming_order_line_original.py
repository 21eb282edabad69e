from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_order_line_original_order_line_type import IncomingOrderLineOriginalOrderLineType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="IncomingOrderLineOriginal")


@_attrs_define
class IncomingOrderLineOriginal(Model):
    """
    Attributes:
        id (int | Unset): Unique identifier for the order line.
        incoming_invoice_original_id (int | Unset): Reference to the original invoice this order line belongs to.
        order_line_type (IncomingOrderLineOriginalOrderLineType | Unset): Type of the order line (e.g., EXPENSE).
        row (int | Unset): Sequence number of the order line, starting at 1. Start with 1 to align with posting row
            numbers.
        row_id (str | Unset): Unique identifier for the order line within an EHF invoice.
        name (str | Unset): Name of the order line.
        description (str | Unset): Description of the order line.
        count (float | Unset): Quantity/count of the order line.
        unit_price (float | Unset): Unit price of the order line, excluding VAT, including discount, markup, allowances,
            and charges.
        amount_excl_vat (float | Unset): Total amount of the order line, excluding VAT, including discount, markup,
            allowances, and charges.
        amount_incl_vat (float | Unset): Total amount of the order line, including VAT, including discount, markup,
            allowances, and charges.
        discount (float | Unset): Discount and allowance combined, in percentage.
        markup (float | Unset): Markup and charge combined, in percentage.
        vat_type (str | Unset): Vat type code from the EHF standard, e.g., 'S', 'M', 'H', 'E'.
        vat_percent (float | Unset): Vat rate in percentage, e.g., 25.0 for 25%.
        sellers_product_identification (str | Unset): Seller's product identification code.
        standard_product_identification_id (str | Unset): Standard product identification ID.
        standard_product_identification_scheme_id (str | Unset): Standard product identification scheme ID.
        product_name (str | Unset): Product name.
    """

    id: int | Unset = UNSET
    incoming_invoice_original_id: int | Unset = UNSET
    order_line_type: IncomingOrderLineOriginalOrderLineType | Unset = UNSET
    row: int | Unset = UNSET
    row_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    count: float | Unset = UNSET
    unit_price: float | Unset = UNSET
    amount_excl_vat: float | Unset = UNSET
    amount_incl_vat: float | Unset = UNSET
    discount: float | Unset = UNSET
    markup: float | Unset = UNSET
    vat_type: str | Unset = UNSET
    vat_percent: float | Unset = UNSET
    sellers_product_identification: str | Unset = UNSET
    standard_product_identification_id: str | Unset = UNSET
    standard_product_identification_scheme_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.incoming_invoice_original_id
        if _v is not UNSET and not _in_request:
            field_dict["incomingInvoiceOriginalId"] = _v
        _v = self.order_line_type
        if _v is not UNSET and not _in_request:
            field_dict["orderLineType"] = _v._value_
        _v = self.row
        if _v is not UNSET and not _in_request:
            field_dict["row"] = _v
        _v = self.row_id
        if _v is not UNSET and not _in_request:
            field_dict["rowId"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.count
        if _v is not UNSET and not _in_request:
            field_dict["count"] = _v
        _v = self.unit_price
        if _v is not UNSET and not _in_request:
            field_dict["unitPrice"] = _v
        _v = self.amount_excl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountExclVat"] = _v
        _v = self.amount_incl_vat
        if _v is not UNSET and not _in_request:
            field_dict["amountInclVat"] = _v
        _v = self.discount
        if _v is not UNSET and not _in_request:
            field_dict["discount"] = _v
        _v = self.markup
        if _v is not UNSET and not _in_request:
            field_dict["markup"] = _v
        _v = self.vat_type
        if _v is not UNSET and not _in_request:
            field_dict["vatType"] = _v
        _v = self.vat_percent
        if _v is not UNSET and not _in_request:
            field_dict["vatPercent"] = _v
        _v = self.sellers_product_identification
        if _v is not UNSET and not _in_request:
            field_dict["sellersProductIdentification"] = _v
        _v = self.standard_product_identification_id
        if _v is not UNSET and not _in_request:
            field_dict["standardProductIdentificationId"] = _v
        _v = self.standard_product_identification_scheme_id
        if _v is not UNSET and not _in_request:
            field_dict["standardProductIdentificationSchemeId"] = _v
        _v = self.product_name
        if _v is not UNSET and not _in_request:
            field_dict["productName"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingOrderLineOriginal from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingOrderLineOriginal.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_order_line_type: dict[Any, Any] = enum_members(IncomingOrderLineOriginalOrderLineType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "incomingInvoiceOriginalId",
                "orderLineType",
                "row",
                "rowId",
                "name",
                "description",
                "count",
                "unitPrice",
                "amountExclVat",
                "amountInclVat",
                "discount",
                "markup",
                "vatType",
                "vatPercent",
                "sellersProductIdentification",
                "standardProductIdentificationId",
                "standardProductIdentificationSchemeId",
                "productName",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "incomingInvoiceOriginalId": "incoming_invoice_original_id",
            "row": "row",
            "rowId": "row_id",
            "name": "name",
            "description": "description",
            "count": "count",
            "unitPrice": "unit_price",
            "amountExclVat": "amount_excl_vat",
            "amountInclVat": "amount_incl_vat",
            "discount": "discount",
            "markup": "markup",
            "vatType": "vat_type",
            "vatPercent": "vat_percent",
            "sellersProductIdentification": "sellers_product_identification",
            "standardProductIdentificationId": "standard_product_identification_id",
            "standardProductIdentificationSchemeId": "standard_product_identification_scheme_id",
            "productName": "product_name",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.incoming_invoice_original_id = o.order_line_type = o.row = o.row_id = o.name = (
                        o.description
                    ) = o.count = o.unit_price = o.amount_excl_vat = o.amount_incl_vat = o.discount = o.markup = (
                        o.vat_type
                    ) = o.vat_percent = o.sellers_product_identification = o.standard_product_identification_id = (
                        o.standard_product_identification_scheme_id
                    ) = o.product_name = UNSET
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
                v = g("incomingInvoiceOriginalId")
                if v is None:
                    o.incoming_invoice_original_id = u
                    if "incomingInvoiceOriginalId" not in d:
                        m += 1
                else:
                    o.incoming_invoice_original_id = v
                k = "orderLineType"
                v = g("orderLineType")
                if v is None:
                    o.order_line_type = u
                    if "orderLineType" not in d:
                        m += 1
                else:
                    o.order_line_type = (
                        e_
                        if (e_ := _e_order_line_type.get(v)) is not None
                        else enum_value(IncomingOrderLineOriginalOrderLineType, v)
                    )
                v = g("row")
                if v is None:
                    o.row = u
                    if "row" not in d:
                        m += 1
                else:
                    o.row = v
                v = g("rowId")
                if v is None:
                    o.row_id = u
                    if "rowId" not in d:
                        m += 1
                else:
                    o.row_id = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("count")
                if v is None:
                    o.count = u
                    if "count" not in d:
                        m += 1
                else:
                    o.count = v
                v = g("unitPrice")
                if v is None:
                    o.unit_price = u
                    if "unitPrice" not in d:
                        m += 1
                else:
                    o.unit_price = v
                v = g("amountExclVat")
                if v is None:
                    o.amount_excl_vat = u
                    if "amountExclVat" not in d:
                        m += 1
                else:
                    o.amount_excl_vat = v
                v = g("amountInclVat")
                if v is None:
                    o.amount_incl_vat = u
                    if "amountInclVat" not in d:
                        m += 1
                else:
                    o.amount_incl_vat = v
                v = g("discount")
                if v is None:
                    o.discount = u
                    if "discount" not in d:
                        m += 1
                else:
                    o.discount = v
                v = g("markup")
                if v is None:
                    o.markup = u
                    if "markup" not in d:
                        m += 1
                else:
                    o.markup = v
                v = g("vatType")
                if v is None:
                    o.vat_type = u
                    if "vatType" not in d:
                        m += 1
                else:
                    o.vat_type = v
                v = g("vatPercent")
                if v is None:
                    o.vat_percent = u
                    if "vatPercent" not in d:
                        m += 1
                else:
                    o.vat_percent = v
                v = g("sellersProductIdentification")
                if v is None:
                    o.sellers_product_identification = u
                    if "sellersProductIdentification" not in d:
                        m += 1
                else:
                    o.sellers_product_identification = v
                v = g("standardProductIdentificationId")
                if v is None:
                    o.standard_product_identification_id = u
                    if "standardProductIdentificationId" not in d:
                        m += 1
                else:
                    o.standard_product_identification_id = v
                v = g("standardProductIdentificationSchemeId")
                if v is None:
                    o.standard_product_identification_scheme_id = u
                    if "standardProductIdentificationSchemeId" not in d:
                        m += 1
                else:
                    o.standard_product_identification_scheme_id = v
                v = g("productName")
                if v is None:
                    o.product_name = u
                    if "productName" not in d:
                        m += 1
                else:
                    o.product_name = v
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
            ("incoming_invoice_original_id", "incomingInvoiceOriginalId"),
            ("order_line_type", "orderLineType"),
            ("row", "row"),
            ("row_id", "rowId"),
            ("name", "name"),
            ("description", "description"),
            ("count", "count"),
            ("unit_price", "unitPrice"),
            ("amount_excl_vat", "amountExclVat"),
            ("amount_incl_vat", "amountInclVat"),
            ("discount", "discount"),
            ("markup", "markup"),
            ("vat_type", "vatType"),
            ("vat_percent", "vatPercent"),
            ("sellers_product_identification", "sellersProductIdentification"),
            ("standard_product_identification_id", "standardProductIdentificationId"),
            ("standard_product_identification_scheme_id", "standardProductIdentificationSchemeId"),
            ("product_name", "productName"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.incoming_invoice_original_id
            o.incoming_invoice_original_id = u if v is None else v
            v = s.order_line_type
            o.order_line_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_order_line_type.get(v)) is not None
                else enum_value(IncomingOrderLineOriginalOrderLineType, v)
            )
            v = s.row
            o.row = u if v is None else v
            v = s.row_id
            o.row_id = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.count
            o.count = u if v is None else v
            v = s.unit_price
            o.unit_price = u if v is None else v
            v = s.amount_excl_vat
            o.amount_excl_vat = u if v is None else v
            v = s.amount_incl_vat
            o.amount_incl_vat = u if v is None else v
            v = s.discount
            o.discount = u if v is None else v
            v = s.markup
            o.markup = u if v is None else v
            v = s.vat_type
            o.vat_type = u if v is None else v
            v = s.vat_percent
            o.vat_percent = u if v is None else v
            v = s.sellers_product_identification
            o.sellers_product_identification = u if v is None else v
            v = s.standard_product_identification_id
            o.standard_product_identification_id = u if v is None else v
            v = s.standard_product_identification_scheme_id
            o.standard_product_identification_scheme_id = u if v is None else v
            v = s.product_name
            o.product_name = u if v is None else v
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
