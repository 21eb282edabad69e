from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="UserLicenseSettingsDTO")


@_attrs_define
class UserLicenseSettingsDTO(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.is_price_differentiation
        if _v is not UNSET:
            field_dict["isPriceDifferentiation"] = _v
        _v = self.is_advance_invoicing
        if _v is not UNSET:
            field_dict["isAdvanceInvoicing"] = _v
        _v = self.is_auth_tripletex_support_invoice_manager
        if _v is not UNSET:
            field_dict["isAuthTripletexSupportInvoiceManager"] = _v
        _v = self.is_auth_tripletex_support
        if _v is not UNSET:
            field_dict["isAuthTripletexSupport"] = _v
        _v = self.customer_display_name
        if _v is not UNSET:
            field_dict["customerDisplayName"] = _v
        _v = self.has_active_category_2_licenses
        if _v is not UNSET:
            field_dict["hasActiveCategory2Licenses"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserLicenseSettingsDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UserLicenseSettingsDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "isPriceDifferentiation",
                "isAdvanceInvoicing",
                "isAuthTripletexSupportInvoiceManager",
                "isAuthTripletexSupport",
                "customerDisplayName",
                "hasActiveCategory2Licenses",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("isPriceDifferentiation")
                if v is None:
                    o.is_price_differentiation = u
                    if "isPriceDifferentiation" not in d:
                        m += 1
                else:
                    o.is_price_differentiation = v
                v = g("isAdvanceInvoicing")
                if v is None:
                    o.is_advance_invoicing = u
                    if "isAdvanceInvoicing" not in d:
                        m += 1
                else:
                    o.is_advance_invoicing = v
                v = g("isAuthTripletexSupportInvoiceManager")
                if v is None:
                    o.is_auth_tripletex_support_invoice_manager = u
                    if "isAuthTripletexSupportInvoiceManager" not in d:
                        m += 1
                else:
                    o.is_auth_tripletex_support_invoice_manager = v
                v = g("isAuthTripletexSupport")
                if v is None:
                    o.is_auth_tripletex_support = u
                    if "isAuthTripletexSupport" not in d:
                        m += 1
                else:
                    o.is_auth_tripletex_support = v
                v = g("customerDisplayName")
                if v is None:
                    o.customer_display_name = u
                    if "customerDisplayName" not in d:
                        m += 1
                else:
                    o.customer_display_name = v
                v = g("hasActiveCategory2Licenses")
                if v is None:
                    o.has_active_category_2_licenses = u
                    if "hasActiveCategory2Licenses" not in d:
                        m += 1
                else:
                    o.has_active_category_2_licenses = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("is_price_differentiation", "isPriceDifferentiation"),
            ("is_advance_invoicing", "isAdvanceInvoicing"),
            ("is_auth_tripletex_support_invoice_manager", "isAuthTripletexSupportInvoiceManager"),
            ("is_auth_tripletex_support", "isAuthTripletexSupport"),
            ("customer_display_name", "customerDisplayName"),
            ("has_active_category_2_licenses", "hasActiveCategory2Licenses"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.is_price_differentiation
            o.is_price_differentiation = u if v is None else v
            v = s.is_advance_invoicing
            o.is_advance_invoicing = u if v is None else v
            v = s.is_auth_tripletex_support_invoice_manager
            o.is_auth_tripletex_support_invoice_manager = u if v is None else v
            v = s.is_auth_tripletex_support
            o.is_auth_tripletex_support = u if v is None else v
            v = s.customer_display_name
            o.customer_display_name = u if v is None else v
            v = s.has_active_category_2_licenses
            o.has_active_category_2_licenses = u if v is None else v
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
