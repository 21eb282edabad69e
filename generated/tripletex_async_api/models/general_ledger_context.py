from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="GeneralLedgerContext")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class GeneralLedgerContext(LazyModel):
    """
    Attributes:
        context_id (int | Unset): [read-only]
        company_name (str | Unset): [read-only]
        has_departments (bool | Unset): [read-only]
        has_projects (bool | Unset): [read-only]
        has_products (bool | Unset): [read-only]
        has_employees (bool | Unset): [read-only]
        has_employee_filter (bool | Unset): [read-only]
        has_multiple_ledgers (bool | Unset): [read-only]
        has_fixed_asset_register (bool | Unset): [read-only]
        has_year_end_report (bool | Unset): [read-only]
        has_multiple_vat_report_types (bool | Unset): [read-only]
        has_only_access_to_own_department (bool | Unset): [read-only]
        has_quantity_handling (bool | Unset): [read-only]
        login_employee_department_id (int | Unset): [read-only]
        login_employee_id (int | Unset): [read-only]
        developer_mode (bool | Unset): [read-only]
        can_user_mark_accounting_period_as_checked (bool | Unset): [read-only]
        has_department_industry (bool | Unset): [read-only]
        shall_number_be_pretty_printed (bool | Unset): [read-only]
        show_tour_me (bool | Unset): [read-only]
        has_free_dimension_1 (bool | Unset): [read-only]
        has_free_dimension_2 (bool | Unset): [read-only]
        has_free_dimension_3 (bool | Unset): [read-only]
        free_dimension_1_name (str | Unset): [read-only]
        free_dimension_2_name (str | Unset): [read-only]
        free_dimension_3_name (str | Unset): [read-only]
        is_tripletex_test (bool | Unset): [read-only]
        has_access_to_old_ledger (bool | Unset): [read-only]
        has_access_to_new_balance_sheet (bool | Unset): [read-only]
    """

    context_id: int | Unset = UNSET
    company_name: str | Unset = UNSET
    has_departments: bool | Unset = UNSET
    has_projects: bool | Unset = UNSET
    has_products: bool | Unset = UNSET
    has_employees: bool | Unset = UNSET
    has_employee_filter: bool | Unset = UNSET
    has_multiple_ledgers: bool | Unset = UNSET
    has_fixed_asset_register: bool | Unset = UNSET
    has_year_end_report: bool | Unset = UNSET
    has_multiple_vat_report_types: bool | Unset = UNSET
    has_only_access_to_own_department: bool | Unset = UNSET
    has_quantity_handling: bool | Unset = UNSET
    login_employee_department_id: int | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    developer_mode: bool | Unset = UNSET
    can_user_mark_accounting_period_as_checked: bool | Unset = UNSET
    has_department_industry: bool | Unset = UNSET
    shall_number_be_pretty_printed: bool | Unset = UNSET
    show_tour_me: bool | Unset = UNSET
    has_free_dimension_1: bool | Unset = UNSET
    has_free_dimension_2: bool | Unset = UNSET
    has_free_dimension_3: bool | Unset = UNSET
    free_dimension_1_name: str | Unset = UNSET
    free_dimension_2_name: str | Unset = UNSET
    free_dimension_3_name: str | Unset = UNSET
    is_tripletex_test: bool | Unset = UNSET
    has_access_to_old_ledger: bool | Unset = UNSET
    has_access_to_new_balance_sheet: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        context_id = self.context_id

        company_name = self.company_name

        has_departments = self.has_departments

        has_projects = self.has_projects

        has_products = self.has_products

        has_employees = self.has_employees

        has_employee_filter = self.has_employee_filter

        has_multiple_ledgers = self.has_multiple_ledgers

        has_fixed_asset_register = self.has_fixed_asset_register

        has_year_end_report = self.has_year_end_report

        has_multiple_vat_report_types = self.has_multiple_vat_report_types

        has_only_access_to_own_department = self.has_only_access_to_own_department

        has_quantity_handling = self.has_quantity_handling

        login_employee_department_id = self.login_employee_department_id

        login_employee_id = self.login_employee_id

        developer_mode = self.developer_mode

        can_user_mark_accounting_period_as_checked = self.can_user_mark_accounting_period_as_checked

        has_department_industry = self.has_department_industry

        shall_number_be_pretty_printed = self.shall_number_be_pretty_printed

        show_tour_me = self.show_tour_me

        has_free_dimension_1 = self.has_free_dimension_1

        has_free_dimension_2 = self.has_free_dimension_2

        has_free_dimension_3 = self.has_free_dimension_3

        free_dimension_1_name = self.free_dimension_1_name

        free_dimension_2_name = self.free_dimension_2_name

        free_dimension_3_name = self.free_dimension_3_name

        is_tripletex_test = self.is_tripletex_test

        has_access_to_old_ledger = self.has_access_to_old_ledger

        has_access_to_new_balance_sheet = self.has_access_to_new_balance_sheet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_id is not UNSET and not _in_request:
            field_dict["contextId"] = context_id
        if company_name is not UNSET and not _in_request:
            field_dict["companyName"] = company_name
        if has_departments is not UNSET and not _in_request:
            field_dict["hasDepartments"] = has_departments
        if has_projects is not UNSET and not _in_request:
            field_dict["hasProjects"] = has_projects
        if has_products is not UNSET and not _in_request:
            field_dict["hasProducts"] = has_products
        if has_employees is not UNSET and not _in_request:
            field_dict["hasEmployees"] = has_employees
        if has_employee_filter is not UNSET and not _in_request:
            field_dict["hasEmployeeFilter"] = has_employee_filter
        if has_multiple_ledgers is not UNSET and not _in_request:
            field_dict["hasMultipleLedgers"] = has_multiple_ledgers
        if has_fixed_asset_register is not UNSET and not _in_request:
            field_dict["hasFixedAssetRegister"] = has_fixed_asset_register
        if has_year_end_report is not UNSET and not _in_request:
            field_dict["hasYearEndReport"] = has_year_end_report
        if has_multiple_vat_report_types is not UNSET and not _in_request:
            field_dict["hasMultipleVatReportTypes"] = has_multiple_vat_report_types
        if has_only_access_to_own_department is not UNSET and not _in_request:
            field_dict["hasOnlyAccessToOwnDepartment"] = has_only_access_to_own_department
        if has_quantity_handling is not UNSET and not _in_request:
            field_dict["hasQuantityHandling"] = has_quantity_handling
        if login_employee_department_id is not UNSET and not _in_request:
            field_dict["loginEmployeeDepartmentId"] = login_employee_department_id
        if login_employee_id is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = login_employee_id
        if developer_mode is not UNSET and not _in_request:
            field_dict["developerMode"] = developer_mode
        if can_user_mark_accounting_period_as_checked is not UNSET and not _in_request:
            field_dict["canUserMarkAccountingPeriodAsChecked"] = can_user_mark_accounting_period_as_checked
        if has_department_industry is not UNSET and not _in_request:
            field_dict["hasDepartmentIndustry"] = has_department_industry
        if shall_number_be_pretty_printed is not UNSET and not _in_request:
            field_dict["shallNumberBePrettyPrinted"] = shall_number_be_pretty_printed
        if show_tour_me is not UNSET and not _in_request:
            field_dict["showTourMe"] = show_tour_me
        if has_free_dimension_1 is not UNSET and not _in_request:
            field_dict["hasFreeDimension1"] = has_free_dimension_1
        if has_free_dimension_2 is not UNSET and not _in_request:
            field_dict["hasFreeDimension2"] = has_free_dimension_2
        if has_free_dimension_3 is not UNSET and not _in_request:
            field_dict["hasFreeDimension3"] = has_free_dimension_3
        if free_dimension_1_name is not UNSET and not _in_request:
            field_dict["freeDimension1Name"] = free_dimension_1_name
        if free_dimension_2_name is not UNSET and not _in_request:
            field_dict["freeDimension2Name"] = free_dimension_2_name
        if free_dimension_3_name is not UNSET and not _in_request:
            field_dict["freeDimension3Name"] = free_dimension_3_name
        if is_tripletex_test is not UNSET and not _in_request:
            field_dict["isTripletexTest"] = is_tripletex_test
        if has_access_to_old_ledger is not UNSET and not _in_request:
            field_dict["hasAccessToOldLedger"] = has_access_to_old_ledger
        if has_access_to_new_balance_sheet is not UNSET and not _in_request:
            field_dict["hasAccessToNewBalanceSheet"] = has_access_to_new_balance_sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerContext from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "contextId",
                "companyName",
                "hasDepartments",
                "hasProjects",
                "hasProducts",
                "hasEmployees",
                "hasEmployeeFilter",
                "hasMultipleLedgers",
                "hasFixedAssetRegister",
                "hasYearEndReport",
                "hasMultipleVatReportTypes",
                "hasOnlyAccessToOwnDepartment",
                "hasQuantityHandling",
                "loginEmployeeDepartmentId",
                "loginEmployeeId",
                "developerMode",
                "canUserMarkAccountingPeriodAsChecked",
                "hasDepartmentIndustry",
                "shallNumberBePrettyPrinted",
                "showTourMe",
                "hasFreeDimension1",
                "hasFreeDimension2",
                "hasFreeDimension3",
                "freeDimension1Name",
                "freeDimension2Name",
                "freeDimension3Name",
                "isTripletexTest",
                "hasAccessToOldLedger",
                "hasAccessToNewBalanceSheet",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "context_id": ("contextId", None),
            "company_name": ("companyName", None),
            "has_departments": ("hasDepartments", None),
            "has_projects": ("hasProjects", None),
            "has_products": ("hasProducts", None),
            "has_employees": ("hasEmployees", None),
            "has_employee_filter": ("hasEmployeeFilter", None),
            "has_multiple_ledgers": ("hasMultipleLedgers", None),
            "has_fixed_asset_register": ("hasFixedAssetRegister", None),
            "has_year_end_report": ("hasYearEndReport", None),
            "has_multiple_vat_report_types": ("hasMultipleVatReportTypes", None),
            "has_only_access_to_own_department": ("hasOnlyAccessToOwnDepartment", None),
            "has_quantity_handling": ("hasQuantityHandling", None),
            "login_employee_department_id": ("loginEmployeeDepartmentId", None),
            "login_employee_id": ("loginEmployeeId", None),
            "developer_mode": ("developerMode", None),
            "can_user_mark_accounting_period_as_checked": ("canUserMarkAccountingPeriodAsChecked", None),
            "has_department_industry": ("hasDepartmentIndustry", None),
            "shall_number_be_pretty_printed": ("shallNumberBePrettyPrinted", None),
            "show_tour_me": ("showTourMe", None),
            "has_free_dimension_1": ("hasFreeDimension1", None),
            "has_free_dimension_2": ("hasFreeDimension2", None),
            "has_free_dimension_3": ("hasFreeDimension3", None),
            "free_dimension_1_name": ("freeDimension1Name", None),
            "free_dimension_2_name": ("freeDimension2Name", None),
            "free_dimension_3_name": ("freeDimension3Name", None),
            "is_tripletex_test": ("isTripletexTest", None),
            "has_access_to_old_ledger": ("hasAccessToOldLedger", None),
            "has_access_to_new_balance_sheet": ("hasAccessToNewBalanceSheet", None),
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
