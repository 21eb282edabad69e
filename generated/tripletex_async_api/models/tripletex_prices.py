from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.tripletex_prices_all_prices import TripletexPricesAllPrices


T = TypeVar("T", bound="TripletexPrices")


@_attrs_define
class TripletexPrices(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.all_prices
        if _v is not UNSET:
            field_dict["allPrices"] = _v.to_dict()
        _v = self.sum_startup_category_1_users
        if _v is not UNSET:
            field_dict["sumStartupCategory1Users"] = _v
        _v = self.sum_service_category_1_users
        if _v is not UNSET:
            field_dict["sumServiceCategory1Users"] = _v
        _v = self.list_price_category_1_user_startup
        if _v is not UNSET:
            field_dict["listPriceCategory1UserStartup"] = _v
        _v = self.list_price_category_1_user_service
        if _v is not UNSET:
            field_dict["listPriceCategory1UserService"] = _v
        _v = self.sum_startup
        if _v is not UNSET:
            field_dict["sumStartup"] = _v
        _v = self.sum_service
        if _v is not UNSET:
            field_dict["sumService"] = _v
        _v = self.sum_monthly_service_company
        if _v is not UNSET:
            field_dict["sumMonthlyServiceCompany"] = _v
        _v = self.sum_monthly_additional_services
        if _v is not UNSET:
            field_dict["sumMonthlyAdditionalServices"] = _v
        _v = self.sum_yearly_service
        if _v is not UNSET:
            field_dict["sumYearlyService"] = _v
        _v = self.monthly_service_user_cat_1
        if _v is not UNSET:
            field_dict["monthlyServiceUserCat1"] = _v
        _v = self.list_price_monthly_service_user_cat_1
        if _v is not UNSET:
            field_dict["listPriceMonthlyServiceUserCat1"] = _v
        _v = self.monthly_service_logistics_user_cat_1
        if _v is not UNSET:
            field_dict["monthlyServiceLogisticsUserCat1"] = _v
        _v = self.list_price_monthly_service_logistics_user_cat_1
        if _v is not UNSET:
            field_dict["listPriceMonthlyServiceLogisticsUserCat1"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexPrices from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexPrices.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tripletex_prices_all_prices import TripletexPricesAllPrices  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "sumStartupCategory1Users": "sum_startup_category_1_users",
            "sumServiceCategory1Users": "sum_service_category_1_users",
            "listPriceCategory1UserStartup": "list_price_category_1_user_startup",
            "listPriceCategory1UserService": "list_price_category_1_user_service",
            "sumStartup": "sum_startup",
            "sumService": "sum_service",
            "sumMonthlyServiceCompany": "sum_monthly_service_company",
            "sumMonthlyAdditionalServices": "sum_monthly_additional_services",
            "sumYearlyService": "sum_yearly_service",
            "monthlyServiceUserCat1": "monthly_service_user_cat_1",
            "listPriceMonthlyServiceUserCat1": "list_price_monthly_service_user_cat_1",
            "monthlyServiceLogisticsUserCat1": "monthly_service_logistics_user_cat_1",
            "listPriceMonthlyServiceLogisticsUserCat1": "list_price_monthly_service_logistics_user_cat_1",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.all_prices = o.sum_startup_category_1_users = o.sum_service_category_1_users = (
                        o.list_price_category_1_user_startup
                    ) = o.list_price_category_1_user_service = o.sum_startup = o.sum_service = (
                        o.sum_monthly_service_company
                    ) = o.sum_monthly_additional_services = o.sum_yearly_service = o.monthly_service_user_cat_1 = (
                        o.list_price_monthly_service_user_cat_1
                    ) = o.monthly_service_logistics_user_cat_1 = o.list_price_monthly_service_logistics_user_cat_1 = (
                        UNSET
                    )
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "allPrices"
                v = g("allPrices")
                if v is None:
                    o.all_prices = u
                    if "allPrices" not in d:
                        m += 1
                else:
                    o.all_prices = TripletexPricesAllPrices._tx_parse(v)
                v = g("sumStartupCategory1Users")
                if v is None:
                    o.sum_startup_category_1_users = u
                    if "sumStartupCategory1Users" not in d:
                        m += 1
                else:
                    o.sum_startup_category_1_users = v
                v = g("sumServiceCategory1Users")
                if v is None:
                    o.sum_service_category_1_users = u
                    if "sumServiceCategory1Users" not in d:
                        m += 1
                else:
                    o.sum_service_category_1_users = v
                v = g("listPriceCategory1UserStartup")
                if v is None:
                    o.list_price_category_1_user_startup = u
                    if "listPriceCategory1UserStartup" not in d:
                        m += 1
                else:
                    o.list_price_category_1_user_startup = v
                v = g("listPriceCategory1UserService")
                if v is None:
                    o.list_price_category_1_user_service = u
                    if "listPriceCategory1UserService" not in d:
                        m += 1
                else:
                    o.list_price_category_1_user_service = v
                v = g("sumStartup")
                if v is None:
                    o.sum_startup = u
                    if "sumStartup" not in d:
                        m += 1
                else:
                    o.sum_startup = v
                v = g("sumService")
                if v is None:
                    o.sum_service = u
                    if "sumService" not in d:
                        m += 1
                else:
                    o.sum_service = v
                v = g("sumMonthlyServiceCompany")
                if v is None:
                    o.sum_monthly_service_company = u
                    if "sumMonthlyServiceCompany" not in d:
                        m += 1
                else:
                    o.sum_monthly_service_company = v
                v = g("sumMonthlyAdditionalServices")
                if v is None:
                    o.sum_monthly_additional_services = u
                    if "sumMonthlyAdditionalServices" not in d:
                        m += 1
                else:
                    o.sum_monthly_additional_services = v
                v = g("sumYearlyService")
                if v is None:
                    o.sum_yearly_service = u
                    if "sumYearlyService" not in d:
                        m += 1
                else:
                    o.sum_yearly_service = v
                v = g("monthlyServiceUserCat1")
                if v is None:
                    o.monthly_service_user_cat_1 = u
                    if "monthlyServiceUserCat1" not in d:
                        m += 1
                else:
                    o.monthly_service_user_cat_1 = v
                v = g("listPriceMonthlyServiceUserCat1")
                if v is None:
                    o.list_price_monthly_service_user_cat_1 = u
                    if "listPriceMonthlyServiceUserCat1" not in d:
                        m += 1
                else:
                    o.list_price_monthly_service_user_cat_1 = v
                v = g("monthlyServiceLogisticsUserCat1")
                if v is None:
                    o.monthly_service_logistics_user_cat_1 = u
                    if "monthlyServiceLogisticsUserCat1" not in d:
                        m += 1
                else:
                    o.monthly_service_logistics_user_cat_1 = v
                v = g("listPriceMonthlyServiceLogisticsUserCat1")
                if v is None:
                    o.list_price_monthly_service_logistics_user_cat_1 = u
                    if "listPriceMonthlyServiceLogisticsUserCat1" not in d:
                        m += 1
                else:
                    o.list_price_monthly_service_logistics_user_cat_1 = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("all_prices", "allPrices"),
            ("sum_startup_category_1_users", "sumStartupCategory1Users"),
            ("sum_service_category_1_users", "sumServiceCategory1Users"),
            ("list_price_category_1_user_startup", "listPriceCategory1UserStartup"),
            ("list_price_category_1_user_service", "listPriceCategory1UserService"),
            ("sum_startup", "sumStartup"),
            ("sum_service", "sumService"),
            ("sum_monthly_service_company", "sumMonthlyServiceCompany"),
            ("sum_monthly_additional_services", "sumMonthlyAdditionalServices"),
            ("sum_yearly_service", "sumYearlyService"),
            ("monthly_service_user_cat_1", "monthlyServiceUserCat1"),
            ("list_price_monthly_service_user_cat_1", "listPriceMonthlyServiceUserCat1"),
            ("monthly_service_logistics_user_cat_1", "monthlyServiceLogisticsUserCat1"),
            ("list_price_monthly_service_logistics_user_cat_1", "listPriceMonthlyServiceLogisticsUserCat1"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.all_prices
            o.all_prices = u if v is None or v is u else TripletexPricesAllPrices._tx_parse(v)
            v = s.sum_startup_category_1_users
            o.sum_startup_category_1_users = u if v is None else v
            v = s.sum_service_category_1_users
            o.sum_service_category_1_users = u if v is None else v
            v = s.list_price_category_1_user_startup
            o.list_price_category_1_user_startup = u if v is None else v
            v = s.list_price_category_1_user_service
            o.list_price_category_1_user_service = u if v is None else v
            v = s.sum_startup
            o.sum_startup = u if v is None else v
            v = s.sum_service
            o.sum_service = u if v is None else v
            v = s.sum_monthly_service_company
            o.sum_monthly_service_company = u if v is None else v
            v = s.sum_monthly_additional_services
            o.sum_monthly_additional_services = u if v is None else v
            v = s.sum_yearly_service
            o.sum_yearly_service = u if v is None else v
            v = s.monthly_service_user_cat_1
            o.monthly_service_user_cat_1 = u if v is None else v
            v = s.list_price_monthly_service_user_cat_1
            o.list_price_monthly_service_user_cat_1 = u if v is None else v
            v = s.monthly_service_logistics_user_cat_1
            o.monthly_service_logistics_user_cat_1 = u if v is None else v
            v = s.list_price_monthly_service_logistics_user_cat_1
            o.list_price_monthly_service_logistics_user_cat_1 = u if v is None else v
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
