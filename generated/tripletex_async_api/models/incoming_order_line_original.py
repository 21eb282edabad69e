from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incoming_order_line_original_order_line_type import IncomingOrderLineOriginalOrderLineType
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

T = TypeVar("T", bound="IncomingOrderLineOriginal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("orderLineType", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class IncomingOrderLineOriginal(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only] Unique identifier for the order line.
        incoming_invoice_original_id (int | Unset): [read-only] Reference to the original invoice this order line
            belongs to.
        order_line_type (IncomingOrderLineOriginalOrderLineType | Unset): [read-only] Type of the order line (e.g.,
            EXPENSE).
        row (int | Unset): [read-only] Sequence number of the order line, starting at 1. Start with 1 to align with
            posting row numbers.
        row_id (str | Unset): [read-only] Unique identifier for the order line within an EHF invoice.
        name (str | Unset): [read-only] Name of the order line.
        description (str | Unset): [read-only] Description of the order line.
        count (float | Unset): [read-only] Quantity/count of the order line.
        unit_price (float | Unset): [read-only] Unit price of the order line, excluding VAT, including discount, markup,
            allowances, and charges.
        amount_excl_vat (float | Unset): [read-only] Total amount of the order line, excluding VAT, including discount,
            markup, allowances, and charges.
        amount_incl_vat (float | Unset): [read-only] Total amount of the order line, including VAT, including discount,
            markup, allowances, and charges.
        discount (float | Unset): [read-only] Discount and allowance combined, in percentage.
        markup (float | Unset): [read-only] Markup and charge combined, in percentage.
        vat_type (str | Unset): [read-only] Vat type code from the EHF standard, e.g., 'S', 'M', 'H', 'E'.
        vat_percent (float | Unset): [read-only] Vat rate in percentage, e.g., 25.0 for 25%.
        sellers_product_identification (str | Unset): [read-only] Seller's product identification code.
        standard_product_identification_id (str | Unset): [read-only] Standard product identification ID.
        standard_product_identification_scheme_id (str | Unset): [read-only] Standard product identification scheme ID.
        product_name (str | Unset): [read-only] Product name.
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
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        incoming_invoice_original_id = self.incoming_invoice_original_id

        order_line_type: str | Unset = UNSET
        if not isinstance(self.order_line_type, Unset):
            order_line_type = self.order_line_type.value

        row = self.row

        row_id = self.row_id

        name = self.name

        description = self.description

        count = self.count

        unit_price = self.unit_price

        amount_excl_vat = self.amount_excl_vat

        amount_incl_vat = self.amount_incl_vat

        discount = self.discount

        markup = self.markup

        vat_type = self.vat_type

        vat_percent = self.vat_percent

        sellers_product_identification = self.sellers_product_identification

        standard_product_identification_id = self.standard_product_identification_id

        standard_product_identification_scheme_id = self.standard_product_identification_scheme_id

        product_name = self.product_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if incoming_invoice_original_id is not UNSET and not _in_request:
            field_dict["incomingInvoiceOriginalId"] = incoming_invoice_original_id
        if order_line_type is not UNSET and not _in_request:
            field_dict["orderLineType"] = order_line_type
        if row is not UNSET and not _in_request:
            field_dict["row"] = row
        if row_id is not UNSET and not _in_request:
            field_dict["rowId"] = row_id
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if description is not UNSET and not _in_request:
            field_dict["description"] = description
        if count is not UNSET and not _in_request:
            field_dict["count"] = count
        if unit_price is not UNSET and not _in_request:
            field_dict["unitPrice"] = unit_price
        if amount_excl_vat is not UNSET and not _in_request:
            field_dict["amountExclVat"] = amount_excl_vat
        if amount_incl_vat is not UNSET and not _in_request:
            field_dict["amountInclVat"] = amount_incl_vat
        if discount is not UNSET and not _in_request:
            field_dict["discount"] = discount
        if markup is not UNSET and not _in_request:
            field_dict["markup"] = markup
        if vat_type is not UNSET and not _in_request:
            field_dict["vatType"] = vat_type
        if vat_percent is not UNSET and not _in_request:
            field_dict["vatPercent"] = vat_percent
        if sellers_product_identification is not UNSET and not _in_request:
            field_dict["sellersProductIdentification"] = sellers_product_identification
        if standard_product_identification_id is not UNSET and not _in_request:
            field_dict["standardProductIdentificationId"] = standard_product_identification_id
        if standard_product_identification_scheme_id is not UNSET and not _in_request:
            field_dict["standardProductIdentificationSchemeId"] = standard_product_identification_scheme_id
        if product_name is not UNSET and not _in_request:
            field_dict["productName"] = product_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingOrderLineOriginal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_order_line_type(_tx_v: Any) -> IncomingOrderLineOriginalOrderLineType | Unset:
            _order_line_type = _tx_v
            order_line_type: IncomingOrderLineOriginalOrderLineType | Unset
            if isinstance(_order_line_type, Unset):
                order_line_type = UNSET
            else:
                order_line_type = IncomingOrderLineOriginalOrderLineType(_order_line_type)

            return order_line_type

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "incoming_invoice_original_id": ("incomingInvoiceOriginalId", None),
            "order_line_type": ("orderLineType", _p_order_line_type),
            "row": ("row", None),
            "row_id": ("rowId", None),
            "name": ("name", None),
            "description": ("description", None),
            "count": ("count", None),
            "unit_price": ("unitPrice", None),
            "amount_excl_vat": ("amountExclVat", None),
            "amount_incl_vat": ("amountInclVat", None),
            "discount": ("discount", None),
            "markup": ("markup", None),
            "vat_type": ("vatType", None),
            "vat_percent": ("vatPercent", None),
            "sellers_product_identification": ("sellersProductIdentification", None),
            "standard_product_identification_id": ("standardProductIdentificationId", None),
            "standard_product_identification_scheme_id": ("standardProductIdentificationSchemeId", None),
            "product_name": ("productName", None),
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
