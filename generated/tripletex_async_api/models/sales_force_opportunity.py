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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.sales_force_opportunity_all_prices import SalesForceOpportunityAllPrices


T = TypeVar("T", bound="SalesForceOpportunity")


@_attrs_define
class SalesForceOpportunity(Model):
    """Company opportunity

    Attributes:
        all_prices (SalesForceOpportunityAllPrices | Unset): A nested map of all active sales modules. The key in the
            outer map is the sales module, whilst the inner map contains the different pricing types for the given sales
            module. A pricing type could be PER_USE(10).
        sum_startup_category_1_users (float | Unset): The total startup price for users of category 1.
        sum_service_category_1_users (float | Unset): The total price per monthly price for users of category 1.
        list_price_category_1_user_startup (float | Unset): The startup list price per user.
        list_price_category_1_user_service (float | Unset): The monthly list price per user.
        sum_startup (float | Unset): The startup price for the company.
        sum_service (float | Unset): The monthly price for the company.
        sum_yearly_service (float | Unset): The monthly price for the company.
        sum_additional_services (float | Unset): The total startup price for additional services.
        accountant_startup_provision (float | Unset): The initial provision for the accountant of the startup price
            (percentage)
        accountant_monthly_provision (float | Unset): The monthly provision for the accountant of the monthly price
            (percentage)
        no_of_users_prepaid (int | Unset): The number of users prepaid when creating the company.
        no_of_users_included (int | Unset): The number of users included for free in the purchased module.
    """

    all_prices: SalesForceOpportunityAllPrices | Unset = UNSET
    sum_startup_category_1_users: float | Unset = UNSET
    sum_service_category_1_users: float | Unset = UNSET
    list_price_category_1_user_startup: float | Unset = UNSET
    list_price_category_1_user_service: float | Unset = UNSET
    sum_startup: float | Unset = UNSET
    sum_service: float | Unset = UNSET
    sum_yearly_service: float | Unset = UNSET
    sum_additional_services: float | Unset = UNSET
    accountant_startup_provision: float | Unset = UNSET
    accountant_monthly_provision: float | Unset = UNSET
    no_of_users_prepaid: int | Unset = UNSET
    no_of_users_included: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.all_prices
        if _v is not UNSET and not _in_request:
            field_dict["allPrices"] = _v.to_dict()
        _v = self.sum_startup_category_1_users
        if _v is not UNSET and not _in_request:
            field_dict["sumStartupCategory1Users"] = _v
        _v = self.sum_service_category_1_users
        if _v is not UNSET and not _in_request:
            field_dict["sumServiceCategory1Users"] = _v
        _v = self.list_price_category_1_user_startup
        if _v is not UNSET and not _in_request:
            field_dict["listPriceCategory1UserStartup"] = _v
        _v = self.list_price_category_1_user_service
        if _v is not UNSET and not _in_request:
            field_dict["listPriceCategory1UserService"] = _v
        _v = self.sum_startup
        if _v is not UNSET and not _in_request:
            field_dict["sumStartup"] = _v
        _v = self.sum_service
        if _v is not UNSET and not _in_request:
            field_dict["sumService"] = _v
        _v = self.sum_yearly_service
        if _v is not UNSET and not _in_request:
            field_dict["sumYearlyService"] = _v
        _v = self.sum_additional_services
        if _v is not UNSET and not _in_request:
            field_dict["sumAdditionalServices"] = _v
        _v = self.accountant_startup_provision
        if _v is not UNSET and not _in_request:
            field_dict["accountantStartupProvision"] = _v
        _v = self.accountant_monthly_provision
        if _v is not UNSET and not _in_request:
            field_dict["accountantMonthlyProvision"] = _v
        _v = self.no_of_users_prepaid
        if _v is not UNSET and not _in_request:
            field_dict["noOfUsersPrepaid"] = _v
        _v = self.no_of_users_included
        if _v is not UNSET and not _in_request:
            field_dict["noOfUsersIncluded"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceOpportunity from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalesForceOpportunity.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.sales_force_opportunity_all_prices import SalesForceOpportunityAllPrices  # noqa: PLC0415

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
                "sumYearlyService",
                "sumAdditionalServices",
                "accountantStartupProvision",
                "accountantMonthlyProvision",
                "noOfUsersPrepaid",
                "noOfUsersIncluded",
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
            "sumYearlyService": "sum_yearly_service",
            "sumAdditionalServices": "sum_additional_services",
            "accountantStartupProvision": "accountant_startup_provision",
            "accountantMonthlyProvision": "accountant_monthly_provision",
            "noOfUsersPrepaid": "no_of_users_prepaid",
            "noOfUsersIncluded": "no_of_users_included",
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
                    ) = o.list_price_category_1_user_service = o.sum_startup = o.sum_service = o.sum_yearly_service = (
                        o.sum_additional_services
                    ) = o.accountant_startup_provision = o.accountant_monthly_provision = o.no_of_users_prepaid = (
                        o.no_of_users_included
                    ) = UNSET
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
                    o.all_prices = SalesForceOpportunityAllPrices._tx_parse(v)
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
                v = g("sumYearlyService")
                if v is None:
                    o.sum_yearly_service = u
                    if "sumYearlyService" not in d:
                        m += 1
                else:
                    o.sum_yearly_service = v
                v = g("sumAdditionalServices")
                if v is None:
                    o.sum_additional_services = u
                    if "sumAdditionalServices" not in d:
                        m += 1
                else:
                    o.sum_additional_services = v
                v = g("accountantStartupProvision")
                if v is None:
                    o.accountant_startup_provision = u
                    if "accountantStartupProvision" not in d:
                        m += 1
                else:
                    o.accountant_startup_provision = v
                v = g("accountantMonthlyProvision")
                if v is None:
                    o.accountant_monthly_provision = u
                    if "accountantMonthlyProvision" not in d:
                        m += 1
                else:
                    o.accountant_monthly_provision = v
                v = g("noOfUsersPrepaid")
                if v is None:
                    o.no_of_users_prepaid = u
                    if "noOfUsersPrepaid" not in d:
                        m += 1
                else:
                    o.no_of_users_prepaid = v
                v = g("noOfUsersIncluded")
                if v is None:
                    o.no_of_users_included = u
                    if "noOfUsersIncluded" not in d:
                        m += 1
                else:
                    o.no_of_users_included = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("sum_yearly_service", "sumYearlyService"),
            ("sum_additional_services", "sumAdditionalServices"),
            ("accountant_startup_provision", "accountantStartupProvision"),
            ("accountant_monthly_provision", "accountantMonthlyProvision"),
            ("no_of_users_prepaid", "noOfUsersPrepaid"),
            ("no_of_users_included", "noOfUsersIncluded"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.all_prices
            o.all_prices = u if v is None or v is u else SalesForceOpportunityAllPrices._tx_parse(v)
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
            v = s.sum_yearly_service
            o.sum_yearly_service = u if v is None else v
            v = s.sum_additional_services
            o.sum_additional_services = u if v is None else v
            v = s.accountant_startup_provision
            o.accountant_startup_provision = u if v is None else v
            v = s.accountant_monthly_provision
            o.accountant_monthly_provision = u if v is None else v
            v = s.no_of_users_prepaid
            o.no_of_users_prepaid = u if v is None else v
            v = s.no_of_users_included
            o.no_of_users_included = u if v is None else v
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
