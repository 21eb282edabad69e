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
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.dropdown import Dropdown
    from ..models.tripletex_prices import TripletexPrices


T = TypeVar("T", bound="TripletexAccountPricingDetails")


@_attrs_define
class TripletexAccountPricingDetails(Model):
    """
    Attributes:
        number_of_employees (int | Unset): A value representing the number of employees depending on the main module's
            type.
        number_of_vouchers (int | Unset): An unique ID related to a specific Tripletex sales module type.
        has_number_of_employees (bool | Unset): Flag for checking the rendering of the number of employees dropdown.
        has_number_of_vouchers (bool | Unset): Flag for checking the rendering of the number of vouchers per year
            dropdown.
        prices (TripletexPrices | Unset): DTO containing Tripletex's prices informations.
        antall_brukere (int | Unset): A value containing the number of employees for which the prices are computed.
        kid_startup_fee (float | Unset): A value containing the KID's startup fee.
        kid_fee (int | Unset): A value containing the KID's fee.
        scanning_startup_fee (int | Unset): A value containing scanning startup fee.
        scanning_fee (int | Unset): A value containing scanning fee.
        annual_fee (int | Unset): Contains annual fee.
        has_startup_employees_row (bool | Unset): Flag for checking if the startup employee's row should be displayed.
        has_monthly_employees_row (bool | Unset): Flag for checking if the monthly employee's row should be displayed.
        has_monthly_logistics_row (bool | Unset): Flag for checking if the monthly logistics row should be displayed.
        has_monthly_fixed_assets_register_row (bool | Unset): Flag for checking if the monthly fixed assets register row
            should be displayed.
        has_startup_company_row (bool | Unset): Flag for checking if the startup company's row should be displayed.
        has_monthly_company_row (bool | Unset): Flag for checking if the monthly company's row should be displayed.
        has_kid_row (bool | Unset): Flag for checking if the KID's row should be displayed.
        has_remit_row (bool | Unset): Flag for checking if the remit's row should be displayed.
        has_annual_row (bool | Unset): Flag for checking if the Tripletex Fixed Assets Register module is checked.
        total_startup_fees (float | Unset): A value containing the total startup fees.
        total_monthly_fees (float | Unset): A value containing the total monthly fees.
        tripletex_sales_module_types (list[Dropdown] | Unset): List containing the Tripletex sales modules types.
    """

    number_of_employees: int | Unset = UNSET
    number_of_vouchers: int | Unset = UNSET
    has_number_of_employees: bool | Unset = UNSET
    has_number_of_vouchers: bool | Unset = UNSET
    prices: TripletexPrices | Unset = UNSET
    antall_brukere: int | Unset = UNSET
    kid_startup_fee: float | Unset = UNSET
    kid_fee: int | Unset = UNSET
    scanning_startup_fee: int | Unset = UNSET
    scanning_fee: int | Unset = UNSET
    annual_fee: int | Unset = UNSET
    has_startup_employees_row: bool | Unset = UNSET
    has_monthly_employees_row: bool | Unset = UNSET
    has_monthly_logistics_row: bool | Unset = UNSET
    has_monthly_fixed_assets_register_row: bool | Unset = UNSET
    has_startup_company_row: bool | Unset = UNSET
    has_monthly_company_row: bool | Unset = UNSET
    has_kid_row: bool | Unset = UNSET
    has_remit_row: bool | Unset = UNSET
    has_annual_row: bool | Unset = UNSET
    total_startup_fees: float | Unset = UNSET
    total_monthly_fees: float | Unset = UNSET
    tripletex_sales_module_types: list[Dropdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.number_of_employees
        if _v is not UNSET:
            field_dict["numberOfEmployees"] = _v
        _v = self.number_of_vouchers
        if _v is not UNSET:
            field_dict["numberOfVouchers"] = _v
        _v = self.has_number_of_employees
        if _v is not UNSET:
            field_dict["hasNumberOfEmployees"] = _v
        _v = self.has_number_of_vouchers
        if _v is not UNSET:
            field_dict["hasNumberOfVouchers"] = _v
        _v = self.prices
        if _v is not UNSET:
            field_dict["prices"] = _v.to_dict()
        _v = self.antall_brukere
        if _v is not UNSET:
            field_dict["antallBrukere"] = _v
        _v = self.kid_startup_fee
        if _v is not UNSET:
            field_dict["kidStartupFee"] = _v
        _v = self.kid_fee
        if _v is not UNSET:
            field_dict["kidFee"] = _v
        _v = self.scanning_startup_fee
        if _v is not UNSET:
            field_dict["scanningStartupFee"] = _v
        _v = self.scanning_fee
        if _v is not UNSET:
            field_dict["scanningFee"] = _v
        _v = self.annual_fee
        if _v is not UNSET:
            field_dict["annualFee"] = _v
        _v = self.has_startup_employees_row
        if _v is not UNSET:
            field_dict["hasStartupEmployeesRow"] = _v
        _v = self.has_monthly_employees_row
        if _v is not UNSET:
            field_dict["hasMonthlyEmployeesRow"] = _v
        _v = self.has_monthly_logistics_row
        if _v is not UNSET:
            field_dict["hasMonthlyLogisticsRow"] = _v
        _v = self.has_monthly_fixed_assets_register_row
        if _v is not UNSET:
            field_dict["hasMonthlyFixedAssetsRegisterRow"] = _v
        _v = self.has_startup_company_row
        if _v is not UNSET:
            field_dict["hasStartupCompanyRow"] = _v
        _v = self.has_monthly_company_row
        if _v is not UNSET:
            field_dict["hasMonthlyCompanyRow"] = _v
        _v = self.has_kid_row
        if _v is not UNSET:
            field_dict["hasKidRow"] = _v
        _v = self.has_remit_row
        if _v is not UNSET:
            field_dict["hasRemitRow"] = _v
        _v = self.has_annual_row
        if _v is not UNSET:
            field_dict["hasAnnualRow"] = _v
        _v = self.total_startup_fees
        if _v is not UNSET:
            field_dict["totalStartupFees"] = _v
        _v = self.total_monthly_fees
        if _v is not UNSET:
            field_dict["totalMonthlyFees"] = _v
        _v = self.tripletex_sales_module_types
        if _v is not UNSET:
            field_dict["tripletexSalesModuleTypes"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountPricingDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TripletexAccountPricingDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.dropdown import Dropdown  # noqa: PLC0415
        from ..models.tripletex_prices import TripletexPrices  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "numberOfEmployees",
                "numberOfVouchers",
                "hasNumberOfEmployees",
                "hasNumberOfVouchers",
                "prices",
                "antallBrukere",
                "kidStartupFee",
                "kidFee",
                "scanningStartupFee",
                "scanningFee",
                "annualFee",
                "hasStartupEmployeesRow",
                "hasMonthlyEmployeesRow",
                "hasMonthlyLogisticsRow",
                "hasMonthlyFixedAssetsRegisterRow",
                "hasStartupCompanyRow",
                "hasMonthlyCompanyRow",
                "hasKidRow",
                "hasRemitRow",
                "hasAnnualRow",
                "totalStartupFees",
                "totalMonthlyFees",
                "tripletexSalesModuleTypes",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "numberOfEmployees": "number_of_employees",
            "numberOfVouchers": "number_of_vouchers",
            "hasNumberOfEmployees": "has_number_of_employees",
            "hasNumberOfVouchers": "has_number_of_vouchers",
            "antallBrukere": "antall_brukere",
            "kidStartupFee": "kid_startup_fee",
            "kidFee": "kid_fee",
            "scanningStartupFee": "scanning_startup_fee",
            "scanningFee": "scanning_fee",
            "annualFee": "annual_fee",
            "hasStartupEmployeesRow": "has_startup_employees_row",
            "hasMonthlyEmployeesRow": "has_monthly_employees_row",
            "hasMonthlyLogisticsRow": "has_monthly_logistics_row",
            "hasMonthlyFixedAssetsRegisterRow": "has_monthly_fixed_assets_register_row",
            "hasStartupCompanyRow": "has_startup_company_row",
            "hasMonthlyCompanyRow": "has_monthly_company_row",
            "hasKidRow": "has_kid_row",
            "hasRemitRow": "has_remit_row",
            "hasAnnualRow": "has_annual_row",
            "totalStartupFees": "total_startup_fees",
            "totalMonthlyFees": "total_monthly_fees",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.number_of_employees = o.number_of_vouchers = o.has_number_of_employees = (
                        o.has_number_of_vouchers
                    ) = o.prices = o.antall_brukere = o.kid_startup_fee = o.kid_fee = o.scanning_startup_fee = (
                        o.scanning_fee
                    ) = o.annual_fee = o.has_startup_employees_row = o.has_monthly_employees_row = (
                        o.has_monthly_logistics_row
                    ) = o.has_monthly_fixed_assets_register_row = o.has_startup_company_row = (
                        o.has_monthly_company_row
                    ) = o.has_kid_row = o.has_remit_row = o.has_annual_row = o.total_startup_fees = (
                        o.total_monthly_fees
                    ) = o.tripletex_sales_module_types = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("numberOfEmployees")
                if v is None:
                    o.number_of_employees = u
                    if "numberOfEmployees" not in d:
                        m += 1
                else:
                    o.number_of_employees = v
                v = g("numberOfVouchers")
                if v is None:
                    o.number_of_vouchers = u
                    if "numberOfVouchers" not in d:
                        m += 1
                else:
                    o.number_of_vouchers = v
                v = g("hasNumberOfEmployees")
                if v is None:
                    o.has_number_of_employees = u
                    if "hasNumberOfEmployees" not in d:
                        m += 1
                else:
                    o.has_number_of_employees = v
                v = g("hasNumberOfVouchers")
                if v is None:
                    o.has_number_of_vouchers = u
                    if "hasNumberOfVouchers" not in d:
                        m += 1
                else:
                    o.has_number_of_vouchers = v
                k = "prices"
                v = g("prices")
                if v is None:
                    o.prices = u
                    if "prices" not in d:
                        m += 1
                else:
                    o.prices = TripletexPrices._tx_parse(v)
                v = g("antallBrukere")
                if v is None:
                    o.antall_brukere = u
                    if "antallBrukere" not in d:
                        m += 1
                else:
                    o.antall_brukere = v
                v = g("kidStartupFee")
                if v is None:
                    o.kid_startup_fee = u
                    if "kidStartupFee" not in d:
                        m += 1
                else:
                    o.kid_startup_fee = v
                v = g("kidFee")
                if v is None:
                    o.kid_fee = u
                    if "kidFee" not in d:
                        m += 1
                else:
                    o.kid_fee = v
                v = g("scanningStartupFee")
                if v is None:
                    o.scanning_startup_fee = u
                    if "scanningStartupFee" not in d:
                        m += 1
                else:
                    o.scanning_startup_fee = v
                v = g("scanningFee")
                if v is None:
                    o.scanning_fee = u
                    if "scanningFee" not in d:
                        m += 1
                else:
                    o.scanning_fee = v
                v = g("annualFee")
                if v is None:
                    o.annual_fee = u
                    if "annualFee" not in d:
                        m += 1
                else:
                    o.annual_fee = v
                v = g("hasStartupEmployeesRow")
                if v is None:
                    o.has_startup_employees_row = u
                    if "hasStartupEmployeesRow" not in d:
                        m += 1
                else:
                    o.has_startup_employees_row = v
                v = g("hasMonthlyEmployeesRow")
                if v is None:
                    o.has_monthly_employees_row = u
                    if "hasMonthlyEmployeesRow" not in d:
                        m += 1
                else:
                    o.has_monthly_employees_row = v
                v = g("hasMonthlyLogisticsRow")
                if v is None:
                    o.has_monthly_logistics_row = u
                    if "hasMonthlyLogisticsRow" not in d:
                        m += 1
                else:
                    o.has_monthly_logistics_row = v
                v = g("hasMonthlyFixedAssetsRegisterRow")
                if v is None:
                    o.has_monthly_fixed_assets_register_row = u
                    if "hasMonthlyFixedAssetsRegisterRow" not in d:
                        m += 1
                else:
                    o.has_monthly_fixed_assets_register_row = v
                v = g("hasStartupCompanyRow")
                if v is None:
                    o.has_startup_company_row = u
                    if "hasStartupCompanyRow" not in d:
                        m += 1
                else:
                    o.has_startup_company_row = v
                v = g("hasMonthlyCompanyRow")
                if v is None:
                    o.has_monthly_company_row = u
                    if "hasMonthlyCompanyRow" not in d:
                        m += 1
                else:
                    o.has_monthly_company_row = v
                v = g("hasKidRow")
                if v is None:
                    o.has_kid_row = u
                    if "hasKidRow" not in d:
                        m += 1
                else:
                    o.has_kid_row = v
                v = g("hasRemitRow")
                if v is None:
                    o.has_remit_row = u
                    if "hasRemitRow" not in d:
                        m += 1
                else:
                    o.has_remit_row = v
                v = g("hasAnnualRow")
                if v is None:
                    o.has_annual_row = u
                    if "hasAnnualRow" not in d:
                        m += 1
                else:
                    o.has_annual_row = v
                v = g("totalStartupFees")
                if v is None:
                    o.total_startup_fees = u
                    if "totalStartupFees" not in d:
                        m += 1
                else:
                    o.total_startup_fees = v
                v = g("totalMonthlyFees")
                if v is None:
                    o.total_monthly_fees = u
                    if "totalMonthlyFees" not in d:
                        m += 1
                else:
                    o.total_monthly_fees = v
                k = "tripletexSalesModuleTypes"
                v = g("tripletexSalesModuleTypes")
                if v is None:
                    o.tripletex_sales_module_types = u
                    if "tripletexSalesModuleTypes" not in d:
                        m += 1
                else:
                    o.tripletex_sales_module_types = (
                        ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 23 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("number_of_employees", "numberOfEmployees"),
            ("number_of_vouchers", "numberOfVouchers"),
            ("has_number_of_employees", "hasNumberOfEmployees"),
            ("has_number_of_vouchers", "hasNumberOfVouchers"),
            ("prices", "prices"),
            ("antall_brukere", "antallBrukere"),
            ("kid_startup_fee", "kidStartupFee"),
            ("kid_fee", "kidFee"),
            ("scanning_startup_fee", "scanningStartupFee"),
            ("scanning_fee", "scanningFee"),
            ("annual_fee", "annualFee"),
            ("has_startup_employees_row", "hasStartupEmployeesRow"),
            ("has_monthly_employees_row", "hasMonthlyEmployeesRow"),
            ("has_monthly_logistics_row", "hasMonthlyLogisticsRow"),
            ("has_monthly_fixed_assets_register_row", "hasMonthlyFixedAssetsRegisterRow"),
            ("has_startup_company_row", "hasStartupCompanyRow"),
            ("has_monthly_company_row", "hasMonthlyCompanyRow"),
            ("has_kid_row", "hasKidRow"),
            ("has_remit_row", "hasRemitRow"),
            ("has_annual_row", "hasAnnualRow"),
            ("total_startup_fees", "totalStartupFees"),
            ("total_monthly_fees", "totalMonthlyFees"),
            ("tripletex_sales_module_types", "tripletexSalesModuleTypes"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.number_of_employees
            o.number_of_employees = u if v is None else v
            v = s.number_of_vouchers
            o.number_of_vouchers = u if v is None else v
            v = s.has_number_of_employees
            o.has_number_of_employees = u if v is None else v
            v = s.has_number_of_vouchers
            o.has_number_of_vouchers = u if v is None else v
            v = s.prices
            o.prices = u if v is None or v is u else TripletexPrices._tx_parse(v)
            v = s.antall_brukere
            o.antall_brukere = u if v is None else v
            v = s.kid_startup_fee
            o.kid_startup_fee = u if v is None else v
            v = s.kid_fee
            o.kid_fee = u if v is None else v
            v = s.scanning_startup_fee
            o.scanning_startup_fee = u if v is None else v
            v = s.scanning_fee
            o.scanning_fee = u if v is None else v
            v = s.annual_fee
            o.annual_fee = u if v is None else v
            v = s.has_startup_employees_row
            o.has_startup_employees_row = u if v is None else v
            v = s.has_monthly_employees_row
            o.has_monthly_employees_row = u if v is None else v
            v = s.has_monthly_logistics_row
            o.has_monthly_logistics_row = u if v is None else v
            v = s.has_monthly_fixed_assets_register_row
            o.has_monthly_fixed_assets_register_row = u if v is None else v
            v = s.has_startup_company_row
            o.has_startup_company_row = u if v is None else v
            v = s.has_monthly_company_row
            o.has_monthly_company_row = u if v is None else v
            v = s.has_kid_row
            o.has_kid_row = u if v is None else v
            v = s.has_remit_row
            o.has_remit_row = u if v is None else v
            v = s.has_annual_row
            o.has_annual_row = u if v is None else v
            v = s.total_startup_fees
            o.total_startup_fees = u if v is None else v
            v = s.total_monthly_fees
            o.total_monthly_fees = u if v is None else v
            v = s.tripletex_sales_module_types
            o.tripletex_sales_module_types = (
                u
                if v is None or v is u
                else ([Dropdown._tx_parse(e) for e in v if e is not None] if v else [])
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
