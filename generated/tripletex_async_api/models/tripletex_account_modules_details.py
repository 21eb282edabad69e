from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_modules_details_company_type import TripletexAccountModulesDetailsCompanyType
from ..models.tripletex_account_modules_details_sales_modules_item import TripletexAccountModulesDetailsSalesModulesItem
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

T = TypeVar("T", bound="TripletexAccountModulesDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("companyType", str, False),
    ("salesModules", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountModulesDetails(LazyModel):
    """
    Attributes:
        customer_id (int | Unset): An unique customer ID.
        number_of_vouchers (int | Unset): An unique ID related to a specific Tripletex sales module type.
        number_of_employees (int | Unset): A value representing the number of employees depending on the main module's
            type.
        company_type (TripletexAccountModulesDetailsCompanyType | Unset): A value representing the company organization
            type.
        has_only_prices (bool | Unset): Flag for checking if the client has only prices.
        sales_modules (list[TripletexAccountModulesDetailsSalesModulesItem] | Unset): Sales modules the creator choose
            during account creation.
    """

    customer_id: int | Unset = UNSET
    number_of_vouchers: int | Unset = UNSET
    number_of_employees: int | Unset = UNSET
    company_type: TripletexAccountModulesDetailsCompanyType | Unset = UNSET
    has_only_prices: bool | Unset = UNSET
    sales_modules: list[TripletexAccountModulesDetailsSalesModulesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        customer_id = self.customer_id

        number_of_vouchers = self.number_of_vouchers

        number_of_employees = self.number_of_employees

        company_type: str | Unset = UNSET
        if not isinstance(self.company_type, Unset):
            company_type = self.company_type.value

        has_only_prices = self.has_only_prices

        sales_modules: list[str] | Unset = UNSET
        if not isinstance(self.sales_modules, Unset):
            sales_modules = []
            for sales_modules_item_data in self.sales_modules:
                sales_modules_item = sales_modules_item_data.value
                sales_modules.append(sales_modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if number_of_vouchers is not UNSET:
            field_dict["numberOfVouchers"] = number_of_vouchers
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if company_type is not UNSET:
            field_dict["companyType"] = company_type
        if has_only_prices is not UNSET:
            field_dict["hasOnlyPrices"] = has_only_prices
        if sales_modules is not UNSET:
            field_dict["salesModules"] = sales_modules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountModulesDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_company_type(_tx_v: Any) -> TripletexAccountModulesDetailsCompanyType | Unset:
            _company_type = _tx_v
            company_type: TripletexAccountModulesDetailsCompanyType | Unset
            if isinstance(_company_type, Unset):
                company_type = UNSET
            else:
                company_type = TripletexAccountModulesDetailsCompanyType(_company_type)

            return company_type

        def _p_sales_modules(_tx_v: Any) -> list[TripletexAccountModulesDetailsSalesModulesItem] | Unset:
            _sales_modules = _tx_v
            sales_modules: list[TripletexAccountModulesDetailsSalesModulesItem] | Unset = UNSET
            if _sales_modules is not UNSET:
                sales_modules = []
                for sales_modules_item_data in _sales_modules:
                    if sales_modules_item_data is None:
                        continue
                    sales_modules_item = TripletexAccountModulesDetailsSalesModulesItem(sales_modules_item_data)

                    sales_modules.append(sales_modules_item)

            return sales_modules

        _tx_known: frozenset[str] = frozenset(
            (
                "customerId",
                "numberOfVouchers",
                "numberOfEmployees",
                "companyType",
                "hasOnlyPrices",
                "salesModules",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "customer_id": ("customerId", None),
            "number_of_vouchers": ("numberOfVouchers", None),
            "number_of_employees": ("numberOfEmployees", None),
            "company_type": ("companyType", _p_company_type),
            "has_only_prices": ("hasOnlyPrices", None),
            "sales_modules": ("salesModules", _p_sales_modules),
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
