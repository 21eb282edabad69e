from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.tripletex_prices_all_prices import TripletexPricesAllPrices


T = TypeVar("T", bound="TripletexPrices")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("allPrices", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TripletexPrices(LazyModel):
    """DTO containing Tripletex's prices informations.

    Attributes:
        all_prices (TripletexPricesAllPrices | Unset):
        sum_startup_category_1_users (float | Unset):
        sum_service_category_1_users (float | Unset):
        list_price_category_1_user_startup (float | Unset):
        list_price_category_1_user_service (float | Unset):
        sum_startup (float | Unset):
        sum_service (float | Unset):
        sum_monthly_service_company (float | Unset):
        sum_monthly_additional_services (float | Unset):
        sum_yearly_service (float | Unset):
        monthly_service_user_cat_1 (float | Unset):
        list_price_monthly_service_user_cat_1 (float | Unset):
        monthly_service_logistics_user_cat_1 (float | Unset):
        list_price_monthly_service_logistics_user_cat_1 (float | Unset):
    """

    all_prices: TripletexPricesAllPrices | Unset = UNSET
    sum_startup_category_1_users: float | Unset = UNSET
    sum_service_category_1_users: float | Unset = UNSET
    list_price_category_1_user_startup: float | Unset = UNSET
    list_price_category_1_user_service: float | Unset = UNSET
    sum_startup: float | Unset = UNSET
    sum_service: float | Unset = UNSET
    sum_monthly_service_company: float | Unset = UNSET
    sum_monthly_additional_services: float | Unset = UNSET
    sum_yearly_service: float | Unset = UNSET
    monthly_service_user_cat_1: float | Unset = UNSET
    list_price_monthly_service_user_cat_1: float | Unset = UNSET
    monthly_service_logistics_user_cat_1: float | Unset = UNSET
    list_price_monthly_service_logistics_user_cat_1: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        all_prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_prices, Unset):
            all_prices = self.all_prices.to_dict()

        sum_startup_category_1_users = self.sum_startup_category_1_users

        sum_service_category_1_users = self.sum_service_category_1_users

        list_price_category_1_user_startup = self.list_price_category_1_user_startup

        list_price_category_1_user_service = self.list_price_category_1_user_service

        sum_startup = self.sum_startup

        sum_service = self.sum_service

        sum_monthly_service_company = self.sum_monthly_service_company

        sum_monthly_additional_services = self.sum_monthly_additional_services

        sum_yearly_service = self.sum_yearly_service

        monthly_service_user_cat_1 = self.monthly_service_user_cat_1

        list_price_monthly_service_user_cat_1 = self.list_price_monthly_service_user_cat_1

        monthly_service_logistics_user_cat_1 = self.monthly_service_logistics_user_cat_1

        list_price_monthly_service_logistics_user_cat_1 = self.list_price_monthly_service_logistics_user_cat_1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_prices is not UNSET:
            field_dict["allPrices"] = all_prices
        if sum_startup_category_1_users is not UNSET:
            field_dict["sumStartupCategory1Users"] = sum_startup_category_1_users
        if sum_service_category_1_users is not UNSET:
            field_dict["sumServiceCategory1Users"] = sum_service_category_1_users
        if list_price_category_1_user_startup is not UNSET:
            field_dict["listPriceCategory1UserStartup"] = list_price_category_1_user_startup
        if list_price_category_1_user_service is not UNSET:
            field_dict["listPriceCategory1UserService"] = list_price_category_1_user_service
        if sum_startup is not UNSET:
            field_dict["sumStartup"] = sum_startup
        if sum_service is not UNSET:
            field_dict["sumService"] = sum_service
        if sum_monthly_service_company is not UNSET:
            field_dict["sumMonthlyServiceCompany"] = sum_monthly_service_company
        if sum_monthly_additional_services is not UNSET:
            field_dict["sumMonthlyAdditionalServices"] = sum_monthly_additional_services
        if sum_yearly_service is not UNSET:
            field_dict["sumYearlyService"] = sum_yearly_service
        if monthly_service_user_cat_1 is not UNSET:
            field_dict["monthlyServiceUserCat1"] = monthly_service_user_cat_1
        if list_price_monthly_service_user_cat_1 is not UNSET:
            field_dict["listPriceMonthlyServiceUserCat1"] = list_price_monthly_service_user_cat_1
        if monthly_service_logistics_user_cat_1 is not UNSET:
            field_dict["monthlyServiceLogisticsUserCat1"] = monthly_service_logistics_user_cat_1
        if list_price_monthly_service_logistics_user_cat_1 is not UNSET:
            field_dict["listPriceMonthlyServiceLogisticsUserCat1"] = list_price_monthly_service_logistics_user_cat_1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexPrices from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tripletex_prices_all_prices import TripletexPricesAllPrices  # noqa: PLC0415

        def _p_all_prices(_tx_v: Any) -> TripletexPricesAllPrices | Unset:
            _all_prices = _tx_v
            all_prices: TripletexPricesAllPrices | Unset
            if isinstance(_all_prices, Unset):
                all_prices = UNSET
            else:
                all_prices = TripletexPricesAllPrices._tx_from_json(_all_prices)

            return all_prices

        _tx_known: frozenset[str] = frozenset(
            (
                "allPrices",
                "sumStartupCategory1Users",
                "sumServiceCategory1Users",
                "listPriceCategory1UserStartup",
                "listPriceCategory1UserService",
                "sumStartup",
                "sumService",
                "sumMonthlyServiceCompany",
                "sumMonthlyAdditionalServices",
                "sumYearlyService",
                "monthlyServiceUserCat1",
                "listPriceMonthlyServiceUserCat1",
                "monthlyServiceLogisticsUserCat1",
                "listPriceMonthlyServiceLogisticsUserCat1",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "all_prices": ("allPrices", _p_all_prices),
            "sum_startup_category_1_users": ("sumStartupCategory1Users", None),
            "sum_service_category_1_users": ("sumServiceCategory1Users", None),
            "list_price_category_1_user_startup": ("listPriceCategory1UserStartup", None),
            "list_price_category_1_user_service": ("listPriceCategory1UserService", None),
            "sum_startup": ("sumStartup", None),
            "sum_service": ("sumService", None),
            "sum_monthly_service_company": ("sumMonthlyServiceCompany", None),
            "sum_monthly_additional_services": ("sumMonthlyAdditionalServices", None),
            "sum_yearly_service": ("sumYearlyService", None),
            "monthly_service_user_cat_1": ("monthlyServiceUserCat1", None),
            "list_price_monthly_service_user_cat_1": ("listPriceMonthlyServiceUserCat1", None),
            "monthly_service_logistics_user_cat_1": ("monthlyServiceLogisticsUserCat1", None),
            "list_price_monthly_service_logistics_user_cat_1": ("listPriceMonthlyServiceLogisticsUserCat1", None),
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
