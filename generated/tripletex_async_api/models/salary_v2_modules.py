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

T = TypeVar("T", bound="SalaryV2Modules")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class SalaryV2Modules(LazyModel):
    """
    Attributes:
        module_department (bool | Unset): [read-only] Module department
        module_nets (bool | Unset): [read-only] Module Nets
        module_autopay (bool | Unset): [read-only] Module Autopay
        module_ztl (bool | Unset): [read-only] Module Ztl
        module_agro (bool | Unset): [read-only] Module Agro
        module_mamut (bool | Unset): [read-only] Module Mamut
        module_encrypted_payslip (bool | Unset): [read-only] Module Encrypted Payslip
        module_union_deduction (bool | Unset): [read-only] Module Union Deduction
        module_free_company_car (bool | Unset): [read-only] Module Free Company Car
        module_mesan (bool | Unset): [read-only] Module Mesan
        module_department_accounting (bool | Unset): [read-only] Module department accounting
        module_wage_project_accounting (bool | Unset): [read-only] Module wage project accounting
        module_electronic_voucher (bool | Unset): [read-only] Module Electronic vouchers
        module_seamen_deduction (bool | Unset): [read-only] Module seamen deduction
    """

    module_department: bool | Unset = UNSET
    module_nets: bool | Unset = UNSET
    module_autopay: bool | Unset = UNSET
    module_ztl: bool | Unset = UNSET
    module_agro: bool | Unset = UNSET
    module_mamut: bool | Unset = UNSET
    module_encrypted_payslip: bool | Unset = UNSET
    module_union_deduction: bool | Unset = UNSET
    module_free_company_car: bool | Unset = UNSET
    module_mesan: bool | Unset = UNSET
    module_department_accounting: bool | Unset = UNSET
    module_wage_project_accounting: bool | Unset = UNSET
    module_electronic_voucher: bool | Unset = UNSET
    module_seamen_deduction: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        module_department = self.module_department

        module_nets = self.module_nets

        module_autopay = self.module_autopay

        module_ztl = self.module_ztl

        module_agro = self.module_agro

        module_mamut = self.module_mamut

        module_encrypted_payslip = self.module_encrypted_payslip

        module_union_deduction = self.module_union_deduction

        module_free_company_car = self.module_free_company_car

        module_mesan = self.module_mesan

        module_department_accounting = self.module_department_accounting

        module_wage_project_accounting = self.module_wage_project_accounting

        module_electronic_voucher = self.module_electronic_voucher

        module_seamen_deduction = self.module_seamen_deduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if module_department is not UNSET and not _in_request:
            field_dict["moduleDepartment"] = module_department
        if module_nets is not UNSET and not _in_request:
            field_dict["moduleNets"] = module_nets
        if module_autopay is not UNSET and not _in_request:
            field_dict["moduleAutopay"] = module_autopay
        if module_ztl is not UNSET and not _in_request:
            field_dict["moduleZtl"] = module_ztl
        if module_agro is not UNSET and not _in_request:
            field_dict["moduleAgro"] = module_agro
        if module_mamut is not UNSET and not _in_request:
            field_dict["moduleMamut"] = module_mamut
        if module_encrypted_payslip is not UNSET and not _in_request:
            field_dict["moduleEncryptedPayslip"] = module_encrypted_payslip
        if module_union_deduction is not UNSET and not _in_request:
            field_dict["moduleUnionDeduction"] = module_union_deduction
        if module_free_company_car is not UNSET and not _in_request:
            field_dict["moduleFreeCompanyCar"] = module_free_company_car
        if module_mesan is not UNSET and not _in_request:
            field_dict["moduleMesan"] = module_mesan
        if module_department_accounting is not UNSET and not _in_request:
            field_dict["moduleDepartmentAccounting"] = module_department_accounting
        if module_wage_project_accounting is not UNSET and not _in_request:
            field_dict["moduleWageProjectAccounting"] = module_wage_project_accounting
        if module_electronic_voucher is not UNSET and not _in_request:
            field_dict["moduleElectronicVoucher"] = module_electronic_voucher
        if module_seamen_deduction is not UNSET and not _in_request:
            field_dict["moduleSeamenDeduction"] = module_seamen_deduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2Modules from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "moduleDepartment",
                "moduleNets",
                "moduleAutopay",
                "moduleZtl",
                "moduleAgro",
                "moduleMamut",
                "moduleEncryptedPayslip",
                "moduleUnionDeduction",
                "moduleFreeCompanyCar",
                "moduleMesan",
                "moduleDepartmentAccounting",
                "moduleWageProjectAccounting",
                "moduleElectronicVoucher",
                "moduleSeamenDeduction",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "module_department": ("moduleDepartment", None),
            "module_nets": ("moduleNets", None),
            "module_autopay": ("moduleAutopay", None),
            "module_ztl": ("moduleZtl", None),
            "module_agro": ("moduleAgro", None),
            "module_mamut": ("moduleMamut", None),
            "module_encrypted_payslip": ("moduleEncryptedPayslip", None),
            "module_union_deduction": ("moduleUnionDeduction", None),
            "module_free_company_car": ("moduleFreeCompanyCar", None),
            "module_mesan": ("moduleMesan", None),
            "module_department_accounting": ("moduleDepartmentAccounting", None),
            "module_wage_project_accounting": ("moduleWageProjectAccounting", None),
            "module_electronic_voucher": ("moduleElectronicVoucher", None),
            "module_seamen_deduction": ("moduleSeamenDeduction", None),
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
