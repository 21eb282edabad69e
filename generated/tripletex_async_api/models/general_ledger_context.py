from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="GeneralLedgerContext")


@_attrs_define
class GeneralLedgerContext(Model):
    """
    Attributes:
        context_id (int | Unset):
        company_name (str | Unset):
        has_departments (bool | Unset):
        has_projects (bool | Unset):
        has_products (bool | Unset):
        has_employees (bool | Unset):
        has_employee_filter (bool | Unset):
        has_multiple_ledgers (bool | Unset):
        has_fixed_asset_register (bool | Unset):
        has_year_end_report (bool | Unset):
        has_multiple_vat_report_types (bool | Unset):
        has_only_access_to_own_department (bool | Unset):
        has_quantity_handling (bool | Unset):
        login_employee_department_id (int | Unset):
        login_employee_id (int | Unset):
        developer_mode (bool | Unset):
        can_user_mark_accounting_period_as_checked (bool | Unset):
        has_department_industry (bool | Unset):
        shall_number_be_pretty_printed (bool | Unset):
        show_tour_me (bool | Unset):
        has_free_dimension_1 (bool | Unset):
        has_free_dimension_2 (bool | Unset):
        has_free_dimension_3 (bool | Unset):
        free_dimension_1_name (str | Unset):
        free_dimension_2_name (str | Unset):
        free_dimension_3_name (str | Unset):
        is_tripletex_test (bool | Unset):
        has_access_to_old_ledger (bool | Unset):
        has_access_to_new_balance_sheet (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.context_id
        if _v is not UNSET and not _in_request:
            field_dict["contextId"] = _v
        _v = self.company_name
        if _v is not UNSET and not _in_request:
            field_dict["companyName"] = _v
        _v = self.has_departments
        if _v is not UNSET and not _in_request:
            field_dict["hasDepartments"] = _v
        _v = self.has_projects
        if _v is not UNSET and not _in_request:
            field_dict["hasProjects"] = _v
        _v = self.has_products
        if _v is not UNSET and not _in_request:
            field_dict["hasProducts"] = _v
        _v = self.has_employees
        if _v is not UNSET and not _in_request:
            field_dict["hasEmployees"] = _v
        _v = self.has_employee_filter
        if _v is not UNSET and not _in_request:
            field_dict["hasEmployeeFilter"] = _v
        _v = self.has_multiple_ledgers
        if _v is not UNSET and not _in_request:
            field_dict["hasMultipleLedgers"] = _v
        _v = self.has_fixed_asset_register
        if _v is not UNSET and not _in_request:
            field_dict["hasFixedAssetRegister"] = _v
        _v = self.has_year_end_report
        if _v is not UNSET and not _in_request:
            field_dict["hasYearEndReport"] = _v
        _v = self.has_multiple_vat_report_types
        if _v is not UNSET and not _in_request:
            field_dict["hasMultipleVatReportTypes"] = _v
        _v = self.has_only_access_to_own_department
        if _v is not UNSET and not _in_request:
            field_dict["hasOnlyAccessToOwnDepartment"] = _v
        _v = self.has_quantity_handling
        if _v is not UNSET and not _in_request:
            field_dict["hasQuantityHandling"] = _v
        _v = self.login_employee_department_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeDepartmentId"] = _v
        _v = self.login_employee_id
        if _v is not UNSET and not _in_request:
            field_dict["loginEmployeeId"] = _v
        _v = self.developer_mode
        if _v is not UNSET and not _in_request:
            field_dict["developerMode"] = _v
        _v = self.can_user_mark_accounting_period_as_checked
        if _v is not UNSET and not _in_request:
            field_dict["canUserMarkAccountingPeriodAsChecked"] = _v
        _v = self.has_department_industry
        if _v is not UNSET and not _in_request:
            field_dict["hasDepartmentIndustry"] = _v
        _v = self.shall_number_be_pretty_printed
        if _v is not UNSET and not _in_request:
            field_dict["shallNumberBePrettyPrinted"] = _v
        _v = self.show_tour_me
        if _v is not UNSET and not _in_request:
            field_dict["showTourMe"] = _v
        _v = self.has_free_dimension_1
        if _v is not UNSET and not _in_request:
            field_dict["hasFreeDimension1"] = _v
        _v = self.has_free_dimension_2
        if _v is not UNSET and not _in_request:
            field_dict["hasFreeDimension2"] = _v
        _v = self.has_free_dimension_3
        if _v is not UNSET and not _in_request:
            field_dict["hasFreeDimension3"] = _v
        _v = self.free_dimension_1_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension1Name"] = _v
        _v = self.free_dimension_2_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension2Name"] = _v
        _v = self.free_dimension_3_name
        if _v is not UNSET and not _in_request:
            field_dict["freeDimension3Name"] = _v
        _v = self.is_tripletex_test
        if _v is not UNSET and not _in_request:
            field_dict["isTripletexTest"] = _v
        _v = self.has_access_to_old_ledger
        if _v is not UNSET and not _in_request:
            field_dict["hasAccessToOldLedger"] = _v
        _v = self.has_access_to_new_balance_sheet
        if _v is not UNSET and not _in_request:
            field_dict["hasAccessToNewBalanceSheet"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A GeneralLedgerContext from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``GeneralLedgerContext.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "contextId": "context_id",
            "companyName": "company_name",
            "hasDepartments": "has_departments",
            "hasProjects": "has_projects",
            "hasProducts": "has_products",
            "hasEmployees": "has_employees",
            "hasEmployeeFilter": "has_employee_filter",
            "hasMultipleLedgers": "has_multiple_ledgers",
            "hasFixedAssetRegister": "has_fixed_asset_register",
            "hasYearEndReport": "has_year_end_report",
            "hasMultipleVatReportTypes": "has_multiple_vat_report_types",
            "hasOnlyAccessToOwnDepartment": "has_only_access_to_own_department",
            "hasQuantityHandling": "has_quantity_handling",
            "loginEmployeeDepartmentId": "login_employee_department_id",
            "loginEmployeeId": "login_employee_id",
            "developerMode": "developer_mode",
            "canUserMarkAccountingPeriodAsChecked": "can_user_mark_accounting_period_as_checked",
            "hasDepartmentIndustry": "has_department_industry",
            "shallNumberBePrettyPrinted": "shall_number_be_pretty_printed",
            "showTourMe": "show_tour_me",
            "hasFreeDimension1": "has_free_dimension_1",
            "hasFreeDimension2": "has_free_dimension_2",
            "hasFreeDimension3": "has_free_dimension_3",
            "freeDimension1Name": "free_dimension_1_name",
            "freeDimension2Name": "free_dimension_2_name",
            "freeDimension3Name": "free_dimension_3_name",
            "isTripletexTest": "is_tripletex_test",
            "hasAccessToOldLedger": "has_access_to_old_ledger",
            "hasAccessToNewBalanceSheet": "has_access_to_new_balance_sheet",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 9 and _sparse_keys.issuperset(d):
                    o.context_id = o.company_name = o.has_departments = o.has_projects = o.has_products = (
                        o.has_employees
                    ) = o.has_employee_filter = o.has_multiple_ledgers = o.has_fixed_asset_register = (
                        o.has_year_end_report
                    ) = o.has_multiple_vat_report_types = o.has_only_access_to_own_department = (
                        o.has_quantity_handling
                    ) = o.login_employee_department_id = o.login_employee_id = o.developer_mode = (
                        o.can_user_mark_accounting_period_as_checked
                    ) = o.has_department_industry = o.shall_number_be_pretty_printed = o.show_tour_me = (
                        o.has_free_dimension_1
                    ) = o.has_free_dimension_2 = o.has_free_dimension_3 = o.free_dimension_1_name = (
                        o.free_dimension_2_name
                    ) = o.free_dimension_3_name = o.is_tripletex_test = o.has_access_to_old_ledger = (
                        o.has_access_to_new_balance_sheet
                    ) = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("contextId")
                if v is None:
                    o.context_id = u
                    if "contextId" not in d:
                        m += 1
                else:
                    o.context_id = v
                v = g("companyName")
                if v is None:
                    o.company_name = u
                    if "companyName" not in d:
                        m += 1
                else:
                    o.company_name = v
                v = g("hasDepartments")
                if v is None:
                    o.has_departments = u
                    if "hasDepartments" not in d:
                        m += 1
                else:
                    o.has_departments = v
                v = g("hasProjects")
                if v is None:
                    o.has_projects = u
                    if "hasProjects" not in d:
                        m += 1
                else:
                    o.has_projects = v
                v = g("hasProducts")
                if v is None:
                    o.has_products = u
                    if "hasProducts" not in d:
                        m += 1
                else:
                    o.has_products = v
                v = g("hasEmployees")
                if v is None:
                    o.has_employees = u
                    if "hasEmployees" not in d:
                        m += 1
                else:
                    o.has_employees = v
                v = g("hasEmployeeFilter")
                if v is None:
                    o.has_employee_filter = u
                    if "hasEmployeeFilter" not in d:
                        m += 1
                else:
                    o.has_employee_filter = v
                v = g("hasMultipleLedgers")
                if v is None:
                    o.has_multiple_ledgers = u
                    if "hasMultipleLedgers" not in d:
                        m += 1
                else:
                    o.has_multiple_ledgers = v
                v = g("hasFixedAssetRegister")
                if v is None:
                    o.has_fixed_asset_register = u
                    if "hasFixedAssetRegister" not in d:
                        m += 1
                else:
                    o.has_fixed_asset_register = v
                v = g("hasYearEndReport")
                if v is None:
                    o.has_year_end_report = u
                    if "hasYearEndReport" not in d:
                        m += 1
                else:
                    o.has_year_end_report = v
                v = g("hasMultipleVatReportTypes")
                if v is None:
                    o.has_multiple_vat_report_types = u
                    if "hasMultipleVatReportTypes" not in d:
                        m += 1
                else:
                    o.has_multiple_vat_report_types = v
                v = g("hasOnlyAccessToOwnDepartment")
                if v is None:
                    o.has_only_access_to_own_department = u
                    if "hasOnlyAccessToOwnDepartment" not in d:
                        m += 1
                else:
                    o.has_only_access_to_own_department = v
                v = g("hasQuantityHandling")
                if v is None:
                    o.has_quantity_handling = u
                    if "hasQuantityHandling" not in d:
                        m += 1
                else:
                    o.has_quantity_handling = v
                v = g("loginEmployeeDepartmentId")
                if v is None:
                    o.login_employee_department_id = u
                    if "loginEmployeeDepartmentId" not in d:
                        m += 1
                else:
                    o.login_employee_department_id = v
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("developerMode")
                if v is None:
                    o.developer_mode = u
                    if "developerMode" not in d:
                        m += 1
                else:
                    o.developer_mode = v
                v = g("canUserMarkAccountingPeriodAsChecked")
                if v is None:
                    o.can_user_mark_accounting_period_as_checked = u
                    if "canUserMarkAccountingPeriodAsChecked" not in d:
                        m += 1
                else:
                    o.can_user_mark_accounting_period_as_checked = v
                v = g("hasDepartmentIndustry")
                if v is None:
                    o.has_department_industry = u
                    if "hasDepartmentIndustry" not in d:
                        m += 1
                else:
                    o.has_department_industry = v
                v = g("shallNumberBePrettyPrinted")
                if v is None:
                    o.shall_number_be_pretty_printed = u
                    if "shallNumberBePrettyPrinted" not in d:
                        m += 1
                else:
                    o.shall_number_be_pretty_printed = v
                v = g("showTourMe")
                if v is None:
                    o.show_tour_me = u
                    if "showTourMe" not in d:
                        m += 1
                else:
                    o.show_tour_me = v
                v = g("hasFreeDimension1")
                if v is None:
                    o.has_free_dimension_1 = u
                    if "hasFreeDimension1" not in d:
                        m += 1
                else:
                    o.has_free_dimension_1 = v
                v = g("hasFreeDimension2")
                if v is None:
                    o.has_free_dimension_2 = u
                    if "hasFreeDimension2" not in d:
                        m += 1
                else:
                    o.has_free_dimension_2 = v
                v = g("hasFreeDimension3")
                if v is None:
                    o.has_free_dimension_3 = u
                    if "hasFreeDimension3" not in d:
                        m += 1
                else:
                    o.has_free_dimension_3 = v
                v = g("freeDimension1Name")
                if v is None:
                    o.free_dimension_1_name = u
                    if "freeDimension1Name" not in d:
                        m += 1
                else:
                    o.free_dimension_1_name = v
                v = g("freeDimension2Name")
                if v is None:
                    o.free_dimension_2_name = u
                    if "freeDimension2Name" not in d:
                        m += 1
                else:
                    o.free_dimension_2_name = v
                v = g("freeDimension3Name")
                if v is None:
                    o.free_dimension_3_name = u
                    if "freeDimension3Name" not in d:
                        m += 1
                else:
                    o.free_dimension_3_name = v
                v = g("isTripletexTest")
                if v is None:
                    o.is_tripletex_test = u
                    if "isTripletexTest" not in d:
                        m += 1
                else:
                    o.is_tripletex_test = v
                v = g("hasAccessToOldLedger")
                if v is None:
                    o.has_access_to_old_ledger = u
                    if "hasAccessToOldLedger" not in d:
                        m += 1
                else:
                    o.has_access_to_old_ledger = v
                v = g("hasAccessToNewBalanceSheet")
                if v is None:
                    o.has_access_to_new_balance_sheet = u
                    if "hasAccessToNewBalanceSheet" not in d:
                        m += 1
                else:
                    o.has_access_to_new_balance_sheet = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 29 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("context_id", "contextId"),
            ("company_name", "companyName"),
            ("has_departments", "hasDepartments"),
            ("has_projects", "hasProjects"),
            ("has_products", "hasProducts"),
            ("has_employees", "hasEmployees"),
            ("has_employee_filter", "hasEmployeeFilter"),
            ("has_multiple_ledgers", "hasMultipleLedgers"),
            ("has_fixed_asset_register", "hasFixedAssetRegister"),
            ("has_year_end_report", "hasYearEndReport"),
            ("has_multiple_vat_report_types", "hasMultipleVatReportTypes"),
            ("has_only_access_to_own_department", "hasOnlyAccessToOwnDepartment"),
            ("has_quantity_handling", "hasQuantityHandling"),
            ("login_employee_department_id", "loginEmployeeDepartmentId"),
            ("login_employee_id", "loginEmployeeId"),
            ("developer_mode", "developerMode"),
            ("can_user_mark_accounting_period_as_checked", "canUserMarkAccountingPeriodAsChecked"),
            ("has_department_industry", "hasDepartmentIndustry"),
            ("shall_number_be_pretty_printed", "shallNumberBePrettyPrinted"),
            ("show_tour_me", "showTourMe"),
            ("has_free_dimension_1", "hasFreeDimension1"),
            ("has_free_dimension_2", "hasFreeDimension2"),
            ("has_free_dimension_3", "hasFreeDimension3"),
            ("free_dimension_1_name", "freeDimension1Name"),
            ("free_dimension_2_name", "freeDimension2Name"),
            ("free_dimension_3_name", "freeDimension3Name"),
            ("is_tripletex_test", "isTripletexTest"),
            ("has_access_to_old_ledger", "hasAccessToOldLedger"),
            ("has_access_to_new_balance_sheet", "hasAccessToNewBalanceSheet"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.context_id
            o.context_id = u if v is None else v
            v = s.company_name
            o.company_name = u if v is None else v
            v = s.has_departments
            o.has_departments = u if v is None else v
            v = s.has_projects
            o.has_projects = u if v is None else v
            v = s.has_products
            o.has_products = u if v is None else v
            v = s.has_employees
            o.has_employees = u if v is None else v
            v = s.has_employee_filter
            o.has_employee_filter = u if v is None else v
            v = s.has_multiple_ledgers
            o.has_multiple_ledgers = u if v is None else v
            v = s.has_fixed_asset_register
            o.has_fixed_asset_register = u if v is None else v
            v = s.has_year_end_report
            o.has_year_end_report = u if v is None else v
            v = s.has_multiple_vat_report_types
            o.has_multiple_vat_report_types = u if v is None else v
            v = s.has_only_access_to_own_department
            o.has_only_access_to_own_department = u if v is None else v
            v = s.has_quantity_handling
            o.has_quantity_handling = u if v is None else v
            v = s.login_employee_department_id
            o.login_employee_department_id = u if v is None else v
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.developer_mode
            o.developer_mode = u if v is None else v
            v = s.can_user_mark_accounting_period_as_checked
            o.can_user_mark_accounting_period_as_checked = u if v is None else v
            v = s.has_department_industry
            o.has_department_industry = u if v is None else v
            v = s.shall_number_be_pretty_printed
            o.shall_number_be_pretty_printed = u if v is None else v
            v = s.show_tour_me
            o.show_tour_me = u if v is None else v
            v = s.has_free_dimension_1
            o.has_free_dimension_1 = u if v is None else v
            v = s.has_free_dimension_2
            o.has_free_dimension_2 = u if v is None else v
            v = s.has_free_dimension_3
            o.has_free_dimension_3 = u if v is None else v
            v = s.free_dimension_1_name
            o.free_dimension_1_name = u if v is None else v
            v = s.free_dimension_2_name
            o.free_dimension_2_name = u if v is None else v
            v = s.free_dimension_3_name
            o.free_dimension_3_name = u if v is None else v
            v = s.is_tripletex_test
            o.is_tripletex_test = u if v is None else v
            v = s.has_access_to_old_ledger
            o.has_access_to_old_ledger = u if v is None else v
            v = s.has_access_to_new_balance_sheet
            o.has_access_to_new_balance_sheet = u if v is None else v
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
