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

T = TypeVar("T", bound="ArchiveModelTypes")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ArchiveModelTypes(LazyModel):
    """
    Attributes:
        supplier (bool | Unset): [read-only]
        customer (bool | Unset): [read-only]
        project (bool | Unset): [read-only]
        order (bool | Unset): [read-only]
        offer (bool | Unset): [read-only]
        product (bool | Unset): [read-only]
        employee (bool | Unset): [read-only]
        account (bool | Unset): [read-only]
        asset (bool | Unset): [read-only]
    """

    supplier: bool | Unset = UNSET
    customer: bool | Unset = UNSET
    project: bool | Unset = UNSET
    order: bool | Unset = UNSET
    offer: bool | Unset = UNSET
    product: bool | Unset = UNSET
    employee: bool | Unset = UNSET
    account: bool | Unset = UNSET
    asset: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        supplier = self.supplier

        customer = self.customer

        project = self.project

        order = self.order

        offer = self.offer

        product = self.product

        employee = self.employee

        account = self.account

        asset = self.asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET and not _in_request:
            field_dict["supplier"] = supplier
        if customer is not UNSET and not _in_request:
            field_dict["customer"] = customer
        if project is not UNSET and not _in_request:
            field_dict["project"] = project
        if order is not UNSET and not _in_request:
            field_dict["order"] = order
        if offer is not UNSET and not _in_request:
            field_dict["offer"] = offer
        if product is not UNSET and not _in_request:
            field_dict["product"] = product
        if employee is not UNSET and not _in_request:
            field_dict["employee"] = employee
        if account is not UNSET and not _in_request:
            field_dict["account"] = account
        if asset is not UNSET and not _in_request:
            field_dict["asset"] = asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ArchiveModelTypes from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "supplier",
                "customer",
                "project",
                "order",
                "offer",
                "product",
                "employee",
                "account",
                "asset",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "supplier": ("supplier", None),
            "customer": ("customer", None),
            "project": ("project", None),
            "order": ("order", None),
            "offer": ("offer", None),
            "product": ("product", None),
            "employee": ("employee", None),
            "account": ("account", None),
            "asset": ("asset", None),
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
