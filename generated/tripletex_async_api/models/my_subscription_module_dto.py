from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_subscription_module_dto_categories_item import MySubscriptionModuleDTOCategoriesItem
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
    from ..models.my_subscription_module_dto_service_prices import MySubscriptionModuleDTOServicePrices


T = TypeVar("T", bound="MySubscriptionModuleDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("categories", list, False),
    ("servicePrices", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MySubscriptionModuleDTO(LazyModel):
    """
    Attributes:
        id (int | Unset): [read-only]
        title (str | Unset): [read-only]
        short_description (str | Unset): [read-only]
        description_part_1 (str | Unset): [read-only]
        description_part_2 (str | Unset): [read-only]
        per_use_price (float | Unset): [read-only]
        per_user_price (float | Unset): [read-only]
        per_user_startup (float | Unset): [read-only]
        monthly_price (float | Unset): [read-only]
        monthly_main_module_price (float | Unset): [read-only]
        monthly_voucher_price (float | None | Unset): [read-only]
        yearly_price (float | Unset): [read-only]
        start_up_price (float | Unset): [read-only]
        per_user_over_limit_price (float | Unset): [read-only]
        price_description (str | Unset): [read-only]
        active (bool | Unset): [read-only]
        available (bool | Unset): [read-only]
        processing (bool | Unset): [read-only]
        future_purchase (bool | Unset): [read-only]
        info_text (str | Unset): [read-only]
        unavailable_text (str | Unset): [read-only]
        license_url (str | Unset): [read-only]
        redirect_url (str | Unset): [read-only]
        price_line_1_text (str | Unset): [read-only]
        price_line_2_text (str | Unset): [read-only]
        price_line_3_text (str | Unset): [read-only]
        price1 (float | Unset): [read-only]
        price2 (float | Unset): [read-only]
        price3 (float | Unset): [read-only]
        can_deactivate (bool | Unset): [read-only]
        deactivation_error (str | Unset): [read-only]
        possible_start_date (str | Unset): [read-only]
        purchase_start_date (str | Unset): [read-only]
        purchase_end_date (str | Unset): [read-only]
        has_auto_invoice (bool | Unset): [read-only]
        currency_code (str | Unset): [read-only]
        deactivation_error_type (str | Unset): [read-only]
        activation_info (str | Unset): [read-only]
        categories (list[MySubscriptionModuleDTOCategoriesItem] | Unset): [read-only]
        service_prices (MySubscriptionModuleDTOServicePrices | Unset): [read-only] Prices of additional services. Note
            that prices for main modules are contained in named fields and not in this object.
        ordered (bool | Unset):
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    short_description: str | Unset = UNSET
    description_part_1: str | Unset = UNSET
    description_part_2: str | Unset = UNSET
    per_use_price: float | Unset = UNSET
    per_user_price: float | Unset = UNSET
    per_user_startup: float | Unset = UNSET
    monthly_price: float | Unset = UNSET
    monthly_main_module_price: float | Unset = UNSET
    monthly_voucher_price: float | None | Unset = UNSET
    yearly_price: float | Unset = UNSET
    start_up_price: float | Unset = UNSET
    per_user_over_limit_price: float | Unset = UNSET
    price_description: str | Unset = UNSET
    active: bool | Unset = UNSET
    available: bool | Unset = UNSET
    processing: bool | Unset = UNSET
    future_purchase: bool | Unset = UNSET
    info_text: str | Unset = UNSET
    unavailable_text: str | Unset = UNSET
    license_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    price_line_1_text: str | Unset = UNSET
    price_line_2_text: str | Unset = UNSET
    price_line_3_text: str | Unset = UNSET
    price1: float | Unset = UNSET
    price2: float | Unset = UNSET
    price3: float | Unset = UNSET
    can_deactivate: bool | Unset = UNSET
    deactivation_error: str | Unset = UNSET
    possible_start_date: str | Unset = UNSET
    purchase_start_date: str | Unset = UNSET
    purchase_end_date: str | Unset = UNSET
    has_auto_invoice: bool | Unset = UNSET
    currency_code: str | Unset = UNSET
    deactivation_error_type: str | Unset = UNSET
    activation_info: str | Unset = UNSET
    categories: list[MySubscriptionModuleDTOCategoriesItem] | Unset = UNSET
    service_prices: MySubscriptionModuleDTOServicePrices | Unset = UNSET
    ordered: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        id = self.id

        title = self.title

        short_description = self.short_description

        description_part_1 = self.description_part_1

        description_part_2 = self.description_part_2

        per_use_price = self.per_use_price

        per_user_price = self.per_user_price

        per_user_startup = self.per_user_startup

        monthly_price = self.monthly_price

        monthly_main_module_price = self.monthly_main_module_price

        monthly_voucher_price: float | None | Unset
        if isinstance(self.monthly_voucher_price, Unset):
            monthly_voucher_price = UNSET
        else:
            monthly_voucher_price = self.monthly_voucher_price

        yearly_price = self.yearly_price

        start_up_price = self.start_up_price

        per_user_over_limit_price = self.per_user_over_limit_price

        price_description = self.price_description

        active = self.active

        available = self.available

        processing = self.processing

        future_purchase = self.future_purchase

        info_text = self.info_text

        unavailable_text = self.unavailable_text

        license_url = self.license_url

        redirect_url = self.redirect_url

        price_line_1_text = self.price_line_1_text

        price_line_2_text = self.price_line_2_text

        price_line_3_text = self.price_line_3_text

        price1 = self.price1

        price2 = self.price2

        price3 = self.price3

        can_deactivate = self.can_deactivate

        deactivation_error = self.deactivation_error

        possible_start_date = self.possible_start_date

        purchase_start_date = self.purchase_start_date

        purchase_end_date = self.purchase_end_date

        has_auto_invoice = self.has_auto_invoice

        currency_code = self.currency_code

        deactivation_error_type = self.deactivation_error_type

        activation_info = self.activation_info

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.value
                categories.append(categories_item)

        service_prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_prices, Unset):
            service_prices = self.service_prices.to_dict()

        ordered = self.ordered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if title is not UNSET and not _in_request:
            field_dict["title"] = title
        if short_description is not UNSET and not _in_request:
            field_dict["shortDescription"] = short_description
        if description_part_1 is not UNSET and not _in_request:
            field_dict["descriptionPart1"] = description_part_1
        if description_part_2 is not UNSET and not _in_request:
            field_dict["descriptionPart2"] = description_part_2
        if per_use_price is not UNSET and not _in_request:
            field_dict["perUsePrice"] = per_use_price
        if per_user_price is not UNSET and not _in_request:
            field_dict["perUserPrice"] = per_user_price
        if per_user_startup is not UNSET and not _in_request:
            field_dict["perUserStartup"] = per_user_startup
        if monthly_price is not UNSET and not _in_request:
            field_dict["monthlyPrice"] = monthly_price
        if monthly_main_module_price is not UNSET and not _in_request:
            field_dict["monthlyMainModulePrice"] = monthly_main_module_price
        if monthly_voucher_price is not UNSET and not _in_request:
            field_dict["monthlyVoucherPrice"] = monthly_voucher_price
        if yearly_price is not UNSET and not _in_request:
            field_dict["yearlyPrice"] = yearly_price
        if start_up_price is not UNSET and not _in_request:
            field_dict["startUpPrice"] = start_up_price
        if per_user_over_limit_price is not UNSET and not _in_request:
            field_dict["perUserOverLimitPrice"] = per_user_over_limit_price
        if price_description is not UNSET and not _in_request:
            field_dict["priceDescription"] = price_description
        if active is not UNSET and not _in_request:
            field_dict["active"] = active
        if available is not UNSET and not _in_request:
            field_dict["available"] = available
        if processing is not UNSET and not _in_request:
            field_dict["processing"] = processing
        if future_purchase is not UNSET and not _in_request:
            field_dict["futurePurchase"] = future_purchase
        if info_text is not UNSET and not _in_request:
            field_dict["infoText"] = info_text
        if unavailable_text is not UNSET and not _in_request:
            field_dict["unavailableText"] = unavailable_text
        if license_url is not UNSET and not _in_request:
            field_dict["licenseUrl"] = license_url
        if redirect_url is not UNSET and not _in_request:
            field_dict["redirectUrl"] = redirect_url
        if price_line_1_text is not UNSET and not _in_request:
            field_dict["priceLine1Text"] = price_line_1_text
        if price_line_2_text is not UNSET and not _in_request:
            field_dict["priceLine2Text"] = price_line_2_text
        if price_line_3_text is not UNSET and not _in_request:
            field_dict["priceLine3Text"] = price_line_3_text
        if price1 is not UNSET and not _in_request:
            field_dict["price1"] = price1
        if price2 is not UNSET and not _in_request:
            field_dict["price2"] = price2
        if price3 is not UNSET and not _in_request:
            field_dict["price3"] = price3
        if can_deactivate is not UNSET and not _in_request:
            field_dict["canDeactivate"] = can_deactivate
        if deactivation_error is not UNSET and not _in_request:
            field_dict["deactivationError"] = deactivation_error
        if possible_start_date is not UNSET and not _in_request:
            field_dict["possibleStartDate"] = possible_start_date
        if purchase_start_date is not UNSET and not _in_request:
            field_dict["purchaseStartDate"] = purchase_start_date
        if purchase_end_date is not UNSET and not _in_request:
            field_dict["purchaseEndDate"] = purchase_end_date
        if has_auto_invoice is not UNSET and not _in_request:
            field_dict["hasAutoInvoice"] = has_auto_invoice
        if currency_code is not UNSET and not _in_request:
            field_dict["currencyCode"] = currency_code
        if deactivation_error_type is not UNSET and not _in_request:
            field_dict["deactivationErrorType"] = deactivation_error_type
        if activation_info is not UNSET and not _in_request:
            field_dict["activationInfo"] = activation_info
        if categories is not UNSET and not _in_request:
            field_dict["categories"] = categories
        if service_prices is not UNSET and not _in_request:
            field_dict["servicePrices"] = service_prices
        if ordered is not UNSET:
            field_dict["ordered"] = ordered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MySubscriptionModuleDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.my_subscription_module_dto_service_prices import MySubscriptionModuleDTOServicePrices  # noqa: PLC0415

        def _p_monthly_voucher_price(_tx_v: Any) -> float | None | Unset:
            def _parse_monthly_voucher_price(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            monthly_voucher_price = _parse_monthly_voucher_price(_tx_v)

            return monthly_voucher_price

        def _p_categories(_tx_v: Any) -> list[MySubscriptionModuleDTOCategoriesItem] | Unset:
            _categories = _tx_v
            categories: list[MySubscriptionModuleDTOCategoriesItem] | Unset = UNSET
            if _categories is not UNSET:
                categories = []
                for categories_item_data in _categories:
                    if categories_item_data is None:
                        continue
                    categories_item = MySubscriptionModuleDTOCategoriesItem(categories_item_data)

                    categories.append(categories_item)

            return categories

        def _p_service_prices(_tx_v: Any) -> MySubscriptionModuleDTOServicePrices | Unset:
            _service_prices = _tx_v
            service_prices: MySubscriptionModuleDTOServicePrices | Unset
            if isinstance(_service_prices, Unset):
                service_prices = UNSET
            else:
                service_prices = MySubscriptionModuleDTOServicePrices._tx_from_json(_service_prices)

            return service_prices

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "title",
                "shortDescription",
                "descriptionPart1",
                "descriptionPart2",
                "perUsePrice",
                "perUserPrice",
                "perUserStartup",
                "monthlyPrice",
                "monthlyMainModulePrice",
                "monthlyVoucherPrice",
                "yearlyPrice",
                "startUpPrice",
                "perUserOverLimitPrice",
                "priceDescription",
                "active",
                "available",
                "processing",
                "futurePurchase",
                "infoText",
                "unavailableText",
                "licenseUrl",
                "redirectUrl",
                "priceLine1Text",
                "priceLine2Text",
                "priceLine3Text",
                "price1",
                "price2",
                "price3",
                "canDeactivate",
                "deactivationError",
                "possibleStartDate",
                "purchaseStartDate",
                "purchaseEndDate",
                "hasAutoInvoice",
                "currencyCode",
                "deactivationErrorType",
                "activationInfo",
                "categories",
                "servicePrices",
                "ordered",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "title": ("title", None),
            "short_description": ("shortDescription", None),
            "description_part_1": ("descriptionPart1", None),
            "description_part_2": ("descriptionPart2", None),
            "per_use_price": ("perUsePrice", None),
            "per_user_price": ("perUserPrice", None),
            "per_user_startup": ("perUserStartup", None),
            "monthly_price": ("monthlyPrice", None),
            "monthly_main_module_price": ("monthlyMainModulePrice", None),
            "monthly_voucher_price": ("monthlyVoucherPrice", _p_monthly_voucher_price),
            "yearly_price": ("yearlyPrice", None),
            "start_up_price": ("startUpPrice", None),
            "per_user_over_limit_price": ("perUserOverLimitPrice", None),
            "price_description": ("priceDescription", None),
            "active": ("active", None),
            "available": ("available", None),
            "processing": ("processing", None),
            "future_purchase": ("futurePurchase", None),
            "info_text": ("infoText", None),
            "unavailable_text": ("unavailableText", None),
            "license_url": ("licenseUrl", None),
            "redirect_url": ("redirectUrl", None),
            "price_line_1_text": ("priceLine1Text", None),
            "price_line_2_text": ("priceLine2Text", None),
            "price_line_3_text": ("priceLine3Text", None),
            "price1": ("price1", None),
            "price2": ("price2", None),
            "price3": ("price3", None),
            "can_deactivate": ("canDeactivate", None),
            "deactivation_error": ("deactivationError", None),
            "possible_start_date": ("possibleStartDate", None),
            "purchase_start_date": ("purchaseStartDate", None),
            "purchase_end_date": ("purchaseEndDate", None),
            "has_auto_invoice": ("hasAutoInvoice", None),
            "currency_code": ("currencyCode", None),
            "deactivation_error_type": ("deactivationErrorType", None),
            "activation_info": ("activationInfo", None),
            "categories": ("categories", _p_categories),
            "service_prices": ("servicePrices", _p_service_prices),
            "ordered": ("ordered", None),
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
