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
    from ..models.dropdown import Dropdown
    from ..models.tripletex_prices import TripletexPrices


T = TypeVar("T", bound="TripletexAccountPricingDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("prices", dict, False),
    ("tripletexSalesModuleTypes", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TripletexAccountPricingDetails(LazyModel):
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
        self._tx_load()
        _in_request = serializing_request_body()
        number_of_employees = self.number_of_employees

        number_of_vouchers = self.number_of_vouchers

        has_number_of_employees = self.has_number_of_employees

        has_number_of_vouchers = self.has_number_of_vouchers

        prices: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = self.prices.to_dict()

        antall_brukere = self.antall_brukere

        kid_startup_fee = self.kid_startup_fee

        kid_fee = self.kid_fee

        scanning_startup_fee = self.scanning_startup_fee

        scanning_fee = self.scanning_fee

        annual_fee = self.annual_fee

        has_startup_employees_row = self.has_startup_employees_row

        has_monthly_employees_row = self.has_monthly_employees_row

        has_monthly_logistics_row = self.has_monthly_logistics_row

        has_monthly_fixed_assets_register_row = self.has_monthly_fixed_assets_register_row

        has_startup_company_row = self.has_startup_company_row

        has_monthly_company_row = self.has_monthly_company_row

        has_kid_row = self.has_kid_row

        has_remit_row = self.has_remit_row

        has_annual_row = self.has_annual_row

        total_startup_fees = self.total_startup_fees

        total_monthly_fees = self.total_monthly_fees

        tripletex_sales_module_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tripletex_sales_module_types, Unset):
            tripletex_sales_module_types = []
            for tripletex_sales_module_types_item_data in self.tripletex_sales_module_types:
                tripletex_sales_module_types_item = tripletex_sales_module_types_item_data.to_dict()
                tripletex_sales_module_types.append(tripletex_sales_module_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_employees is not UNSET:
            field_dict["numberOfEmployees"] = number_of_employees
        if number_of_vouchers is not UNSET:
            field_dict["numberOfVouchers"] = number_of_vouchers
        if has_number_of_employees is not UNSET:
            field_dict["hasNumberOfEmployees"] = has_number_of_employees
        if has_number_of_vouchers is not UNSET:
            field_dict["hasNumberOfVouchers"] = has_number_of_vouchers
        if prices is not UNSET:
            field_dict["prices"] = prices
        if antall_brukere is not UNSET:
            field_dict["antallBrukere"] = antall_brukere
        if kid_startup_fee is not UNSET:
            field_dict["kidStartupFee"] = kid_startup_fee
        if kid_fee is not UNSET:
            field_dict["kidFee"] = kid_fee
        if scanning_startup_fee is not UNSET:
            field_dict["scanningStartupFee"] = scanning_startup_fee
        if scanning_fee is not UNSET:
            field_dict["scanningFee"] = scanning_fee
        if annual_fee is not UNSET:
            field_dict["annualFee"] = annual_fee
        if has_startup_employees_row is not UNSET:
            field_dict["hasStartupEmployeesRow"] = has_startup_employees_row
        if has_monthly_employees_row is not UNSET:
            field_dict["hasMonthlyEmployeesRow"] = has_monthly_employees_row
        if has_monthly_logistics_row is not UNSET:
            field_dict["hasMonthlyLogisticsRow"] = has_monthly_logistics_row
        if has_monthly_fixed_assets_register_row is not UNSET:
            field_dict["hasMonthlyFixedAssetsRegisterRow"] = has_monthly_fixed_assets_register_row
        if has_startup_company_row is not UNSET:
            field_dict["hasStartupCompanyRow"] = has_startup_company_row
        if has_monthly_company_row is not UNSET:
            field_dict["hasMonthlyCompanyRow"] = has_monthly_company_row
        if has_kid_row is not UNSET:
            field_dict["hasKidRow"] = has_kid_row
        if has_remit_row is not UNSET:
            field_dict["hasRemitRow"] = has_remit_row
        if has_annual_row is not UNSET:
            field_dict["hasAnnualRow"] = has_annual_row
        if total_startup_fees is not UNSET:
            field_dict["totalStartupFees"] = total_startup_fees
        if total_monthly_fees is not UNSET:
            field_dict["totalMonthlyFees"] = total_monthly_fees
        if tripletex_sales_module_types is not UNSET:
            field_dict["tripletexSalesModuleTypes"] = tripletex_sales_module_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TripletexAccountPricingDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.dropdown import Dropdown  # noqa: PLC0415
        from ..models.tripletex_prices import TripletexPrices  # noqa: PLC0415

        def _p_prices(_tx_v: Any) -> TripletexPrices | Unset:
            _prices = _tx_v
            prices: TripletexPrices | Unset
            if isinstance(_prices, Unset):
                prices = UNSET
            else:
                prices = TripletexPrices._tx_from_json(_prices)

            return prices

        def _p_tripletex_sales_module_types(_tx_v: Any) -> list[Dropdown] | Unset:
            _tripletex_sales_module_types = _tx_v
            tripletex_sales_module_types: list[Dropdown] | Unset = UNSET
            if _tripletex_sales_module_types is not UNSET:
                tripletex_sales_module_types = []
                for tripletex_sales_module_types_item_data in _tripletex_sales_module_types:
                    if tripletex_sales_module_types_item_data is None:
                        continue
                    tripletex_sales_module_types_item = Dropdown._tx_from_json(tripletex_sales_module_types_item_data)

                    tripletex_sales_module_types.append(tripletex_sales_module_types_item)

            return tripletex_sales_module_types

        _tx_known: frozenset[str] = frozenset(
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

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "number_of_employees": ("numberOfEmployees", None),
            "number_of_vouchers": ("numberOfVouchers", None),
            "has_number_of_employees": ("hasNumberOfEmployees", None),
            "has_number_of_vouchers": ("hasNumberOfVouchers", None),
            "prices": ("prices", _p_prices),
            "antall_brukere": ("antallBrukere", None),
            "kid_startup_fee": ("kidStartupFee", None),
            "kid_fee": ("kidFee", None),
            "scanning_startup_fee": ("scanningStartupFee", None),
            "scanning_fee": ("scanningFee", None),
            "annual_fee": ("annualFee", None),
            "has_startup_employees_row": ("hasStartupEmployeesRow", None),
            "has_monthly_employees_row": ("hasMonthlyEmployeesRow", None),
            "has_monthly_logistics_row": ("hasMonthlyLogisticsRow", None),
            "has_monthly_fixed_assets_register_row": ("hasMonthlyFixedAssetsRegisterRow", None),
            "has_startup_company_row": ("hasStartupCompanyRow", None),
            "has_monthly_company_row": ("hasMonthlyCompanyRow", None),
            "has_kid_row": ("hasKidRow", None),
            "has_remit_row": ("hasRemitRow", None),
            "has_annual_row": ("hasAnnualRow", None),
            "total_startup_fees": ("totalStartupFees", None),
            "total_monthly_fees": ("totalMonthlyFees", None),
            "tripletex_sales_module_types": ("tripletexSalesModuleTypes", _p_tripletex_sales_module_types),
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
