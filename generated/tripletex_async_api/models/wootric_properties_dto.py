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

T = TypeVar("T", bound="WootricPropertiesDTO")


@_attrs_define
class WootricPropertiesDTO(Model):
    """
    Attributes:
        email (str | Unset):
        company_type (str | Unset):
        main_module (str | Unset):
        employees (str | Unset):
        is_accountant (bool | Unset):
        got_accountant_relationship (str | Unset):
        category1 (str | Unset):
        category2 (str | Unset):
        category3 (str | Unset):
        age (str | Unset):
        age_months (str | Unset):
        language (str | Unset):
        module_electro (bool | Unset):
        module_nrf (bool | Unset):
        module_invoice (bool | Unset):
        modulehourlist (bool | Unset):
        moduleproject (bool | Unset):
        module_payroll_accounting (bool | Unset):
        module_travel_expense (bool | Unset):
        module_accounting_external (bool | Unset):
        module_logistics (bool | Unset):
        module_remit (bool | Unset):
        module_fabric_ai (bool | Unset):
        device (bool | Unset):
        isadmin (bool | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.email
        if _v is not UNSET and not _in_request:
            field_dict["email"] = _v
        _v = self.company_type
        if _v is not UNSET and not _in_request:
            field_dict["company_type"] = _v
        _v = self.main_module
        if _v is not UNSET and not _in_request:
            field_dict["mainModule"] = _v
        _v = self.employees
        if _v is not UNSET and not _in_request:
            field_dict["employees"] = _v
        _v = self.is_accountant
        if _v is not UNSET and not _in_request:
            field_dict["isAccountant"] = _v
        _v = self.got_accountant_relationship
        if _v is not UNSET and not _in_request:
            field_dict["gotAccountantRelationship"] = _v
        _v = self.category1
        if _v is not UNSET and not _in_request:
            field_dict["category1"] = _v
        _v = self.category2
        if _v is not UNSET and not _in_request:
            field_dict["category2"] = _v
        _v = self.category3
        if _v is not UNSET and not _in_request:
            field_dict["category3"] = _v
        _v = self.age
        if _v is not UNSET and not _in_request:
            field_dict["age"] = _v
        _v = self.age_months
        if _v is not UNSET and not _in_request:
            field_dict["ageMonths"] = _v
        _v = self.language
        if _v is not UNSET and not _in_request:
            field_dict["language"] = _v
        _v = self.module_electro
        if _v is not UNSET and not _in_request:
            field_dict["moduleElectro"] = _v
        _v = self.module_nrf
        if _v is not UNSET and not _in_request:
            field_dict["moduleNrf"] = _v
        _v = self.module_invoice
        if _v is not UNSET and not _in_request:
            field_dict["moduleInvoice"] = _v
        _v = self.modulehourlist
        if _v is not UNSET and not _in_request:
            field_dict["modulehourlist"] = _v
        _v = self.moduleproject
        if _v is not UNSET and not _in_request:
            field_dict["moduleproject"] = _v
        _v = self.module_payroll_accounting
        if _v is not UNSET and not _in_request:
            field_dict["modulePayrollAccounting"] = _v
        _v = self.module_travel_expense
        if _v is not UNSET and not _in_request:
            field_dict["moduleTravelExpense"] = _v
        _v = self.module_accounting_external
        if _v is not UNSET and not _in_request:
            field_dict["moduleAccountingExternal"] = _v
        _v = self.module_logistics
        if _v is not UNSET and not _in_request:
            field_dict["moduleLogistics"] = _v
        _v = self.module_remit
        if _v is not UNSET and not _in_request:
            field_dict["moduleRemit"] = _v
        _v = self.module_fabric_ai
        if _v is not UNSET and not _in_request:
            field_dict["moduleFabricAI"] = _v
        _v = self.device
        if _v is not UNSET and not _in_request:
            field_dict["device"] = _v
        _v = self.isadmin
        if _v is not UNSET and not _in_request:
            field_dict["isadmin"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WootricPropertiesDTO from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WootricPropertiesDTO.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "email": "email",
            "company_type": "company_type",
            "mainModule": "main_module",
            "employees": "employees",
            "isAccountant": "is_accountant",
            "gotAccountantRelationship": "got_accountant_relationship",
            "category1": "category1",
            "category2": "category2",
            "category3": "category3",
            "age": "age",
            "ageMonths": "age_months",
            "language": "language",
            "moduleElectro": "module_electro",
            "moduleNrf": "module_nrf",
            "moduleInvoice": "module_invoice",
            "modulehourlist": "modulehourlist",
            "moduleproject": "moduleproject",
            "modulePayrollAccounting": "module_payroll_accounting",
            "moduleTravelExpense": "module_travel_expense",
            "moduleAccountingExternal": "module_accounting_external",
            "moduleLogistics": "module_logistics",
            "moduleRemit": "module_remit",
            "moduleFabricAI": "module_fabric_ai",
            "device": "device",
            "isadmin": "isadmin",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 8 and _sparse_keys.issuperset(d):
                    o.email = o.company_type = o.main_module = o.employees = o.is_accountant = (
                        o.got_accountant_relationship
                    ) = o.category1 = o.category2 = o.category3 = o.age = o.age_months = o.language = (
                        o.module_electro
                    ) = o.module_nrf = o.module_invoice = o.modulehourlist = o.moduleproject = (
                        o.module_payroll_accounting
                    ) = o.module_travel_expense = o.module_accounting_external = o.module_logistics = o.module_remit = (
                        o.module_fabric_ai
                    ) = o.device = o.isadmin = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("email")
                if v is None:
                    o.email = u
                    if "email" not in d:
                        m += 1
                else:
                    o.email = v
                v = g("company_type")
                if v is None:
                    o.company_type = u
                    if "company_type" not in d:
                        m += 1
                else:
                    o.company_type = v
                v = g("mainModule")
                if v is None:
                    o.main_module = u
                    if "mainModule" not in d:
                        m += 1
                else:
                    o.main_module = v
                v = g("employees")
                if v is None:
                    o.employees = u
                    if "employees" not in d:
                        m += 1
                else:
                    o.employees = v
                v = g("isAccountant")
                if v is None:
                    o.is_accountant = u
                    if "isAccountant" not in d:
                        m += 1
                else:
                    o.is_accountant = v
                v = g("gotAccountantRelationship")
                if v is None:
                    o.got_accountant_relationship = u
                    if "gotAccountantRelationship" not in d:
                        m += 1
                else:
                    o.got_accountant_relationship = v
                v = g("category1")
                if v is None:
                    o.category1 = u
                    if "category1" not in d:
                        m += 1
                else:
                    o.category1 = v
                v = g("category2")
                if v is None:
                    o.category2 = u
                    if "category2" not in d:
                        m += 1
                else:
                    o.category2 = v
                v = g("category3")
                if v is None:
                    o.category3 = u
                    if "category3" not in d:
                        m += 1
                else:
                    o.category3 = v
                v = g("age")
                if v is None:
                    o.age = u
                    if "age" not in d:
                        m += 1
                else:
                    o.age = v
                v = g("ageMonths")
                if v is None:
                    o.age_months = u
                    if "ageMonths" not in d:
                        m += 1
                else:
                    o.age_months = v
                v = g("language")
                if v is None:
                    o.language = u
                    if "language" not in d:
                        m += 1
                else:
                    o.language = v
                v = g("moduleElectro")
                if v is None:
                    o.module_electro = u
                    if "moduleElectro" not in d:
                        m += 1
                else:
                    o.module_electro = v
                v = g("moduleNrf")
                if v is None:
                    o.module_nrf = u
                    if "moduleNrf" not in d:
                        m += 1
                else:
                    o.module_nrf = v
                v = g("moduleInvoice")
                if v is None:
                    o.module_invoice = u
                    if "moduleInvoice" not in d:
                        m += 1
                else:
                    o.module_invoice = v
                v = g("modulehourlist")
                if v is None:
                    o.modulehourlist = u
                    if "modulehourlist" not in d:
                        m += 1
                else:
                    o.modulehourlist = v
                v = g("moduleproject")
                if v is None:
                    o.moduleproject = u
                    if "moduleproject" not in d:
                        m += 1
                else:
                    o.moduleproject = v
                v = g("modulePayrollAccounting")
                if v is None:
                    o.module_payroll_accounting = u
                    if "modulePayrollAccounting" not in d:
                        m += 1
                else:
                    o.module_payroll_accounting = v
                v = g("moduleTravelExpense")
                if v is None:
                    o.module_travel_expense = u
                    if "moduleTravelExpense" not in d:
                        m += 1
                else:
                    o.module_travel_expense = v
                v = g("moduleAccountingExternal")
                if v is None:
                    o.module_accounting_external = u
                    if "moduleAccountingExternal" not in d:
                        m += 1
                else:
                    o.module_accounting_external = v
                v = g("moduleLogistics")
                if v is None:
                    o.module_logistics = u
                    if "moduleLogistics" not in d:
                        m += 1
                else:
                    o.module_logistics = v
                v = g("moduleRemit")
                if v is None:
                    o.module_remit = u
                    if "moduleRemit" not in d:
                        m += 1
                else:
                    o.module_remit = v
                v = g("moduleFabricAI")
                if v is None:
                    o.module_fabric_ai = u
                    if "moduleFabricAI" not in d:
                        m += 1
                else:
                    o.module_fabric_ai = v
                v = g("device")
                if v is None:
                    o.device = u
                    if "device" not in d:
                        m += 1
                else:
                    o.device = v
                v = g("isadmin")
                if v is None:
                    o.isadmin = u
                    if "isadmin" not in d:
                        m += 1
                else:
                    o.isadmin = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 25 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("email", "email"),
            ("company_type", "company_type"),
            ("main_module", "mainModule"),
            ("employees", "employees"),
            ("is_accountant", "isAccountant"),
            ("got_accountant_relationship", "gotAccountantRelationship"),
            ("category1", "category1"),
            ("category2", "category2"),
            ("category3", "category3"),
            ("age", "age"),
            ("age_months", "ageMonths"),
            ("language", "language"),
            ("module_electro", "moduleElectro"),
            ("module_nrf", "moduleNrf"),
            ("module_invoice", "moduleInvoice"),
            ("modulehourlist", "modulehourlist"),
            ("moduleproject", "moduleproject"),
            ("module_payroll_accounting", "modulePayrollAccounting"),
            ("module_travel_expense", "moduleTravelExpense"),
            ("module_accounting_external", "moduleAccountingExternal"),
            ("module_logistics", "moduleLogistics"),
            ("module_remit", "moduleRemit"),
            ("module_fabric_ai", "moduleFabricAI"),
            ("device", "device"),
            ("isadmin", "isadmin"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.email
            o.email = u if v is None else v
            v = s.company_type
            o.company_type = u if v is None else v
            v = s.main_module
            o.main_module = u if v is None else v
            v = s.employees
            o.employees = u if v is None else v
            v = s.is_accountant
            o.is_accountant = u if v is None else v
            v = s.got_accountant_relationship
            o.got_accountant_relationship = u if v is None else v
            v = s.category1
            o.category1 = u if v is None else v
            v = s.category2
            o.category2 = u if v is None else v
            v = s.category3
            o.category3 = u if v is None else v
            v = s.age
            o.age = u if v is None else v
            v = s.age_months
            o.age_months = u if v is None else v
            v = s.language
            o.language = u if v is None else v
            v = s.module_electro
            o.module_electro = u if v is None else v
            v = s.module_nrf
            o.module_nrf = u if v is None else v
            v = s.module_invoice
            o.module_invoice = u if v is None else v
            v = s.modulehourlist
            o.modulehourlist = u if v is None else v
            v = s.moduleproject
            o.moduleproject = u if v is None else v
            v = s.module_payroll_accounting
            o.module_payroll_accounting = u if v is None else v
            v = s.module_travel_expense
            o.module_travel_expense = u if v is None else v
            v = s.module_accounting_external
            o.module_accounting_external = u if v is None else v
            v = s.module_logistics
            o.module_logistics = u if v is None else v
            v = s.module_remit
            o.module_remit = u if v is None else v
            v = s.module_fabric_ai
            o.module_fabric_ai = u if v is None else v
            v = s.device
            o.device = u if v is None else v
            v = s.isadmin
            o.isadmin = u if v is None else v
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
