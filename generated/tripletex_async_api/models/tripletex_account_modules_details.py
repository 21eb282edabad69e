from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tripletex_account_modules_details_company_type import TripletexAccountModulesDetailsCompanyType
from ..models.tripletex_account_modules_details_sales_modules_item import TripletexAccountModulesDetailsSalesModulesItem
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
)

T = TypeVar("T", bound="TripletexAccountModulesDetails")


@_attrs_define
class TripletexAccountModulesDetails(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.number_of_vouchers
        if _v is not UNSET:
            field_dict["numberOfVouchers"] = _v
        _v = self.number_of_employees
        if _v is not UNSET:
            field_dict["numberOfEmployees"] = _v
        _v = self.company_type
        if _v is not UNSET:
            field_dict["companyType"] = _v._value_
        _v = self.has_only_prices
        if _v is not UNSET:
            field_dict["hasOnlyPrices"] = _v
        _v = self.sales_modules
        if _v is not UNSET:
            field_dict["salesModules"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountModulesDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccountModulesDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_company_type: dict[Any, Any] = enum_members(TripletexAccountModulesDetailsCompanyType)
        _e_sales_modules: dict[Any, Any] = enum_members(TripletexAccountModulesDetailsSalesModulesItem)
        _known: frozenset[str] = frozenset(
            (
                "customerId",
                "numberOfVouchers",
                "numberOfEmployees",
                "companyType",
                "hasOnlyPrices",
                "salesModules",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("numberOfVouchers")
                if v is None:
                    o.number_of_vouchers = u
                    if "numberOfVouchers" not in d:
                        m += 1
                else:
                    o.number_of_vouchers = v
                v = g("numberOfEmployees")
                if v is None:
                    o.number_of_employees = u
                    if "numberOfEmployees" not in d:
                        m += 1
                else:
                    o.number_of_employees = v
                k = "companyType"
                v = g("companyType")
                if v is None:
                    o.company_type = u
                    if "companyType" not in d:
                        m += 1
                else:
                    o.company_type = (
                        e_
                        if (e_ := _e_company_type.get(v)) is not None
                        else enum_value(TripletexAccountModulesDetailsCompanyType, v)
                    )
                v = g("hasOnlyPrices")
                if v is None:
                    o.has_only_prices = u
                    if "hasOnlyPrices" not in d:
                        m += 1
                else:
                    o.has_only_prices = v
                k = "salesModules"
                v = g("salesModules")
                if v is None:
                    o.sales_modules = u
                    if "salesModules" not in d:
                        m += 1
                else:
                    o.sales_modules = (
                        (
                            [
                                e_
                                if (e_ := _e_sales_modules.get(e)) is not None
                                else enum_value(TripletexAccountModulesDetailsSalesModulesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("customer_id", "customerId"),
            ("number_of_vouchers", "numberOfVouchers"),
            ("number_of_employees", "numberOfEmployees"),
            ("company_type", "companyType"),
            ("has_only_prices", "hasOnlyPrices"),
            ("sales_modules", "salesModules"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.number_of_vouchers
            o.number_of_vouchers = u if v is None else v
            v = s.number_of_employees
            o.number_of_employees = u if v is None else v
            v = s.company_type
            o.company_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_company_type.get(v)) is not None
                else enum_value(TripletexAccountModulesDetailsCompanyType, v)
            )
            v = s.has_only_prices
            o.has_only_prices = u if v is None else v
            v = s.sales_modules
            o.sales_modules = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_sales_modules.get(e)) is not None
                        else enum_value(TripletexAccountModulesDetailsSalesModulesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
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
