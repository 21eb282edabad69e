from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.my_subscription_module_dto_categories_item import MySubscriptionModuleDTOCategoriesItem
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.my_subscription_module_dto_service_prices import MySubscriptionModuleDTOServicePrices


T = TypeVar("T", bound="MySubscriptionModuleDTO")


@_attrs_define
class MySubscriptionModuleDTO(Model):
    """
    Attributes:
        id (int | Unset):
        title (str | Unset):
        short_description (str | Unset):
        description_part_1 (str | Unset):
        description_part_2 (str | Unset):
        per_use_price (float | Unset):
        per_user_price (float | Unset):
        per_user_startup (float | Unset):
        monthly_price (float | Unset):
        monthly_main_module_price (float | Unset):
        monthly_voucher_price (float | None | Unset):
        yearly_price (float | Unset):
        start_up_price (float | Unset):
        per_user_over_limit_price (float | Unset):
        price_description (str | Unset):
        active (bool | Unset):
        available (bool | Unset):
        processing (bool | Unset):
        future_purchase (bool | Unset):
        info_text (str | Unset):
        unavailable_text (str | Unset):
        license_url (str | Unset):
        redirect_url (str | Unset):
        price_line_1_text (str | Unset):
        price_line_2_text (str | Unset):
        price_line_3_text (str | Unset):
        price1 (float | Unset):
        price2 (float | Unset):
        price3 (float | Unset):
        can_deactivate (bool | Unset):
        deactivation_error (str | Unset):
        possible_start_date (str | Unset):
        purchase_start_date (str | Unset):
        purchase_end_date (str | Unset):
        has_auto_invoice (bool | Unset):
        currency_code (str | Unset):
        deactivation_error_type (str | Unset):
        activation_info (str | Unset):
        categories (list[MySubscriptionModuleDTOCategoriesItem] | Unset):
        service_prices (MySubscriptionModuleDTOServicePrices | Unset): Prices of additional services. Note that prices
            for main modules are contained in named fields and not in this object.
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.title
        if _v is not UNSET and not _in_request:
            field_dict["title"] = _v
        _v = self.short_description
        if _v is not UNSET and not _in_request:
            field_dict["shortDescription"] = _v
        _v = self.description_part_1
        if _v is not UNSET and not _in_request:
            field_dict["descriptionPart1"] = _v
        _v = self.description_part_2
        if _v is not UNSET and not _in_request:
            field_dict["descriptionPart2"] = _v
        _v = self.per_use_price
        if _v is not UNSET and not _in_request:
            field_dict["perUsePrice"] = _v
        _v = self.per_user_price
        if _v is not UNSET and not _in_request:
            field_dict["perUserPrice"] = _v
        _v = self.per_user_startup
        if _v is not UNSET and not _in_request:
            field_dict["perUserStartup"] = _v
        _v = self.monthly_price
        if _v is not UNSET and not _in_request:
            field_dict["monthlyPrice"] = _v
        _v = self.monthly_main_module_price
        if _v is not UNSET and not _in_request:
            field_dict["monthlyMainModulePrice"] = _v
        monthly_voucher_price: float | None | Unset
        if isinstance(self.monthly_voucher_price, Unset):
            monthly_voucher_price = UNSET
        else:
            monthly_voucher_price = self.monthly_voucher_price
        if monthly_voucher_price is not UNSET and not _in_request:
            field_dict["monthlyVoucherPrice"] = monthly_voucher_price
        _v = self.yearly_price
        if _v is not UNSET and not _in_request:
            field_dict["yearlyPrice"] = _v
        _v = self.start_up_price
        if _v is not UNSET and not _in_request:
            field_dict["startUpPrice"] = _v
        _v = self.per_user_over_limit_price
        if _v is not UNSET and not _in_request:
            field_dict["perUserOverLimitPrice"] = _v
        _v = self.price_description
        if _v is not UNSET and not _in_request:
            field_dict["priceDescription"] = _v
        _v = self.active
        if _v is not UNSET and not _in_request:
            field_dict["active"] = _v
        _v = self.available
        if _v is not UNSET and not _in_request:
            field_dict["available"] = _v
        _v = self.processing
        if _v is not UNSET and not _in_request:
            field_dict["processing"] = _v
        _v = self.future_purchase
        if _v is not UNSET and not _in_request:
            field_dict["futurePurchase"] = _v
        _v = self.info_text
        if _v is not UNSET and not _in_request:
            field_dict["infoText"] = _v
        _v = self.unavailable_text
        if _v is not UNSET and not _in_request:
            field_dict["unavailableText"] = _v
        _v = self.license_url
        if _v is not UNSET and not _in_request:
            field_dict["licenseUrl"] = _v
        _v = self.redirect_url
        if _v is not UNSET and not _in_request:
            field_dict["redirectUrl"] = _v
        _v = self.price_line_1_text
        if _v is not UNSET and not _in_request:
            field_dict["priceLine1Text"] = _v
        _v = self.price_line_2_text
        if _v is not UNSET and not _in_request:
            field_dict["priceLine2Text"] = _v
        _v = self.price_line_3_text
        if _v is not UNSET and not _in_request:
            field_dict["priceLine3Text"] = _v
        _v = self.price1
        if _v is not UNSET and not _in_request:
            field_dict["price1"] = _v
        _v = self.price2
        if _v is not UNSET and not _in_request:
            field_dict["price2"] = _v
        _v = self.price3
        if _v is not UNSET and not _in_request:
            field_dict["price3"] = _v
        _v = self.can_deactivate
        if _v is not UNSET and not _in_request:
            field_dict["canDeactivate"] = _v
        _v = self.deactivation_error
        if _v is not UNSET and not _in_request:
            field_dict["deactivationError"] = _v
        _v = self.possible_start_date
        if _v is not UNSET and not _in_request:
            field_dict["possibleStartDate"] = _v
        _v = self.purchase_start_date
        if _v is not UNSET and not _in_request:
            field_dict["purchaseStartDate"] = _v
        _v = self.purchase_end_date
        if _v is not UNSET and not _in_request:
            field_dict["purchaseEndDate"] = _v
        _v = self.has_auto_invoice
        if _v is not UNSET and not _in_request:
            field_dict["hasAutoInvoice"] = _v
        _v = self.currency_code
        if _v is not UNSET and not _in_request:
            field_dict["currencyCode"] = _v
        _v = self.deactivation_error_type
        if _v is not UNSET and not _in_request:
            field_dict["deactivationErrorType"] = _v
        _v = self.activation_info
        if _v is not UNSET and not _in_request:
            field_dict["activationInfo"] = _v
        _v = self.categories
        if _v is not UNSET and not _in_request:
            field_dict["categories"] = [_e._value_ for _e in _v]
        _v = self.service_prices
        if _v is not UNSET and not _in_request:
            field_dict["servicePrices"] = _v.to_dict()
        _v = self.ordered
        if _v is not UNSET:
            field_dict["ordered"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A MySubscriptionModuleDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``MySubscriptionModuleDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.my_subscription_module_dto_service_prices import MySubscriptionModuleDTOServicePrices  # noqa: PLC0415

        _new = object.__new__

        def _c_monthly_voucher_price(_tx_v: Any) -> Any:
            def _parse_monthly_voucher_price(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            monthly_voucher_price = _parse_monthly_voucher_price(_tx_v)

            return monthly_voucher_price

        _e_categories: dict[Any, Any] = enum_members(MySubscriptionModuleDTOCategoriesItem)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "title": "title",
            "shortDescription": "short_description",
            "descriptionPart1": "description_part_1",
            "descriptionPart2": "description_part_2",
            "perUsePrice": "per_use_price",
            "perUserPrice": "per_user_price",
            "perUserStartup": "per_user_startup",
            "monthlyPrice": "monthly_price",
            "monthlyMainModulePrice": "monthly_main_module_price",
            "yearlyPrice": "yearly_price",
            "startUpPrice": "start_up_price",
            "perUserOverLimitPrice": "per_user_over_limit_price",
            "priceDescription": "price_description",
            "active": "active",
            "available": "available",
            "processing": "processing",
            "futurePurchase": "future_purchase",
            "infoText": "info_text",
            "unavailableText": "unavailable_text",
            "licenseUrl": "license_url",
            "redirectUrl": "redirect_url",
            "priceLine1Text": "price_line_1_text",
            "priceLine2Text": "price_line_2_text",
            "priceLine3Text": "price_line_3_text",
            "price1": "price1",
            "price2": "price2",
            "price3": "price3",
            "canDeactivate": "can_deactivate",
            "deactivationError": "deactivation_error",
            "possibleStartDate": "possible_start_date",
            "purchaseStartDate": "purchase_start_date",
            "purchaseEndDate": "purchase_end_date",
            "hasAutoInvoice": "has_auto_invoice",
            "currencyCode": "currency_code",
            "deactivationErrorType": "deactivation_error_type",
            "activationInfo": "activation_info",
            "ordered": "ordered",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 13 and _sparse_keys.issuperset(d):
                    o.id = o.title = o.short_description = o.description_part_1 = o.description_part_2 = (
                        o.per_use_price
                    ) = o.per_user_price = o.per_user_startup = o.monthly_price = o.monthly_main_module_price = (
                        o.monthly_voucher_price
                    ) = o.yearly_price = o.start_up_price = o.per_user_over_limit_price = o.price_description = (
                        o.active
                    ) = o.available = o.processing = o.future_purchase = o.info_text = o.unavailable_text = (
                        o.license_url
                    ) = o.redirect_url = o.price_line_1_text = o.price_line_2_text = o.price_line_3_text = o.price1 = (
                        o.price2
                    ) = o.price3 = o.can_deactivate = o.deactivation_error = o.possible_start_date = (
                        o.purchase_start_date
                    ) = o.purchase_end_date = o.has_auto_invoice = o.currency_code = o.deactivation_error_type = (
                        o.activation_info
                    ) = o.categories = o.service_prices = o.ordered = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("title")
                if v is None:
                    o.title = u
                    if "title" not in d:
                        m += 1
                else:
                    o.title = v
                v = g("shortDescription")
                if v is None:
                    o.short_description = u
                    if "shortDescription" not in d:
                        m += 1
                else:
                    o.short_description = v
                v = g("descriptionPart1")
                if v is None:
                    o.description_part_1 = u
                    if "descriptionPart1" not in d:
                        m += 1
                else:
                    o.description_part_1 = v
                v = g("descriptionPart2")
                if v is None:
                    o.description_part_2 = u
                    if "descriptionPart2" not in d:
                        m += 1
                else:
                    o.description_part_2 = v
                v = g("perUsePrice")
                if v is None:
                    o.per_use_price = u
                    if "perUsePrice" not in d:
                        m += 1
                else:
                    o.per_use_price = v
                v = g("perUserPrice")
                if v is None:
                    o.per_user_price = u
                    if "perUserPrice" not in d:
                        m += 1
                else:
                    o.per_user_price = v
                v = g("perUserStartup")
                if v is None:
                    o.per_user_startup = u
                    if "perUserStartup" not in d:
                        m += 1
                else:
                    o.per_user_startup = v
                v = g("monthlyPrice")
                if v is None:
                    o.monthly_price = u
                    if "monthlyPrice" not in d:
                        m += 1
                else:
                    o.monthly_price = v
                v = g("monthlyMainModulePrice")
                if v is None:
                    o.monthly_main_module_price = u
                    if "monthlyMainModulePrice" not in d:
                        m += 1
                else:
                    o.monthly_main_module_price = v
                k = "monthlyVoucherPrice"
                v = g("monthlyVoucherPrice")
                if v is None:
                    o.monthly_voucher_price = u
                    if "monthlyVoucherPrice" not in d:
                        m += 1
                else:
                    o.monthly_voucher_price = _c_monthly_voucher_price(v)
                v = g("yearlyPrice")
                if v is None:
                    o.yearly_price = u
                    if "yearlyPrice" not in d:
                        m += 1
                else:
                    o.yearly_price = v
                v = g("startUpPrice")
                if v is None:
                    o.start_up_price = u
                    if "startUpPrice" not in d:
                        m += 1
                else:
                    o.start_up_price = v
                v = g("perUserOverLimitPrice")
                if v is None:
                    o.per_user_over_limit_price = u
                    if "perUserOverLimitPrice" not in d:
                        m += 1
                else:
                    o.per_user_over_limit_price = v
                v = g("priceDescription")
                if v is None:
                    o.price_description = u
                    if "priceDescription" not in d:
                        m += 1
                else:
                    o.price_description = v
                v = g("active")
                if v is None:
                    o.active = u
                    if "active" not in d:
                        m += 1
                else:
                    o.active = v
                v = g("available")
                if v is None:
                    o.available = u
                    if "available" not in d:
                        m += 1
                else:
                    o.available = v
                v = g("processing")
                if v is None:
                    o.processing = u
                    if "processing" not in d:
                        m += 1
                else:
                    o.processing = v
                v = g("futurePurchase")
                if v is None:
                    o.future_purchase = u
                    if "futurePurchase" not in d:
                        m += 1
                else:
                    o.future_purchase = v
                v = g("infoText")
                if v is None:
                    o.info_text = u
                    if "infoText" not in d:
                        m += 1
                else:
                    o.info_text = v
                v = g("unavailableText")
                if v is None:
                    o.unavailable_text = u
                    if "unavailableText" not in d:
                        m += 1
                else:
                    o.unavailable_text = v
                v = g("licenseUrl")
                if v is None:
                    o.license_url = u
                    if "licenseUrl" not in d:
                        m += 1
                else:
                    o.license_url = v
                v = g("redirectUrl")
                if v is None:
                    o.redirect_url = u
                    if "redirectUrl" not in d:
                        m += 1
                else:
                    o.redirect_url = v
                v = g("priceLine1Text")
                if v is None:
                    o.price_line_1_text = u
                    if "priceLine1Text" not in d:
                        m += 1
                else:
                    o.price_line_1_text = v
                v = g("priceLine2Text")
                if v is None:
                    o.price_line_2_text = u
                    if "priceLine2Text" not in d:
                        m += 1
                else:
                    o.price_line_2_text = v
                v = g("priceLine3Text")
                if v is None:
                    o.price_line_3_text = u
                    if "priceLine3Text" not in d:
                        m += 1
                else:
                    o.price_line_3_text = v
                v = g("price1")
                if v is None:
                    o.price1 = u
                    if "price1" not in d:
                        m += 1
                else:
                    o.price1 = v
                v = g("price2")
                if v is None:
                    o.price2 = u
                    if "price2" not in d:
                        m += 1
                else:
                    o.price2 = v
                v = g("price3")
                if v is None:
                    o.price3 = u
                    if "price3" not in d:
                        m += 1
                else:
                    o.price3 = v
                v = g("canDeactivate")
                if v is None:
                    o.can_deactivate = u
                    if "canDeactivate" not in d:
                        m += 1
                else:
                    o.can_deactivate = v
                v = g("deactivationError")
                if v is None:
                    o.deactivation_error = u
                    if "deactivationError" not in d:
                        m += 1
                else:
                    o.deactivation_error = v
                v = g("possibleStartDate")
                if v is None:
                    o.possible_start_date = u
                    if "possibleStartDate" not in d:
                        m += 1
                else:
                    o.possible_start_date = v
                v = g("purchaseStartDate")
                if v is None:
                    o.purchase_start_date = u
                    if "purchaseStartDate" not in d:
                        m += 1
                else:
                    o.purchase_start_date = v
                v = g("purchaseEndDate")
                if v is None:
                    o.purchase_end_date = u
                    if "purchaseEndDate" not in d:
                        m += 1
                else:
                    o.purchase_end_date = v
                v = g("hasAutoInvoice")
                if v is None:
                    o.has_auto_invoice = u
                    if "hasAutoInvoice" not in d:
                        m += 1
                else:
                    o.has_auto_invoice = v
                v = g("currencyCode")
                if v is None:
                    o.currency_code = u
                    if "currencyCode" not in d:
                        m += 1
                else:
                    o.currency_code = v
                v = g("deactivationErrorType")
                if v is None:
                    o.deactivation_error_type = u
                    if "deactivationErrorType" not in d:
                        m += 1
                else:
                    o.deactivation_error_type = v
                v = g("activationInfo")
                if v is None:
                    o.activation_info = u
                    if "activationInfo" not in d:
                        m += 1
                else:
                    o.activation_info = v
                k = "categories"
                v = g("categories")
                if v is None:
                    o.categories = u
                    if "categories" not in d:
                        m += 1
                else:
                    o.categories = (
                        (
                            [
                                e_
                                if (e_ := _e_categories.get(e)) is not None
                                else enum_value(MySubscriptionModuleDTOCategoriesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "servicePrices"
                v = g("servicePrices")
                if v is None:
                    o.service_prices = u
                    if "servicePrices" not in d:
                        m += 1
                else:
                    o.service_prices = MySubscriptionModuleDTOServicePrices._tx_parse(v)
                v = g("ordered")
                if v is None:
                    o.ordered = u
                    if "ordered" not in d:
                        m += 1
                else:
                    o.ordered = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 41 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("title", "title"),
            ("short_description", "shortDescription"),
            ("description_part_1", "descriptionPart1"),
            ("description_part_2", "descriptionPart2"),
            ("per_use_price", "perUsePrice"),
            ("per_user_price", "perUserPrice"),
            ("per_user_startup", "perUserStartup"),
            ("monthly_price", "monthlyPrice"),
            ("monthly_main_module_price", "monthlyMainModulePrice"),
            ("monthly_voucher_price", "monthlyVoucherPrice"),
            ("yearly_price", "yearlyPrice"),
            ("start_up_price", "startUpPrice"),
            ("per_user_over_limit_price", "perUserOverLimitPrice"),
            ("price_description", "priceDescription"),
            ("active", "active"),
            ("available", "available"),
            ("processing", "processing"),
            ("future_purchase", "futurePurchase"),
            ("info_text", "infoText"),
            ("unavailable_text", "unavailableText"),
            ("license_url", "licenseUrl"),
            ("redirect_url", "redirectUrl"),
            ("price_line_1_text", "priceLine1Text"),
            ("price_line_2_text", "priceLine2Text"),
            ("price_line_3_text", "priceLine3Text"),
            ("price1", "price1"),
            ("price2", "price2"),
            ("price3", "price3"),
            ("can_deactivate", "canDeactivate"),
            ("deactivation_error", "deactivationError"),
            ("possible_start_date", "possibleStartDate"),
            ("purchase_start_date", "purchaseStartDate"),
            ("purchase_end_date", "purchaseEndDate"),
            ("has_auto_invoice", "hasAutoInvoice"),
            ("currency_code", "currencyCode"),
            ("deactivation_error_type", "deactivationErrorType"),
            ("activation_info", "activationInfo"),
            ("categories", "categories"),
            ("service_prices", "servicePrices"),
            ("ordered", "ordered"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.title
            o.title = u if v is None else v
            v = s.short_description
            o.short_description = u if v is None else v
            v = s.description_part_1
            o.description_part_1 = u if v is None else v
            v = s.description_part_2
            o.description_part_2 = u if v is None else v
            v = s.per_use_price
            o.per_use_price = u if v is None else v
            v = s.per_user_price
            o.per_user_price = u if v is None else v
            v = s.per_user_startup
            o.per_user_startup = u if v is None else v
            v = s.monthly_price
            o.monthly_price = u if v is None else v
            v = s.monthly_main_module_price
            o.monthly_main_module_price = u if v is None else v
            v = s.monthly_voucher_price
            o.monthly_voucher_price = u if v is None or v is u else _c_monthly_voucher_price(v)
            v = s.yearly_price
            o.yearly_price = u if v is None else v
            v = s.start_up_price
            o.start_up_price = u if v is None else v
            v = s.per_user_over_limit_price
            o.per_user_over_limit_price = u if v is None else v
            v = s.price_description
            o.price_description = u if v is None else v
            v = s.active
            o.active = u if v is None else v
            v = s.available
            o.available = u if v is None else v
            v = s.processing
            o.processing = u if v is None else v
            v = s.future_purchase
            o.future_purchase = u if v is None else v
            v = s.info_text
            o.info_text = u if v is None else v
            v = s.unavailable_text
            o.unavailable_text = u if v is None else v
            v = s.license_url
            o.license_url = u if v is None else v
            v = s.redirect_url
            o.redirect_url = u if v is None else v
            v = s.price_line_1_text
            o.price_line_1_text = u if v is None else v
            v = s.price_line_2_text
            o.price_line_2_text = u if v is None else v
            v = s.price_line_3_text
            o.price_line_3_text = u if v is None else v
            v = s.price1
            o.price1 = u if v is None else v
            v = s.price2
            o.price2 = u if v is None else v
            v = s.price3
            o.price3 = u if v is None else v
            v = s.can_deactivate
            o.can_deactivate = u if v is None else v
            v = s.deactivation_error
            o.deactivation_error = u if v is None else v
            v = s.possible_start_date
            o.possible_start_date = u if v is None else v
            v = s.purchase_start_date
            o.purchase_start_date = u if v is None else v
            v = s.purchase_end_date
            o.purchase_end_date = u if v is None else v
            v = s.has_auto_invoice
            o.has_auto_invoice = u if v is None else v
            v = s.currency_code
            o.currency_code = u if v is None else v
            v = s.deactivation_error_type
            o.deactivation_error_type = u if v is None else v
            v = s.activation_info
            o.activation_info = u if v is None else v
            v = s.categories
            o.categories = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_categories.get(e)) is not None
                        else enum_value(MySubscriptionModuleDTOCategoriesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.service_prices
            o.service_prices = u if v is None or v is u else MySubscriptionModuleDTOServicePrices._tx_parse(v)
            v = s.ordered
            o.ordered = u if v is None else v
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
