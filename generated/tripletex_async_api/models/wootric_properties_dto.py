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

T = TypeVar("T", bound="WootricPropertiesDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class WootricPropertiesDTO(LazyModel):
    """
    Attributes:
        email (str | Unset): [read-only]
        company_type (str | Unset): [read-only]
        main_module (str | Unset): [read-only]
        employees (str | Unset): [read-only]
        is_accountant (bool | Unset): [read-only]
        got_accountant_relationship (str | Unset): [read-only]
        category1 (str | Unset): [read-only]
        category2 (str | Unset): [read-only]
        category3 (str | Unset): [read-only]
        age (str | Unset): [read-only]
        age_months (str | Unset): [read-only]
        language (str | Unset): [read-only]
        module_electro (bool | Unset): [read-only]
        module_nrf (bool | Unset): [read-only]
        module_invoice (bool | Unset): [read-only]
        modulehourlist (bool | Unset): [read-only]
        moduleproject (bool | Unset): [read-only]
        module_payroll_accounting (bool | Unset): [read-only]
        module_travel_expense (bool | Unset): [read-only]
        module_accounting_external (bool | Unset): [read-only]
        module_logistics (bool | Unset): [read-only]
        module_remit (bool | Unset): [read-only]
        module_fabric_ai (bool | Unset): [read-only]
        device (bool | Unset): [read-only]
        isadmin (bool | Unset): [read-only]
    """

    email: str | Unset = UNSET
    company_type: str | Unset = UNSET
    main_module: str | Unset = UNSET
    employees: str | Unset = UNSET
    is_accountant: bool | Unset = UNSET
    got_accountant_relationship: str | Unset = UNSET
    category1: str | Unset = UNSET
    category2: str | Unset = UNSET
    category3: str | Unset = UNSET
    age: str | Unset = UNSET
    age_months: str | Unset = UNSET
    language: str | Unset = UNSET
    module_electro: bool | Unset = UNSET
    module_nrf: bool | Unset = UNSET
    module_invoice: bool | Unset = UNSET
    modulehourlist: bool | Unset = UNSET
    moduleproject: bool | Unset = UNSET
    module_payroll_accounting: bool | Unset = UNSET
    module_travel_expense: bool | Unset = UNSET
    module_accounting_external: bool | Unset = UNSET
    module_logistics: bool | Unset = UNSET
    module_remit: bool | Unset = UNSET
    module_fabric_ai: bool | Unset = UNSET
    device: bool | Unset = UNSET
    isadmin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        email = self.email

        company_type = self.company_type

        main_module = self.main_module

        employees = self.employees

        is_accountant = self.is_accountant

        got_accountant_relationship = self.got_accountant_relationship

        category1 = self.category1

        category2 = self.category2

        category3 = self.category3

        age = self.age

        age_months = self.age_months

        language = self.language

        module_electro = self.module_electro

        module_nrf = self.module_nrf

        module_invoice = self.module_invoice

        modulehourlist = self.modulehourlist

        moduleproject = self.moduleproject

        module_payroll_accounting = self.module_payroll_accounting

        module_travel_expense = self.module_travel_expense

        module_accounting_external = self.module_accounting_external

        module_logistics = self.module_logistics

        module_remit = self.module_remit

        module_fabric_ai = self.module_fabric_ai

        device = self.device

        isadmin = self.isadmin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if company_type is not UNSET and not _in_request:
            field_dict["company_type"] = company_type
        if main_module is not UNSET and not _in_request:
            field_dict["mainModule"] = main_module
        if employees is not UNSET and not _in_request:
            field_dict["employees"] = employees
        if is_accountant is not UNSET and not _in_request:
            field_dict["isAccountant"] = is_accountant
        if got_accountant_relationship is not UNSET and not _in_request:
            field_dict["gotAccountantRelationship"] = got_accountant_relationship
        if category1 is not UNSET and not _in_request:
            field_dict["category1"] = category1
        if category2 is not UNSET and not _in_request:
            field_dict["category2"] = category2
        if category3 is not UNSET and not _in_request:
            field_dict["category3"] = category3
        if age is not UNSET and not _in_request:
            field_dict["age"] = age
        if age_months is not UNSET and not _in_request:
            field_dict["ageMonths"] = age_months
        if language is not UNSET and not _in_request:
            field_dict["language"] = language
        if module_electro is not UNSET and not _in_request:
            field_dict["moduleElectro"] = module_electro
        if module_nrf is not UNSET and not _in_request:
            field_dict["moduleNrf"] = module_nrf
        if module_invoice is not UNSET and not _in_request:
            field_dict["moduleInvoice"] = module_invoice
        if modulehourlist is not UNSET and not _in_request:
            field_dict["modulehourlist"] = modulehourlist
        if moduleproject is not UNSET and not _in_request:
            field_dict["moduleproject"] = moduleproject
        if module_payroll_accounting is not UNSET and not _in_request:
            field_dict["modulePayrollAccounting"] = module_payroll_accounting
        if module_travel_expense is not UNSET and not _in_request:
            field_dict["moduleTravelExpense"] = module_travel_expense
        if module_accounting_external is not UNSET and not _in_request:
            field_dict["moduleAccountingExternal"] = module_accounting_external
        if module_logistics is not UNSET and not _in_request:
            field_dict["moduleLogistics"] = module_logistics
        if module_remit is not UNSET and not _in_request:
            field_dict["moduleRemit"] = module_remit
        if module_fabric_ai is not UNSET and not _in_request:
            field_dict["moduleFabricAI"] = module_fabric_ai
        if device is not UNSET and not _in_request:
            field_dict["device"] = device
        if isadmin is not UNSET and not _in_request:
            field_dict["isadmin"] = isadmin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WootricPropertiesDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "email",
                "company_type",
                "mainModule",
                "employees",
                "isAccountant",
                "gotAccountantRelationship",
                "category1",
                "category2",
                "category3",
                "age",
                "ageMonths",
                "language",
                "moduleElectro",
                "moduleNrf",
                "moduleInvoice",
                "modulehourlist",
                "moduleproject",
                "modulePayrollAccounting",
                "moduleTravelExpense",
                "moduleAccountingExternal",
                "moduleLogistics",
                "moduleRemit",
                "moduleFabricAI",
                "device",
                "isadmin",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "email": ("email", None),
            "company_type": ("company_type", None),
            "main_module": ("mainModule", None),
            "employees": ("employees", None),
            "is_accountant": ("isAccountant", None),
            "got_accountant_relationship": ("gotAccountantRelationship", None),
            "category1": ("category1", None),
            "category2": ("category2", None),
            "category3": ("category3", None),
            "age": ("age", None),
            "age_months": ("ageMonths", None),
            "language": ("language", None),
            "module_electro": ("moduleElectro", None),
            "module_nrf": ("moduleNrf", None),
            "module_invoice": ("moduleInvoice", None),
            "modulehourlist": ("modulehourlist", None),
            "moduleproject": ("moduleproject", None),
            "module_payroll_accounting": ("modulePayrollAccounting", None),
            "module_travel_expense": ("moduleTravelExpense", None),
            "module_accounting_external": ("moduleAccountingExternal", None),
            "module_logistics": ("moduleLogistics", None),
            "module_remit": ("moduleRemit", None),
            "module_fabric_ai": ("moduleFabricAI", None),
            "device": ("device", None),
            "isadmin": ("isadmin", None),
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
