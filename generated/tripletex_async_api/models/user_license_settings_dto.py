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

T = TypeVar("T", bound="UserLicenseSettingsDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class UserLicenseSettingsDTO(LazyModel):
    """
    Attributes:
        is_price_differentiation (bool | Unset):
        is_advance_invoicing (bool | Unset):
        is_auth_tripletex_support_invoice_manager (bool | Unset):
        is_auth_tripletex_support (bool | Unset):
        customer_display_name (str | Unset):
        has_active_category_2_licenses (bool | Unset):
    """

    is_price_differentiation: bool | Unset = UNSET
    is_advance_invoicing: bool | Unset = UNSET
    is_auth_tripletex_support_invoice_manager: bool | Unset = UNSET
    is_auth_tripletex_support: bool | Unset = UNSET
    customer_display_name: str | Unset = UNSET
    has_active_category_2_licenses: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        is_price_differentiation = self.is_price_differentiation

        is_advance_invoicing = self.is_advance_invoicing

        is_auth_tripletex_support_invoice_manager = self.is_auth_tripletex_support_invoice_manager

        is_auth_tripletex_support = self.is_auth_tripletex_support

        customer_display_name = self.customer_display_name

        has_active_category_2_licenses = self.has_active_category_2_licenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_price_differentiation is not UNSET:
            field_dict["isPriceDifferentiation"] = is_price_differentiation
        if is_advance_invoicing is not UNSET:
            field_dict["isAdvanceInvoicing"] = is_advance_invoicing
        if is_auth_tripletex_support_invoice_manager is not UNSET:
            field_dict["isAuthTripletexSupportInvoiceManager"] = is_auth_tripletex_support_invoice_manager
        if is_auth_tripletex_support is not UNSET:
            field_dict["isAuthTripletexSupport"] = is_auth_tripletex_support
        if customer_display_name is not UNSET:
            field_dict["customerDisplayName"] = customer_display_name
        if has_active_category_2_licenses is not UNSET:
            field_dict["hasActiveCategory2Licenses"] = has_active_category_2_licenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicenseSettingsDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "isPriceDifferentiation",
                "isAdvanceInvoicing",
                "isAuthTripletexSupportInvoiceManager",
                "isAuthTripletexSupport",
                "customerDisplayName",
                "hasActiveCategory2Licenses",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "is_price_differentiation": ("isPriceDifferentiation", None),
            "is_advance_invoicing": ("isAdvanceInvoicing", None),
            "is_auth_tripletex_support_invoice_manager": ("isAuthTripletexSupportInvoiceManager", None),
            "is_auth_tripletex_support": ("isAuthTripletexSupport", None),
            "customer_display_name": ("customerDisplayName", None),
            "has_active_category_2_licenses": ("hasActiveCategory2Licenses", None),
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
