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

T = TypeVar("T", bound="Modules")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class Modules(LazyModel):
    """
    Attributes:
        accounting (bool | Unset): Not readable. Only for input.
        invoice (bool | Unset): Not readable. Only for input.
        salary (bool | Unset): Not readable. Only for input.
        salary_start_date (str | Unset):
        project (bool | Unset): Not readable. Only for input.
        ocr (bool | Unset):
        auto_pay_ocr (bool | Unset):
        remit (bool | Unset):
        electronic_vouchers (bool | Unset): Not readable. Only for input.
        electro (bool | Unset): Not readable. Only for input.
        vvs (bool | Unset): Not readable. Only for input.
        agro (bool | Unset):
        mamut (bool | Unset):
        approve_voucher (bool | Unset): [read-only] Only readable for now
        moduleprojecteconomy (bool | Unset):
        moduleemployee (bool | Unset):
        module_contact (bool | Unset):
        modulecustomer (bool | Unset):
        modulenrf (bool | Unset):
        moduleelectro (bool | Unset):
        module_rackbeat (bool | Unset):
        module_order_out (bool | Unset):
        moduledepartment (bool | Unset):
        moduleprojectcategory (bool | Unset):
        moduleinvoice (bool | Unset):
        module_currency (bool | Unset):
        module_project_budget (bool | Unset):
        module_product (bool | Unset):
        module_quantity_handling (bool | Unset):
        complete_monthly_hour_lists (bool | Unset):
        module_department_accounting (bool | Unset):
        module_wage_project_accounting (bool | Unset):
        module_project_accounting (bool | Unset): [read-only] read only
        module_product_accounting (bool | Unset): [read-only] read only
        module_vacation_balance (bool | Unset): [read-only] read only
        module_holyday_plan (bool | Unset): [read-only] read only
        module_accountant_connect_client (bool | Unset): [read-only] read only
        module_multiple_ledgers (bool | Unset):
        module_fixed_asset_register (bool | Unset): [read-only] read only
        module_digital_signature (bool | Unset):
        module_logistics_light (bool | Unset):
        module_logistics (bool | Unset):
        moduleproject (bool | Unset):
    """

    accounting: bool | Unset = UNSET
    invoice: bool | Unset = UNSET
    salary: bool | Unset = UNSET
    salary_start_date: str | Unset = UNSET
    project: bool | Unset = UNSET
    ocr: bool | Unset = UNSET
    auto_pay_ocr: bool | Unset = UNSET
    remit: bool | Unset = UNSET
    electronic_vouchers: bool | Unset = UNSET
    electro: bool | Unset = UNSET
    vvs: bool | Unset = UNSET
    agro: bool | Unset = UNSET
    mamut: bool | Unset = UNSET
    approve_voucher: bool | Unset = UNSET
    moduleprojecteconomy: bool | Unset = UNSET
    moduleemployee: bool | Unset = UNSET
    module_contact: bool | Unset = UNSET
    modulecustomer: bool | Unset = UNSET
    modulenrf: bool | Unset = UNSET
    moduleelectro: bool | Unset = UNSET
    module_rackbeat: bool | Unset = UNSET
    module_order_out: bool | Unset = UNSET
    moduledepartment: bool | Unset = UNSET
    moduleprojectcategory: bool | Unset = UNSET
    moduleinvoice: bool | Unset = UNSET
    module_currency: bool | Unset = UNSET
    module_project_budget: bool | Unset = UNSET
    module_product: bool | Unset = UNSET
    module_quantity_handling: bool | Unset = UNSET
    complete_monthly_hour_lists: bool | Unset = UNSET
    module_department_accounting: bool | Unset = UNSET
    module_wage_project_accounting: bool | Unset = UNSET
    module_project_accounting: bool | Unset = UNSET
    module_product_accounting: bool | Unset = UNSET
    module_vacation_balance: bool | Unset = UNSET
    module_holyday_plan: bool | Unset = UNSET
    module_accountant_connect_client: bool | Unset = UNSET
    module_multiple_ledgers: bool | Unset = UNSET
    module_fixed_asset_register: bool | Unset = UNSET
    module_digital_signature: bool | Unset = UNSET
    module_logistics_light: bool | Unset = UNSET
    module_logistics: bool | Unset = UNSET
    moduleproject: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        accounting = self.accounting

        invoice = self.invoice

        salary = self.salary

        salary_start_date = self.salary_start_date

        project = self.project

        ocr = self.ocr

        auto_pay_ocr = self.auto_pay_ocr

        remit = self.remit

        electronic_vouchers = self.electronic_vouchers

        electro = self.electro

        vvs = self.vvs

        agro = self.agro

        mamut = self.mamut

        approve_voucher = self.approve_voucher

        moduleprojecteconomy = self.moduleprojecteconomy

        moduleemployee = self.moduleemployee

        module_contact = self.module_contact

        modulecustomer = self.modulecustomer

        modulenrf = self.modulenrf

        moduleelectro = self.moduleelectro

        module_rackbeat = self.module_rackbeat

        module_order_out = self.module_order_out

        moduledepartment = self.moduledepartment

        moduleprojectcategory = self.moduleprojectcategory

        moduleinvoice = self.moduleinvoice

        module_currency = self.module_currency

        module_project_budget = self.module_project_budget

        module_product = self.module_product

        module_quantity_handling = self.module_quantity_handling

        complete_monthly_hour_lists = self.complete_monthly_hour_lists

        module_department_accounting = self.module_department_accounting

        module_wage_project_accounting = self.module_wage_project_accounting

        module_project_accounting = self.module_project_accounting

        module_product_accounting = self.module_product_accounting

        module_vacation_balance = self.module_vacation_balance

        module_holyday_plan = self.module_holyday_plan

        module_accountant_connect_client = self.module_accountant_connect_client

        module_multiple_ledgers = self.module_multiple_ledgers

        module_fixed_asset_register = self.module_fixed_asset_register

        module_digital_signature = self.module_digital_signature

        module_logistics_light = self.module_logistics_light

        module_logistics = self.module_logistics

        moduleproject = self.moduleproject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounting is not UNSET:
            field_dict["accounting"] = accounting
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if salary is not UNSET:
            field_dict["salary"] = salary
        if salary_start_date is not UNSET:
            field_dict["salaryStartDate"] = salary_start_date
        if project is not UNSET:
            field_dict["project"] = project
        if ocr is not UNSET:
            field_dict["ocr"] = ocr
        if auto_pay_ocr is not UNSET:
            field_dict["autoPayOcr"] = auto_pay_ocr
        if remit is not UNSET:
            field_dict["remit"] = remit
        if electronic_vouchers is not UNSET:
            field_dict["electronicVouchers"] = electronic_vouchers
        if electro is not UNSET:
            field_dict["electro"] = electro
        if vvs is not UNSET:
            field_dict["vvs"] = vvs
        if agro is not UNSET:
            field_dict["agro"] = agro
        if mamut is not UNSET:
            field_dict["mamut"] = mamut
        if approve_voucher is not UNSET and not _in_request:
            field_dict["approveVoucher"] = approve_voucher
        if moduleprojecteconomy is not UNSET:
            field_dict["moduleprojecteconomy"] = moduleprojecteconomy
        if moduleemployee is not UNSET:
            field_dict["moduleemployee"] = moduleemployee
        if module_contact is not UNSET:
            field_dict["moduleContact"] = module_contact
        if modulecustomer is not UNSET:
            field_dict["modulecustomer"] = modulecustomer
        if modulenrf is not UNSET:
            field_dict["modulenrf"] = modulenrf
        if moduleelectro is not UNSET:
            field_dict["moduleelectro"] = moduleelectro
        if module_rackbeat is not UNSET:
            field_dict["moduleRackbeat"] = module_rackbeat
        if module_order_out is not UNSET:
            field_dict["moduleOrderOut"] = module_order_out
        if moduledepartment is not UNSET:
            field_dict["moduledepartment"] = moduledepartment
        if moduleprojectcategory is not UNSET:
            field_dict["moduleprojectcategory"] = moduleprojectcategory
        if moduleinvoice is not UNSET:
            field_dict["moduleinvoice"] = moduleinvoice
        if module_currency is not UNSET:
            field_dict["moduleCurrency"] = module_currency
        if module_project_budget is not UNSET:
            field_dict["moduleProjectBudget"] = module_project_budget
        if module_product is not UNSET:
            field_dict["moduleProduct"] = module_product
        if module_quantity_handling is not UNSET:
            field_dict["moduleQuantityHandling"] = module_quantity_handling
        if complete_monthly_hour_lists is not UNSET:
            field_dict["completeMonthlyHourLists"] = complete_monthly_hour_lists
        if module_department_accounting is not UNSET:
            field_dict["moduleDepartmentAccounting"] = module_department_accounting
        if module_wage_project_accounting is not UNSET:
            field_dict["moduleWageProjectAccounting"] = module_wage_project_accounting
        if module_project_accounting is not UNSET and not _in_request:
            field_dict["moduleProjectAccounting"] = module_project_accounting
        if module_product_accounting is not UNSET and not _in_request:
            field_dict["moduleProductAccounting"] = module_product_accounting
        if module_vacation_balance is not UNSET and not _in_request:
            field_dict["moduleVacationBalance"] = module_vacation_balance
        if module_holyday_plan is not UNSET and not _in_request:
            field_dict["moduleHolydayPlan"] = module_holyday_plan
        if module_accountant_connect_client is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = module_accountant_connect_client
        if module_multiple_ledgers is not UNSET:
            field_dict["moduleMultipleLedgers"] = module_multiple_ledgers
        if module_fixed_asset_register is not UNSET and not _in_request:
            field_dict["moduleFixedAssetRegister"] = module_fixed_asset_register
        if module_digital_signature is not UNSET:
            field_dict["moduleDigitalSignature"] = module_digital_signature
        if module_logistics_light is not UNSET:
            field_dict["moduleLogisticsLight"] = module_logistics_light
        if module_logistics is not UNSET:
            field_dict["moduleLogistics"] = module_logistics
        if moduleproject is not UNSET:
            field_dict["moduleproject"] = moduleproject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Modules from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "accounting",
                "invoice",
                "salary",
                "salaryStartDate",
                "project",
                "ocr",
                "autoPayOcr",
                "remit",
                "electronicVouchers",
                "electro",
                "vvs",
                "agro",
                "mamut",
                "approveVoucher",
                "moduleprojecteconomy",
                "moduleemployee",
                "moduleContact",
                "modulecustomer",
                "modulenrf",
                "moduleelectro",
                "moduleRackbeat",
                "moduleOrderOut",
                "moduledepartment",
                "moduleprojectcategory",
                "moduleinvoice",
                "moduleCurrency",
                "moduleProjectBudget",
                "moduleProduct",
                "moduleQuantityHandling",
                "completeMonthlyHourLists",
                "moduleDepartmentAccounting",
                "moduleWageProjectAccounting",
                "moduleProjectAccounting",
                "moduleProductAccounting",
                "moduleVacationBalance",
                "moduleHolydayPlan",
                "moduleAccountantConnectClient",
                "moduleMultipleLedgers",
                "moduleFixedAssetRegister",
                "moduleDigitalSignature",
                "moduleLogisticsLight",
                "moduleLogistics",
                "moduleproject",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "accounting": ("accounting", None),
            "invoice": ("invoice", None),
            "salary": ("salary", None),
            "salary_start_date": ("salaryStartDate", None),
            "project": ("project", None),
            "ocr": ("ocr", None),
            "auto_pay_ocr": ("autoPayOcr", None),
            "remit": ("remit", None),
            "electronic_vouchers": ("electronicVouchers", None),
            "electro": ("electro", None),
            "vvs": ("vvs", None),
            "agro": ("agro", None),
            "mamut": ("mamut", None),
            "approve_voucher": ("approveVoucher", None),
            "moduleprojecteconomy": ("moduleprojecteconomy", None),
            "moduleemployee": ("moduleemployee", None),
            "module_contact": ("moduleContact", None),
            "modulecustomer": ("modulecustomer", None),
            "modulenrf": ("modulenrf", None),
            "moduleelectro": ("moduleelectro", None),
            "module_rackbeat": ("moduleRackbeat", None),
            "module_order_out": ("moduleOrderOut", None),
            "moduledepartment": ("moduledepartment", None),
            "moduleprojectcategory": ("moduleprojectcategory", None),
            "moduleinvoice": ("moduleinvoice", None),
            "module_currency": ("moduleCurrency", None),
            "module_project_budget": ("moduleProjectBudget", None),
            "module_product": ("moduleProduct", None),
            "module_quantity_handling": ("moduleQuantityHandling", None),
            "complete_monthly_hour_lists": ("completeMonthlyHourLists", None),
            "module_department_accounting": ("moduleDepartmentAccounting", None),
            "module_wage_project_accounting": ("moduleWageProjectAccounting", None),
            "module_project_accounting": ("moduleProjectAccounting", None),
            "module_product_accounting": ("moduleProductAccounting", None),
            "module_vacation_balance": ("moduleVacationBalance", None),
            "module_holyday_plan": ("moduleHolydayPlan", None),
            "module_accountant_connect_client": ("moduleAccountantConnectClient", None),
            "module_multiple_ledgers": ("moduleMultipleLedgers", None),
            "module_fixed_asset_register": ("moduleFixedAssetRegister", None),
            "module_digital_signature": ("moduleDigitalSignature", None),
            "module_logistics_light": ("moduleLogisticsLight", None),
            "module_logistics": ("moduleLogistics", None),
            "moduleproject": ("moduleproject", None),
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
