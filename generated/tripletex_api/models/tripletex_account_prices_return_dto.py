from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tripletex_account_prices_return_dto_all_prices import TripletexAccountPricesReturnDTOAllPrices


T = TypeVar("T", bound="TripletexAccountPricesReturnDTO")


@_attrs_define
class TripletexAccountPricesReturnDTO:
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
        from ..models.tripletex_account_prices_return_dto_all_prices import TripletexAccountPricesReturnDTOAllPrices  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _all_prices = d.pop("allPrices", UNSET)
        all_prices: TripletexAccountPricesReturnDTOAllPrices | Unset
        if isinstance(_all_prices, Unset):
            all_prices = UNSET
        else:
            all_prices = TripletexAccountPricesReturnDTOAllPrices.from_dict(_all_prices)

        sum_startup_category_1_users = d.pop("sumStartupCategory1Users", UNSET)

        sum_service_category_1_users = d.pop("sumServiceCategory1Users", UNSET)

        list_price_category_1_user_startup = d.pop("listPriceCategory1UserStartup", UNSET)

        list_price_category_1_user_service = d.pop("listPriceCategory1UserService", UNSET)

        sum_startup = d.pop("sumStartup", UNSET)

        sum_service = d.pop("sumService", UNSET)

        sum_yearly_service = d.pop("sumYearlyService", UNSET)

        _obj = cls(
            all_prices=all_prices,
            sum_startup_category_1_users=sum_startup_category_1_users,
            sum_service_category_1_users=sum_service_category_1_users,
            list_price_category_1_user_startup=list_price_category_1_user_startup,
            list_price_category_1_user_service=list_price_category_1_user_service,
            sum_startup=sum_startup,
            sum_service=sum_service,
            sum_yearly_service=sum_yearly_service,
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
