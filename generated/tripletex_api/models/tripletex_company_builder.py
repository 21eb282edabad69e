from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_company_builder_price_list import TripletexCompanyBuilderPriceList
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="TripletexCompanyBuilder")


@_attrs_define
class TripletexCompanyBuilder:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        company_id = d.pop("companyId", UNSET)

        type_ = d.pop("type", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_company_id = d.pop("customerCompanyId", UNSET)

        invoice_number_of_months = d.pop("invoiceNumberOfMonths", UNSET)

        invoice_number_of_months_in_advance = d.pop("invoiceNumberOfMonthsInAdvance", UNSET)

        _price_list = d.pop("priceList", UNSET)
        price_list: TripletexCompanyBuilderPriceList | Unset
        if isinstance(_price_list, Unset):
            price_list = UNSET
        else:
            price_list = TripletexCompanyBuilderPriceList(_price_list)

        _obj = cls(
            company_id=company_id,
            type_=type_,
            customer_id=customer_id,
            customer_company_id=customer_company_id,
            invoice_number_of_months=invoice_number_of_months,
            invoice_number_of_months_in_advance=invoice_number_of_months_in_advance,
            price_list=price_list,
        )

        _obj.additional_properties = d
        return _obj

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
