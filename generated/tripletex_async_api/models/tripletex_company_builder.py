from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_company_builder_price_list import TripletexCompanyBuilderPriceList
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

T = TypeVar("T", bound="TripletexCompanyBuilder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("priceList", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class TripletexCompanyBuilder(LazyModel):
    """
    Attributes:
        company_id (int | Unset):
        type_ (int | Unset):
        customer_id (int | Unset):
        customer_company_id (int | Unset):
        invoice_number_of_months (int | Unset):
        invoice_number_of_months_in_advance (int | Unset):
        price_list (TripletexCompanyBuilderPriceList | Unset):
    """

    company_id: int | Unset = UNSET
    type_: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_company_id: int | Unset = UNSET
    invoice_number_of_months: int | Unset = UNSET
    invoice_number_of_months_in_advance: int | Unset = UNSET
    price_list: TripletexCompanyBuilderPriceList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        company_id = self.company_id

        type_ = self.type_

        customer_id = self.customer_id

        customer_company_id = self.customer_company_id

        invoice_number_of_months = self.invoice_number_of_months

        invoice_number_of_months_in_advance = self.invoice_number_of_months_in_advance

        price_list: str | Unset = UNSET
        if not isinstance(self.price_list, Unset):
            price_list = self.price_list.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_company_id is not UNSET:
            field_dict["customerCompanyId"] = customer_company_id
        if invoice_number_of_months is not UNSET:
            field_dict["invoiceNumberOfMonths"] = invoice_number_of_months
        if invoice_number_of_months_in_advance is not UNSET:
            field_dict["invoiceNumberOfMonthsInAdvance"] = invoice_number_of_months_in_advance
        if price_list is not UNSET:
            field_dict["priceList"] = price_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexCompanyBuilder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_price_list(_tx_v: Any) -> TripletexCompanyBuilderPriceList | Unset:
            _price_list = _tx_v
            price_list: TripletexCompanyBuilderPriceList | Unset
            if isinstance(_price_list, Unset):
                price_list = UNSET
            else:
                price_list = TripletexCompanyBuilderPriceList(_price_list)

            return price_list

        _tx_known: frozenset[str] = frozenset(
            (
                "companyId",
                "type",
                "customerId",
                "customerCompanyId",
                "invoiceNumberOfMonths",
                "invoiceNumberOfMonthsInAdvance",
                "priceList",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "company_id": ("companyId", None),
            "type_": ("type", None),
            "customer_id": ("customerId", None),
            "customer_company_id": ("customerCompanyId", None),
            "invoice_number_of_months": ("invoiceNumberOfMonths", None),
            "invoice_number_of_months_in_advance": ("invoiceNumberOfMonthsInAdvance", None),
            "price_list": ("priceList", _p_price_list),
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
