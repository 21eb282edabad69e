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
    from ..models.tripletex_account_prices_return_dto_all_prices import TripletexAccountPricesReturnDTOAllPrices


T = TypeVar("T", bound="TripletexAccountPricesReturnDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("allPrices", dict, False),)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountPricesReturnDTO(LazyModel):
    """
    Attributes:
        all_prices (TripletexAccountPricesReturnDTOAllPrices | Unset): [read-only]
        sum_startup_category_1_users (float | Unset): [read-only]
        sum_service_category_1_users (float | Unset): [read-only]
        list_price_category_1_user_startup (float | Unset): [read-only]
        list_price_category_1_user_service (float | Unset): [read-only]
        sum_startup (float | Unset): [read-only]
        sum_service (float | Unset): [read-only]
        sum_yearly_service (float | Unset): [read-only]
    """

    all_prices: TripletexAccountPricesReturnDTOAllPrices | Unset = UNSET
    sum_startup_category_1_users: float | Unset = UNSET
    sum_service_category_1_users: float | Unset = UNSET
    list_price_category_1_user_startup: float | Unset = UNSET
    list_price_category_1_user_service: float | Unset = UNSET
    sum_startup: float | Unset = UNSET
    sum_service: float | Unset = UNSET
    sum_yearly_service: float | Unset = UNSET
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

        sum_yearly_service = self.sum_yearly_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_prices is not UNSET and not _in_request:
            field_dict["allPrices"] = all_prices
        if sum_startup_category_1_users is not UNSET and not _in_request:
            field_dict["sumStartupCategory1Users"] = sum_startup_category_1_users
        if sum_service_category_1_users is not UNSET and not _in_request:
            field_dict["sumServiceCategory1Users"] = sum_service_category_1_users
        if list_price_category_1_user_startup is not UNSET and not _in_request:
            field_dict["listPriceCategory1UserStartup"] = list_price_category_1_user_startup
        if list_price_category_1_user_service is not UNSET and not _in_request:
            field_dict["listPriceCategory1UserService"] = list_price_category_1_user_service
        if sum_startup is not UNSET and not _in_request:
            field_dict["sumStartup"] = sum_startup
        if sum_service is not UNSET and not _in_request:
            field_dict["sumService"] = sum_service
        if sum_yearly_service is not UNSET and not _in_request:
            field_dict["sumYearlyService"] = sum_yearly_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountPricesReturnDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tripletex_account_prices_return_dto_all_prices import TripletexAccountPricesReturnDTOAllPrices  # noqa: PLC0415

        def _p_all_prices(_tx_v: Any) -> TripletexAccountPricesReturnDTOAllPrices | Unset:
            _all_prices = _tx_v
            all_prices: TripletexAccountPricesReturnDTOAllPrices | Unset
            if isinstance(_all_prices, Unset):
                all_prices = UNSET
            else:
                all_prices = TripletexAccountPricesReturnDTOAllPrices._tx_from_json(_all_prices)

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
                "sumYearlyService",
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
            "sum_yearly_service": ("sumYearlyService", None),
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
