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

T = TypeVar("T", bound="Modules")


@_attrs_define
class Modules(Model):
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
        approve_voucher (bool | Unset): Only readable for now
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
        module_project_accounting (bool | Unset): read only
        module_product_accounting (bool | Unset): read only
        module_vacation_balance (bool | Unset): read only
        module_holyday_plan (bool | Unset): read only
        module_accountant_connect_client (bool | Unset): read only
        module_multiple_ledgers (bool | Unset):
        module_fixed_asset_register (bool | Unset): read only
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.accounting
        if _v is not UNSET:
            field_dict["accounting"] = _v
        _v = self.invoice
        if _v is not UNSET:
            field_dict["invoice"] = _v
        _v = self.salary
        if _v is not UNSET:
            field_dict["salary"] = _v
        _v = self.salary_start_date
        if _v is not UNSET:
            field_dict["salaryStartDate"] = _v
        _v = self.project
        if _v is not UNSET:
            field_dict["project"] = _v
        _v = self.ocr
        if _v is not UNSET:
            field_dict["ocr"] = _v
        _v = self.auto_pay_ocr
        if _v is not UNSET:
            field_dict["autoPayOcr"] = _v
        _v = self.remit
        if _v is not UNSET:
            field_dict["remit"] = _v
        _v = self.electronic_vouchers
        if _v is not UNSET:
            field_dict["electronicVouchers"] = _v
        _v = self.electro
        if _v is not UNSET:
            field_dict["electro"] = _v
        _v = self.vvs
        if _v is not UNSET:
            field_dict["vvs"] = _v
        _v = self.agro
        if _v is not UNSET:
            field_dict["agro"] = _v
        _v = self.mamut
        if _v is not UNSET:
            field_dict["mamut"] = _v
        _v = self.approve_voucher
        if _v is not UNSET and not _in_request:
            field_dict["approveVoucher"] = _v
        _v = self.moduleprojecteconomy
        if _v is not UNSET:
            field_dict["moduleprojecteconomy"] = _v
        _v = self.moduleemployee
        if _v is not UNSET:
            field_dict["moduleemployee"] = _v
        _v = self.module_contact
        if _v is not UNSET:
            field_dict["moduleContact"] = _v
        _v = self.modulecustomer
        if _v is not UNSET:
            field_dict["modulecustomer"] = _v
        _v = self.modulenrf
        if _v is not UNSET:
            field_dict["modulenrf"] = _v
        _v = self.moduleelectro
        if _v is not UNSET:
            field_dict["moduleelectro"] = _v
        _v = self.module_rackbeat
        if _v is not UNSET:
            field_dict["moduleRackbeat"] = _v
        _v = self.module_order_out
        if _v is not UNSET:
            field_dict["moduleOrderOut"] = _v
        _v = self.moduledepartment
        if _v is not UNSET:
            field_dict["moduledepartment"] = _v
        _v = self.moduleprojectcategory
        if _v is not UNSET:
            field_dict["moduleprojectcategory"] = _v
        _v = self.moduleinvoice
        if _v is not UNSET:
            field_dict["moduleinvoice"] = _v
        _v = self.module_currency
        if _v is not UNSET:
            field_dict["moduleCurrency"] = _v
        _v = self.module_project_budget
        if _v is not UNSET:
            field_dict["moduleProjectBudget"] = _v
        _v = self.module_product
        if _v is not UNSET:
            field_dict["moduleProduct"] = _v
        _v = self.module_quantity_handling
        if _v is not UNSET:
            field_dict["moduleQuantityHandling"] = _v
        _v = self.complete_monthly_hour_lists
        if _v is not UNSET:
            field_dict["completeMonthlyHourLists"] = _v
        _v = self.module_department_accounting
        if _v is not UNSET:
            field_dict["moduleDepartmentAccounting"] = _v
        _v = self.module_wage_project_accounting
        if _v is not UNSET:
            field_dict["moduleWageProjectAccounting"] = _v
        _v = self.module_project_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleProjectAccounting"] = _v
        _v = self.module_product_accounting
        if _v is not UNSET and not _in_request:
            field_dict["moduleProductAccounting"] = _v
        _v = self.module_vacation_balance
        if _v is not UNSET and not _in_request:
            field_dict["moduleVacationBalance"] = _v
        _v = self.module_holyday_plan
        if _v is not UNSET and not _in_request:
            field_dict["moduleHolydayPlan"] = _v
        _v = self.module_accountant_connect_client
        if _v is not UNSET and not _in_request:
            field_dict["moduleAccountantConnectClient"] = _v
        _v = self.module_multiple_ledgers
        if _v is not UNSET:
            field_dict["moduleMultipleLedgers"] = _v
        _v = self.module_fixed_asset_register
        if _v is not UNSET and not _in_request:
            field_dict["moduleFixedAssetRegister"] = _v
        _v = self.module_digital_signature
        if _v is not UNSET:
            field_dict["moduleDigitalSignature"] = _v
        _v = self.module_logistics_light
        if _v is not UNSET:
            field_dict["moduleLogisticsLight"] = _v
        _v = self.module_logistics
        if _v is not UNSET:
            field_dict["moduleLogistics"] = _v
        _v = self.moduleproject
        if _v is not UNSET:
            field_dict["moduleproject"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Modules from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Modules.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "accounting": "accounting",
            "invoice": "invoice",
            "salary": "salary",
            "salaryStartDate": "salary_start_date",
            "project": "project",
            "ocr": "ocr",
            "autoPayOcr": "auto_pay_ocr",
            "remit": "remit",
            "electronicVouchers": "electronic_vouchers",
            "electro": "electro",
            "vvs": "vvs",
            "agro": "agro",
            "mamut": "mamut",
            "approveVoucher": "approve_voucher",
            "moduleprojecteconomy": "moduleprojecteconomy",
            "moduleemployee": "moduleemployee",
            "moduleContact": "module_contact",
            "modulecustomer": "modulecustomer",
            "modulenrf": "modulenrf",
            "moduleelectro": "moduleelectro",
            "moduleRackbeat": "module_rackbeat",
            "moduleOrderOut": "module_order_out",
            "moduledepartment": "moduledepartment",
            "moduleprojectcategory": "moduleprojectcategory",
            "moduleinvoice": "moduleinvoice",
            "moduleCurrency": "module_currency",
            "moduleProjectBudget": "module_project_budget",
            "moduleProduct": "module_product",
            "moduleQuantityHandling": "module_quantity_handling",
            "completeMonthlyHourLists": "complete_monthly_hour_lists",
            "moduleDepartmentAccounting": "module_department_accounting",
            "moduleWageProjectAccounting": "module_wage_project_accounting",
            "moduleProjectAccounting": "module_project_accounting",
            "moduleProductAccounting": "module_product_accounting",
            "moduleVacationBalance": "module_vacation_balance",
            "moduleHolydayPlan": "module_holyday_plan",
            "moduleAccountantConnectClient": "module_accountant_connect_client",
            "moduleMultipleLedgers": "module_multiple_ledgers",
            "moduleFixedAssetRegister": "module_fixed_asset_register",
            "moduleDigitalSignature": "module_digital_signature",
            "moduleLogisticsLight": "module_logistics_light",
            "moduleLogistics": "module_logistics",
            "moduleproject": "moduleproject",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 14 and _sparse_keys.issuperset(d):
                    o.accounting = o.invoice = o.salary = o.salary_start_date = o.project = o.ocr = o.auto_pay_ocr = (
                        o.remit
                    ) = o.electronic_vouchers = o.electro = o.vvs = o.agro = o.mamut = o.approve_voucher = (
                        o.moduleprojecteconomy
                    ) = o.moduleemployee = o.module_contact = o.modulecustomer = o.modulenrf = o.moduleelectro = (
                        o.module_rackbeat
                    ) = o.module_order_out = o.moduledepartment = o.moduleprojectcategory = o.moduleinvoice = (
                        o.module_currency
                    ) = o.module_project_budget = o.module_product = o.module_quantity_handling = (
                        o.complete_monthly_hour_lists
                    ) = o.module_department_accounting = o.module_wage_project_accounting = (
                        o.module_project_accounting
                    ) = o.module_product_accounting = o.module_vacation_balance = o.module_holyday_plan = (
                        o.module_accountant_connect_client
                    ) = o.module_multiple_ledgers = o.module_fixed_asset_register = o.module_digital_signature = (
                        o.module_logistics_light
                    ) = o.module_logistics = o.moduleproject = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accounting")
                if v is None:
                    o.accounting = u
                    if "accounting" not in d:
                        m += 1
                else:
                    o.accounting = v
                v = g("invoice")
                if v is None:
                    o.invoice = u
                    if "invoice" not in d:
                        m += 1
                else:
                    o.invoice = v
                v = g("salary")
                if v is None:
                    o.salary = u
                    if "salary" not in d:
                        m += 1
                else:
                    o.salary = v
                v = g("salaryStartDate")
                if v is None:
                    o.salary_start_date = u
                    if "salaryStartDate" not in d:
                        m += 1
                else:
                    o.salary_start_date = v
                v = g("project")
                if v is None:
                    o.project = u
                    if "project" not in d:
                        m += 1
                else:
                    o.project = v
                v = g("ocr")
                if v is None:
                    o.ocr = u
                    if "ocr" not in d:
                        m += 1
                else:
                    o.ocr = v
                v = g("autoPayOcr")
                if v is None:
                    o.auto_pay_ocr = u
                    if "autoPayOcr" not in d:
                        m += 1
                else:
                    o.auto_pay_ocr = v
                v = g("remit")
                if v is None:
                    o.remit = u
                    if "remit" not in d:
                        m += 1
                else:
                    o.remit = v
                v = g("electronicVouchers")
                if v is None:
                    o.electronic_vouchers = u
                    if "electronicVouchers" not in d:
                        m += 1
                else:
                    o.electronic_vouchers = v
                v = g("electro")
                if v is None:
                    o.electro = u
                    if "electro" not in d:
                        m += 1
                else:
                    o.electro = v
                v = g("vvs")
                if v is None:
                    o.vvs = u
                    if "vvs" not in d:
                        m += 1
                else:
                    o.vvs = v
                v = g("agro")
                if v is None:
                    o.agro = u
                    if "agro" not in d:
                        m += 1
                else:
                    o.agro = v
                v = g("mamut")
                if v is None:
                    o.mamut = u
                    if "mamut" not in d:
                        m += 1
                else:
                    o.mamut = v
                v = g("approveVoucher")
                if v is None:
                    o.approve_voucher = u
                    if "approveVoucher" not in d:
                        m += 1
                else:
                    o.approve_voucher = v
                v = g("moduleprojecteconomy")
                if v is None:
                    o.moduleprojecteconomy = u
                    if "moduleprojecteconomy" not in d:
                        m += 1
                else:
                    o.moduleprojecteconomy = v
                v = g("moduleemployee")
                if v is None:
                    o.moduleemployee = u
                    if "moduleemployee" not in d:
                        m += 1
                else:
                    o.moduleemployee = v
                v = g("moduleContact")
                if v is None:
                    o.module_contact = u
                    if "moduleContact" not in d:
                        m += 1
                else:
                    o.module_contact = v
                v = g("modulecustomer")
                if v is None:
                    o.modulecustomer = u
                    if "modulecustomer" not in d:
                        m += 1
                else:
                    o.modulecustomer = v
                v = g("modulenrf")
                if v is None:
                    o.modulenrf = u
                    if "modulenrf" not in d:
                        m += 1
                else:
                    o.modulenrf = v
                v = g("moduleelectro")
                if v is None:
                    o.moduleelectro = u
                    if "moduleelectro" not in d:
                        m += 1
                else:
                    o.moduleelectro = v
                v = g("moduleRackbeat")
                if v is None:
                    o.module_rackbeat = u
                    if "moduleRackbeat" not in d:
                        m += 1
                else:
                    o.module_rackbeat = v
                v = g("moduleOrderOut")
                if v is None:
                    o.module_order_out = u
                    if "moduleOrderOut" not in d:
                        m += 1
                else:
                    o.module_order_out = v
                v = g("moduledepartment")
                if v is None:
                    o.moduledepartment = u
                    if "moduledepartment" not in d:
                        m += 1
                else:
                    o.moduledepartment = v
                v = g("moduleprojectcategory")
                if v is None:
                    o.moduleprojectcategory = u
                    if "moduleprojectcategory" not in d:
                        m += 1
                else:
                    o.moduleprojectcategory = v
                v = g("moduleinvoice")
                if v is None:
                    o.moduleinvoice = u
                    if "moduleinvoice" not in d:
                        m += 1
                else:
                    o.moduleinvoice = v
                v = g("moduleCurrency")
                if v is None:
                    o.module_currency = u
                    if "moduleCurrency" not in d:
                        m += 1
                else:
                    o.module_currency = v
                v = g("moduleProjectBudget")
                if v is None:
                    o.module_project_budget = u
                    if "moduleProjectBudget" not in d:
                        m += 1
                else:
                    o.module_project_budget = v
                v = g("moduleProduct")
                if v is None:
                    o.module_product = u
                    if "moduleProduct" not in d:
                        m += 1
                else:
                    o.module_product = v
                v = g("moduleQuantityHandling")
                if v is None:
                    o.module_quantity_handling = u
                    if "moduleQuantityHandling" not in d:
                        m += 1
                else:
                    o.module_quantity_handling = v
                v = g("completeMonthlyHourLists")
                if v is None:
                    o.complete_monthly_hour_lists = u
                    if "completeMonthlyHourLists" not in d:
                        m += 1
                else:
                    o.complete_monthly_hour_lists = v
                v = g("moduleDepartmentAccounting")
                if v is None:
                    o.module_department_accounting = u
                    if "moduleDepartmentAccounting" not in d:
                        m += 1
                else:
                    o.module_department_accounting = v
                v = g("moduleWageProjectAccounting")
                if v is None:
                    o.module_wage_project_accounting = u
                    if "moduleWageProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_wage_project_accounting = v
                v = g("moduleProjectAccounting")
                if v is None:
                    o.module_project_accounting = u
                    if "moduleProjectAccounting" not in d:
                        m += 1
                else:
                    o.module_project_accounting = v
                v = g("moduleProductAccounting")
                if v is None:
                    o.module_product_accounting = u
                    if "moduleProductAccounting" not in d:
                        m += 1
                else:
                    o.module_product_accounting = v
                v = g("moduleVacationBalance")
                if v is None:
                    o.module_vacation_balance = u
                    if "moduleVacationBalance" not in d:
                        m += 1
                else:
                    o.module_vacation_balance = v
                v = g("moduleHolydayPlan")
                if v is None:
                    o.module_holyday_plan = u
                    if "moduleHolydayPlan" not in d:
                        m += 1
                else:
                    o.module_holyday_plan = v
                v = g("moduleAccountantConnectClient")
                if v is None:
                    o.module_accountant_connect_client = u
                    if "moduleAccountantConnectClient" not in d:
                        m += 1
                else:
                    o.module_accountant_connect_client = v
                v = g("moduleMultipleLedgers")
                if v is None:
                    o.module_multiple_ledgers = u
                    if "moduleMultipleLedgers" not in d:
                        m += 1
                else:
                    o.module_multiple_ledgers = v
                v = g("moduleFixedAssetRegister")
                if v is None:
                    o.module_fixed_asset_register = u
                    if "moduleFixedAssetRegister" not in d:
                        m += 1
                else:
                    o.module_fixed_asset_register = v
                v = g("moduleDigitalSignature")
                if v is None:
                    o.module_digital_signature = u
                    if "moduleDigitalSignature" not in d:
                        m += 1
                else:
                    o.module_digital_signature = v
                v = g("moduleLogisticsLight")
                if v is None:
                    o.module_logistics_light = u
                    if "moduleLogisticsLight" not in d:
                        m += 1
                else:
                    o.module_logistics_light = v
                v = g("moduleLogistics")
                if v is None:
                    o.module_logistics = u
                    if "moduleLogistics" not in d:
                        m += 1
                else:
                    o.module_logistics = v
                v = g("moduleproject")
                if v is None:
                    o.moduleproject = u
                    if "moduleproject" not in d:
                        m += 1
                else:
                    o.moduleproject = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 43 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("accounting", "accounting"),
            ("invoice", "invoice"),
            ("salary", "salary"),
            ("salary_start_date", "salaryStartDate"),
            ("project", "project"),
            ("ocr", "ocr"),
            ("auto_pay_ocr", "autoPayOcr"),
            ("remit", "remit"),
            ("electronic_vouchers", "electronicVouchers"),
            ("electro", "electro"),
            ("vvs", "vvs"),
            ("agro", "agro"),
            ("mamut", "mamut"),
            ("approve_voucher", "approveVoucher"),
            ("moduleprojecteconomy", "moduleprojecteconomy"),
            ("moduleemployee", "moduleemployee"),
            ("module_contact", "moduleContact"),
            ("modulecustomer", "modulecustomer"),
            ("modulenrf", "modulenrf"),
            ("moduleelectro", "moduleelectro"),
            ("module_rackbeat", "moduleRackbeat"),
            ("module_order_out", "moduleOrderOut"),
            ("moduledepartment", "moduledepartment"),
            ("moduleprojectcategory", "moduleprojectcategory"),
            ("moduleinvoice", "moduleinvoice"),
            ("module_currency", "moduleCurrency"),
            ("module_project_budget", "moduleProjectBudget"),
            ("module_product", "moduleProduct"),
            ("module_quantity_handling", "moduleQuantityHandling"),
            ("complete_monthly_hour_lists", "completeMonthlyHourLists"),
            ("module_department_accounting", "moduleDepartmentAccounting"),
            ("module_wage_project_accounting", "moduleWageProjectAccounting"),
            ("module_project_accounting", "moduleProjectAccounting"),
            ("module_product_accounting", "moduleProductAccounting"),
            ("module_vacation_balance", "moduleVacationBalance"),
            ("module_holyday_plan", "moduleHolydayPlan"),
            ("module_accountant_connect_client", "moduleAccountantConnectClient"),
            ("module_multiple_ledgers", "moduleMultipleLedgers"),
            ("module_fixed_asset_register", "moduleFixedAssetRegister"),
            ("module_digital_signature", "moduleDigitalSignature"),
            ("module_logistics_light", "moduleLogisticsLight"),
            ("module_logistics", "moduleLogistics"),
            ("moduleproject", "moduleproject"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.accounting
            o.accounting = u if v is None else v
            v = s.invoice
            o.invoice = u if v is None else v
            v = s.salary
            o.salary = u if v is None else v
            v = s.salary_start_date
            o.salary_start_date = u if v is None else v
            v = s.project
            o.project = u if v is None else v
            v = s.ocr
            o.ocr = u if v is None else v
            v = s.auto_pay_ocr
            o.auto_pay_ocr = u if v is None else v
            v = s.remit
            o.remit = u if v is None else v
            v = s.electronic_vouchers
            o.electronic_vouchers = u if v is None else v
            v = s.electro
            o.electro = u if v is None else v
            v = s.vvs
            o.vvs = u if v is None else v
            v = s.agro
            o.agro = u if v is None else v
            v = s.mamut
            o.mamut = u if v is None else v
            v = s.approve_voucher
            o.approve_voucher = u if v is None else v
            v = s.moduleprojecteconomy
            o.moduleprojecteconomy = u if v is None else v
            v = s.moduleemployee
            o.moduleemployee = u if v is None else v
            v = s.module_contact
            o.module_contact = u if v is None else v
            v = s.modulecustomer
            o.modulecustomer = u if v is None else v
            v = s.modulenrf
            o.modulenrf = u if v is None else v
            v = s.moduleelectro
            o.moduleelectro = u if v is None else v
            v = s.module_rackbeat
            o.module_rackbeat = u if v is None else v
            v = s.module_order_out
            o.module_order_out = u if v is None else v
            v = s.moduledepartment
            o.moduledepartment = u if v is None else v
            v = s.moduleprojectcategory
            o.moduleprojectcategory = u if v is None else v
            v = s.moduleinvoice
            o.moduleinvoice = u if v is None else v
            v = s.module_currency
            o.module_currency = u if v is None else v
            v = s.module_project_budget
            o.module_project_budget = u if v is None else v
            v = s.module_product
            o.module_product = u if v is None else v
            v = s.module_quantity_handling
            o.module_quantity_handling = u if v is None else v
            v = s.complete_monthly_hour_lists
            o.complete_monthly_hour_lists = u if v is None else v
            v = s.module_department_accounting
            o.module_department_accounting = u if v is None else v
            v = s.module_wage_project_accounting
            o.module_wage_project_accounting = u if v is None else v
            v = s.module_project_accounting
            o.module_project_accounting = u if v is None else v
            v = s.module_product_accounting
            o.module_product_accounting = u if v is None else v
            v = s.module_vacation_balance
            o.module_vacation_balance = u if v is None else v
            v = s.module_holyday_plan
            o.module_holyday_plan = u if v is None else v
            v = s.module_accountant_connect_client
            o.module_accountant_connect_client = u if v is None else v
            v = s.module_multiple_ledgers
            o.module_multiple_ledgers = u if v is None else v
            v = s.module_fixed_asset_register
            o.module_fixed_asset_register = u if v is None else v
            v = s.module_digital_signature
            o.module_digital_signature = u if v is None else v
            v = s.module_logistics_light
            o.module_logistics_light = u if v is None else v
            v = s.module_logistics
            o.module_logistics = u if v is None else v
            v = s.moduleproject
            o.moduleproject = u if v is None else v
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
