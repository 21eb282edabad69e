from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="IncomingInvoiceProject")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class IncomingInvoiceProject(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        department_id (int | Unset): [read-only]
        vat_type_id (int | Unset): [read-only]
        fixed_price (bool | Unset): [read-only]
        internal_project (bool | Unset): [read-only]
        closed (bool | Unset): [read-only]
        currency_id (int | Unset): [read-only]
        markup (float | Unset): [read-only]
        discount (float | Unset): [read-only]
        use_product_net_price (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    department_id: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    fixed_price: bool | Unset = UNSET
    internal_project: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    markup: float | Unset = UNSET
    discount: float | Unset = UNSET
    use_product_net_price: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        department_id = self.department_id

        vat_type_id = self.vat_type_id

        fixed_price = self.fixed_price

        internal_project = self.internal_project

        closed = self.closed

        currency_id = self.currency_id

        markup = self.markup

        discount = self.discount

        use_product_net_price = self.use_product_net_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if fixed_price is not UNSET and not _in_request:
            field_dict["fixedPrice"] = fixed_price
        if internal_project is not UNSET and not _in_request:
            field_dict["internalProject"] = internal_project
        if closed is not UNSET and not _in_request:
            field_dict["closed"] = closed
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if markup is not UNSET and not _in_request:
            field_dict["markup"] = markup
        if discount is not UNSET and not _in_request:
            field_dict["discount"] = discount
        if use_product_net_price is not UNSET and not _in_request:
            field_dict["useProductNetPrice"] = use_product_net_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceProject from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "displayName",
                "departmentId",
                "vatTypeId",
                "fixedPrice",
                "internalProject",
                "closed",
                "currencyId",
                "markup",
                "discount",
                "useProductNetPrice",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "display_name": ("displayName", None),
            "department_id": ("departmentId", None),
            "vat_type_id": ("vatTypeId", None),
            "fixed_price": ("fixedPrice", None),
            "internal_project": ("internalProject", None),
            "closed": ("closed", None),
            "currency_id": ("currencyId", None),
            "markup": ("markup", None),
            "discount": ("discount", None),
            "use_product_net_price": ("useProductNetPrice", None),
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
